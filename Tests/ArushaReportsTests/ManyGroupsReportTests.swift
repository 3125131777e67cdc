import ArushaCore
import ArushaReports
import ArushaTestSupport
import Foundation
import Testing

/// Issue 29, item 2: the compare reports are computed once per report rather than once per
/// row, and the escapers skip text with nothing to escape; every format writes the same bytes
/// as before.
///
/// The snapshots were recorded before that change, on a comparison made by hand of many groups
/// whose names hold what the escapers and the lookups must get right: `&`, `<`, `'`, a
/// character to escape followed by a combining accent, right-to-left letters, `_xHHHH_`,
/// Markdown's own characters, and two spellings of one name (another Unicode form) that are
/// two groups; some rounds read through maps from two versions, some with unsupported and
/// "not applicable" answers, some administrations with one round and some with three.
@Suite struct ManyGroupsReportTests {
  static let names = [
    "Customs 01", "A & B Customs", "<Port> Authority", "O'Neil \"Quoted\"", "مصر",
    "Ce\u{301}sar", "C\u{E9}sar", "_x0041_ Cargo", "Mark *bold* | pipe [x] #1 ~ `t`",
    "&\u{301}cute", "Customs 02", "שלום & co", "Customs 03", "Customs 04",
  ]

  static func report(language: String = "en") throws -> CompareReport {
    var tally = ComparisonTally()
    for (index, name) in names.enumerated() {
      let rounds = ["2020", "2022", "2024"].prefix(1 + index % 3)
      for (step, round) in rounds.enumerated() {
        let base = Double((index * 13 + step * 17) % 100)
        var summary = ResponseSummary(
          administration: name, round: round, overall: base,
          scores: ["alpha": base, "beta": 100 - base], unsupported: index % 4 == 1 ? 2 : 0,
          coverage: 0.5 + Double(index % 5) / 10,
          mappedFrom: (index + step) % 4 == 0 ? (step == 0 ? "0.8" : "0.9") : nil)
        summary.notApplicable = index % 5 == 2 ? 1 : 0
        tally.add(summary)
        if index % 6 == 3 {
          tally.add(
            ResponseSummary(
              administration: name, round: round, overall: 100 - base,
              scores: ["alpha": 100 - base, "beta": base]))
        }
      }
    }
    return try CompareReportTests.report(tally, language: language)
  }

  @Test(arguments: ["en", "fr"])
  func everyFormatWritesWhatItWroteBefore(language: String) throws {
    let report = try Self.report(language: language)
    expectSnapshot(report.html(), named: "many-groups-\(language).html")
    expectSnapshot(report.markdown(), named: "many-groups-\(language).md")
    expectSnapshot(
      ReportFormatSnapshotTests.parts(report.workbook()), named: "many-groups-\(language).xlsx.txt"
    )
    expectSnapshot(
      report.table(style: .plain, width: 120), named: "many-groups-table-\(language).txt")
    expectSnapshot(report.csv(), named: "many-groups-\(language).csv")
    expectSnapshot(report.json(), named: "many-groups-\(language).json")
  }
}
