import ArgumentParser
import ArushaApp
import ArushaCore

struct AssessCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess",
    abstract: "Answer a questionnaire in the terminal (the default command).",
    discussion: """
      Without QUESTIONNAIRE, the bundled Revised Arusha Declaration self-assessment. Answers \
      are saved after each one; run the same command with the same -o FILE to resume. Line \
      mode (numbered options, one line per answer) is used when input is not a terminal, with \
      --plain, or when ACCESSIBLE is set.

      Examples:
        arusha
        arusha assess --administration "Niger Customs" --round 2024 --lang fr
        arusha assess internal-affairs -o niger-ia-2024.yaml
        printf '3\\n2\\n…' | arusha assess --plain -o test.yaml --administration Test --round 1
      """
  )

  @Argument(help: "A questionnaire file, or the id or file name of a bundled one.")
  var questionnaire: String?

  @Option(name: .shortAndLong, help: "The response file (default: <administration>-<round>.yaml).")
  var output: String?

  @Option(help: "The administration assessed, e.g. \"Niger Customs\" (asked for when missing).")
  var administration: String?

  @Option(help: "The assessment round, e.g. 2024 (asked for when missing).")
  var round: String?

  @Option(help: "The respondent's role or group, e.g. management.")
  var role: String?

  @Option(help: "The respondent's name (stored only when given).")
  var respondent: String?

  @Option(help: "Language of the session: en or fr (default: the response's, else LANG).")
  var lang: String?

  @Flag(help: "Line mode: no cursor movement or redraws; for screen readers and scripts.")
  var plain = false

  @OptionGroup var display: DisplayOptions

  func validate() throws {
    for (value, flag) in [
      (administration, "--administration"), (round, "--round"), (role, "--role"),
      (respondent, "--respondent"),
    ] {
      if let value, let problem = ResponseLimits.identityProblem(value, flag) {
        throw ValidationError(problem.text)
      }
    }
  }

  func run(on console: Console) throws {
    let options = AssessmentSetup.Options(
      questionnaire: questionnaire, output: output, administration: administration, round: round,
      role: role, respondent: respondent, language: lang)
    try Self.perform(console) {
      try AssessRun.execute(options, plain: plain, settings: display.settings(console))
    }
  }
}
