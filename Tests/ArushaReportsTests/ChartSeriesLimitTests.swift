import ArushaCore
import ArushaTestSupport
import ArushaText
import Foundation
import Testing

@testable import ArushaReports

/// Issue 23: a chart draws every group up to 12, each in a style of its own; beyond, it names
/// the groups it leaves out and where they are; the history's end labels never overlap; each
/// chart can be a standalone SVG file.
@Suite struct ChartSeriesLimitTests {
  /// A comparison on the declaration of `count` administrations ("Administration 01", …),
  /// each with `rounds`, every score near `value` (a step of 0.5 per administration, so that
  /// the lines nearly meet and their end labels would overlap).
  static func comparison(
    _ count: Int, rounds: [String] = ["2024"], value: Double = 50, language: String? = nil
  ) throws -> CompareReport {
    let questionnaire = try ChartTests.declaration()
    var tally = ComparisonTally()
    for index in 0..<count {
      for (step, round) in rounds.enumerated() {
        let score = value + Double(index) * 0.5 + Double(step) * 3
        var scores: [String: Double] = [:]
        for (factor, entry) in questionnaire.factors.enumerated() {
          scores[entry.id] = score + Double(factor)
        }
        tally.add(
          ResponseSummary(
            administration: String(format: "Administration %02d", index + 1), round: round,
            overall: score, scores: scores))
      }
    }
    return CompareReport(
      Comparator.compare(tally, questionnaire: questionnaire, options: ComparisonOptions()),
      language: language)
  }

  /// How many times `part` occurs in `text`.
  static func count(_ part: String, in text: String) -> Int {
    text.components(separatedBy: part).count - 1
  }

  @Test func theRadarDrawsTwelveGroupsAndTheMedian() throws {
    let page = try Self.comparison(12).html()
    let radar = try #require(ChartTests.svgs(page, class: "radar").first)
    // Each series' polygon carries its name; the grid's and the markers' are empty elements.
    #expect(Self.count("</polygon>", in: radar) == 13, "12 groups and the median")
    for index in 1...12 {
      #expect(
        radar.contains(String(format: "<title>Administration %02d, round 2024</title>", index)))
    }
    // The peers' section (after the scores, and the evidence-checked scores when shown).
    let peers = try #require(page.components(separatedBy: "<h2>").first { $0.hasPrefix("Peers") })
    #expect(Self.count("<li>", in: peers) == 13, "the legend")
    #expect(!page.contains("leaves out"))
    #expect(page.contains("(12 groups)"), "the title's count is what is drawn")
  }

  @Test(arguments: ["en", "fr"]) func beyondTwelveTheRadarNamesWhatItLeavesOut(language: String)
    throws
  {
    let report = try Self.comparison(14, language: language)
    let page = report.html()
    let radar = try #require(ChartTests.svgs(page, class: "radar").first)
    #expect(Self.count("</polygon>", in: radar) == 13)
    let phrases = Phrases(language)
    let note = phrases.chartLeavesOut(
      drawn: 12, of: 14,
      names: ["Administration 13", "Administration 14"].map {
        // Left-to-right names need no isolation (``isolated(_:)``).
        phrases.roundOf($0, "2024")
      }, inPage: true)
    #expect(page.contains("<p class=\"note\">\(note)</p>"), "\(note)")
    #expect(note.contains(phrases.scoresByGroup), "where they are: the table above")
    // The file says the same, with the names as text and the table in the HTML report.
    let file = try #require(report.chartFiles().first { $0.name == "radar.svg" })
    let text = phrases.chartLeavesOut(
      drawn: 12, of: 14,
      names: ["Administration 13", "Administration 14"].map { phrases.roundOf($0, "2024") },
      inPage: false)
    let words = ChartTests.labels(file.svg).joined(separator: " ")
    #expect(words.contains(text), "\(words)")
  }

  @Test func theHistoryDrawsTwelveAdministrationsAndNamesTheRest() throws {
    let twelve = try Self.comparison(12, rounds: ["2020", "2024"]).html()
    let lines = ChartTests.svgs(twelve, class: "lines")
    #expect(lines.count == 11, "overall and each of the ten factors")
    for chart in lines {
      #expect(Self.count("<polyline", in: chart) == 13, "12 lines and the median")
    }
    #expect(!twelve.contains("leave out"))
    let report = try Self.comparison(13, rounds: ["2020", "2024"])
    let page = report.html()
    let overall = try #require(ChartTests.svgs(page, class: "lines").first)
    #expect(Self.count("<polyline", in: overall) == 13)
    let note = report.phrases.historyLeavesOut(
      drawn: 12, of: 13, names: ["Administration 13"], inPage: true)
    #expect(page.contains("<p class=\"note\">\(note)</p>"))
  }

  @Test func noTwoSeriesShareAStyle() throws {
    let styles = (0..<SeriesStyle.count).map(SeriesStyle.series) + [.median]
    #expect(SeriesStyle.count >= 12)
    #expect(Set(styles.map(\.colour)).count == styles.count, "a colour each")
    #expect(Set(styles.map { "\($0.colour) \($0.dash ?? "")" }).count == styles.count)
    #expect(
      Set(styles.map { "\($0.dash ?? "") \($0.marker)" }).count == styles.count,
      "in black and white too")
    // In a drawn chart: every line's stroke and dash differ.
    let page = try Self.comparison(12, rounds: ["2020", "2024"]).html()
    let overall = try #require(ChartTests.svgs(page, class: "lines").first)
    let strokes = overall.components(separatedBy: "<polyline").dropFirst().map { line in
      let tag = line.prefix { $0 != ">" }
      let stroke = tag.components(separatedBy: "stroke=\"").dropFirst().first?.prefix(7) ?? ""
      let dash = tag.components(separatedBy: "stroke-dasharray=\"").dropFirst().first?
        .prefix { $0 != "\"" }
      return "\(stroke) \(dash ?? "solid")"
    }
    #expect(strokes.count == 13 && Set(strokes).count == 13, "\(strokes)")
  }

  @Test func endLabelsStandALineHeightApart() throws {
    // Twelve lines within 6 points of one another, and the median among them.
    let page = try Self.comparison(12, rounds: ["2020", "2022", "2024"]).html()
    let overall = try #require(ChartTests.svgs(page, class: "lines").first)
    let labels = overall.components(separatedBy: "<text").dropFirst().filter {
      $0.contains("class=\"end\"")
    }
    #expect(labels.count == 13, "one per line, the median's too")
    func attribute(_ name: String, _ text: Substring) -> Double? {
      text.components(separatedBy: " \(name)=\"").dropFirst().first.flatMap {
        Double($0.prefix { $0 != "\"" })
      }
    }
    let positions = labels.compactMap { label -> (x: Double, y: Double)? in
      guard let tspan = label.components(separatedBy: "<tspan").dropFirst().first else {
        return nil
      }
      let tag = Substring(tspan)
      guard let x = attribute("x", tag), let y = attribute("y", tag) else { return nil }
      return (x, y)
    }
    #expect(positions.count == 13)
    let lineHeight = 10 * 1.2
    for (x, column) in Dictionary(grouping: positions, by: \.x) {
      let ys = column.map(\.y).sorted()
      for (upper, lower) in zip(ys, ys.dropFirst()) {
        #expect(lower - upper >= lineHeight - 1e-9, "at x \(x): \(ys)")
      }
    }
    // Each label is joined to its line by a leader.
    #expect(Self.count("<line class=\"leader\"", in: overall) == 13)
  }

  @Test func labelsAreSpreadDeterministicallyWithinTheirBounds() {
    let spread = LabelSpread.positions([50, 50, 50], gap: 12, top: 0, bottom: 100)
    #expect(spread == [38, 50, 62], "centred on where they want to be, in their given order")
    #expect(LabelSpread.positions([10, 80], gap: 12, top: 0, bottom: 100) == [10, 80])
    // Pushed inside the bounds, and past the lower one only when they cannot fit.
    #expect(LabelSpread.positions([0, 1, 2], gap: 12, top: 0, bottom: 100) == [0, 12, 24])
    #expect(LabelSpread.positions([99, 100], gap: 12, top: 0, bottom: 100) == [88, 100])
    #expect(LabelSpread.positions([5, 5, 5], gap: 12, top: 0, bottom: 10) == [0, 12, 24])
    // Out of order: each label keeps its own value's rank.
    #expect(LabelSpread.positions([60, 40, 50], gap: 12, top: 0, bottom: 100) == [62, 38, 50])
  }

  @Test func everyChartIsAStandaloneFileNamedAfterIt() throws {
    let report = try Self.comparison(3, rounds: ["2020", "2024"])
    let files = report.chartFiles()
    let names =
      ["radar.svg", "changes-1.svg", "changes-2.svg", "changes-3.svg", "history.svg"]
      + (1...10).map { "history-\($0).svg" }
    #expect(files.map(\.name) == names)
    for file in files {
      #expect(file.svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns="))
      let root = file.svg.components(separatedBy: "\n")[1]
      for attribute in ["width=\"", "height=\"", "viewBox=\"0 0 ", "font-family=\""] {
        #expect(root.contains(attribute), "\(file.name): \(attribute)")
      }
      #expect(!file.svg.contains("class=\"legend\""), "no HTML in the file")
    }
    // The file draws what the page draws.
    let page = report.html()
    let radar = try #require(ChartTests.svgs(page, class: "radar").first)
    #expect(files[0].svg.contains(radar))
    #expect(ChartTests.labels(files[0].svg).contains("Administration 03, round 2024"), "legend")
    // A file has nothing above it: the history's note points to the changes charts, while
    // the page's says "above" (from the francophone review).
    let history = try #require(files.first { $0.name == "history.svg" })
    #expect(history.svg.contains("the changes charts compare two of them"), "\(history.svg)")
    #expect(!history.svg.contains("above"))
    #expect(page.contains("the changes above compare two of them"))
    // Text from files is escaped, and what XML forbids is dropped.
    var tally = ComparisonTally()
    for round in ["2020", "2024"] {
      tally.add(
        ResponseSummary(
          administration: "<script>alert(1)</script> \u{FFFE}&\u{1B}[31m", round: round,
          overall: 40, scores: [:]))
    }
    let hostile = CompareReport(
      Comparator.compare(
        tally, questionnaire: try ChartTests.declaration(), options: ComparisonOptions()))
    for file in hostile.chartFiles() {
      #expect(!file.svg.contains("<script"), "\(file.name)")
      #expect(!file.svg.unicodeScalars.contains { $0 == "\u{FFFE}" || $0 == "\u{1B}" })
    }
    #expect(
      hostile.chartFiles().contains { $0.svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;") })
    // The score report's one chart.
    let score = try ScoreReportTests.report().chartFiles()
    #expect(score.map(\.name) == ["radar.svg"])
  }
}
