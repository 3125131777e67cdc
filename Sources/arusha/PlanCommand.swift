import ArgumentParser
import ArushaApp

struct PlanCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract:
      "Make an improvement plan from a response: targets per factor and actions to fill in.",
    discussion: """
      The plan file (YAML) holds the round as measured (the baseline), a target per factor \
      (the next maturity band) and one action per gap of the action plan (critical gaps \
      first, foundations first, the top N), with description, owner and due date to fill in. \
      The questionnaire is found as for score. A plan file is never written over an existing \
      file (the team's edited plan); Markdown and workbooks are replaced. Given a plan file \
      instead of a response, writes that plan as Markdown or as a workbook.

      Examples:
        arusha plan niger-2024.yaml -o plan-2024.yaml
        arusha plan niger-2024.yaml --top 10 --lang fr -o plan-2024.yaml
        arusha plan niger-2024.yaml -o plan-2024.md
        arusha plan plan-2024.yaml -o plan-2024.xlsx
        arusha validate plan-2024.yaml
        arusha score niger-2026.yaml --plan plan-2024.yaml
      """
  )

  @Argument(help: "The response file (or a plan file to render as markdown or xlsx).")
  var response: String

  @Option(help: "The questionnaire file the response was made with.")
  var questionnaire: String?

  @Option(help: "Language of the plan's note and tables (en or fr; default: the response's).")
  var lang: String?

  @Option(
    help:
      "yaml (the plan file), markdown or xlsx (an Excel workbook) (default: yaml; with -o, from the file's extension)."
  )
  var format: PlanRun.Format?

  // Unconditional: `--top -1` is a value to refuse ("must be 0 or more"), not a missing one.
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "How many priority gaps beyond the critical ones become actions (default 15).",
      valueName: "n"))
  var top: Int?

  @Flag(help: "Every gap becomes an action.")
  var all = false

  @Flag(help: "Plan against a questionnaire whose contents differ from the response's (sha256).")
  var acceptQuestionnaireMismatch = false

  @Option(
    name: .shortAndLong,
    help: "Write to this file instead of standard output (a plan file: never over an existing one)."
  )
  var output: String?

  @OptionGroup var display: DisplayOptions

  var options: PlanRun.Options {
    PlanRun.Options(
      input: response, questionnaire: questionnaire, language: lang, format: format, top: top,
      all: all, acceptQuestionnaireMismatch: acceptQuestionnaireMismatch, output: output)
  }

  func run(on console: Console) throws {
    try Self.perform(console) { try PlanRun.execute(options, settings: display.settings(console)) }
  }
}

extension PlanRun.Format: ExpressibleByArgument {
  /// A format by its name, or by the extension that names it for `-o` (`md`, `yml`).
  public init?(argument: String) {
    switch argument {
    case "md": self = .markdown
    case "yml": self = .yaml
    default: self.init(rawValue: argument)
    }
  }
}
