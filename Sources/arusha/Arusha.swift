import ArgumentParser

@main
struct Arusha: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "arusha",
    abstract: "Integrity self-assessment against the Revised Arusha Declaration.",
    discussion: """
      Administers questionnaires, scores them and compares assessments across administrations \
      and rounds. Questionnaires are YAML files; `arusha validate` checks them.
      """,
    version: "0.1.0",
    subcommands: [
      AssessCommand.self, ScoreCommand.self, ExplainCommand.self, CompareCommand.self,
      QuestionnairesCommand.self,
      ValidateCommand.self, SchemaCommand.self, KeygenCommand.self, SignCommand.self,
      VerifyCommand.self,
    ],
    defaultSubcommand: AssessCommand.self
  )
}
