import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaTestSupport
import Foundation
import Testing

/// The reports of `compare --plans` (issue 27) on the responses and plans of
/// PlanProgressTests (its figures worked out by hand there), read from files by the loader's
/// fast path, which keeps item scores only for the administrations with a plan.
@Suite struct ComparePlansReportTests {
  static let fixtures = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/compare")

  static func response(_ administration: String, _ round: String, _ a1: Int, _ b1: Int) -> String {
    """
    format: arusha/response-1
    questionnaire:
      id: compare-fixture
      version: "1"
      sha256: e8bcdc4473d51f6e61980e16bf250ccce747b1d22ecb9d175f10813511e06ca0
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

  static let responses: [(String, String, Int, Int)] = [
    ("Niger", "2020", 1, 1), ("Niger", "2024", 2, 3), ("Niger", "2024", 4, 1),
    ("Niger", "2026", 3, 4), ("Benin", "2024", 0, 2), ("Benin", "2026", 2, 2),
    ("Chad", "2026", 1, 1),
  ]

  static let plans = ComparePlansFixture.plans(
    reference: .init(id: "compare-fixture", version: "1", sha256: ""))

  /// The comparison of the responses, with each group's progress when `plans`.
  static func comparison(plans: Bool = true, anonymize: Bool = false) throws -> Comparison {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-plans-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (index, entry) in responses.enumerated() {
      try Data(response(entry.0, entry.1, entry.2, entry.3).utf8).write(
        to: folder.appendingPathComponent("r\(index).yaml"))
    }
    let cache = try QuestionnaireCache(
      explicitPaths: [UserPath(fixtures.appendingPathComponent("questionnaire.yaml").path)])
    var loader = ComparisonLoader(questionnaires: cache, workers: 2, chunkSize: 2)
    let administrations = Set(Self.plans.map(\.administration))
    if plans { loader.keepsItems = { administrations.contains($0) } }
    let input = loader.load(ResponseWalk([UserPath(folder.path)]))
    #expect(input.problems.isEmpty)
    let located = try #require(input.uses.newest.flatMap { input.questionnaires[$0] })
    var comparison = Comparator.compare(
      input.tally, questionnaire: located.questionnaire,
      options: ComparisonOptions(anonymize: anonymize))
    guard plans else {
      // Without --plans, no item score is kept.
      #expect(input.tally.groups.values.allSatisfy { $0.items.isEmpty })
      return comparison
    }
    // Chad has no plan: its responses keep no item scores.
    #expect(
      input.tally.groups.filter { $0.key.administration == "Chad" }.allSatisfy {
        $0.value.items.isEmpty
      })
    let keys = input.tally.groups.keys.sorted { left, right in
      left.administration != right.administration
        ? NaturalOrder.codePointPrecedes(left.administration, right.administration)
        : NaturalOrder.precedes(left.round, right.round)
    }
    comparison.plans = zip(keys, comparison.groups).compactMap { key, group in
      PlanProgress.choose(Self.plans, administration: key.administration, round: key.round).map {
        PlanProgress.make(
          Self.plans[$0], group: group, round: key.round,
          items: (input.tally.groups[key]?.items ?? [:]).compactMapValues(\.mean),
          questionnaire: located.questionnaire, anonymize: anonymize)
      }
    }
    return comparison
  }

  /// The `<g class="target">` elements of an SVG, each as (round index, value, colour).
  static func marks(_ svg: String) -> [(round: Int, value: Double, colour: String)] {
    svg.components(separatedBy: "<g class=\"target\"").dropFirst().compactMap { element in
      let end = element.components(separatedBy: "</g>")[0]
      func attribute(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: " \(name)=\"") else { return nil }
        return String(text[start.upperBound...].prefix { $0 != "\"" })
      }
      guard let round = attribute("data-round", in: end).flatMap({ Int($0) }),
        let value = attribute("data-value", in: end).flatMap({ Double($0) }),
        let line = end.range(of: "<line"),
        let colour = attribute("stroke", in: String(end[line.lowerBound...]))
      else { return nil }
      return (round, value, colour)
    }
  }

  @Test func thePlansTableInTextMarkdownAndHTML() throws {
    let report = CompareReport(try Self.comparison())
    let markdown = report.markdown()
    #expect(markdown.contains("\n## Improvement plans\n"))
    // Hand-computed in PlanProgressTests.handComputedCounts.
    for row in [
      "| Benin | 2026 | 2024 | 1 | 1 | 1 | 1 of 1 | 100% |",
      "| Niger | 2024 | 2020 | 3 | 1 | 2 | 1 of 1 | 100% |",
      "| Niger | 2026 | 2024 | 2 | 1 | 1 | 1 of 2 | 50% |",
    ] {
      #expect(markdown.contains(row), "\(row)")
    }
    let table = report.table(style: .plain, width: 120)
    #expect(table.contains("Improvement plans"))
    #expect(table.contains("Plan’s round"))
    let html = report.html()
    #expect(html.contains("Improvement plans"))
    #expect(html.contains(">50%<") || html.contains(">50%"))
    // French.
    let french = CompareReport(try Self.comparison(), language: "fr").markdown()
    #expect(french.contains("\n## Plans d’amélioration\n"))
    #expect(french.contains("| Niger | 2026 | 2024 | 2 | 1 | 1 | 1 sur 2 | 50\u{A0}% |"))
  }

  @Test func theJSONPlansMember() throws {
    let report = CompareReport(try Self.comparison())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.jsonBytes())) as? [String: Any])
    let plans = try #require(object["plans"] as? [[String: Any]])
    #expect(plans.count == 3)
    let niger = plans[2]
    #expect(niger["administration"] as? String == "Niger")
    #expect(niger["round"] as? String == "2026")
    #expect(niger["plan_round"] as? String == "2024")
    #expect(niger["planned"] as? Int == 2)
    #expect(niger["done"] as? Int == 1)
    #expect(niger["on_target"] as? Int == 1)
    #expect(niger["targets_due"] as? Int == 2)
    #expect(niger["targets_met"] as? Int == 1)
    #expect(niger["targets_share"] as? Double == 0.5)
    let actions = try #require(niger["actions"] as? [[String: Any]])
    #expect(actions.map { $0["reached"] as? Bool } == [false, true])
    let targets = try #require(niger["targets"] as? [[String: Any]])
    #expect(targets.map { $0["met"] as? Bool } == [false, true])
    #expect(targets.map { $0["by"] as? String } == [nil, "2026"])
    let benin = try #require((plans[0]["actions"] as? [[String: Any]])?.first)
    #expect(benin["owner"] as? String == "Ms X")
    #expect(benin["description"] as? String == "Train the staff")
  }

  @Test func anonymizedReportsNameNoOneAndShowNoOwnerOrDescription() throws {
    let report = CompareReport(try Self.comparison(anonymize: true))
    let json = String(decoding: report.jsonBytes(), as: UTF8.self)
    let outputs = [json, report.markdown(), report.html(), report.table(style: .plain)]
    for output in outputs {
      for word in ["Niger", "Benin", "Chad", "Ms X", "Train the staff"] {
        #expect(!output.contains(word), "\(word)")
      }
    }
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let actions = try #require(
      (object["plans"] as? [[String: Any]])?.first?["actions"] as? [[String: Any]])
    #expect(actions.allSatisfy { $0["owner"] == nil && $0["description"] == nil })
    #expect(
      (object["plans"] as? [[String: Any]])?.map { $0["administration"] as? String } == [
        "A1", "A3", "A3",
      ])
  }

  @Test func targetsAreMarkedOnTheFactorsHistoryCharts() throws {
    let report = CompareReport(try Self.comparison())
    let files = Dictionary(uniqueKeysWithValues: report.chartFiles().map { ($0.name, $0.svg) })
    // Rounds of the charts: 2020, 2024, 2026 (indexes 0, 1, 2). Series: Benin 0 (#0969da),
    // Chad 1, Niger 2 (#1a7f37).
    #expect(Self.marks(try #require(files["history.svg"])).isEmpty)
    // alpha: Niger's P1 target 50 by 2024, P2's 80 with no round (due 2026, the round after
    // 2024); Benin's by 2028 is not a round of the comparison.
    let alpha = Self.marks(try #require(files["history-1.svg"]))
    #expect(
      alpha.map { "\($0.round) \($0.value) \($0.colour)" } == [
        "1 50.0 #1a7f37", "2 80.0 #1a7f37",
      ])
    // beta: Benin's 50 with no round (due 2026), Niger's P1 60 by 2026 and P2 75 by 2026.
    let beta = Self.marks(try #require(files["history-2.svg"]))
    #expect(
      beta.map { "\($0.round) \($0.value) \($0.colour)" } == [
        "2 50.0 #0969da", "2 60.0 #1a7f37", "2 75.0 #1a7f37",
      ])
    // Each mark says what it is; the legend names the marks.
    #expect(files["history-2.svg"]?.contains("<title>Niger: target 75.0 by 2026</title>") == true)
    #expect(
      files["history-1.svg"]?.contains("Factor target of a plan, at the round it is due") == true)
    let html = report.html()
    #expect(Self.marks(html).count == 5)
    #expect(html.contains("Factor target of a plan, at the round it is due"))
  }

  @Test func withoutPlansNothingChanges() throws {
    let plain = try Self.comparison(plans: false)
    #expect(plain.plans == nil)
    let report = CompareReport(plain)
    // With plans but none used: the section says so; the charts stay as without plans.
    var empty = plain
    empty.plans = []
    let none = CompareReport(empty)
    #expect(
      none.markdown().contains(
        "No group has a plan of its administration made in an earlier round."))
    #expect(none.chartFiles().map(\.svg) == report.chartFiles().map(\.svg))
    for output in [
      report.markdown(), report.html(), String(decoding: report.jsonBytes(), as: UTF8.self),
    ] {
      #expect(!output.contains("Improvement plans"))
      #expect(!output.contains("\"plans\""))
      #expect(!output.contains("class=\"target\""))
    }
  }
}
