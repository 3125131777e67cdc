import ArgumentParser
import ArushaApp

struct FormCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "form",
    abstract: "A form to fill in without a terminal: an Excel workbook or a page to print.",
    discussion: """
      -o FILE.xlsx writes a workbook: one row per question, an answer cell with a drop-down \
      list of the options (or a number's bounds), columns for the comment, the evidence and \
      the justification of "not applicable"; everything else is locked. Fill it in with Excel \
      or LibreOffice, then read it back with arusha import. -o FILE.html writes the same form \
      as a page to print, with boxes to tick, for a workshop on paper. The questionnaire is \
      found as for assess: a file, a bundled id, or the bundled default. An existing file is \
      never replaced (it may be the team's filled workbook).

      Examples:
        arusha form -o form.xlsx --administration "Niger Customs" --round 2026
        arusha form rad-self-assessment --lang fr -o formulaire.html
      """
  )

  @Argument(
    help: "The questionnaire: a file, a bundled id (ID or ID@VERSION), or none for the default.")
  var questionnaire: String?

  @Option(help: "Language of the form (one of the questionnaire's; default: as assess chooses).")
  var lang: String?

  @Option(help: "The administration, written at the top of the form.")
  var administration: String?

  @Option(help: "The round, written at the top of the form.")
  var round: String?

  @Option(help: "The respondent's role or group, written at the top of the form.")
  var role: String?

  @Option(help: "The respondent, written at the top of the form.")
  var respondent: String?

  @Option(
    name: .shortAndLong,
    help: "The file to write: FILE.xlsx or FILE.html (required; never over an existing file).")
  var output: String?

  @OptionGroup var display: DisplayOptions

  var options: FormRun.Options {
    FormRun.Options(
      questionnaire: questionnaire, language: lang, administration: administration, round: round,
      role: role, respondent: respondent, output: output)
  }

  func run(on console: Console) throws {
    try Self.perform(console) {
      try FormRun.execute(options, settings: display.settings(console))
    }
  }
}
