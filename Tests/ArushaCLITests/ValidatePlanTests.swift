import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// `arusha validate PLAN` through the real binary (issue 27): a plan on the bundled RAD
/// 2026.1, its mistakes at FILE:LINE:COL, through the bundled map to 2027.1, another version
/// refused naming both, JSON, the other commands' one line, `schema --plan`.
@Suite struct ValidatePlanTests {
  static let old = "Questionnaires/revised-arusha-declaration-2026.1.yaml"
  static let new = "Questionnaires/revised-arusha-declaration-2027.1.yaml"

  static func sha(_ path: String) throws -> String {
    Fingerprint.sha256(
      [UInt8](try Data(contentsOf: TestPaths.packageRoot.appendingPathComponent(path))))
  }

  /// A plan made on RAD 2026.1 (its real SHA-256), with `actions` appended.
  static func plan(_ actions: String, sha: String? = nil) throws -> String {
    let sha = try sha ?? Self.sha(old)
    return """
      format: arusha/plan-1
      questionnaire: {id: rad-self-assessment, version: "2026.1", sha256: \(sha)}
      administration: Niger
      round: "2024"
      made: 2024-11-14T10:00:00Z
      baseline:
        sha256: \(String(repeating: "ab", count: 32))
        overall: 50
        factors: {leadership: 75}
        items:
          reform.rkc-reference: {value: 1, score: 0.25}
          leadership.executive-ownership: {value: 3, score: 0.75}
      targets:
        leadership: {level: 50, by: "2026"}
      actions:
      \(actions)
      """
  }

  /// A fresh folder holding `plan.yaml` with `text`.
  static func folder(_ text: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-plan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
    return folder
  }

  static func errorLines(_ output: String) -> [String] {
    output.split(separator: "\n").map(String.init).filter { $0.hasPrefix("plan.yaml:") }
  }

  static let goodActions = """
      - {id: a1, questions: [reform.rkc-reference], target: 3, status: done, owner: Legal unit, evidence: Decree}
      - {id: a2, questions: [leadership.executive-ownership], target: 4, status: planned}
    """

  @Test func aValidPlanPasses() throws {
    let folder = try Self.folder(try Self.plan(Self.goodActions))
    let result = try runArusha(["validate", "plan.yaml"], directory: folder)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "1 file checked: no problems\n")
  }

  @Test func everyMistakeAtItsPlace() throws {
    let actions = """
        - {id: a1, questions: [reform.rkc-referense], target: 3, status: done, evidence: Decree}
        - {id: a1, questions: [leadership.executive-ownership], target: 3, status: don}
        - {id: a3, questions: [leadership.executive-ownership], target: 7, due: 2025-02-30, status: planned}
      """
    let folder = try Self.folder(try Self.plan(actions))
    let result = try runArusha(["validate", "plan.yaml"], directory: folder)
    #expect(result.status == 65)
    #expect(
      Self.errorLines(result.stdout) == [
        "plan.yaml:16:26: error: no question 'reform.rkc-referense' in questionnaire 'rad-self-assessment' version '2026.1'; did you mean 'reform.rkc-reference'?",
        "plan.yaml:17:10: error: action id 'a1' is used twice; each action needs its own id",
        "plan.yaml:16:10: note: 'a1' is first used here",
        "plan.yaml:17:78: error: unknown action status 'don'; did you mean 'done'? (one of 'planned', 'started', 'done', 'dropped')",
        "plan.yaml:18:67: error: the target 7 is not an option value of 'leadership.executive-ownership' (0, 1, 2, 3, 4)",
        "plan.yaml:18:75: error: 'due' must be a calendar date YYYY-MM-DD such as 2025-06-30, found '2025-02-30'",
      ])
    #expect(result.stdout.hasSuffix("1 file checked: 5 errors, 0 warnings\n"))
    let json = try runArusha(["validate", "--format", "json", "plan.yaml"], directory: folder)
    #expect(json.status == 65)
    let decoded = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let file = try #require((decoded["files"] as? [[String: Any]])?.first)
    #expect(file["errors"] as? Int == 5)
    let first = try #require((file["diagnostics"] as? [[String: Any]])?.first)
    #expect(first["line"] as? Int == 16 && first["column"] as? Int == 26)
    #expect(first["suggestion"] as? String == "reform.rkc-reference")
  }

  @Test func throughTheBundledMapToALaterVersion() throws {
    let folder = try Self.folder(try Self.plan(Self.goodActions))
    let result = try runArusha(
      ["validate", "plan.yaml", "--map", "rad-self-assessment-2026.1-to-2027.1"], directory: folder)
    #expect(result.status == 65)
    // 2027.1's bands are 0, 25, 60 and 80: a level of 2026.1's is refused there.
    #expect(
      Self.errorLines(result.stdout) == [
        "plan.yaml:14:23: error: level 50 is not the 'min' of a band of scoring.levels (the bands start at 0, 25, 60, 80); give one of those, or a 'score'"
      ])
    // Another version without a map: one error naming both.
    let other = try runArusha(
      ["validate", "plan.yaml", "--questionnaire", TestPaths.packageRoot.path + "/" + Self.new],
      directory: folder)
    #expect(other.status == 65)
    #expect(
      Self.errorLines(other.stdout) == [
        "plan.yaml:2:16: error: the plan was made on questionnaire 'rad-self-assessment' version '2026.1', not on 'rad-self-assessment' version '2027.1'; give an item map from '2026.1' to '2027.1' with --map to check it there"
      ])
  }

  @Test func aQuestionnaireEditedSinceThePlanIsRefused() throws {
    let folder = try Self.folder(
      try Self.plan(Self.goodActions, sha: String(repeating: "0", count: 64)))
    let result = try runArusha(["validate", "plan.yaml"], directory: folder)
    #expect(result.status == 65)
    let sha = try Self.sha(Self.old)
    // Said, and the plan checked against it all the same.
    #expect(
      Self.errorLines(result.stdout) == [
        "plan.yaml:2:16: error: the bundled revised-arusha-declaration-2026.1.yaml is questionnaire 'rad-self-assessment' version '2026.1' but its contents differ from the file the plan was made with (sha256 \(sha.prefix(12))… instead of 000000000000…): it was edited without a new version; pass the exact file with --questionnaire FILE"
      ])
  }

  @Test func otherCommandsSayItIsAPlanInOneLine() throws {
    let folder = try Self.folder(try Self.plan(Self.goodActions))
    let score = try runArusha(["score", "plan.yaml"], directory: folder)
    #expect(score.status == 65)
    #expect(
      score.stderr
        == "arusha: plan.yaml: is an improvement plan (format: arusha/plan-1), not a response; 'arusha validate' checks it and 'arusha score RESPONSE --plan' follows it up\n"
    )
    let assess = try runArusha(["explain", "plan.yaml"], directory: folder)
    #expect(assess.status == 65)
    #expect(assess.stderr.contains("is an improvement plan (format: arusha/plan-1)"))
  }

  @Test func anUnsupportedPlanFormatIsOneLine() throws {
    let text = try Self.plan(Self.goodActions).replacingOccurrences(
      of: "arusha/plan-1", with: "arusha/plan-2")
    let folder = try Self.folder(text + "\nnew_key: 1\n")
    let result = try runArusha(["validate", "plan.yaml"], directory: folder)
    #expect(result.status == 65)
    #expect(
      Self.errorLines(result.stdout) == [
        "plan.yaml:1:9: error: unsupported format 'arusha/plan-2'; expected 'arusha/plan-1'"
      ])
  }

  @Test func schemaPlanPrintsTheCommittedSchema() throws {
    let result = try runArusha(["schema", "--plan"])
    let committed = try String(
      contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/plan.schema.json"),
      encoding: .utf8)
    #expect(result.status == 0 && result.stdout == committed)
  }
}
