import ArgumentParser
import ArushaApp
import ArushaCore

struct CompareCommand: FileListCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare assessments across administrations and rounds.",
    discussion: """
      Reads response files and folders (searched recursively for *.yaml and *.yml), groups the \
      responses by administration and round, averages each group's respondents, and shows who \
      is strong or weak where, against peers, and what changed since the previous round.

      Only complete responses count unless --include-incomplete is given. Responses to \
      different questionnaires, to different versions (unless --allow-mixed-versions) or to \
      one version edited without a new version number are refused. Invalid files are named \
      with every problem; --skip-invalid compares without them. Exits 65 when something \
      cannot be compared, 66 when the only problems are files that cannot be opened.

      Examples:
        arusha compare submissions/
        arusha compare submissions/ --min-respondents 3 -o report.html
        arusha compare submissions/ -o report.html --charts charts/
        arusha compare submissions/ --baseline 2020 --anonymize -o comparison.csv
        arusha compare submissions/ --map rad-self-assessment-2026.1-to-2027.1
        arusha compare submissions/ --allowed-signers experts/allowed_signers --require-signed
      """
  )

  @Argument(help: "Response files, and folders to search for them.")
  var paths: [String]

  @Option(
    help: "The questionnaire file the responses were made with (repeat it for several versions).")
  var questionnaire: [String] = []

  @Option(
    name: .customLong("map"),
    help: ArgumentHelp(
      "An item map (arusha/map-1): score the responses to its 'from' version through it, against its 'to' version (repeat it to chain versions).",
      valueName: "file"))
  var maps: [String] = []

  @Option(
    help: ArgumentHelp(
      "Improvement plans (arusha/plan-1): per group, the latest plan of its administration before its round; counts its actions planned, done, on target and the factor targets met.",
      valueName: "dir"))
  var plans: String?

  @Option(
    help: ArgumentHelp(
      "OpenSSH allowed signers: verify each response's RESPONSE.sig and count the signed ones per group.",
      valueName: "file"))
  var allowedSigners: String?

  @Flag(help: "Refuse the comparison when a counted response is unsigned or does not verify.")
  var requireSigned = false

  @Option(help: "Changes from this round to each administration's latest (default: its previous).")
  var baseline: String?

  @Option(help: "Compare with the peers of this round (default: each administration's latest).")
  var round: String?

  @Option(help: "Count only the responses with this role.")
  var role: String?

  @Option(help: "Suppress groups with fewer responses than this.")
  var minRespondents = 1

  @Option(help: "Points from the peer median to be above or below peers.")
  var margin = 10.0

  @Flag(
    help:
      "Compare the evidence-checked scores (answers without the evidence they expect counted lower) in peers, positions, changes and findings; both scores are shown either way."
  )
  var evidenceChecked = false

  @Flag(help: "Count responses that are not complete too.")
  var includeIncomplete = false

  @Flag(help: "Compare responses to several versions of the questionnaire.")
  var allowMixedVersions = false

  @Flag(help: "Show administrations as A1, A2, … instead of their names.")
  var anonymize = false

  @Option(
    help:
      "With --anonymize: write which label is which administration to this CSV file (label,name), for your records."
  )
  var anonymizeKey: String?

  @Flag(help: "Compare without the files that cannot be read or are invalid, saying how many.")
  var skipInvalid = false

  @Flag(help: "Use a questionnaire whose contents differ from the responses' (sha256).")
  var acceptQuestionnaireMismatch = false

  @Option(help: "Language of the report (en or fr; default: the questionnaire's first).")
  var lang: String?

  @Option(
    help:
      "table, markdown, json, csv, html or xlsx (an Excel workbook; default: table on a terminal, else json; with -o, from the file's extension)."
  )
  var format: CompareRun.Format?

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(
    help: ArgumentHelp(
      "With html: also write each chart as a standalone SVG file into this existing folder (radar.svg, …; see the README).",
      valueName: "dir"))
  var charts: String?

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one response file or folder") }
    if requireSigned, allowedSigners == nil {
      throw ValidationError(
        "--require-signed needs --allowed-signers FILE, the keys whose signatures count")
    }
    if minRespondents < 1 { throw ValidationError("--min-respondents must be at least 1") }
    if !margin.isFinite || margin < 0 { throw ValidationError("--margin must be 0 or more") }
  }

  @OptionGroup var display: DisplayOptions

  static let valueOptions: Set = [
    "--questionnaire", "--map", "--plans", "--allowed-signers", "--baseline", "--round", "--role",
    "--min-respondents", "--margin", "--anonymize-key", "--lang", "--format", "-o", "--output",
    "--charts", "--color",
  ]
  static let flags: Set = [
    "--require-signed", "--evidence-checked", "--include-incomplete", "--allow-mixed-versions",
    "--anonymize", "--skip-invalid", "--accept-questionnaire-mismatch",
  ]

  var fileArguments: [String] {
    get { paths }
    set { paths = newValue }
  }

  var request: CompareRun.Request {
    var options = ComparisonOptions(
      minimumRespondents: minRespondents, margin: margin, baseline: baseline, round: round,
      anonymize: anonymize)
    options.evidenceChecked = evidenceChecked
    var request = CompareRun.Request(
      paths: paths, questionnaires: questionnaire, role: role, includeIncomplete: includeIncomplete,
      allowMixedVersions: allowMixedVersions, skipInvalid: skipInvalid,
      acceptQuestionnaireMismatch: acceptQuestionnaireMismatch,
      options: options, language: lang, maps: maps, allowedSigners: allowedSigners,
      requireSigned: requireSigned,
      anonymizeKey: anonymizeKey, charts: charts)
    request.plans = plans
    return request
  }

  func run(on console: Console) throws {
    try Self.perform(console) {
      try CompareRun.run(
        request, format: format, output: output, settings: display.settings(console))
    }
  }
}
