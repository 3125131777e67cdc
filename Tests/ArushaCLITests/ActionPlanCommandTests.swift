import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 24: `score --action-plan --top N` and `--all` through the command line, on the plan
/// fixture worked by hand in ActionPlanningTests (three critical gaps, eight others, a chain
/// a → b → c), and `validate` on a cycle in `requires`.
@Suite struct ActionPlanCommandTests {
  static let fixtures = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/plan")

  /// A folder with the fixture's questionnaire in `Questionnaires/` and its response, which
  /// names the questionnaire's real SHA-256.
  func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-plan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Questionnaires"), withIntermediateDirectories: true)
    let questionnaire = try Data(
      contentsOf: Self.fixtures.appendingPathComponent("questionnaire.yaml"))
    try questionnaire.write(to: folder.appendingPathComponent("Questionnaires/plan.yaml"))
    let response = try String(
      contentsOf: Self.fixtures.appendingPathComponent("response.yaml"), encoding: .utf8
    )
    .replacingOccurrences(
      of: String(repeating: "0", count: 64), with: Fingerprint.sha256([UInt8](questionnaire)))
    try Data(response.utf8).write(to: folder.appendingPathComponent("response.yaml"))
    return folder
  }

  /// The question ids of a plan's CSV, with whether each is in the annex.
  static func csvRows(_ csv: String) -> [(id: String, annex: Bool)] {
    csv.split(separator: "\r\n").dropFirst().map { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      return (String(fields[3]), fields.last == "true")
    }
  }

  /// Default 15: all eleven gaps fit; `--top 2`: seven rows (the critical gaps not counted,
  /// b and c pulled in by a) and four in the annex; `--top 0`: the three critical gaps;
  /// `--all` as many as the gaps, none in the annex.
  @Test func topAndAllShapeThePlan() throws {
    let folder = try workspace()
    func plan(_ extra: [String]) throws -> [(id: String, annex: Bool)] {
      let result = try runArushaInProcess(
        ["score", "response.yaml", "--action-plan", "--format", "csv"] + extra,
        directory: folder)
      #expect(result.status == 0, "\(extra): \(result.stderr)")
      return Self.csvRows(result.stdout)
    }
    let order = ["y", "m", "k", "c", "b", "a", "d", "e", "g", "n", "p"]
    let byDefault = try plan([])
    #expect(byDefault.map(\.id) == order && byDefault.allSatisfy { !$0.annex })
    let two = try plan(["--top", "2"])
    #expect(two.map(\.id) == order)
    #expect(
      two.map(\.annex) == Array(repeating: false, count: 7) + Array(repeating: true, count: 4))
    let zero = try plan(["--top", "0"])
    #expect(zero.filter { !$0.annex }.map(\.id) == ["y", "m", "k"])
    let all = try plan(["--all"])
    #expect(all.map(\.id) == order && all.allSatisfy { !$0.annex })

    let markdown = try runArushaInProcess(
      ["score", "response.yaml", "--action-plan", "--top", "2"], directory: folder)
    #expect(markdown.status == 0)
    #expect(markdown.stdout.contains("\n## Annex: the other gaps\n"))
    #expect(markdown.stdout.contains("\n| 8 | Foundations | Q8 E? | None | Started |"))
  }

  /// The workbook follows `--top` too: the plan's sheet and the annex's hold the CSV's rows.
  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl, "openpyxl is missing"))
  func theWorkbookFollowsTop() throws {
    let folder = try workspace()
    let written = try runArushaInProcess(
      ["score", "response.yaml", "--top", "2", "-o", "r.xlsx"], directory: folder)
    #expect(written.status == 0, "\(written.stderr)")
    let sheets = try WorkbookCommandTests.sheets(
      try WorkbookCommandTests.read(folder.appendingPathComponent("r.xlsx")))
    #expect(
      sheets.map { $0["name"] as? String }
        == ["Factors", "Questions", "Action plan", "Action plan annex"])
    func ids(_ sheet: [String: Any]) throws -> [String] {
      try WorkbookCommandTests.rows(sheet).dropFirst().map { $0.last?["value"] as? String ?? "" }
    }
    #expect(try ids(sheets[2]) == ["y", "m", "k", "c", "b", "a", "d"])
    #expect(try ids(sheets[3]) == ["e", "g", "n", "p"])
  }

  /// `--top` below 0, not a number, with `--all`, or without a plan to shape: usage errors
  /// (64), nothing written.
  @Test func badTopOrAllIsAUsageError() throws {
    let folder = try workspace()
    for (arguments, message) in [
      (["--action-plan", "--top=-1"], "--top must be 0 or more"),
      (["--action-plan", "--top", "many"], "--top"),
      (["--action-plan", "--top", "2", "--all"], "--top and --all go separately"),
      (["--top", "2"], "--top shapes the action plan: add --action-plan, or write a workbook"),
      (["--all", "--format", "markdown"], "--all shapes the action plan"),
    ] {
      let result = try runArushaInProcess(
        ["score", "response.yaml"] + arguments, directory: folder)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty, "\(arguments)")
    }
  }

  /// `validate` names a cycle in `requires` at the entry that closes it, with every question
  /// of the cycle, and an unknown id where it is written; 65.
  @Test func validateNamesACycleAndAnUnknownIDAtTheirPlace() throws {
    let folder = try workspace()
    let text = """
      format: arusha/questionnaire-1
      id: q
      version: "1"
      title: Q
      factors:
        - id: f
          title: F
          questions:
            - {id: code, type: yesno, text: C?, help: H, requires: [training]}
            - {id: training, type: yesno, text: T?, help: H, requires: [code, strategi]}

      """
    try Data(text.utf8).write(to: folder.appendingPathComponent("q.yaml"))
    let result = try runArushaInProcess(["validate", "q.yaml"], directory: folder)
    #expect(result.status == 65)
    let output = result.stdout + result.stderr
    #expect(
      output.contains(
        "q.yaml:10:67: error: 'requires' makes a cycle: 'training' → 'code' → 'training' (each requires the next); remove one of these entries"
      ), "\(output)")
    #expect(output.contains("q.yaml:10:73: error: unknown question 'strategi' in 'requires'"))
  }
}
