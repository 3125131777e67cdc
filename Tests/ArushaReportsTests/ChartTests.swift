import ArushaCore
import ArushaReports
import ArushaTestSupport
import ArushaText
import Foundation
import Testing

/// The charts of the HTML reports: whole labels, the radar's scale, bars below three factors,
/// the history, and the coverage of an incomplete response before its score (issue 14).
@Suite struct ChartTests {
  /// The bundled questionnaire of the Revised Arusha Declaration: ten long factor titles.
  static func declaration() throws -> Questionnaire {
    let url = TestPaths.packageRoot.appendingPathComponent(
      "Questionnaires/revised-arusha-declaration.yaml")
    return try #require(
      QuestionnaireDecoder().decode([UInt8](try Data(contentsOf: url))).questionnaire)
  }

  /// A comparison on the declaration: long administration names, `rounds` each.
  static func comparison(
    rounds: [String] = ["2020", "2022", "2024"], language: String? = nil
  ) throws -> CompareReport {
    let questionnaire = try declaration()
    var tally = ComparisonTally()
    let names = [
      "Kenya Revenue Authority", "Uganda Revenue Authority",
      "Direction générale des douanes du Sénégal",
    ]
    for (index, name) in names.enumerated() {
      for (step, round) in rounds.enumerated() {
        var scores: [String: Double] = [:]
        for (factor, entry) in questionnaire.factors.enumerated() {
          scores[entry.id] = Double((index * 13 + step * 17 + factor * 7) % 100)
        }
        tally.add(
          ResponseSummary(
            administration: name, round: round, overall: Double((index * 11 + step * 9) % 100),
            scores: scores))
      }
    }
    return CompareReport(
      Comparator.compare(tally, questionnaire: questionnaire, options: ComparisonOptions()),
      language: language)
  }

  /// The SVG elements of `page` with `class="name"`.
  static func svgs(_ page: String, class name: String) -> [String] {
    page.components(separatedBy: "<svg class=\"\(name)\"").dropFirst().map {
      String($0[..<($0.range(of: "</svg>")?.upperBound ?? $0.endIndex)])
    }
  }

  /// The text of each `<text>` of `svg`, its `<tspan>` lines joined by spaces, unescaped.
  static func labels(_ svg: String) -> [String] {
    svg.components(separatedBy: "<text").dropFirst().map { chunk in
      let inner = chunk.drop { $0 != ">" }.dropFirst()
      let body = String(inner[..<(inner.range(of: "</text>")?.lowerBound ?? inner.endIndex)])
      let lines = body.components(separatedBy: "</tspan>").map { piece in
        String(piece.drop { $0 != ">" }.dropFirst())
      }.filter { !$0.isEmpty }
      let text = (lines.isEmpty ? [body] : lines).joined(separator: " ")
      return text.replacingOccurrences(of: "&lt;", with: "<")
        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
  }

  @Test(arguments: ["en", "fr"]) func everyChartLabelIsWhole(language: String) throws {
    let report = try Self.comparison(language: language)
    let page = report.html()
    let phrases = Phrases(language)
    let questionnaire = report.comparison.questionnaire
    let titles = questionnaire.factors.map { factor in
      "\(factor.number.map { "\($0). " } ?? "")\(questionnaire.localized(factor.title, in: language))"
    }
    #expect(titles.contains { $0.count > 30 }, "the declaration has long titles")
    let all = page.components(separatedBy: "<svg").dropFirst().flatMap { Self.labels($0) }
    #expect(!all.isEmpty)
    for label in all { #expect(!label.contains("…"), "cut label '\(label)'") }
    let radar = try #require(Self.svgs(page, class: "radar").first)
    for title in titles {
      #expect(Self.labels(radar).contains(title), "radar label '\(title)'")
    }
    let changes = Self.svgs(page, class: "changes")
    #expect(changes.count == 3)
    let kenya = try #require(
      changes.first { Self.labels($0).contains("Kenya Revenue Authority · 2022 → 2024") })
    #expect(Self.labels(kenya).contains(phrases.overall), "'\(phrases.overall)' whole")
    for title in titles { #expect(Self.labels(kenya).contains(title)) }
    // Values and an axis: each delta's value, the 0 line's tick and both ends of the scale.
    #expect(Self.labels(kenya).contains { $0.hasPrefix("↑ +") || $0.hasPrefix("↓ −") })
    #expect(["−50", "0", "+50"].allSatisfy(Self.labels(kenya).contains))
    // Several series: a legend with each one's dash and marker.
    #expect(page.contains("<ul class=\"legend\">"))
    #expect(page.contains("stroke-dasharray=\"9 4\"/><rect"), "the second style: dashes, squares")
  }

  @Test func theRadarHasItsScaleAndRingLabelsInAGap() throws {
    let page = try Self.comparison().html()
    let radar = try #require(Self.svgs(page, class: "radar").first)
    let labels = Self.labels(radar)
    for value in ["0", "25", "50", "75", "100"] { #expect(labels.contains(value)) }
    let settings = try Self.declaration().scoring
    let strength = "Strength ≥ \(fixed(settings.strength, digits: 0))"
    let improvement = "Improvement < \(fixed(settings.improvement, digits: 0))"
    #expect(labels.contains(strength) && labels.contains(improvement), "\(labels)")
    // Haloed labels: a white outlined copy under each, not `paint-order` (LibreOffice).
    #expect(
      radar.contains(
        "fill=\"white\" stroke=\"white\" stroke-width=\"3\" stroke-linejoin=\"round\" aria-hidden=\"true\""
      ),
      "haloed labels")
    #expect(!radar.contains("paint-order"))
    // Five styles and the median's: distinct dashes and markers.
    #expect(radar.contains("stroke-dasharray=\"7 4\"><title>Peer median</title>"))
    #expect(radar.contains("<polygon points=") && radar.contains("<rect x="))
  }

  @Test func twoFactorsMakeBarsNotARadar() throws {
    let page = try CompareReportTests.report().html()
    #expect(Self.svgs(page, class: "radar").isEmpty)
    let bars = try #require(Self.svgs(page, class: "bars").first)
    let labels = Self.labels(bars)
    #expect(labels.contains("1. Alpha") && labels.contains("2. Beta"))
    #expect(labels.contains("91.7"), "each bar's value")
    #expect(["0", "25", "50", "75", "100"].allSatisfy(labels.contains))
    let score = try ScoreReportTests.report().html()
    #expect(!Self.svgs(score, class: "radar").isEmpty, "four factors: a radar")
  }

  @Test func historyChartsWhenAnAdministrationHasSeveralRounds() throws {
    let report = try Self.comparison()
    let page = report.html()
    let lines = Self.svgs(page, class: "lines")
    #expect(lines.count == 1 + report.comparison.factors.count, "overall and each factor")
    let overall = try #require(lines.first)
    let labels = Self.labels(overall)
    #expect(["2020", "2022", "2024"].allSatisfy(labels.contains), "the rounds on x")
    #expect(["0", "25", "50", "75", "100"].allSatisfy(labels.contains), "the 0–100 scale")
    #expect(overall.components(separatedBy: "<polyline").count - 1 == 4, "3 lines and the median")
    #expect(overall.contains("stroke-dasharray=\"7 4\"><title>Peer median</title></polyline>"))
    #expect(page.contains(report.phrases.peerMedianByRound))
    #expect(!page.contains(report.phrases.noHistory))
    // The fixture: Benin's three rounds.
    #expect(!Self.svgs(try CompareReportTests.report().html(), class: "lines").isEmpty)
  }

  @Test func oneRoundEachSaysSoInsteadOfAHistory() throws {
    let report = try Self.comparison(rounds: ["2024"])
    let page = report.html()
    #expect(Self.svgs(page, class: "lines").isEmpty)
    #expect(page.contains("<p>\(report.phrases.noHistory)</p>"))
  }

  @Test(arguments: ["en", "fr"]) func anIncompleteResponseSaysHowMuchIsAnsweredFirst(
    language: String
  ) throws {
    let report = try ScoreReportTests.report(language: language)
    let phrases = Phrases(language)
    let coverage = phrases.coverageSummary(
      answered: 13, of: 14, scored: 3, of: 4, inProgress: true)
    let overall = "\(phrases.colon(phrases.indicativeOverall)) \(phrases.decimal(1862.5 / 36))"
    // The page read as text: its tags (and <bdi> around each run) left out.
    let page = report.html().replacingOccurrences(
      of: "<[^>]+>", with: "", options: .regularExpression)
    for text in [page, report.markdown(), report.table(style: .plain, width: 200)] {
      let sentence = try #require(text.range(of: coverage), "the coverage sentence")
      let score = try #require(
        text.range(of: overall) ?? text.range(of: "\(phrases.indicativeOverall)  "),
        "the indicative score")
      #expect(sentence.upperBound <= score.lowerBound, "coverage before the score")
      let first = text.range(of: phrases.decimal(1862.5 / 36))
      #expect(first.map { $0.lowerBound >= sentence.upperBound } ?? false, "no score before")
      #expect(!text.contains("\(phrases.colon(phrases.overall)) "), "not a plain overall")
    }
    #expect(report.html().contains("<p class=\"coverage\">"))
    #expect(report.html().contains("Gamma (\(phrases.noScore))"))
    // Complete, but Gamma has no score: still indicative, without "in progress".
    let complete = try ScoreReportTests.report(language: language) { $0.status = .complete }
    #expect(
      complete.html().contains(
        phrases.coverageSummary(answered: 13, of: 14, scored: 3, of: 4, inProgress: false)))
  }
}
