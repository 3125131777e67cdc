import ArushaCore
import ArushaReports
import ArushaTestSupport
import Foundation
import Testing

/// Issue 23, before the report document: every report format no other suite snapshots.
///
/// Whole outputs in both languages (score HTML, factors CSV and
/// workbook; explain in JSON, Markdown and table; the action plan in French and CSV; compare
/// HTML and workbook), so that moving the renderers onto one document shows every byte
/// that changes. A workbook is snapshotted as its XML parts, the bytes inside the zip.
@Suite struct ReportFormatSnapshotTests {
  /// A workbook's parts, each under its path, in the order they are zipped.
  static func parts(_ workbook: Workbook) -> String {
    workbook.parts().map { "=== \($0.path) ===\n" + String(decoding: $0.bytes, as: UTF8.self) }
      .joined(separator: "\n")
  }

  @Test(arguments: ["en", "fr"])
  func scoreHTMLAndWorkbook(language: String) throws {
    let report = try ScoreReportTests.report(language: language)
    expectSnapshot(report.html(), named: "score-\(language).html")
    expectSnapshot(Self.parts(report.workbook()), named: "score-\(language).xlsx.txt")
  }

  @Test func scoreFactorsCSV() throws {
    expectSnapshot(try ScoreReportTests.report().factorsCSV(), named: "score-factors.csv")
  }

  @Test(arguments: ["en", "fr"])
  func explainInEveryFormat(language: String) throws {
    let report = try ScoreReportTests.report(language: language)
    expectSnapshot(report.explainJSON(), named: "explain-\(language).json")
    expectSnapshot(report.explainMarkdown(), named: "explain-\(language).md")
    expectSnapshot(
      report.explainTable(style: .plain, width: 80), named: "explain-table-\(language).txt")
    expectSnapshot(
      report.explainTable(factors: ["beta"], style: .plain, width: 60),
      named: "explain-beta-table-\(language).txt")
  }

  @Test func actionPlanInFrenchAndCSV() throws {
    let french = try ScoreReportTests.report(language: "fr")
    expectSnapshot(french.actionPlanMarkdown(), named: "action-plan-fr.md")
    expectSnapshot(try ScoreReportTests.report().actionPlanCSV(), named: "action-plan.csv")
  }

  @Test(arguments: ["en", "fr"])
  func compareHTMLAndWorkbook(language: String) throws {
    let report = try CompareReportTests.report(language: language)
    expectSnapshot(report.html(), named: "compare-\(language).html")
    expectSnapshot(Self.parts(report.workbook()), named: "compare-\(language).xlsx.txt")
  }
}
