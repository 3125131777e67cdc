import ArgumentParser
import ArushaCore
import ArushaFiles
import ArushaReports
import Foundation

struct CompareCommand: ParsableCommand {
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
        arusha compare submissions/ --baseline 2020 --anonymize -o comparison.csv
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json, csv, html
  }

  @Argument(help: "Response files, and folders to search for them.")
  var paths: [String]

  @Option(
    help: "The questionnaire file the responses were made with (repeat it for several versions).")
  var questionnaire: [String] = []

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

  @Flag(help: "Count responses that are not complete too.")
  var includeIncomplete = false

  @Flag(help: "Compare responses to several versions of the questionnaire.")
  var allowMixedVersions = false

  @Flag(help: "Show administrations as A1, A2, … instead of their names.")
  var anonymize = false

  @Flag(help: "Compare without the files that cannot be read or are invalid, saying how many.")
  var skipInvalid = false

  @Flag(help: "Use a questionnaire whose contents differ from the responses' (sha256).")
  var acceptQuestionnaireMismatch = false

  @Option(help: "Language of the report (en or fr; default: the questionnaire's first).")
  var lang: String?

  @Option(
    help:
      "table, markdown, json, csv or html (default: table on a terminal, else json; with -o, from the file's extension)."
  )
  var format: Format?

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one response file or folder") }
    if minRespondents < 1 { throw ValidationError("--min-respondents must be at least 1") }
    if !margin.isFinite || margin < 0 { throw ValidationError("--margin must be 0 or more") }
  }

  func run() throws {
    let diagnostics = CompareDiagnostics(style: Console.style(for: STDERR_FILENO))
    let cache = try Failure.report { () throws(LoadFailure) in
      try QuestionnaireCache(
        explicitPaths: questionnaire, acceptMismatch: acceptQuestionnaireMismatch)
    }
    let walk = ResponseWalk(paths)
    let filter = ResponseFilter(role: role, includeIncomplete: includeIncomplete)
    let loader = ComparisonLoader(questionnaires: cache, filter: filter)
    let progress =
      isatty(STDERR_FILENO) == 1
      ? ProgressLine(
        label: "reading responses", now: { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
        write: Console.error)
      : nil
    let input = loader.load(walk) { progress?.update($0) }
    progress?.finish()
    let folderErrors = walk.errors
    guard input.files > 0 || !folderErrors.isEmpty else {
      Console.error(
        "arusha: no response files (*.yaml, *.yml) in \(paths.map { "'\($0)'" }.joined(separator: ", "))\n"
      )
      throw ExitStatus.noInput
    }
    Console.error(diagnostics.notes(input, filter: filter))

    let problems =
      folderErrors.map { ResponseProblem(path: $0.path, fileError: $0) } + input.problems
    var stop = false
    if !problems.isEmpty {
      if skipInvalid {
        Console.error(diagnostics.leftOut(problems))
      } else {
        Console.error(diagnostics.files(problems) { (try? InputFile.read($0)) ?? [] })
        Console.error(diagnostics.filesSummary(problems, of: input.files))
        stop = true
      }
    }
    for problem in input.orderedQuestionnaireProblems {
      Console.error(diagnostics.questionnaire(problem))
    }
    let refusals = input.uses.refusals(allowMixedVersions: allowMixedVersions)
    for refusal in refusals {
      Console.error(diagnostics.refusal(refusal))
    }
    if stop || !input.questionnaireProblems.isEmpty || !refusals.isEmpty {
      let onlyUnopenable =
        input.questionnaireProblems.isEmpty && refusals.isEmpty
        && problems.allSatisfy(\.cannotOpen)
      throw onlyUnopenable ? ExitStatus.noInput : ExitStatus.dataError
    }

    guard let newest = input.uses.newest, let located = input.questionnaires[newest] else {
      Console.error("arusha: no response counts, so there is nothing to compare\n")
      throw ExitStatus.dataError
    }
    let options = ComparisonOptions(
      minimumRespondents: minRespondents, margin: margin, baseline: baseline, round: round,
      anonymize: anonymize)
    let comparison = Comparator.compare(
      input.tally, questionnaire: located.questionnaire, options: options)
    if let baseline, comparison.changes.isEmpty {
      Console.error("arusha: note: no administration has round '\(baseline)' and a later one\n")
    }
    if let round, comparison.peers.groups == 0 {
      Console.error("arusha: note: no group of round '\(round)' to compare with\n")
    }

    let report = CompareReport(comparison, language: lang)
    let chosen =
      format ?? Output.inferredFormat(output).flatMap { Format(rawValue: $0.rawValue) }
      ?? (Console.stdoutIsTerminal && output == nil ? .table : .json)
    let text: String
    switch chosen {
    case .table:
      text = report.table(style: output == nil ? Console.style() : .plain, width: Console.width())
    case .markdown: text = report.markdown()
    case .json: text = report.json()
    case .csv: text = report.csv()
    case .html: text = report.html()
    }
    try Output.write(text, to: output)
  }
}
