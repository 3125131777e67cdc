import ArgumentParser
import ArushaApp

struct ValidateCommand: FileListCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract:
      "Check questionnaire files, item maps and improvement plans, and report every error and warning.",
    discussion: """
      Prints each problem as FILE:LINE:COLUMN: error: message (or warning:), with the source \
      line. Exits 0 when no file has an error, 65 when one has, 66 when a file cannot be read.

      An item map (format: arusha/map-1) is checked against both of its questionnaires: \
      given with --questionnaire or among the files, else bundled, else in ./Questionnaires.

      An improvement plan (format: arusha/plan-1) is checked against its questionnaire, found \
      as score finds a response's; a plan made on an older version is checked through --map.

      Examples:
        arusha validate Questionnaires/*.yaml --strict
        arusha validate Questionnaires/maps/rad-self-assessment-2026.1-to-2027.1.yaml
        arusha validate old.yaml new.yaml old-to-new.yaml
        arusha validate plan-2024.yaml --map rad-self-assessment-2026.1-to-2027.1
      """
  )

  @Argument(help: "Questionnaire files, item maps and improvement plans to check.")
  var files: [String]

  @Option(
    help: "A questionnaire an item map names, when it is not bundled (repeat it for both sides).")
  var questionnaire: [String] = []

  @Option(
    help:
      "An item map from a plan's questionnaire version to a later one, to check the plan against the later version."
  )
  var map: String?

  @Flag(help: "Treat warnings (missing translations, missing help, unused scales) as errors.")
  var strict = false

  @Option(help: "Output format: text or json.")
  var format: ValidateRun.Format = .text

  @OptionGroup var display: DisplayOptions

  static let valueOptions: Set = ["--questionnaire", "--map", "--format", "--color"]
  static let flags: Set = ["--strict"]

  var fileArguments: [String] {
    get { files }
    set { files = newValue }
  }

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one questionnaire or map file") }
  }

  func run(on console: Console) throws {
    try Self.perform(console) {
      try ValidateRun.execute(
        files, strict: strict, format: format, questionnaires: questionnaire, map: map,
        settings: display.settings(console))
    }
  }
}
