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

      With --plan, the JSON Schema of the improvement plan format (docs/plan.schema.json).

      Example:
        arusha schema > Questionnaires/questionnaire.schema.json
        arusha schema --plan > docs/plan.schema.json
      """
  )

  @Flag(help: "Print the schema of the improvement plan format (arusha/plan-1) instead.")
  var plan = false

  func run(on console: Console) {
    console.out(plan ? PlanSchema.text() : QuestionnaireSchema.text())
  }
}
