import ArgumentParser
import ArushaApp

struct QuestionnairesCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "questionnaires",
    abstract: "List the questionnaires bundled in arusha.",
    discussion: """
      Example:
        arusha questionnaires --lang fr
      """
  )

  @Option(help: "Language of the titles (default: each questionnaire's first language).")
  var lang: String?

  @Option(help: "Output format: table or json.")
  var format: QuestionnairesRun.Format = .table

  @OptionGroup var display: DisplayOptions

  func run(on console: Console) throws {
    try Self.perform(console) {
      try QuestionnairesRun.execute(
        language: lang, format: format, settings: display.settings(console))
    }
  }
}
