import ArgumentParser
import ArushaApp

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check questionnaire files and report every error and warning.",
    discussion: """
      Prints each problem as FILE:LINE:COLUMN: error: message (or warning:), with the source \
      line. Exits 0 when no file has an error, 65 when one has, 66 when a file cannot be read.

      Example:
        arusha validate Questionnaires/*.yaml --strict
      """
  )

  @Argument(help: "Questionnaire files to check.")
  var files: [String]

  @Flag(help: "Treat warnings (missing translations, missing help, unused scales) as errors.")
  var strict = false

  @Option(help: "Output format: text or json.")
  var format: ValidateRun.Format = .text

  @OptionGroup var display: DisplayOptions

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one questionnaire file") }
  }

  func run() throws {
    try Self.perform {
      try ValidateRun.execute(
        files, strict: strict, format: format, settings: display.settings)
    }
  }
}
