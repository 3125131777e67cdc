import ArgumentParser
import ArushaApp
import ArushaCore

struct SchemaCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema of the questionnaire format, for editors.",
    discussion: """
      yaml-language-server reads it through a modeline on a questionnaire's first line:
        # yaml-language-server: $schema=questionnaire.schema.json

      Example:
        arusha schema > Questionnaires/questionnaire.schema.json
      """
  )

  func run(on console: Console) {
    console.out(QuestionnaireSchema.text())
  }
}
