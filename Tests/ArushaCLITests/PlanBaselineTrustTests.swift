import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// A rewritten baseline is caught (issue 27, integrity review finding 2): the plan checks
/// rescore the baseline's items under the plan's questionnaire, and `compare --plans` checks
/// `baseline.sha256` against the compared responses of the plan's round.
///
/// On the compare fixture (one 0–4 question per factor, equal weights): Niger 2024 answers
/// a1 = 1 (0.25), b1 = 2 (0.5), so alpha 25, beta 50, overall 37.5; Niger 2026 a1 = 3, b1 = 3.
@Suite struct PlanBaselineTrustTests {
  static let response2024 = ComparePlansCommandTests.response("Niger", "2024", 1, 2)
  static let response2026 = ComparePlansCommandTests.response("Niger", "2026", 3, 3)

  /// A folder with the questionnaire, `responses/` (2024 and 2026) and `plans/plan.yaml` made
  /// by `arusha plan` from the 2024 response.
  func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-plan-trust-\(UUID().uuidString)")
    let manager = FileManager.default
    for sub in ["Questionnaires", "responses", "plans"] {
      try manager.createDirectory(
        at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    try manager.copyItem(
      at: ComparePlansCommandTests.fixtures.appendingPathComponent("questionnaire.yaml"),
      to: folder.appendingPathComponent("Questionnaires/questionnaire.yaml"))
    try Data(Self.response2024.utf8).write(
      to: folder.appendingPathComponent("responses/niger-2024.yaml"))
    try Data(Self.response2026.utf8).write(
      to: folder.appendingPathComponent("responses/niger-2026.yaml"))
    let made = try runArusha(
      ["plan", "responses/niger-2024.yaml", "-o", "plans/plan.yaml"], directory: folder)
    #expect(made.status == 0, "\(made.stderr)")
    return folder
  }

  func read(_ folder: URL, _ path: String) throws -> String {
    try String(decoding: Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
  }

  func write(_ text: String, _ folder: URL, _ path: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(path))
  }

  /// The 1-based number of the first line of `text` equal to `line`, after `after`'s.
  func number(of line: String, in text: String, after: String? = nil) throws -> Int {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try after.map { marker in try #require(lines.firstIndex(of: marker)) + 1 } ?? 0
    return try #require(lines[start...].firstIndex(of: line)) + 1
  }

  /// The plan with the value line of baseline item `a1` (the first `value: 1` after it) read
  /// `value: 0`.
  func lowered(_ plan: String) throws -> String {
    var lines = plan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let item = try number(of: "    a1:", in: plan) - 1
    #expect(lines[item + 1] == "      value: 1")
    lines[item + 1] = "      value: 0"
    return lines.joined(separator: "\n")
  }

  @Test func thePlanAsMadeIsValid() throws {
    let folder = try workspace()
    let result = try runArusha(["validate", "plans/plan.yaml"], directory: folder)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test func anEditedBaselineItemIsRefusedAtEachFigureItChanges() throws {
    let folder = try workspace()
    let plan = try read(folder, "plans/plan.yaml")
    try write(try lowered(plan), folder, "plans/plan.yaml")
    let result = try runArusha(["validate", "plans/plan.yaml"], directory: folder)
    #expect(result.status == 65)
    let overall = try number(of: "  overall: 37.5", in: plan)
    let alpha = try number(of: "    alpha: 25", in: plan, after: "  factors:")
    let item = try number(of: "    a1:", in: plan)
    let tail =
      "a plan's baseline is the round as measured — make the plan again with arusha plan"
    let errors = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(
      errors == [
        "plans/plan.yaml:\(overall):3: error: the baseline was edited: the overall score says 37.5, its items give 25; \(tail)",
        "plans/plan.yaml:\(alpha):5: error: the baseline was edited: factor 'alpha' says 25, its items give 0; \(tail)",
        "plans/plan.yaml:\(item):5: error: the baseline was edited: the item score of 'a1' says 0.25, its answer gives 0; \(tail)",
      ], "\(result.stdout)")
  }

  @Test func aLoweredFactorScoreIsRefused() throws {
    let folder = try workspace()
    let plan = try read(folder, "plans/plan.yaml")
    try write(
      plan.replacingOccurrences(of: "    beta: 50\n", with: "    beta: 40\n"), folder,
      "plans/plan.yaml")
    let result = try runArusha(["validate", "plans/plan.yaml"], directory: folder)
    #expect(result.status == 65)
    let beta = try number(of: "    beta: 50", in: plan, after: "  factors:")
    #expect(
      result.stdout.contains(
        "plans/plan.yaml:\(beta):5: error: the baseline was edited: factor 'beta' says 40, its items give 50;"
      ), "\(result.stdout)")
    // The same check in score --plan and compare --plans.
    let score = try runArusha(
      ["score", "responses/niger-2026.yaml", "--plan", "plans/plan.yaml"], directory: folder)
    #expect(score.status == 65)
    #expect(score.stderr.contains("factor 'beta' says 40, its items give 50"), "\(score.stderr)")
    let compare = try runArusha(
      ["compare", "responses", "--plans", "plans", "--format", "json"], directory: folder)
    #expect(compare.status == 65)
    #expect(
      compare.stderr.contains("factor 'beta' says 40, its items give 50"), "\(compare.stderr)")
  }

  @Test func compareUsesThePlanMadeFromTheComparedResponse() throws {
    let folder = try workspace()
    let result = try runArusha(
      ["compare", "responses", "--plans", "plans", "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test func aChangedResponseOfThePlansRoundRefusesCompare() throws {
    let folder = try workspace()
    // One answer of the 2024 response changed after the plan was made.
    try write(
      ComparePlansCommandTests.response("Niger", "2024", 1, 3), folder,
      "responses/niger-2024.yaml")
    let result = try runArusha(
      ["compare", "responses", "--plans", "plans", "--format", "json"], directory: folder)
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    let sha = Fingerprint.sha256(Array(Self.response2024.utf8)).prefix(12)
    #expect(
      result.stderr
        == "plans/plan.yaml: error: the plan's baseline is none of the compared responses of 'Niger' for round '2024' (responses/niger-2024.yaml): its baseline.sha256 \(sha)… is the SHA-256 of none of them; the response changed after the plan was made, or the plan was made from another file — compare the file the plan was made from, or make the plan again with arusha plan\narusha: 1 plan in --plans does not match the compared responses; nothing was compared: pass --skip-invalid to compare without it\n"
    )
  }

  @Test func underAnonymizeNoAdministrationIsNamed() throws {
    let folder = try workspace()
    try write(
      ComparePlansCommandTests.response("Niger", "2024", 1, 3), folder,
      "responses/niger-2024.yaml")
    let result = try runArusha(
      ["compare", "responses", "--plans", "plans", "--anonymize", "--format", "json"],
      directory: folder)
    #expect(result.status == 65)
    #expect(!result.stderr.contains("Niger"), "\(result.stderr)")
    #expect(result.stderr.contains("compared responses of its administration for round '2024'"))
  }

  @Test func skipInvalidLeavesThePlanOut() throws {
    let folder = try workspace()
    try write(
      ComparePlansCommandTests.response("Niger", "2024", 1, 3), folder,
      "responses/niger-2024.yaml")
    let result = try runArusha(
      ["compare", "responses", "--plans", "plans", "--skip-invalid", "--format", "json"],
      directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.hasPrefix(
        "arusha: note: left out 1 plan whose baseline is not the compared response (--skip-invalid):\n  plans/plan.yaml: error: the plan's baseline is none of the compared responses"
      ), "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((json["plans"] as? [Any])?.isEmpty ?? true)
  }

  @Test func aPlanMadeFromAResponseReadButNotCountedPasses() throws {
    let folder = try workspace()
    // The plan's file is in progress (left out of the counts), another 2024 response counts.
    try write(
      Self.response2024.replacingOccurrences(
        of: "status: complete\n", with: "status: in-progress\n"
      ).replacingOccurrences(of: "completed: 2024-07-02T11:00:00Z\n", with: ""), folder,
      "responses/niger-2024.yaml")
    // `plan -o` never writes over a plan file (the team's edited work): the old one goes.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("plans/plan.yaml"))
    let made = try runArusha(
      ["plan", "responses/niger-2024.yaml", "-o", "plans/plan.yaml"], directory: folder)
    #expect(made.status == 0, "\(made.stderr)")
    try write(
      ComparePlansCommandTests.response("Niger", "2024", 2, 2), folder,
      "responses/niger-2024-b.yaml")
    let result = try runArusha(
      ["compare", "responses", "--plans", "plans", "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test func aPlanWhoseRoundIsNotComparedIsNotChecked() throws {
    let folder = try workspace()
    try FileManager.default.removeItem(
      at: folder.appendingPathComponent("responses/niger-2024.yaml"))
    let result = try runArusha(
      ["compare", "responses", "--plans", "plans", "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
  }
}
