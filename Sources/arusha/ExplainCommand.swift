import ArgumentParser
import ArushaApp

struct ExplainCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Why each factor scored what it did, question by question.",
    discussion: """
      For each factor: every scored question's answer, item score, weight and contribution. \
      The contributions add up to the factor's score before the critical cap; when the cap \
      applies, it is shown as the last step. The questionnaire is found as for score.

      Examples:
        arusha explain niger-2024.yaml
        arusha explain niger-2024.yaml leadership audit-investigation --lang fr
        arusha explain niger-2024.yaml --format markdown -o why.md
      """
  )

  @Argument(help: "The response file.")
  var response: String

  @Argument(help: "Factor ids to explain (default: every factor).")
  var factors: [String] = []

  @Option(help: "The questionnaire file the response was made with.")
  var questionnaire: String?

  @Option(help: "Language of the report (en or fr; default: the response's).")
  var lang: String?

  @Option(
    help:
      "table, markdown or json (default: table on a terminal, else json; with -o, from the file's extension)."
  )
  var format: ExplainRun.Format?

  @Flag(help: "Explain against a questionnaire whose contents differ from the response's (sha256).")
  var acceptQuestionnaireMismatch = false

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @OptionGroup var display: DisplayOptions

  var options: ExplainRun.Options {
    ExplainRun.Options(
      response: response, factors: factors, questionnaire: questionnaire, language: lang,
      format: format, acceptQuestionnaireMismatch: acceptQuestionnaireMismatch, output: output)
  }

  func run(on console: Console) throws {
    try Self.perform(console) {
      try ExplainRun.execute(options, settings: display.settings(console))
    }
  }
}
