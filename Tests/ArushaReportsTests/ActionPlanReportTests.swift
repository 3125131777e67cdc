import ArushaCore
import ArushaReports
import ArushaTestSupport
import ArushaText
import Foundation
import Testing

/// Issue 24: the action plan of `Fixtures/plan/` (worked by hand in ActionPlanningTests) in
/// Markdown, CSV and the workbook: the same rows in the same order, the annex after them.
@Suite struct ActionPlanReportTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/plan")

  static func report(language: String? = nil) throws -> ScoreReport {
    let questionnaire = try #require(
      QuestionnaireDecoder().decode(
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
      ).questionnaire)
    let header = try #require(
      ResponseDecoder.header(
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("response.yaml")))
      ).header)
    let response = try #require(
      ResponseDecoder.decode(header, questionnaire: questionnaire).response)
    return ScoreReport(questionnaire: questionnaire, response: response, language: language)
  }

  /// The question ids in file order, for the numbers (`Q4`) that Markdown shows.
  static let ids = ["k", "y", "m", "a", "b", "c", "d", "e", "n", "p", "z", "g"]

  /// The question ids of the Markdown tables, in order: the plan's, then the annex's, read
  /// from the question's number in the Question column; and each row's rank.
  static func markdownRows(_ markdown: String) -> (plan: [String], annex: [String], ranks: [Int]) {
    var plan: [String] = []
    var annex: [String] = []
    var ranks: [Int] = []
    var inAnnex = false
    for line in markdown.split(separator: "\n") {
      if line.hasPrefix("## ") { inAnnex = true }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count > 3, let rank = Int(cells[1]), cells[3].hasPrefix("Q"),
        let number = Int(cells[3].dropFirst().prefix { $0.isNumber })
      else { continue }
      ranks.append(rank)
      if inAnnex { annex.append(ids[number - 1]) } else { plan.append(ids[number - 1]) }
    }
    return (plan, annex, ranks)
  }

  /// `--top 2`: seven rows (three critical gaps, a and d, and c and b pulled in), then the
  /// annex e, g, n, p numbered 8 to 11; every format the same.
  @Test func markdownCSVAndTheWorkbookCarryTheSameRows() throws {
    let report = try Self.report()
    let plan = ["y", "m", "k", "c", "b", "a", "d"]
    let annex = ["e", "g", "n", "p"]

    let markdown = Self.markdownRows(report.actionPlanMarkdown(top: 2))
    #expect(markdown.plan == plan && markdown.annex == annex)
    #expect(markdown.ranks == Array(1...11))

    let csv = report.actionPlanCSV(top: 2).split(separator: "\r\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(csv[0].suffix(3) == ["question_number", "target_description", "annex"])
    let rows = csv.dropFirst()
    #expect(rows.map { $0[3] } == plan + annex)
    #expect(rows.map { $0[0] } == (1...11).map(String.init))
    #expect(
      rows.map { $0.last } == Array(repeating: "false", count: 7) + [
        "true", "true", "true", "true",
      ])

    let sheets = report.workbook(top: 2).sheets
    #expect(sheets.map(\.name) == ["Factors", "Questions", "Action plan", "Action plan annex"])
    func ids(_ sheet: Workbook.Sheet) -> [String] {
      sheet.rows.compactMap { row in
        if case .text(let id)? = row.last { return id }
        return nil
      }
    }
    #expect(sheets[2].columns.last?.header == "Question id")
    #expect(ids(sheets[2]) == plan && ids(sheets[3]) == annex)
    #expect(sheets[3].rows.first?.first == .integer(8))
  }

  /// `--all`: every gap in the plan, no annex section, no annex sheet, no scope sentence;
  /// the order sentence stays (the questions build on others).
  @Test func allListsEveryGapWithoutAnAnnex() throws {
    let report = try Self.report()
    let markdown = report.actionPlanMarkdown(top: nil)
    let rows = Self.markdownRows(markdown)
    #expect(rows.plan == ["y", "m", "k", "c", "b", "a", "d", "e", "g", "n", "p"])
    #expect(rows.annex.isEmpty && !markdown.contains("## "))
    #expect(markdown.contains("\n\nEach gap comes after the gaps it builds on.\n\n"))
    #expect(!markdown.contains("annex"))
    #expect(report.workbook(top: nil).sheets.count == 3)
    #expect(!report.actionPlanCSV(top: nil).contains(",true\r\n"))
  }

  /// Each target with its own description: k (critical, level 1) aims at level 2 with its
  /// anchor; n at 3 with its anchor; c at 1 without the scale's shared "Begun"; g at the
  /// choice option 1 with its description; m at the option that clears 0.5.
  @Test func targetsShowTheQuestionsOwnDescription() throws {
    let report = try Self.report()
    let markdown = report.actionPlanMarkdown(top: nil)
    #expect(
      markdown.contains(
        "| Started | Adopted — _A rule is in force and access to identities is restricted._ |"))
    #expect(markdown.contains("| Adopted | Applied — _Applied in every office._ |"))
    #expect(markdown.contains(" C? | None | Started |  |"))
    #expect(!markdown.contains("Begun"))
    #expect(markdown.contains("| No one | Staff — _Staff can report._ |"))
    #expect(markdown.contains("| Free | To put in place: Anonymous |"))
    let csv = report.actionPlanCSV(top: nil)
    #expect(
      csv.contains(
        "k,Is reporting protected?,true,Started,Adopted,,,,1,A rule is in force and access to identities is restricted.,false"
      ))
    let sheet = report.workbook(top: nil).sheets[2]
    let header = sheet.columns.map(\.header)
    let column = try #require(header.firstIndex(of: "What that level means"))
    #expect(header[column - 1] == "Next level to reach")
    let k = try #require(sheet.rows.first { $0.last == .text("k") })
    #expect(k[column] == .text("A rule is in force and access to identities is restricted."))
  }

  /// The French plan: the scope sentence, the annex heading and sheet, the target's anchor.
  @Test func theFrenchPlanSaysTheSame() throws {
    let report = try Self.report(language: "fr")
    let markdown = report.actionPlanMarkdown(top: 2)
    #expect(
      markdown.contains(
        "Toutes les lacunes critiques, les 2 lacunes prioritaires suivantes et celles dont elles dépendent. Les 4 autres lacunes figurent en annexe. Chaque lacune vient après celles dont elle dépend."
      ))
    #expect(markdown.contains("\n## Annexe\u{A0}: les autres lacunes\n"))
    #expect(markdown.contains("| Amorcé | Adopté — _Une règle est en vigueur"))
    #expect(report.workbook(top: 2).sheets.last?.name == "Annexe du plan d’action")
  }
}
