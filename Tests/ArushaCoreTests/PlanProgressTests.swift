import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// `compare --plans` (issue 27): each group's progress with its plan, worked out by hand.
///
/// The compare fixture questionnaire: alpha (a1) and beta (b1), each one 0–4 question, so an
/// item score is value/4 and a factor score 25·value. The responses, as (a1, b1):
///
///     Niger 2020  (1, 1)
///     Niger 2024  (2, 3) (4, 1)   → a1 mean 0.75, b1 mean 0.5; alpha 75, beta 50
///     Niger 2026  (3, 4)          → a1 0.75, b1 1; alpha 75, beta 100
///     Benin 2024  (0, 2)
///     Benin 2026  (2, 2)          → a1 0.5, b1 0.5; alpha 50, beta 50
///     Chad  2026  (1, 1)
///
/// The plans: Niger 2020 (P1), Niger 2024 (P2), Benin 2024 (P3), Mali 2020 (P4, no group).
@Suite struct PlanProgressTests {
  static func questionnaire(_ name: String = "questionnaire.yaml") throws -> Questionnaire {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/compare/\(name)")
    let bytes = [UInt8](try Data(contentsOf: url))
    return try #require(QuestionnaireDecoder().decode(bytes).questionnaire)
  }

  static let reference = QuestionnaireReference(
    id: "compare-fixture", version: "1", sha256: String(repeating: "0", count: 64))

  static func response(_ administration: String, _ round: String, _ a1: Double, _ b1: Double)
    -> Response
  {
    Response(
      questionnaire: reference, administration: administration, round: round, status: .complete,
      answers: ["a1": Answer(value: .number(a1)), "b1": Answer(value: .number(b1))])
  }

  static func plan(
    _ administration: String, _ round: String, targets: [ImprovementPlan.Target],
    actions: [ImprovementPlan.Action], reference: QuestionnaireReference = reference
  ) -> ImprovementPlan {
    ComparePlansFixture.plan(
      administration, round, targets: targets, actions: actions, reference: reference)
  }

  static let plans =
    ComparePlansFixture.plans(reference: reference) + [
      plan("Mali", "2020", targets: [], actions: [.init(id: "x", questions: ["a1"])])
    ]

  /// The comparison and each group's progress, as `compare` makes them.
  static func rows(
    anonymize: Bool = false, minimum: Int = 1, plans: [ImprovementPlan] = plans
  ) throws -> (Comparison, [PlanProgress]) {
    let questionnaire = try questionnaire()
    let responses = [
      response("Niger", "2020", 1, 1), response("Niger", "2024", 2, 3),
      response("Niger", "2024", 4, 1), response("Niger", "2026", 3, 4),
      response("Benin", "2024", 0, 2), response("Benin", "2026", 2, 2),
      response("Chad", "2026", 1, 1),
    ]
    var tally = ComparisonTally()
    for response in responses {
      let score = ResponseScorer.score(questionnaire, answers: response.answers)
      var summary = ResponseSummary(response, score: score)
      summary.items = score.measuredItems
      tally.add(summary)
    }
    let comparison = Comparator.compare(
      tally, questionnaire: questionnaire,
      options: ComparisonOptions(minimumRespondents: minimum, anonymize: anonymize))
    let keys = tally.groups.keys.sorted { left, right in
      left.administration != right.administration
        ? NaturalOrder.codePointPrecedes(left.administration, right.administration)
        : NaturalOrder.precedes(left.round, right.round)
    }
    var rows: [PlanProgress] = []
    for (key, group) in zip(keys, comparison.groups) {
      guard
        let index = PlanProgress.choose(plans, administration: key.administration, round: key.round)
      else { continue }
      rows.append(
        PlanProgress.make(
          plans[index], group: group, round: key.round,
          items: (tally.groups[key]?.items ?? [:]).compactMapValues(\.mean),
          questionnaire: questionnaire, anonymize: anonymize))
    }
    return (comparison, rows)
  }

  @Test func eachGroupTakesTheLatestPlanOfItsAdministrationBeforeItsRound() {
    let plans = Self.plans
    #expect(PlanProgress.choose(plans, administration: "Niger", round: "2020") == nil)
    #expect(PlanProgress.choose(plans, administration: "Niger", round: "2024") == 0)
    #expect(PlanProgress.choose(plans, administration: "Niger", round: "2026") == 1)
    #expect(PlanProgress.choose(plans, administration: "Benin", round: "2024") == nil)
    #expect(PlanProgress.choose(plans, administration: "Benin", round: "2026") == 2)
    #expect(PlanProgress.choose(plans, administration: "Chad", round: "2026") == nil)
    // Natural order: round 10 comes after round 9; names byte for byte.
    let numbered = [
      Self.plan("Niger", "9", targets: [], actions: []),
      Self.plan("Niger", "10", targets: [], actions: []),
    ]
    #expect(PlanProgress.choose(numbered, administration: "Niger", round: "11") == 1)
    #expect(PlanProgress.choose(numbered, administration: "niger", round: "11") == nil)
    // The order of the files does not matter.
    #expect(PlanProgress.choose(numbered.reversed(), administration: "Niger", round: "11") == 0)
  }

  @Test func twoPlansOfOneAdministrationAndRoundAreFound() {
    let plans =
      Self.plans + [
        Self.plan("Benin", "2024", targets: [], actions: []),
        Self.plan("Benin", "2024 ", targets: [], actions: []),
      ]
    #expect(PlanProgress.duplicates(plans).map { [$0.0, $0.1] } == [[2, 4]])
    #expect(PlanProgress.duplicates(Self.plans).isEmpty)
  }

  @Test func handComputedCounts() throws {
    let (_, rows) = try Self.rows()
    #expect(
      rows.map { "\($0.administration) \($0.round) ← \($0.planRound)" } == [
        "Benin 2026 ← 2024", "Niger 2024 ← 2020", "Niger 2026 ← 2024",
      ])
    // Benin 2026 with P3: a1 mean 0.5 ≥ 0.5 (target 2) → on target. alpha by 2028 is not due;
    // beta (no round: due) 50 ≥ 50 → met. 1 of 1.
    let benin = rows[0]
    #expect([benin.planned, benin.done, benin.onTarget] == [1, 1, 1])
    #expect([benin.targetsDue, benin.targetsMet] == [1, 1])
    #expect(benin.share == 1)
    #expect(benin.targets.map(\.due) == [false, true])
    #expect(benin.actions[0].owner == "Ms X")
    #expect(benin.actions[0].description == "Train the staff")
    // Niger 2024 with P1: a1 mean (0.5 + 1)/2 = 0.75 ≥ 0.75 (n1, target 3); b1 mean
    // (0.75 + 0.25)/2 = 0.5 ≥ 0.5 (n2, target 2); n3 both ≥ 0.5 but dropped: two at their
    // target level, one done. alpha 75 ≥ 50 by 2024 → met; beta by 2026 not due: 1 of 1.
    let niger2024 = rows[1]
    #expect([niger2024.planned, niger2024.done, niger2024.onTarget] == [3, 1, 2])
    #expect([niger2024.targetsDue, niger2024.targetsMet] == [1, 1])
    #expect(niger2024.actions.map(\.scores) == [[0.75], [0.5], [0.75, 0.5]])
    #expect(niger2024.actions.map(\.targetScore) == [0.75, 0.5, 0.5])
    // Niger 2026 with P2: a1 0.75 < 1 (m1, target 4) → not; b1 1 ≥ 1 (m2) → on target.
    // alpha (due, no round) 75 < 80 → missed; beta by 2026 100 ≥ 75 → met: 1 of 2.
    let niger2026 = rows[2]
    #expect([niger2026.planned, niger2026.done, niger2026.onTarget] == [2, 1, 1])
    #expect([niger2026.targetsDue, niger2026.targetsMet] == [2, 1])
    #expect(niger2026.share == 0.5)
    #expect(niger2026.targets.map(\.met) == [false, true])
    #expect(niger2026.targets.map(\.score) == [75, 100])
    #expect(niger2026.mapped == false)
  }

  /// A target the plan's baseline already met is counted apart, as the follow-up counts it.
  ///
  /// Niger 2024's plan (P2) with beta at 75 in its baseline, its target `level: 75` met then.
  /// At Niger 2026: alpha (due, 75 < 80) missed; beta met at the baseline, not counted: 0 of 1.
  @Test func aTargetMetAtTheBaselineIsCountedApart() throws {
    var plans = Self.plans
    plans[1].baseline.factors = [("alpha", 50), ("beta", 75)]
    let (_, rows) = try Self.rows(plans: plans)
    let niger2026 = rows[2]
    #expect(niger2026.targets.map(\.metAtBaseline) == [false, true])
    #expect(
      [niger2026.targetsDue, niger2026.targetsMet, niger2026.targetsMetAtBaseline] == [1, 0, 1])
    #expect(niger2026.share == 0)
    // Met at the baseline and lost: alpha at 80 then (its target score 80), 75 now → due, not
    // met, not counted apart; beta (50 then) met now: 1 of 2.
    plans[1].baseline.factors = [("alpha", 80), ("beta", 50)]
    let lost = try Self.rows(plans: plans).1[2]
    #expect(lost.targets.map(\.metAtBaseline) == [false, false])
    #expect([lost.targetsDue, lost.targetsMet, lost.targetsMetAtBaseline] == [2, 1, 0])
  }

  @Test func anonymizedRowsCarryNoOwnerDescriptionOrName() throws {
    let (_, rows) = try Self.rows(anonymize: true)
    #expect(rows.map(\.administration) == ["A1", "A3", "A3"])
    #expect(rows.flatMap(\.actions).allSatisfy { $0.owner == nil && $0.description == nil })
    // The counts do not change.
    #expect(rows.map(\.onTarget) == [1, 2, 1])
  }

  @Test func aSuppressedGroupShowsItsActionsOnly() throws {
    let (_, rows) = try Self.rows(minimum: 2)
    // Only Niger 2024 has two respondents.
    #expect(rows.map(\.suppressed) == [true, false, true])
    #expect(rows[0].onTarget == nil && rows[0].targetsDue == nil && rows[0].share == nil)
    #expect(rows[0].planned == 1 && rows[0].done == 1)
    #expect(rows[0].actions.allSatisfy { $0.scores.isEmpty && $0.reached == nil })
    #expect(rows[0].targets.allSatisfy { $0.score == nil && $0.met == nil })
  }

  @Test func aPlanOnAnotherVersionIsReadThroughTheMap() throws {
    // Version 1 → 2 where a1 becomes a2 and its values 3 and 4 both read 4.
    let v1 = try Self.questionnaire()
    let v2Text = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/compare/questionnaire-v2.yaml"), encoding: .utf8
    ).replacingOccurrences(of: "{id: a1,", with: "{id: a2,")
    let v2 = try #require(QuestionnaireDecoder().decode(Array(v2Text.utf8)).questionnaire)
    let map = ItemMap(
      from: .init(id: "compare-fixture", version: "1"),
      to: .init(id: "compare-fixture", version: "2"), questions: ["a1": "a2"],
      values: ["a2": [3: 4]])
    let routes = try MapRoutes([
      .init(path: "v1-v2.yaml", map: map, source: v1, target: v2, targetSHA256: "")
    ])
    let route = try #require(routes.route(id: "compare-fixture", version: "1"))
    let carrier = PlanProgress.Carrier(route)
    #expect(carrier.isMapped)
    #expect(carrier.question("a1") == "a2")
    #expect(carrier.question("b1") == "b1")
    #expect(carrier.value(.number(3), of: "a1") == .number(4))
    let plan = Self.plan(
      "Niger", "2020", targets: [.init(factor: "gamma", goal: .score(10), by: nil)],
      actions: [.init(id: "n1", questions: ["a1"], target: .number(3), status: .done)])
    var group = Comparison.Group(
      administration: "Niger", round: "2024", respondents: 1, suppressed: false, overall: 50,
      scores: [75, 50, 0], strengths: [], improvements: [], position: nil)
    group.mappedFrom = []
    // Target 3 on a1 is 4 on a2 (item score 1): a2 at 0.75 is not on target, at 1 it is.
    let below = PlanProgress.make(
      plan, group: group, round: "2024", items: ["a2": 0.75], questionnaire: v2,
      carrier: carrier, anonymize: false)
    #expect(below.mapped)
    #expect(below.actions[0].questions == ["a2"])
    #expect(below.actions[0].targetScore == 1)
    #expect(below.onTarget == 0)
    let reached = PlanProgress.make(
      plan, group: group, round: "2024", items: ["a2": 1], questionnaire: v2, carrier: carrier,
      anonymize: false)
    #expect(reached.onTarget == 1)
    // gamma (v2's third factor) 0 < 10: due and missed.
    #expect(reached.targetsDue == 1 && reached.targetsMet == 0)
  }

  @Test func measuredItemsAreTheSameOnTheFastPathAndTheScorer() throws {
    let questionnaire = try Self.questionnaire()
    let plan = ScoringPlan(questionnaire)
    let response = Response(
      questionnaire: Self.reference, administration: "Niger", round: "2024", status: .complete,
      answers: ["a1": Answer(state: .unknown), "b1": Answer(state: .notApplicable)])
    var withNA = response
    withNA.answers["b1"]?.justification = "No such service"
    let score = ResponseScorer.score(questionnaire, answers: withNA.answers)
    // "Don't know" measures the practice (0); "not applicable" does not.
    #expect(score.measuredItems == ["a1": 0])
    let answers = questionnaire.questions.map { ScoringKernel.ItemAnswer(withNA.answers[$0.id]) }
    #expect(plan.measuredItems(answers) == score.measuredItems)
  }
}
