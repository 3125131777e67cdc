import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// `arusha compare … --plans DIR` end to end (issue 27).
///
/// On the responses and plans of PlanProgressTests, whose figures are worked out by hand
/// there:
///
///     Niger 2020  (1, 1)            no plan before 2020
///     Niger 2024  (2, 3) (4, 1)     plan 2020: 3 planned, 1 done, 3 on target; targets 1 of 1
///     Niger 2026  (3, 4)            plan 2024: 2 planned, 1 done, 1 on target; targets 1 of 2
///     Benin 2024  (0, 2)            no plan before 2024
///     Benin 2026  (2, 2)            plan 2024: 1 planned, 1 done, 1 on target; targets 1 of 1
///     Chad  2026  (1, 1)            no plan
///
/// and a plan of Mali, which no group has: ignored with a note.
@Suite struct ComparePlansCommandTests {
  static let fixtures = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/compare")
  static let sha256 = "e8bcdc4473d51f6e61980e16bf250ccce747b1d22ecb9d175f10813511e06ca0"

  static func response(_ administration: String, _ round: String, _ a1: Int, _ b1: Int) -> String {
    """
    format: arusha/response-1
    questionnaire:
      id: compare-fixture
      version: "1"
      sha256: \(sha256)
    administration: \(administration)
    round: "\(round)"
    role: management
    respondent: null
    language: en
    status: complete
    started: 2024-07-02T09:00:00Z
    updated: 2024-07-02T11:00:00Z
    completed: 2024-07-02T11:00:00Z
    answers:
      a1: {value: \(a1)}
      b1: {value: \(b1)}

    """
  }

  /// The SHA-256 of the workspace's first response of `administration` and `round`, as a
  /// plan made from it records it (compare checks it, review finding 2); a made-up one when
  /// the workspace has none.
  static func baselineSHA256(_ administration: String, _ round: String) -> String {
    let first: [String: (Int, Int)] = [
      "Niger 2020": (1, 1), "Niger 2024": (2, 3), "Benin 2024": (0, 2), "Niger 2026": (3, 4),
      "Benin 2026": (2, 2), "Chad 2026": (1, 1),
    ]
    guard let values = first["\(administration) \(round)"] else {
      return String(repeating: "ab", count: 32)
    }
    return Fingerprint.sha256(Array(response(administration, round, values.0, values.1).utf8))
  }

  /// A plan file; `targets` and `actions` are its YAML lines, indented already.
  static func plan(
    _ administration: String, _ round: String, targets: String, actions: String,
    version: String = "1", sha256: String = ComparePlansCommandTests.sha256
  ) -> String {
    """
    format: arusha/plan-1
    note: "Fill in the description, owner and due date of each action."
    questionnaire: {id: compare-fixture, version: "\(version)", sha256: \(sha256)}
    administration: \(administration)
    round: "\(round)"
    made: 2024-11-14T10:00:00Z
    baseline:
      sha256: \(baselineSHA256(administration, round))
      overall: 25
      factors:
        alpha: 25
        beta: 25
      items:
        a1: {value: 1, score: 0.25}
        b1: {value: 1, score: 0.25}
    targets:
    \(targets)
    actions:
    \(actions)

    """
  }

  static let niger2020 = plan(
    "Niger", "2020",
    targets: """
        alpha: {level: 50, by: "2024"}
        beta: {score: 60, by: "2026"}
      """,
    actions: """
        - {id: n1, questions: [a1], description: "Name a sponsor", owner: "Director N", due: 2021-06-30, target: 3, status: done, evidence: null}
        - {id: n2, questions: [b1], description: "", owner: "", due: null, target: 2, status: started, evidence: null}
        - {id: n3, questions: [a1, b1], description: null, owner: null, due: null, target: 2, status: dropped, evidence: null}
      """)
  static let niger2024 = plan(
    "Niger", "2024",
    targets: """
        alpha: {score: 80, by: null}
        beta: {level: 75, by: "2026"}
      """,
    actions: """
        - {id: m1, questions: [a1], description: "", owner: "", due: null, target: 4, status: done, evidence: null}
        - {id: m2, questions: [b1], description: "", owner: "", due: null, target: 4, status: planned, evidence: null}
      """)
  static let benin2024 = plan(
    "Benin", "2024",
    targets: """
        alpha: {score: 50, by: "2028"}
        beta: {score: 50, by: null}
      """,
    actions: """
        - {id: b-1, questions: [a1], description: "Train the staff", owner: "Ms X", due: null, target: 2, status: done, evidence: null}
      """)
  static let mali2020 = plan(
    "Mali", "2020", targets: "  alpha: {score: 50, by: null}",
    actions:
      "  - {id: x, questions: [a1], description: \"\", owner: \"\", due: null, target: 2, status: planned, evidence: null}"
  )

  /// Responses under `responses/`, the questionnaire under `Questionnaires/`, the plans under
  /// `plans/`.
  func workspace(plans: [String: String]? = nil) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-compare-plans-\(UUID().uuidString)")
    let manager = FileManager.default
    for sub in ["Questionnaires", "responses", "plans"] {
      try manager.createDirectory(
        at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    try manager.copyItem(
      at: Self.fixtures.appendingPathComponent("questionnaire.yaml"),
      to: folder.appendingPathComponent("Questionnaires/questionnaire.yaml"))
    let responses: [(String, String, Int, Int)] = [
      ("Niger", "2020", 1, 1), ("Niger", "2024", 2, 3), ("Niger", "2024", 4, 1),
      ("Niger", "2026", 3, 4), ("Benin", "2024", 0, 2), ("Benin", "2026", 2, 2),
      ("Chad", "2026", 1, 1),
    ]
    for (index, entry) in responses.enumerated() {
      try write(
        Self.response(entry.0, entry.1, entry.2, entry.3),
        to: folder.appendingPathComponent("responses/r\(index).yaml"))
    }
    let files =
      plans ?? [
        "niger-2020.yaml": Self.niger2020, "niger-2024.yaml": Self.niger2024,
        "benin-2024.yaml": Self.benin2024, "mali-2020.yaml": Self.mali2020,
      ]
    for (name, text) in files {
      try write(text, to: folder.appendingPathComponent("plans/\(name)"))
    }
    return folder
  }

  func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func handComputedCountsInJSON() throws {
    let folder = try workspace()
    let result = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr
        == "arusha: note: 1 plan concerns no group of the comparison (no later round of its administration); it is ignored\n"
    )
    let plans = try #require(try json(result.stdout)["plans"] as? [[String: Any]])
    func row(_ plan: [String: Any]) -> String {
      [
        "administration", "round", "plan_round", "planned", "done", "on_target", "targets_due",
        "targets_met", "targets_share",
      ].map { "\(plan[$0] ?? "nil")" }.joined(separator: " ")
    }
    #expect(
      plans.map(row) == [
        "Benin 2026 2024 1 1 1 1 1 1.0", "Niger 2024 2020 3 1 2 1 1 1.0",
        "Niger 2026 2024 2 1 1 2 1 0.5",
      ])
    let niger = try #require(plans[1]["actions"] as? [[String: Any]])
    #expect(niger.map { $0["owner"] as? String } == ["Director N", nil, nil])
    #expect(niger.map { $0["scores"] as? [Double] } == [[0.75], [0.5], [0.75, 0.5]])
  }

  @Test func markdownAndWorkbookTables() throws {
    let folder = try workspace()
    let markdown = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "--format", "markdown"], directory: folder)
    #expect(markdown.status == 0, "\(markdown.stderr)")
    #expect(
      markdown.stdout.contains(
        """
        | Administration | Round | Plan’s round | Actions in plan | Done | At target level | Factor targets met | Share met |
        """))
    #expect(markdown.stdout.contains("| Niger | 2026 | 2024 | 2 | 1 | 1 | 1 of 2 | 50% |"))
    guard WorkbookCommandTests.hasOpenpyxl else { return }
    let written = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "-o", "c.xlsx"], directory: folder)
    #expect(written.status == 0, "\(written.stderr)")
    let sheets = try WorkbookCommandTests.sheets(
      try WorkbookCommandTests.read(folder.appendingPathComponent("c.xlsx")))
    let sheet = try #require(sheets.last)
    #expect(sheet["name"] as? String == "Plans")
    let rows = try WorkbookCommandTests.rows(sheet)
    #expect(rows.count == 4)
    // Niger 2026: numbers in numeric cells, the share 0.5.
    let niger = rows[3]
    #expect(niger[0]["value"] as? String == "Niger")
    #expect(
      niger.dropFirst(3).map { ($0["value"] as? NSNumber)?.doubleValue }
        == [2, 1, 1, 2, 1, 0.5], "\(niger)")
    #expect(niger.last?["format"] as? String == "0.0%")
  }

  @Test func anonymizedReportsNameNoOneAndShowNoOwnerOrDescription() throws {
    let folder = try workspace()
    for format in ["json", "markdown", "html", "table", "csv"] {
      let result = try runArushaInProcess(
        ["compare", "responses", "--plans", "plans", "--anonymize", "--format", format],
        directory: folder)
      #expect(result.status == 0, "\(result.stderr)")
      for word in ["Niger", "Benin", "Chad", "Mali", "Director N", "Ms X", "Train the staff"] {
        #expect(!result.stdout.contains(word), "\(format): \(word)")
        #expect(!result.stderr.contains(word), "\(format): \(word)")
      }
    }
  }

  @Test func theHistoryChartsMarkTheTargets() throws {
    let folder = try workspace()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("charts"), withIntermediateDirectories: true)
    let result = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "-o", "c.html", "--charts", "charts"],
      directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    // Parsed as XML: every mark's round index, value and colour (Niger is the third series).
    let script = """
      import sys, xml.etree.ElementTree as ET
      ns = {"s": "http://www.w3.org/2000/svg"}
      for name in sys.argv[1:]:
          root = ET.parse(name).getroot()
          marks = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "target"]
          print(name.split("/")[-1], ";".join(
              "%s %s %s %s" % (g.get("data-round"), g.get("data-value"),
                               g.find("s:line", ns).get("stroke"), g.find("s:title", ns).text)
              for g in marks))
      """
    let charts = folder.appendingPathComponent("charts")
    let parsed = try WorkbookCommandTests.tool(
      ["python3", "-c", script]
        + ["history.svg", "history-1.svg", "history-2.svg"].map {
          charts.appendingPathComponent($0).path
        })
    #expect(parsed.status == 0, "\(parsed.stderr)")
    #expect(
      String(decoding: parsed.stdout, as: UTF8.self) == """
        history.svg 
        history-1.svg 1 50.0 #1a7f37 Niger: target 50.0 by 2024;2 80.0 #1a7f37 Niger: target 80.0 by 2026
        history-2.svg 2 50.0 #0969da Benin: target 50.0 by 2026;2 60.0 #1a7f37 Niger: target 60.0 by 2026;2 75.0 #1a7f37 Niger: target 75.0 by 2026

        """)
    let page = try String(contentsOf: folder.appendingPathComponent("c.html"), encoding: .utf8)
    #expect(page.components(separatedBy: "<g class=\"target\"").count - 1 == 5)
    #expect(page.contains("Factor target of a plan, at the round it is due"))
  }

  @Test func aPlanOnAnotherVersionIsReadThroughTheMap() throws {
    let folder = try workspace(plans: [:])
    // Version 0: a1 was called a0; the map carries a0 to a1 and its value 3 to 4.
    let v1 = try String(
      contentsOf: Self.fixtures.appendingPathComponent("questionnaire.yaml"), encoding: .utf8)
    let v0 =
      v1.replacingOccurrences(of: "version: \"1\"", with: "version: \"0\"")
      .replacingOccurrences(of: "{id: a1,", with: "{id: a0,")
    try write(v0, to: folder.appendingPathComponent("Questionnaires/questionnaire-v0.yaml"))
    try write(
      """
      format: arusha/map-1
      from: {id: compare-fixture, version: "0"}
      to: {id: compare-fixture, version: "1"}
      questions:
        a0: a1
      values:
        a1: {0: 0, 1: 1, 2: 2, 3: 4, 4: 4}

      """, to: folder.appendingPathComponent("v0-v1.yaml"))
    let plan = Self.plan(
      "Niger", "2020", targets: "  alpha: {level: 75, by: \"2024\"}",
      actions:
        "  - {id: n1, questions: [a0], description: \"\", owner: \"\", due: null, target: 3, status: done, evidence: null}",
      version: "0", sha256: Fingerprint.sha256(Array(v0.utf8))
    ).replacingOccurrences(of: "a1: {value: 1, score: 0.25}", with: "a0: {value: 1, score: 0.25}")
    try write(plan, to: folder.appendingPathComponent("plans/niger-2020.yaml"))
    // Without the map: refused, naming both versions.
    let refused = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "--format", "json"], directory: folder)
    #expect(refused.status == 65)
    #expect(
      refused.stderr.contains(
        "plans/niger-2020.yaml: error: the plan is on 'compare-fixture' version '0', the comparison on 'compare-fixture' version '1'; give --map files from its version to the compared one, as for responses"
      ), "\(refused.stderr)")
    #expect(refused.stdout.isEmpty)
    let result = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "--map", "v0-v1.yaml", "--format", "json"],
      directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let plans = try #require(try json(result.stdout)["plans"] as? [[String: Any]])
    // Niger 2024 and 2026 both take the 2020 plan: a0 target 3 is a1 target 4 (item score 1);
    // Niger 2024's a1 mean 0.75 is below, 2026's 0.75 too. alpha 75 ≥ 75 by 2024 → met.
    #expect(plans.map { $0["round"] as? String } == ["2024", "2026"])
    #expect(plans.map { $0["mapped"] as? Bool } == [true, true])
    let actions = try #require(plans[0]["actions"] as? [[String: Any]])
    #expect(actions.map { $0["questions"] as? [String] } == [["a1"]])
    #expect(actions.map { $0["target_score"] as? Double } == [1])
    #expect(plans.map { $0["on_target"] as? Int } == [0, 0])
    #expect(plans.map { $0["targets_met"] as? Int } == [1, 1])
    let markdown = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "--map", "v0-v1.yaml", "--format", "markdown"],
      directory: folder)
    #expect(markdown.stdout.contains("| Niger | 2024 | 2020\u{A0}† | 1 | 1 | 0 | 1 of 1 | 100% |"))
    #expect(
      markdown.stdout.contains(
        "† The plan was made on another version of the questionnaire and read through --map."))
  }

  @Test func twoPlansOfOneAdministrationAndRoundAreRefused() throws {
    let folder = try workspace(plans: [
      "a.yaml": Self.niger2020, "b/niger.yaml": Self.niger2020,
    ])
    let result = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans"], directory: folder)
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "plans/b/niger.yaml: error: a second plan of 'Niger' for round '2020', after plans/a.yaml; keep one plan per administration and round in --plans\n"
    )
    #expect(result.stdout.isEmpty)
    let anonymized = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "--anonymize"], directory: folder)
    #expect(anonymized.status == 65)
    #expect(!anonymized.stderr.contains("Niger"))
  }

  @Test func aBadPlanOrAFileThatIsNoPlanRefusesTheRun() throws {
    let bad = Self.niger2020.replacingOccurrences(of: "status: started", with: "status: begun")
    // Checked against its questionnaire as `validate PLAN` checks it: no question a9.
    let unknown = Self.mali2020.replacingOccurrences(of: "questions: [a1]", with: "questions: [a9]")
    let folder = try workspace(plans: [
      "niger.yaml": bad, "benin.yaml": Self.benin2024, "mali.yaml": unknown,
      "response.yaml": Self.response("Niger", "2020", 1, 1), "other.yaml": "title: minutes\n",
      "notes.txt": "not read",
    ])
    let result = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans"], directory: folder)
    #expect(result.status == 65)
    // Each error at its position (its source line and caret under it, as compare shows a
    // response's), then one line per file of the wrong kind, then the summary.
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.filter { !$0.hasPrefix(" ") } == [
        "plans/mali.yaml:19:25: error: no question 'a9' in questionnaire 'compare-fixture' version '1'; did you mean 'a1'?",
        "plans/niger.yaml:21:89: error: unknown action status 'begun'; expected one of 'planned', 'started', 'done', 'dropped'",
        "plans/other.yaml: error: is not an improvement plan (it has no format, not 'arusha/plan-1'); every YAML file in --plans DIR must be one",
        "plans/response.yaml: error: is a response (format: arusha/response-1), not an improvement plan; 'arusha score' scores it and 'arusha assess -o FILE' resumes it",
        "arusha: 4 of 5 plan files in --plans cannot be used; nothing was compared: fix them, or pass --skip-invalid to compare without them",
      ], "\(result.stderr)")
    #expect(lines.contains { $0.hasSuffix("status: begun, evidence: null}") })
    #expect(result.stdout.isEmpty)
    // --skip-invalid: compared with Benin's plan only.
    let skipped = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "--skip-invalid", "--format", "json"],
      directory: folder)
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(skipped.stderr.contains("arusha: note: left out 4 files that cannot be used"))
    let plans = try #require(try json(skipped.stdout)["plans"] as? [[String: Any]])
    #expect(plans.map { $0["administration"] as? String } == ["Benin"])
  }

  @Test func anEmptyFolderOfPlansIsNoted() throws {
    let folder = try workspace(plans: [:])
    let result = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "--format", "markdown"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "arusha: note: no plan files (*.yaml, *.yml) in 'plans'\n")
    #expect(
      result.stdout.contains(
        "## Improvement plans\n\nNo group has a plan of its administration made in an earlier round."
      ))
  }

  @Test func withoutPlansTheOutputsAreAsBefore() throws {
    let folder = try workspace()
    for format in ["json", "markdown", "html", "csv", "table"] {
      let plain = try runArushaInProcess(
        ["compare", "responses", "--format", format], directory: folder)
      #expect(plain.status == 0)
      #expect(!plain.stdout.contains("plan"), "\(format)")
      #expect(!plain.stdout.contains("class=\"target\""))
    }
    // The CSV is the same long table with plans.
    let csv = try runArushaInProcess(
      ["compare", "responses", "--format", "csv"], directory: folder)
    let withPlans = try runArushaInProcess(
      ["compare", "responses", "--plans", "plans", "--format", "csv"], directory: folder)
    #expect(csv.stdout == withPlans.stdout)
  }
}
