import ArushaCore
import ArushaTestSupport
import ArushaYAML
import Foundation
import Testing

/// Issue 27, item 1: the plan `arusha plan` makes, worked by hand on `Fixtures/improvement/`.
///
/// Scale `m` 0–4 (item score value / 4), bands Initial 0, Developing 40, Established 70,
/// `critical_cap` 30, no `critical_below` (only a 0 on a critical question is a critical gap).
///
/// | factor | answers (item score) | score | band | target |
/// |---|---|---|---|---|
/// | lead | code 0 (0, critical), strategy 4 (1) | (0 + 1) / 2 = 50, capped 30 | Initial | 40 |
/// | hr | training 3 (¾), vetting yes (1), staff 1000 (unscored), rotation na | 87.5 | Established (top) | none (top band) |
/// | inv | cases 15 (unscored), channels {3, −1} ((3 − 1) / 4 = ½), follow unknown (0) | 25 | Initial | 40 |
/// | ethics | gifts unanswered | none | | none |
///
/// Overall (30 + 87.5 + 25) / 3 = 47.5. Gaps, weight × (1 − s): code 1 (critical), follow 1,
/// channels ½, training ¼. Follow requires channels, so the plan runs code (critical first),
/// channels, follow, training; `--top 2` keeps code (not counted) and follow and channels.
/// Targets: code the next level up, 1 (Started); channels every change (add Email 1, give up
/// the line manager −1): {3, 1}; follow 1; training 4.
/// Key figures: staff 1000 (no `per`), cases 15 per 100 staff = 15 / 1000 × 100 = 1.5.
@Suite struct ImprovementPlanningTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/improvement")
  static let responseSHA = String(repeating: "ab", count: 32)

  static func questionnaire() throws -> Questionnaire {
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
    let result = QuestionnaireDecoder().decode(bytes)
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  static func response(_ questionnaire: Questionnaire) throws -> Response {
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("response.yaml")))
    let header = try #require(ResponseDecoder.header(bytes).header)
    let result = ResponseDecoder.decode(header, questionnaire: questionnaire)
    return try #require(result.response, "\(result.diagnostics)")
  }

  static func plan(top: Int?, note: String? = "Fill it in.") throws -> ImprovementPlan {
    let questionnaire = try questionnaire()
    let response = try response(questionnaire)
    return ImprovementPlanning.propose(
      questionnaire: questionnaire, response: response, responseSHA256: responseSHA,
      score: ResponseScorer.score(questionnaire, answers: response.answers), top: top,
      made: "2024-11-14T10:00:00Z", note: note)
  }

  @Test func theHeaderIsTheResponsesAndTheBaselineItsMeasurement() throws {
    let plan = try Self.plan(top: 2)
    #expect(plan.questionnaire.id == "improvement-fixture")
    #expect(plan.questionnaire.sha256 == String(repeating: "0", count: 64))
    #expect(plan.administration == "Niger" && plan.round == "2024")
    #expect(plan.made == "2024-11-14T10:00:00Z" && plan.note == "Fill it in.")
    let baseline = plan.baseline
    #expect(baseline.sha256 == Self.responseSHA)
    #expect(baseline.overall == 47.5)
    #expect(baseline.factors.map(\.factor) == ["lead", "hr", "inv", "ethics"])
    #expect(baseline.factors.map(\.score) == [30, 87.5, 25, nil])
    typealias Item = ImprovementPlan.Baseline.Item
    #expect(
      baseline.items == [
        Item(question: "code", value: .number(0), state: nil, score: 0),
        Item(question: "strategy", value: .number(4), state: nil, score: 1),
        Item(question: "training", value: .number(3), state: nil, score: 0.75),
        Item(question: "vetting", value: .number(1), state: nil, score: 1),
        Item(question: "staff", value: .number(1000), state: nil, score: nil),
        Item(question: "rotation", value: nil, state: .notApplicable, score: nil),
        Item(question: "cases", value: .number(15), state: nil, score: nil),
        Item(question: "channels", value: .selection([3, -1]), state: nil, score: 0.5),
        Item(question: "follow", value: nil, state: .unknown, score: 0),
      ])
    #expect(
      baseline.figures == [
        .init(question: "staff", value: 1000, normalized: nil),
        .init(question: "cases", value: 15, normalized: 1.5),
      ])
  }

  @Test func targetsAreTheNextBandOfEachFactorTheActionsAddress() throws {
    let plan = try Self.plan(top: 2)
    #expect(
      plan.targets == [
        // Capped at 30 by the critical gap: still the next band above the score.
        .init(factor: "lead", goal: .level(40), by: nil),
        // hr (87.5) is in the top band: no band above, no target (and no action).
        .init(factor: "inv", goal: .level(40), by: nil),
        // ethics has no score: no target.
      ])
    // --top 0: the critical gap alone (code, of lead): inv has no action, so no target.
    #expect(try Self.plan(top: 0).targets == [.init(factor: "lead", goal: .level(40), by: nil)])
  }

  @Test func actionsAreThePlanRowsCriticalAndFoundationsFirst() throws {
    let top2 = try Self.plan(top: 2).actions
    #expect(top2.map(\.id) == ["a1", "a2", "a3"])
    #expect(top2.map(\.questions) == [["code"], ["channels"], ["follow"]])
    #expect(top2.map(\.target) == [.number(1), .selection([3, 1]), .number(1)])
    #expect(top2.allSatisfy { $0.description == nil && $0.owner == nil && $0.due == nil })
    #expect(top2.allSatisfy { $0.status == .planned && $0.evidence == nil })

    let all = try Self.plan(top: nil).actions
    #expect(all.map(\.questions) == [["code"], ["channels"], ["follow"], ["training"]])
    #expect(all.map(\.id) == ["a1", "a2", "a3", "a4"])
    #expect(all.last?.target == .number(4))
    // --top 0: the critical gap alone.
    #expect(try Self.plan(top: 0).actions.map(\.questions) == [["code"]])
  }

  /// Without `scoring.levels`: the score plus `scoring.change` (5) rounded up, at most 100.
  @Test func withoutLevelsTheTargetIsTheScorePlusARealChange() {
    let settings = ScoringSettings()
    #expect(ImprovementPlanning.target(of: 13, settings: settings) == .score(18))
    #expect(ImprovementPlanning.target(of: 57.2, settings: settings) == .score(63))
    // 55 + 5 is 60 within the tolerance, not 61.
    #expect(ImprovementPlanning.target(of: 55 + 1e-12, settings: settings) == .score(60))
    #expect(ImprovementPlanning.target(of: 97, settings: settings) == .score(100))
    // At 100 nothing is above: no target (never at or below the baseline).
    #expect(ImprovementPlanning.target(of: 100, settings: settings) == nil)
    #expect(ImprovementPlanning.target(of: 99.5, settings: settings) == .score(100))
    #expect(ImprovementPlanning.target(of: nil, settings: settings) == nil)
    var wider = settings
    wider.change = 10
    #expect(ImprovementPlanning.target(of: 41.5, settings: wider) == .score(52))
  }

  /// A score on a band's bound (within 1e-9) is in that band.
  @Test func aScoreOnABoundIsInTheBandAbove() throws {
    let settings = try Self.questionnaire().scoring
    #expect(ImprovementPlanning.target(of: 0, settings: settings) == .level(40))
    #expect(ImprovementPlanning.target(of: 40, settings: settings) == .level(70))
    #expect(ImprovementPlanning.target(of: 40 - 1e-12, settings: settings) == .level(70))
    #expect(ImprovementPlanning.target(of: 69.9, settings: settings) == .level(70))
    // In the top band: no band above, no target.
    #expect(ImprovementPlanning.target(of: 70, settings: settings) == nil)
    #expect(ImprovementPlanning.target(of: 100, settings: settings) == nil)
  }

  /// The action plan's targets as values: an option's value (not its index), 1 for yes, the
  /// whole selection of a multi.
  @Test func targetsAreValuesNeverIndices() throws {
    let questionnaire = try Self.questionnaire()
    let channels = try #require(questionnaire.questions.first { $0.id == "channels" })
    let code = try #require(questionnaire.questions.first { $0.id == "code" })
    #expect(
      ImprovementPlanning.targetValue(.option(3), of: code, answer: nil) == .number(3))
    #expect(ImprovementPlanning.targetValue(.option(9), of: code, answer: nil) == nil)
    #expect(ImprovementPlanning.targetValue(.yes, of: code, answer: nil) == .number(1))
    // Email added to nothing selected; the line manager given up from {3, −1}.
    #expect(
      ImprovementPlanning.targetValue(.selection(add: [1], drop: []), of: channels, answer: nil)
        == .selection([1]))
    #expect(
      ImprovementPlanning.targetValue(
        .selection(add: [], drop: [2]), of: channels, answer: .value(.selection([3, -1])))
        == .selection([3]))
  }

  /// The plan file, byte for byte: key order (the team's parts first, the baseline last),
  /// plain numbers, flow lists, quoting.
  @Test func thePlanFileIsWrittenExactly() throws {
    let bytes = try Self.plan(top: 2).yamlBytes()
    let zeros = String(repeating: "0", count: 64)
    let expected = """
      format: arusha/plan-1
      note: Fill it in.
      questionnaire:
        id: improvement-fixture
        version: "1"
        sha256: "\(zeros)"
      administration: Niger
      round: "2024"
      made: 2024-11-14T10:00:00Z
      targets:
        lead:
          level: 40
          by: null
        inv:
          level: 40
          by: null
      actions:
      - id: a1
        questions: [code]
        description: ""
        owner: ""
        due: null
        target: 1
        status: planned
        evidence: null
      - id: a2
        questions: [channels]
        description: ""
        owner: ""
        due: null
        target: [3, 1]
        status: planned
        evidence: null
      - id: a3
        questions: [follow]
        description: ""
        owner: ""
        due: null
        target: 1
        status: planned
        evidence: null
      baseline:
        sha256: \(Self.responseSHA)
        overall: 47.5
        factors:
          lead: 30
          hr: 87.5
          inv: 25
          ethics: null
        items:
          code:
            value: 0
            score: 0
          strategy:
            value: 4
            score: 1
          training:
            value: 3
            score: 0.75
          vetting:
            value: 1
            score: 1
          staff:
            value: 1000
          rotation:
            state: na
          cases:
            value: 15
          channels:
            value: [3, -1]
            score: 0.5
          follow:
            state: unknown
            score: 0
        figures:
          staff:
            value: 1000
            normalized: null
          cases:
            value: 15
            normalized: 1.5

      """
    #expect(String(decoding: bytes, as: UTF8.self) == expected)
  }

  /// What a team writes reads back as written: texts YAML could read as something else are
  /// quoted, a line break keeps its lines, a target score keeps its fraction.
  @Test func editedTextsReadBackAsWritten() throws {
    var plan = try Self.plan(top: 2, note: "no")
    plan.actions[0].description = "Adopt: the code\nthen train"
    plan.actions[0].owner = "- HR"
    plan.actions[0].due = "2025-06-30"
    plan.actions[0].status = .done
    plan.actions[0].evidence = "#12, 'decision' \"7\""
    plan.targets[0] = .init(factor: "lead", goal: .score(62.5), by: "2026")
    let document = try YAMLLoader().load(try plan.yamlBytes())
    let root = try #require(document.root.mapping)
    func value(_ node: YAMLNode, _ key: String) -> YAMLNode? {
      node.mapping?.first { $0.key.scalar?.text == key }?.value
    }
    #expect(
      root.map { $0.key.scalar?.text } == [
        "format", "note", "questionnaire", "administration", "round", "made", "targets",
        "actions", "baseline",
      ])
    #expect(value(document.root, "note")?.scalar?.text == "no")
    #expect(value(document.root, "note")?.scalar?.isPlain == false)
    let action = try #require(value(document.root, "actions")?.sequence?.first)
    #expect(value(action, "description")?.scalar?.text == "Adopt: the code\nthen train")
    #expect(value(action, "owner")?.scalar?.text == "- HR")
    #expect(value(action, "due")?.scalar?.text == "2025-06-30")
    #expect(value(action, "due")?.scalar?.isPlain == false)
    #expect(value(action, "status")?.scalar?.text == "done")
    #expect(value(action, "evidence")?.scalar?.text == "#12, 'decision' \"7\"")
    let lead = try #require(value(document.root, "targets").flatMap { value($0, "lead") })
    #expect(value(lead, "score")?.scalar?.text == "62.5")
    #expect(value(lead, "by")?.scalar?.text == "2026")
    #expect(value(lead, "by")?.scalar?.isPlain == false)
  }

  /// The plan file reads back, through the plan decoder, as the plan written: as made, and as
  /// a team edits it.
  @Test func thePlanFileReadsBackAsThePlan() throws {
    let made = try Self.plan(top: nil)
    // What validate checks against the questionnaire finds nothing in a plan as made.
    #expect(made.check(against: try Self.questionnaire()).isEmpty)
    let decoded = ImprovementPlanDecoder().decode(try made.yamlBytes())
    #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
    #expect(decoded.plan == made)

    var edited = made
    edited.note = "yes"
    edited.actions[0].description = "Adopt: the code\nthen train"
    edited.actions[0].owner = "Direction générale"
    edited.actions[0].due = "2025-06-30"
    edited.actions[0].status = .done
    edited.actions[0].evidence = "Décision n° 12"
    edited.actions[1].status = .dropped
    edited.targets[0] = .init(factor: "lead", goal: .score(62.5), by: "2026")
    let read = ImprovementPlanDecoder().decode(try edited.yamlBytes())
    #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
    #expect(read.plan == edited)
  }
}
