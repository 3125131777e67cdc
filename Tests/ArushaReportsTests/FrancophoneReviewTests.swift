import ArushaCore
import ArushaReports
import ArushaTestSupport
import Foundation
import Testing

/// Issue 23, item 4: faults a francophone reviewer found in the French reports, each one
/// example of a kind, checked in every report and format for people, in English and French.
@Suite struct FrancophoneReviewTests {
  /// The scoring fixture's report, with its factors numbered 1…4 as the Declaration's are,
  /// after `edit` has changed the questionnaire and the response.
  static func report(
    language: String, editQuestionnaire: (inout Questionnaire) -> Void = { _ in },
    edit: (inout Response) -> Void = { _ in }
  ) throws -> ScoreReport {
    try ScoreReportTests.report(
      language: language, edit: edit,
      editQuestionnaire: { questionnaire in
        for index in questionnaire.factors.indices {
          questionnaire.factors[index].number = index + 1
        }
        editQuestionnaire(&questionnaire)
      })
  }

  /// Every output for people of a score report: score, explain and action plan, in each of
  /// their formats.
  static func everyText(_ report: ScoreReport) -> [String] {
    [
      report.markdown(), report.table(style: .plain, width: 80), report.html(),
      report.explainMarkdown(), report.explainTable(style: .plain, width: 80),
      report.explainDocument().html(title: "t", language: report.language),
      report.actionPlanMarkdown(),
    ]
  }

  // MARK: 1. Group order: scoring.md fixes code-point order; the note says so.

  @Test func theAnonymizedNoteSaysTheOrderTheSpecFixes() throws {
    let english = try CompareReportTests.report(ComparisonOptions(anonymize: true))
    // scoring.md: groups by administration name in Unicode code-point order, so « Éthiopie »
    // (U+00C9) after "Zambia"; the labels follow that order.
    #expect(
      english.comparison.anonymizationKey.map { "\($0.label)=\($0.name)" } == [
        "A1=Benin", "A2=Niger", "A3=Togo", "A4=Zambia", "A5=Éthiopie",
      ])
    #expect(
      english.markdown().contains(
        "\n\nAdministrations are anonymized (A1, A2, … in the order of their names by Unicode code point, as the groups are listed, not in alphabetical order: É comes after Z).\n\n"
      ), "\(english.markdown())")
    let french = try CompareReportTests.report(ComparisonOptions(anonymize: true), language: "fr")
    #expect(
      french.markdown().contains(
        "\n\nLes administrations sont anonymisées (A1, A2, … dans l’ordre des points de code Unicode de leurs noms, celui des groupes, et non dans l’ordre alphabétique\u{A0}: É vient après Z).\n\n"
      ), "\(french.markdown())")
    // The groups, the charts' legends and the labels agree: A4 (Zambia) before A5 (Éthiopie).
    let groups = english.comparison.groups.map(\.administration)
    #expect(groups.firstIndex(of: "A4") ?? 0 < groups.firstIndex(of: "A5") ?? 0)
  }

  // MARK: 2. A question's number never stands right before a factor's.

  @Test(arguments: ["en", "fr"])
  func aCriticalGapNamesItsFactorThenItsNumberedQuestion(language: String) throws {
    let report = try Self.report(language: language)
    let (beta, question, answer) =
      language == "fr" ? ("2. Bêta", "Q11 B2 ?", "Non") : ("2. Beta", "Q11 B2?", "No")
    #expect(report.markdown().contains("\n- **\(beta)** — \(question) (\(answer))\n"))
    #expect(
      report.table(style: .plain, width: 80).contains("\n  • \(beta) — \(question) (\(answer))\n"))
    #expect(
      report.html().contains(
        "<li><strong>\(beta)</strong> — \(question) (\(answer))</li>"))
    // The action plan: the factor in its own column, the question's number before its text.
    #expect(report.actionPlanMarkdown().contains("| 1 | \(beta) | \(question) **("))
  }

  @Test(arguments: ["en", "fr"])
  func noQuestionNumberStandsRightBeforeAFactorNumber(language: String) throws {
    let report = try Self.report(language: language)
    // "Q11 2. Beta", "Q11 **2. Beta**", "Q11 <strong>2. Beta" in whatever format.
    let pattern = try Regex(#"Q[0-9]+ (\*\*|<strong>)?(<bdi>)?[0-9]+\. "#)
    for text in Self.everyText(report) {
      #expect(text.firstMatch(of: pattern) == nil, "\(text)")
    }
  }

  // MARK: 3. Each chart is titled with what it shows.

  /// The `<title>` of each `<svg role="img">` in `text`, in order.
  static func chartTitles(_ text: String) throws -> [String] {
    let pattern = try Regex(#"role="img"><title>([^<]*)</title>"#)
    return text.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
  }

  @Test func everyCompareChartIsTitledWithWhatItShows() throws {
    let english = try CompareReportTests.report()
    let files = english.chartFiles()
    let titles = try files.map { file in
      (
        file.name,
        try #require(file.svg.firstMatch(of: try Regex("<title>([^<]*)</title>")))
          .output[1].substring.map(String.init) ?? ""
      )
    }
    #expect(
      titles.map { "\($0.0): \($0.1)" } == [
        "bars.svg: Latest round against the peer median",
        "changes-1.svg: Changes: Benin, 2022 → 2024",
        "changes-2.svg: Changes: Niger, 2 → 10",
        "changes-3.svg: Changes: Togo, 2024 → 2024-2",
        "history.svg: History: the overall score round by round",
        "history-1.svg: History: 1. Alpha, round by round",
        "history-2.svg: History: 2. Beta, round by round",
      ])
    // The file's heading names its factor too, and its chart carries the same title.
    let history1 = try #require(files.first { $0.name == "history-1.svg" }).svg
    #expect(history1.contains(">History: 1. Alpha, round by round</tspan>"))
    #expect(!history1.contains("the overall score"))
    #expect(try Self.chartTitles(history1) == ["History: 1. Alpha, round by round"])
    // The page: every chart titled, no two alike, as in the files.
    let page = try Self.chartTitles(english.html())
    #expect(page == titles.map(\.1))

    let french = try CompareReportTests.report(language: "fr")
    #expect(
      try Self.chartTitles(french.html()) == [
        "Dernier cycle comparé à la médiane des pairs",
        "Évolutions\u{A0}: Benin, 2022 → 2024", "Évolutions\u{A0}: Niger, 2 → 10",
        "Évolutions\u{A0}: Togo, 2024 → 2024-2",
        "Historique\u{A0}: le score global cycle par cycle",
        "Historique\u{A0}: 1. Alpha, cycle par cycle", "Historique\u{A0}: 2. Bêta, cycle par cycle",
      ])
  }

  @Test func theScoreChartIsTitledWithItsResponse() throws {
    let english = try ScoreReportTests.report()
    let expected = "Scoring fixture — Fixture Customs, round 2024"
    #expect(try Self.chartTitles(english.html()) == [expected])
    let file = try #require(english.chartFiles().first)
    #expect(file.svg.contains("<title>\(expected)</title>\n<rect"))
    let french = try ScoreReportTests.report(language: "fr")
    #expect(
      try Self.chartTitles(french.html()) == ["Questionnaire de test — Fixture Customs, cycle 2024"]
    )
  }

  // MARK: 4. Dates in the report language.

  @Test func theHeaderDateIsWrittenInTheReportLanguage() throws {
    let complete = { (response: inout Response) in
      response.status = .complete
      response.completed = "2026-07-01T09:15:00Z"
    }
    let french = try Self.report(language: "fr", edit: complete)
    let frenchLine =
      "Version 1 · terminée le 1er\u{A0}juillet\u{A0}2026 · fonction\u{A0}: management"
    #expect(french.markdown().contains("\n\n" + frenchLine + "\n\n"), "\(french.markdown())")
    #expect(french.table(style: .plain, width: 100).contains("\n" + frenchLine + "\n"))
    #expect(french.html().contains(">" + frenchLine + "</p>"))
    let english = try Self.report(language: "en", edit: complete)
    #expect(
      english.markdown().contains(
        "\n\nVersion 1 · completed 1\u{A0}July\u{A0}2026 · role: management\n\n"))
    // In progress: the last save, « 2 juillet 2024 ».
    #expect(
      try Self.report(language: "fr").markdown().contains(
        "Version 1 · enregistrée le 2\u{A0}juillet\u{A0}2024 ·"))
    // JSON keeps no date of its own to reword (scoring.md's shape has none).
    #expect(!french.json().contains("juillet"))
  }

  // MARK: 5. A label standing alone starts with a capital.

  @Test(arguments: ["en", "fr"])
  func labelsStandingAloneStartWithACapital(language: String) throws {
    let french = language == "fr"
    // No strengths (delta lowered), alpha capped at 20 by a critical gap (a1 at 0).
    let report = try Self.report(
      language: language, editQuestionnaire: { $0.scoring.criticalCap = 20 },
      edit: { response in
        response.answers["d1"]?.value = .number(1)
        response.answers["a1"]?.value = .number(0)
      })
    let strengths = french ? "## Points forts\n\n- Aucun\n" : "## Strengths\n\n- None\n"
    #expect(report.markdown().contains(strengths), "\(report.markdown())")
    #expect(
      report.table(style: .plain, width: 80).contains(
        french ? "Points forts\n  • Aucun\n" : "Strengths\n  • None\n"))
    // A level's cell: « Pas de score »; inside the chart's label it stays « (pas de score) ».
    let table = report.table(style: .plain, width: 80)
    #expect(table.contains(french ? "—  Pas de score\n" : "—  No score\n"), "\(table)")
    // (The chart wraps the label after « pas de ».)
    let chart = report.html()
    #expect(chart.contains(french ? "3. Gamma (pas de" : "3. Gamma (no score)"))
    #expect(!chart.contains(french ? "(Pas de" : "(No score"))
    // Explain's cap row, a cell of its own; in the heading's line it stays lowercase.
    let explain = report.explainMarkdown()
    #expect(
      explain.contains(
        french
          ? "|  | **Plafonné à 20,0 par une lacune critique** |"
          : "|  | **Capped at 20.0 by a critical gap** |"), "\(explain)")
    #expect(
      explain.contains(
        french
          ? " · plafonné à 20,0 par une lacune critique\n" : " · capped at 20.0 by a critical gap\n"
      ))
    // An action plan with nothing to do.
    let empty = try Self.report(
      language: language,
      edit: { response in
        for id in response.answers.keys { response.answers[id] = nil }
      })
    #expect(empty.actionPlanMarkdown().hasSuffix(french ? "\n- Aucun\n" : "\n- None\n"))
  }

  @Test(arguments: ["en", "fr"])
  func directionsInTheWorkbookAreLabels(language: String) throws {
    let report = try CompareReportTests.report(language: language)
    let changes = try #require(report.workbook().sheets.first { $0.name == report.phrases.changes })
    let directions = changes.rows.compactMap { row -> String? in
      if case .text(let text)? = row.dropFirst(5).first { return text }
      return nil
    }
    #expect(
      directions.prefix(4)
        == (language == "fr"
          ? ["En hausse", "En hausse", "En hausse", "En baisse"] : ["Up", "Up", "Up", "Down"]))
  }

  // MARK: 6. Rounded contributions that do not add up say so.

  @Test(arguments: ["en", "fr"])
  func explainSaysWhenTheRoundedContributionsDoNotAddUp(language: String) throws {
    let report = try ScoreReportTests.report(language: language)
    // Alpha: 25.0 + 16.7 + 4.2 + 13.9 + 0.0 = 59.8 shown against a sum of 59.7 (1075/18);
    // delta: 50.0 + 37.5 = 87.5, no note.
    let note =
      language == "fr"
      ? "Les contributions sont arrondies au dixième\u{A0}: leur addition peut donc différer de quelques dixièmes de la somme affichée, qui est exacte."
      : "The contributions are rounded to one decimal, so they can add up to a few tenths more or less than the sum shown, which is exact."
    let markdown = report.explainMarkdown()
    let sum = language == "fr" ? "**59,7** |\n\n_" : "**59.7** |\n\n_"
    #expect(markdown.contains(sum + note + "_\n\n## "), "\(markdown)")
    #expect(markdown.components(separatedBy: note).count == 2, "once, under alpha only")
    let table = report.explainTable(style: .plain, width: 200)
    #expect(table.contains("\n\n" + note + "\n\n"), "\(table)")
    #expect(table.components(separatedBy: note).count == 2)
    // Only delta, whose contributions add up: no note.
    #expect(!report.explainMarkdown(factors: ["delta"]).contains(note))
  }
}
