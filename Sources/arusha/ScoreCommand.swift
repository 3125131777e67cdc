import ArgumentParser
import ArushaCore
import ArushaFiles
import ArushaReports

struct ScoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Score one response: factors, strengths, areas for improvement, gaps.",
    discussion: """
      The questionnaire is found by the response's id and version: --questionnaire FILE if \
      given, else a bundled one, else ./Questionnaires/*.yaml. One whose contents differ from \
      the file the response was made with (sha256) is refused.

      Examples:
        arusha score niger-2024.yaml
        arusha score niger-2024.yaml --format html -o niger-2024.html
        arusha score niger-2024.yaml --action-plan --format csv -o plan.csv
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json, csv, html
  }

  @Argument(help: "The response file.")
  var response: String

  @Option(help: "The questionnaire file the response was made with.")
  var questionnaire: String?

  @Option(help: "Language of the report (en or fr; default: the response's).")
  var lang: String?

  @Option(
    help:
      "table, markdown, json, csv or html (default: table on a terminal, else json; with -o, from the file's extension)."
  )
  var format: Format?

  @Flag(help: "With csv: one row per question instead of one per factor.")
  var items = false

  @Flag(
    help:
      "The action plan: every critical and priority gap, with columns to fill in (markdown or csv)."
  )
  var actionPlan = false

  @Flag(help: "Score against a questionnaire whose contents differ from the response's (sha256).")
  var acceptQuestionnaireMismatch = false

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func validate() throws {
    let named = try Output.check(
      output, formatGiven: format != nil, inputs: [response] + (questionnaire.map { [$0] } ?? []))
    let chosen = format ?? named.flatMap { Format(rawValue: $0.rawValue) }
    if format == nil, named == .xlsx {
      throw ValidationError("Excel workbooks (.xlsx) are not written yet; use .csv or .html")
    }
    if actionPlan, let chosen, chosen != .markdown, chosen != .csv {
      throw ValidationError("--action-plan is written as markdown or csv")
    }
    if items, chosen != .csv {
      throw ValidationError("--items goes with csv: add --format csv or write to a .csv file")
    }
  }

  func run() throws {
    let locator = QuestionnaireLocator(
      explicitPath: questionnaire, acceptMismatch: acceptQuestionnaireMismatch)
    let loaded = try Failure.report { () throws(LoadFailure) in
      try ResponseFile.load(response, locator: locator)
    }
    let languages = loaded.located.questionnaire.languages
    if let lang, !languages.contains(lang) {
      throw Self.usageError(
        "--lang \(lang): the questionnaire is written in \(languages.joined(separator: ", ")) only")
    }
    let report = ScoreReport(
      questionnaire: loaded.located.questionnaire, response: loaded.response, language: lang)
    let chosen =
      format ?? Output.format(ofExtension: output ?? "").flatMap { Format(rawValue: $0.rawValue) }
      ?? (actionPlan ? .markdown : (Console.stdoutIsTerminal && output == nil ? .table : .json))
    let text: String
    switch (actionPlan, chosen) {
    case (true, .csv): text = report.actionPlanCSV()
    case (true, _): text = report.actionPlanMarkdown()
    case (false, .table):
      text = report.table(style: output == nil ? Console.style() : .plain, width: Console.width())
    case (false, .markdown): text = report.markdown()
    case (false, .json): text = report.json()
    case (false, .csv): text = items ? report.itemsCSV() : report.factorsCSV()
    case (false, .html): text = report.html()
    }
    try Output.write(text, to: output)
  }
}
