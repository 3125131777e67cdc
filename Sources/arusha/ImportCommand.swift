import ArgumentParser
import ArushaApp

struct ImportCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read a filled-in form (arusha form -o FILE.xlsx) back as a response file.",
    discussion: """
      Reads the workbook as Excel or LibreOffice saved it and writes the response file that \
      assess would have written (complete, or in progress when required questions are left), \
      named <administration>-<round>.yaml unless -o; an existing file is never replaced. \
      Every problem is reported at once as FILE:SHEET!CELL: error: … with the fix, and \
      nothing is written while there is one, unless --partial.

      Examples:
        arusha form --lang fr --administration Niger --round 2024 -o niger-2024.xlsx
        arusha import niger-2024.xlsx
        arusha import niger-2024.xlsx --partial -o niger-2024.yaml
        arusha score niger-2024.yaml
      """
  )

  @Argument(help: "The filled-in workbook (.xlsx) made by arusha form.")
  var workbook: String

  @Option(
    help: "The questionnaire file the form was made with (default: found by its id and version).")
  var questionnaire: String?

  @Flag(help: "Import against a questionnaire whose contents differ from the form's (sha256).")
  var acceptQuestionnaireMismatch = false

  @Option(help: "Language of the messages (en or fr; default: the form's).")
  var lang: String?

  @Flag(
    help:
      "Write what is valid as an in-progress response (assess resumes it); problems become warnings."
  )
  var partial = false

  @Option(
    name: .shortAndLong,
    help: "The response file to write (default: <administration>-<round>.yaml).")
  var output: String?

  @OptionGroup var display: DisplayOptions

  var options: ImportRun.Options {
    ImportRun.Options(
      workbook: workbook, questionnaire: questionnaire,
      acceptQuestionnaireMismatch: acceptQuestionnaireMismatch, language: lang, partial: partial,
      output: output)
  }

  func run(on console: Console) throws {
    try Self.perform(console) {
      try ImportRun.execute(options, settings: display.settings(console))
    }
  }
}
