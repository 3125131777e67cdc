import ArushaCore
import ArushaReports
import ArushaTestSupport
import ArushaText
import Foundation
import Testing

/// Issue 26, items 11 and 12: the one-screen summary at the end of a session
/// (``ScoreReport/summary(style:width:height:note:footer:)``) and the report that cuts
/// nothing (``ScoreReport/table(style:width:cutting:)``).
@Suite struct SessionSummaryTests {
  /// The scoring fixture, its factors numbered, the first with a long title.
  static func report(_ language: String) throws -> ScoreReport {
    try FrancophoneReviewTests.report(
      language: language,
      editQuestionnaire: { questionnaire in
        questionnaire.factors[0].title = LocalizedText([
          "en": "Leadership, commitment and accountability of senior management",
          "fr": "Conduite, engagement et responsabilité des cadres dirigeants",
        ])
      })
  }

  @Test(arguments: ["en", "fr"])
  func everySizeGetsWholeLinesWithTheScoreAndTheFooter(_ language: String) throws {
    let report = try Self.report(language)
    let phrases = Phrases(language)
    for width in [30, 39, 40, 50, 60, 79, 80, 120] {
      let footer = wrapText(phrases.finalScreenKeys, width: width)
      let note = wrapText("Assessment complete. Saved in the-response.yaml.", width: width)
      for height in 1...30 {
        let lines = report.summary(
          style: .plain, width: width, height: height, note: note, footer: footer)
        let place = "\(width)×\(height)"
        #expect(lines.count <= height, "\(place): \(lines)")
        #expect(lines.allSatisfy { displayWidth($0) <= width }, "\(place): \(lines)")
        #expect(lines.last == footer.last, "\(place): the keys stay last")
        // The score stays from the few rows it takes with the count of gaps and the footer.
        if height >= 8 {
          #expect(
            lines.contains { $0.lowercased().contains(phrases.overall.lowercased()) },
            "\(place): \(lines)")
          #expect(lines.contains { $0.hasPrefix(phrases.criticalGaps) }, "\(place): \(lines)")
        }
      }
    }
  }

  @Test func atTwentyFourRowsEveryFactorShowsWithItsWholeTitle() throws {
    let report = try Self.report("fr")
    let lines = report.summary(style: .plain, width: 79, height: 24)
    let text = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    #expect(text.contains("1. Conduite, engagement et responsabilité des cadres dirigeants"))
    #expect(!text.contains("…"), "\(lines)")
    #expect(
      lines.filter { $0.contains("█") || $0.contains("░") || $0.contains("·····") }.count == 4)
  }

  @Test func theReportForLineModeCutsNoTitle() throws {
    let report = try Self.report("en")
    let cut = report.table(style: .plain, width: 60)
    #expect(cut.contains("…"), "the report for a terminal cuts a long title beside its bar")
    let whole = report.table(style: .plain, width: 60, cutting: false)
    #expect(!whole.contains("…"), "\(whole)")
    #expect(
      whole.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "1. Leadership, commitment and accountability of senior management"))
    #expect(whole.split(separator: "\n").allSatisfy { displayWidth($0) <= 60 })
  }

  /// Line mode on a narrow terminal: a bar that leaves its title no room stands under it.
  @Test(arguments: ["en", "fr"], [40, 50, 60, 80])
  func theReportForLineModeFitsEveryWidth(_ language: String, _ width: Int) throws {
    let report = try Self.report(language)
    let text = report.table(style: .plain, width: width, cutting: false)
    let over = text.split(separator: "\n").filter { displayWidth($0) > width }
    #expect(over.isEmpty, "\(over)")
    #expect(!text.contains("…"))
  }
}
