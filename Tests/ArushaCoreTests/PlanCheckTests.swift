import ArushaCore
import Foundation
import Testing

/// `validate PLAN`'s findings (issue 27): a plan with one of each mistake, syntax and checks
/// against its questionnaire, each at its exact LINE:COL; a plan across an item map.
@Suite struct PlanCheckTests {
  static let hex = String(repeating: "0123456789abcdef", count: 4)

  static func questionnaire(_ url: URL) throws -> Questionnaire {
    let result = QuestionnaireDecoder().decode([UInt8](try Data(contentsOf: url)))
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  static func fixture() throws -> Questionnaire {
    try questionnaire(PlanDecoderTests.folder.appendingPathComponent("questionnaire.yaml"))
  }

  static func lines(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.mark.line):\($0.mark.column): \($0.severity.rawValue): \($0.message)" }
  }

  /// The findings of decoding `text` and checking what could be read against `questionnaire`.
  static func findings(
    _ text: String, _ questionnaire: Questionnaire, map: ItemMap? = nil,
    source: Questionnaire? = nil
  ) -> [String] {
    let decoded = ImprovementPlanDecoder().decode(Array(text.utf8))
    let checks =
      decoded.partial?.check(against: questionnaire, map: map, source: source) ?? []
    return lines((decoded.diagnostics + checks).sortedByPosition())
  }

  /// `actual` is `expected`, line by line (a mismatch names its lines).
  static func expectLines(
    _ actual: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for index in 0..<max(actual.count, expected.count) {
      let found = actual.indices.contains(index) ? actual[index] : "(none)"
      let wanted = expected.indices.contains(index) ? expected[index] : "(none)"
      #expect(found == wanted, sourceLocation: sourceLocation)
    }
  }

  @Test func everySyntaxMistakeAtOnce() throws {
    let text = """
      format: arusha/plan-1
      questionnaire: {id: plan-check, version: "1", sha256: \(Self.hex)}
      administration: Niger
      round: "2024"
      made: 2024-11-14
      baseline:
        sha256: \(Self.hex)
        overall: 148.9
        items:
          leadership.ownership: {value: 1, score: 1.25}
      targets:
        leadership: {level: 50, score: 60}
        transparency: {by: "2026"}
        automation: {scroe: 50}
      actions:
        - id: a1
          questions: [leadership.ownership]
          due: 2025-02-30
          target: 3
          status: don
        - id: a1
          questions: []
          due: 2025-13-01
          status: planned
          ownr: x
        - id: a3
          questions: leadership.ownership
          target: "3"
          status: started
      """
    Self.expectLines(
      Self.findings(text, try Self.fixture()),
      [
        "5:7: error: 'made' must be an ISO 8601 time in UTC such as 2024-07-02T09:00:00Z, found '2024-11-14'",
        "8:12: error: the overall score must be within 0..100, found 148.9",
        "10:45: error: the item score of 'leadership.ownership' must be within 0..1 (an item score), found 1.25",
        "12:27: error: a target has 'level' or 'score', not both; keep the one to reach",
        "13:17: error: the target of 'transparency' has neither 'level' nor 'score'; give the level (the 'min' of a band of scoring.levels) or the factor score to reach",
        "14:15: error: the target of 'automation' has neither 'level' nor 'score'; give the level (the 'min' of a band of scoring.levels) or the factor score to reach",
        "14:16: error: unknown key 'scroe' in a target; did you mean 'score'?",
        "18:10: error: 'due' must be a calendar date YYYY-MM-DD such as 2025-06-30, found '2025-02-30'",
        "20:13: error: unknown action status 'don'; did you mean 'done'? (one of 'planned', 'started', 'done', 'dropped')",
        "21:9: error: action id 'a1' is used twice; each action needs its own id",
        "22:16: error: 'questions' is empty; an action addresses at least one question",
        "23:10: error: 'due' must be a calendar date YYYY-MM-DD such as 2025-06-30, found '2025-13-01'",
        "25:5: error: unknown key 'ownr' in an action; did you mean 'owner'?",
        "27:16: error: expected 'questions' (a list), found 'leadership.ownership'",
        "28:13: error: expected the action's target (a number), found the quoted text '3'; remove the quotes",
      ])
  }

  @Test func anotherFormatIsUnsupported() throws {
    let text = """
      format: arusha/plan-2
      questionnaire: {id: plan-check, version: "1", sha256: \(Self.hex)}
      something: new
      """
    Self.expectLines(
      Self.findings(text, try Self.fixture()),
      [
        "1:9: error: unsupported format 'arusha/plan-2'; expected 'arusha/plan-1'"
      ])
  }

  @Test func everyMistakeAgainstTheQuestionnaireAtOnce() throws {
    let text = """
      format: arusha/plan-1
      questionnaire: {id: plan-check, version: "1", sha256: \(Self.hex)}
      administration: Niger
      round: "2024"
      baseline:
        sha256: \(Self.hex)
        factors:
          leadership: 40
          transparncy: 50
        items:
          leadership.ownership: {value: 2, score: 0.5}
          leadership.hotline: {value: 0, score: 0}
          leadership.channels: {value: [1], score: 0.1667}
          transparency.rules: {value: 1, score: 0.5}
          leadership.ownershp: {value: 1, score: 0.25}
        figures:
          leadership.staf: {value: 10, normalized: null}
      targets:
        leadership: {level: 60, by: "2026"}
        transparncy: {score: 50}
      actions:
        - {id: a1, questions: [leadership.ownershp], target: 3, status: planned}
        - {id: a2, questions: [leadership.ownership], target: 5, status: planned}
        - {id: a3, questions: [leadership.ownership], target: 2, status: planned}
        - {id: a4, questions: [leadership.hotline], target: 0, status: planned}
        - {id: a5, questions: [leadership.channels], target: [1, 4], status: planned}
        - {id: a6, questions: [leadership.staff], target: 10, status: planned}
        - {id: a7, questions: [leadership.channels], target: 2, status: planned}
        - {id: a8, questions: [transparency.rules], target: 2, status: done, evidence: Report}
        - {id: a9, questions: [leadership.hotline, transparency.remarks], target: 1, status: started}
        - {id: a10, questions: [leadership.channels], target: [1], status: planned}
        - {id: a11, questions: [leadership.staff, transparency.remarks], status: planned}
      """
    Self.expectLines(
      Self.findings(text, try Self.fixture()),
      [
        "9:5: error: the baseline names the factor 'transparncy', which the questionnaire does not have; did you mean 'transparency'?",
        "15:5: error: the baseline names the question 'leadership.ownershp', which the questionnaire does not have; did you mean 'leadership.ownership'?",
        "17:5: error: the baseline names the key figure 'leadership.staf', which the questionnaire does not have; did you mean 'leadership.staff'?",
        "19:23: error: level 60 is not the 'min' of a band of scoring.levels (the bands start at 0, 25, 50, 75); give one of those, or a 'score'",
        "20:3: error: no factor 'transparncy' in questionnaire 'plan-check' version '1'; did you mean 'transparency'?",
        "22:26: error: no question 'leadership.ownershp' in questionnaire 'plan-check' version '1'; did you mean 'leadership.ownership'?",
        "23:57: error: the target 5 is not an option value of 'leadership.ownership' (0, 1, 2, 3, 4)",
        "24:57: error: the target of 'leadership.ownership' is below the current answer: it scores 50% and the baseline's answer already scores 50%; a target above the current answer changes something",
        "25:55: error: the target of the yes/no question 'leadership.hotline' is 1 (yes), found 0",
        "26:56: error: the target 4 is not an option value of 'leadership.channels' (1, 2, 3)",
        "27:53: error: 'leadership.staff' is a number question, which has no level to reach; write 'target: null' or address a scored question",
        "28:56: error: 'leadership.channels' is a multi question: its target is the list of options to have, e.g. [1, 2]",
        "30:77: error: 'transparency.remarks' is a text question, which has no level to reach; write 'target: null' or address a scored question",
        "31:57: error: the target of 'leadership.channels' is below the current answer: it scores 16.7% and the baseline's answer already scores 16.7%; a target above the current answer changes something",
      ])
  }

  @Test func aPlanOfAnotherVersionIsRefusedNamingBoth() throws {
    let text = """
      format: arusha/plan-1
      questionnaire: {id: plan-check, version: "0.9", sha256: \(Self.hex)}
      administration: Niger
      round: "2024"
      baseline: {sha256: \(Self.hex)}
      actions:
        - {id: a1, questions: [leadership.gone], target: 3, status: planned}
      """
    Self.expectLines(
      Self.findings(text, try Self.fixture()),
      [
        "2:16: error: the plan was made on questionnaire 'plan-check' version '0.9', not on 'plan-check' version '1'; give an item map from '0.9' to '1' with --map to check it there"
      ])
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func bundled(_ name: String) throws -> Questionnaire {
    try questionnaire(root.appendingPathComponent("Questionnaires/\(name)"))
  }

  static func radMap() throws -> ItemMap {
    let bytes = [UInt8](
      try Data(
        contentsOf: root.appendingPathComponent(
          "Questionnaires/maps/rad-self-assessment-2026.1-to-2027.1.yaml")))
    return try #require(ItemMapDecoder().decode(bytes).map)
  }

  /// A plan made on RAD 2026.1, checked against 2027.1 through the bundled map: ids and values
  /// are read through the map; a question the map drops, a target not of the new scale and a
  /// level of the old bands are refused at their places.
  static let radPlan = """
    format: arusha/plan-1
    questionnaire: {id: rad-self-assessment, version: "2026.1", sha256: \(hex)}
    administration: Niger
    round: "2024"
    baseline:
      sha256: \(hex)
      items:
        reform.rkc-reference: {value: 1, score: 0.25}
        leadership.executive-ownership: {value: 3, score: 0.75}
    targets:
      leadership: {level: 50, by: "2026"}
      transparency: {level: 25}
    actions:
      - {id: a1, questions: [reform.rkc-reference], target: 3, status: done, evidence: Decree}
      - {id: a2, questions: [regulatory-framework.red-tape], target: 3, status: done, evidence: Decree}
      - {id: a3, questions: [leadership.executive-ownership], target: 3, status: planned}
      - {id: a4, questions: [leadership.executive-ownrship], target: 4, status: planned}
      - {id: a5, questions: [transparency.appeal-levels], target: [1], status: dropped}
      - {id: a6, questions: [leadership.executive-ownership], target: 4, status: started}
    """

  @Test func aPlanAcrossAnItemMap() throws {
    let old = try Self.bundled("revised-arusha-declaration-2026.1.yaml")
    let new = try Self.bundled("revised-arusha-declaration-2027.1.yaml")
    let map = try Self.radMap()
    let below =
      "16:67: error: the target of 'leadership.executive-ownership' is below the current answer: it scores 75% and the baseline's answer already scores 75%; a target above the current answer changes something"
    func misspelt(_ version: String) -> String {
      "17:26: error: no question 'leadership.executive-ownrship' in questionnaire 'rad-self-assessment' version '\(version)'; did you mean 'leadership.executive-ownership'?"
    }
    // On its own version: the misspelt id and the target the baseline's answer already meets.
    Self.expectLines(Self.findings(Self.radPlan, old), [below, misspelt("2026.1")])
    // Without the map, one error names both versions.
    Self.expectLines(
      Self.findings(Self.radPlan, new),
      [
        "2:16: error: the plan was made on questionnaire 'rad-self-assessment' version '2026.1', not on 'rad-self-assessment' version '2027.1'; give an item map from '2026.1' to '2027.1' with --map to check it there"
      ])
    // Through the map, with its source questionnaire: reform.rkc-reference is read as
    // regulatory-framework.rkc-alignment (1 → target 3, above); 2027.1's bands are 0, 25, 60,
    // 80; red-tape and appeal-levels have no counterpart; the misspelt id is not in 2026.1.
    let level =
      "11:23: error: level 50 is not the 'min' of a band of scoring.levels (the bands start at 0, 25, 60, 80); give one of those, or a 'score'"
    func dropped(_ line: Int, _ id: String) -> String {
      "\(line):26: error: question '\(id)' has no counterpart in version '2027.1': the map drops it"
    }
    let throughMap = [
      level, dropped(15, "regulatory-framework.red-tape"), below, misspelt("2026.1"),
      dropped(18, "transparency.appeal-levels"),
    ]
    Self.expectLines(Self.findings(Self.radPlan, new, map: map, source: old), throughMap)
    // Through the map alone (its listed ids, else the same ids): the misspelt id is looked
    // for in 2027.1.
    Self.expectLines(
      Self.findings(Self.radPlan, new, map: map),
      [
        level, dropped(15, "regulatory-framework.red-tape"), below, misspelt("2027.1"),
        dropped(18, "transparency.appeal-levels"),
      ])
    // A map that does not start at the plan's version.
    let other = ItemMap(
      from: .init(id: "rad-self-assessment", version: "2025"),
      to: .init(id: "rad-self-assessment", version: "2027.1"))
    Self.expectLines(
      Self.findings(Self.radPlan, new, map: other),
      [
        "2:16: error: the map goes from 'rad-self-assessment' version '2025' to 'rad-self-assessment' version '2027.1'; the plan was made on 'rad-self-assessment' version '2026.1'"
      ])
  }
}
