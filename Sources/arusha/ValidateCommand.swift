import ArgumentParser
import ArushaFiles
import ArushaReports

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

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "Questionnaire files to check.")
  var files: [String]

  @Flag(help: "Treat warnings (missing translations, missing help, unused scales) as errors.")
  var strict = false

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one questionnaire file") }
  }

  func run() throws {
    let reports = QuestionnaireValidation.run(files, strict: strict)
    let renderer = DiagnosticRenderer(style: Console.style())
    Console.out(format == .json ? renderer.json(reports) : renderer.text(reports))
    // Whatever the order of the files: a file that cannot be opened wins (66), then data (65).
    let readErrors = reports.compactMap(\.readError)
    if readErrors.contains(where: { $0.kind == .cannotOpen }) { throw ExitStatus.noInput }
    if let readError = readErrors.first { throw ExitStatus.code(for: readError) }
    if reports.contains(where: \.hasErrors) { throw ExitStatus.dataError }
  }
}
