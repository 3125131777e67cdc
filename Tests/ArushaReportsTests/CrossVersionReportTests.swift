import ArushaCore
import ArushaReports
import ArushaTestSupport
import Foundation
import Testing

/// Issue 24: every change computed through an item map says, in every format, that the
/// instrument changed between its rounds.
///
/// A comparison on the compare fixture (English and French), made by hand: Benin's 2020
/// round was answered on version 0.9 and read as version 1 through a map, its 2024 round on
/// version 1 itself; Togo's two rounds on version 1. Benin's change 2020 → 2024 is mapped,
/// Togo's is not.
@Suite struct CrossVersionReportTests {
  static func report(language: String = "en", mapped: Bool = true) throws -> CompareReport {
    var tally = ComparisonTally()
    var old = ResponseSummary(
      administration: "Benin", round: "2020", overall: 40, scores: ["alpha": 40, "beta": 40])
    if mapped { old.mappedFrom = "0.9" }
    tally.add(old)
    tally.add(
      ResponseSummary(
        administration: "Benin", round: "2024", overall: 60, scores: ["alpha": 60, "beta": 60]))
    for (round, score) in [("2020", 50.0), ("2024", 55.0)] {
      tally.add(
        ResponseSummary(
          administration: "Togo", round: round, overall: score,
          scores: ["alpha": score, "beta": score]))
    }
    return try CompareReportTests.report(tally, language: language)
  }

  static let changes =
    "Changes marked † cross questionnaire versions (0.9\u{A0}→\u{A0}1): they mix changes in the instrument with changes in practice."
  static let rounds =
    "Rounds marked † were answered on an earlier version of the questionnaire (0.9) and read as version 1: a change to or from them mixes changes in the instrument with changes in practice."

  @Test func theChangesAndTheHistorySayTheInstrumentChanged() throws {
    let report = try Self.report()
    let markdown = report.markdown()
    // Under the changes matrix, after the legend of the arrows; the mark on Benin's change.
    #expect(markdown.contains("| Benin | 2020 | 2024\u{A0}† |"), "\(markdown)")
    #expect(markdown.contains("Stable\n\n\(Self.changes)\n"), "\(markdown)")
    #expect(markdown.contains("\n\(Self.rounds)\n"))
    let terminal = report.table(style: .plain, width: 200)
    #expect(terminal.contains(Self.changes), "\(terminal)")
    #expect(terminal.contains(Self.rounds))
    let html = report.html()
    #expect(html.contains("<p class=\"note\">\(Self.changes)</p>"), "\(html)")
    #expect(html.contains("<p class=\"note\">\(Self.rounds)</p>"))
  }

  @Test func inFrench() throws {
    let markdown = try Self.report(language: "fr").markdown()
    #expect(
      markdown.contains(
        "Les évolutions marquées † franchissent des versions du questionnaire (0.9\u{A0}→\u{A0}1)\u{A0}: elles mêlent les changements de l’instrument et ceux de la pratique."
      ), "\(markdown)")
    #expect(
      markdown.contains(
        "Les cycles marqués † ont été renseignés sur une version antérieure du questionnaire (0.9) et lus comme la version 1\u{A0}: une évolution qui part d’eux ou y aboutit mêle les changements de l’instrument et ceux de la pratique."
      ))
  }

  /// JSON: `mapped` (true: the instrument changed) and `note`, the sentence, null for a
  /// change within one version.
  @Test func theJSONChangeCarriesTheNote() throws {
    let object = try CompareReportTests.object(try Self.report().json())
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.map { $0["administration"] as? String } == ["Benin", "Togo"])
    #expect(changes.map { $0["mapped"] as? Bool } == [true, false])
    #expect(
      changes[0]["note"] as? String
        == "Crosses questionnaire versions (0.9 → 1): mixes changes in the instrument with changes in practice."
    )
    #expect(changes[1]["note"] is NSNull)
  }

  /// The Changes sheet says it on each row of a mapped change; the History sheet says which
  /// rounds were read through a map.
  @Test func theWorkbookSaysItOnEachRow() throws {
    let sheets = try Self.report().workbook().sheets
    let changes = try #require(sheets.first { $0.name == "Changes" })
    #expect(changes.columns.suffix(2).map(\.header) == ["Mapped", "Note"])
    let benin = changes.rows.filter { $0[0] == .text("Benin") }
    #expect(benin.count == 3)  // overall, alpha, beta
    #expect(
      benin.allSatisfy {
        $0.last
          == .text(
            "Crosses questionnaire versions (0.9\u{A0}→\u{A0}1): mixes changes in the instrument with changes in practice."
          )
      })
    #expect(changes.rows.filter { $0[0] == .text("Togo") }.allSatisfy { $0.last == .empty })
    let history = try #require(sheets.first { $0.name == "History" })
    #expect(history.columns.last?.header == "Mapped from")
    #expect(history.rows.map(\.last) == [.text("0.9"), .empty, .empty, .empty])
  }

  /// Without a map, nothing of this: the reports are as before.
  @Test func withoutAMapNothingIsSaid() throws {
    let report = try Self.report(mapped: false)
    #expect(!report.markdown().contains("questionnaire versions"))
    #expect(!report.markdown().contains("Rounds marked"))
    let object = try CompareReportTests.object(try report.json())
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.allSatisfy { $0["note"] is NSNull && $0["mapped"] as? Bool == false })
    let sheets = report.workbook().sheets
    #expect(sheets.first { $0.name == "Changes" }?.columns.last?.header == "Direction")
  }
}
