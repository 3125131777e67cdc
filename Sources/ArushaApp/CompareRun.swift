import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaText
import Foundation

/// `arusha compare` from files to a report: reads and scores the responses, says on the
/// message channel what was left out, refused or invalid, and compares what counts.
///
/// The executable only parses arguments and calls ``run(_:format:output:settings:)``, which
/// reads through ``execute(_:paths:style:messages:progress:)``, renders the report in the
/// chosen format and maps the outcome to an exit code.
public enum CompareRun {
  /// What the command line asked for.
  public struct Request: Sendable {
    public var paths: [String]
    public var questionnaires: [String]
    public var role: String?
    public var includeIncomplete: Bool
    public var allowMixedVersions: Bool
    public var skipInvalid: Bool
    public var acceptQuestionnaireMismatch: Bool
    public var options: ComparisonOptions
    public var language: String?
    /// The `--map` files, in any order: each carries the responses to its `from` version to
    /// its `to` version, and they chain.
    public var maps: [String]
    /// The allowed signers file (`--allowed-signers`): each counted response with a `.sig`
    /// beside it is verified against it, and each group says how many are signed.
    public var allowedSigners: String?
    /// Whether a counted response that is unsigned or does not verify refuses the comparison.
    public var requireSigned: Bool
    /// With `--anonymize`, the file that gets the key (label → administration), CSV.
    public var anonymizeKey: String?
    /// The folder that gets each chart of the HTML report as a standalone SVG file
    /// (`--charts DIR`, html only).
    public var charts: String?
    /// The folder searched last for questionnaires (`./Questionnaires`).
    public var searchFolder = "Questionnaires"
    /// `--plans DIR`: the improvement plans whose progress each group shows (issue 27).
    public var plans: String?

    /// Creates a request.
    public init(
      paths: [String], questionnaires: [String], role: String?, includeIncomplete: Bool,
      allowMixedVersions: Bool, skipInvalid: Bool, acceptQuestionnaireMismatch: Bool,
      options: ComparisonOptions, language: String?, maps: [String] = [],
      allowedSigners: String? = nil, requireSigned: Bool = false, anonymizeKey: String? = nil,
      charts: String? = nil
    ) {
      self.paths = paths
      self.questionnaires = questionnaires
      self.role = role
      self.includeIncomplete = includeIncomplete
      self.allowMixedVersions = allowMixedVersions
      self.skipInvalid = skipInvalid
      self.acceptQuestionnaireMismatch = acceptQuestionnaireMismatch
      self.options = options
      self.language = language
      self.maps = maps
      self.allowedSigners = allowedSigners
      self.requireSigned = requireSigned
      self.anonymizeKey = anonymizeKey
      self.charts = charts
    }
  }

  /// The files of a request, each shown as typed and opened as the console opens it
  /// (``Console/path(_:)``).
  struct Paths {
    var responses: [UserPath]
    var questionnaires: [UserPath]
    /// The `--map` files: a bare name that is no file is a bundled map (``ItemMapFile``).
    var maps: [UserPath]
    var allowedSigners: UserPath?
    var anonymizeKey: UserPath?
    var charts: UserPath?
    var searchFolder: UserPath
    /// `--plans DIR`.
    var plans: UserPath?

    /// The paths of `request` on `console`.
    init(_ request: Request, console: Console) {
      responses = request.paths.map { console.path($0) }
      questionnaires = request.questionnaires.map { console.path($0) }
      maps = request.maps.map { console.path($0) }
      allowedSigners = console.path(request.allowedSigners)
      anonymizeKey = console.path(request.anonymizeKey)
      charts = console.path(request.charts)
      searchFolder = console.path(request.searchFolder)
      plans = console.path(request.plans)
    }

    /// The files and folders a run reads.
    var inputs: [UserPath] {
      responses + questionnaires + maps + (allowedSigners.map { [$0] } ?? [])
        + (plans.map { [$0] } ?? [])
    }
  }

  /// How a run ended.
  public enum Outcome: Sendable {
    /// The comparison, ready to render.
    case report(CompareReport)
    /// Nothing to compare because of invalid data or refusals (exit 65).
    case invalidData
    /// Nothing to compare because no file could be opened or none was found (exit 66).
    case noInput
    /// The request cannot be carried out as given (exit 64): the message says why.
    case usage(String)
  }

  /// Runs the comparison.
  ///
  /// - Parameters:
  ///   - request: The command line's choices.
  ///   - paths: Its files, as shown and as opened.
  ///   - style: Colour of the messages.
  ///   - messages: Where notes, refusals and file problems go (standard error).
  ///   - progress: Called with the number of files read so far, for a progress line.
  /// - Returns: The report, or why there is none.
  /// - Throws: ``LoadFailure`` when a questionnaire given with `--questionnaire` is unusable.
  static func execute(
    _ request: Request, paths: Paths, style: TextStyle, messages: (String) -> Void,
    progress: @Sendable (Int) -> Void = { _ in }
  ) throws(LoadFailure) -> Outcome {
    let diagnostics = CompareDiagnostics(style: style)
    let cache = try QuestionnaireCache(
      explicitPaths: paths.questionnaires, searchFolder: paths.searchFolder,
      acceptMismatch: request.acceptQuestionnaireMismatch)
    let walk = ResponseWalk(paths.responses)
    let filter = ResponseFilter(role: request.role, includeIncomplete: request.includeIncomplete)
    var loader = ComparisonLoader(questionnaires: cache, filter: filter)
    var links: [MapRoutes.Link] = []
    for path in paths.maps {
      let file = try ItemMapFile.load(path, questionnaires: cache)
      links.append(
        MapRoutes.Link(
          path: path.shown, map: file.map, source: file.source.questionnaire,
          target: file.target.questionnaire, targetSHA256: file.target.sha256))
    }
    do throws(MapRoutes.Problem) {
      loader.maps = try MapRoutes(links)
    } catch {
      messages("arusha: \(diagnostics.clean(error.message))\n")
      return .invalidData
    }
    // The plans first (issue 27): a bad one refuses the run before any response is read.
    var plans: Plans?
    if let folder = paths.plans {
      switch readPlans(
        folder, request: request, questionnaires: cache, diagnostics: diagnostics,
        messages: messages)
      {
      case .success(let read):
        plans = read
        let administrations = read.administrations
        loader.keepsItems = { administrations.contains(Array($0.utf8)) }
      case .failure(.invalidData): return .invalidData
      case .failure(.noInput): return .noInput
      }
    }
    var options = request.options
    if let path = paths.allowedSigners {
      let allowed = try AllowedSignersFile.load(path)
      if !allowed.warnings.diagnostics.isEmpty {
        messages(DiagnosticRenderer(style: style).text([allowed.warnings]))
      }
      let clock = SigningClock.system()
      loader.signatures = { path, bytes, administration in
        SignatureCheck.check(
          responsePath: path, responseBytes: bytes, allowed: allowed.signers,
          administration: administration, clock: clock)
      }
      options.checksSignatures = true
    }
    let input = loader.load(walk, progress: progress)
    let folderErrors = walk.errors
    messages(diagnostics.skippedLinks(walk.skippedLinks))
    guard input.files > 0 || !folderErrors.isEmpty else {
      let given = request.paths.map { "'\(diagnostics.clean($0))'" }.joined(separator: ", ")
      messages("arusha: no response files (*.yaml, *.yml) in \(given)\n")
      return .noInput
    }
    messages(diagnostics.notes(input, filter: filter))
    messages(diagnostics.copies(input.copies.sets, anonymize: request.options.anonymize))

    let problems =
      folderErrors.map { ResponseProblem(path: $0.path, fileError: $0) } + input.problems
    var stop = false
    if !problems.isEmpty {
      if request.skipInvalid {
        messages(diagnostics.leftOut(problems))
      } else {
        // The source lines are read again, from where each file was opened (the renderer
        // knows a file by its shown path, which names one file in a run).
        let opened = Dictionary(
          problems.map { ($0.path, UserPath($0.openedPath)) },
          uniquingKeysWith: { first, _ in first })
        messages(
          diagnostics.files(problems) { shown in
            opened[shown].flatMap { try? InputFile.read($0) } ?? []
          })
        messages(diagnostics.filesSummary(problems, of: input.files))
        stop = true
      }
    }
    for problem in input.orderedQuestionnaireProblems {
      messages(diagnostics.questionnaire(problem))
    }
    let refusals = input.uses.refusals(allowMixedVersions: request.allowMixedVersions)
    for refusal in refusals {
      messages(diagnostics.refusal(refusal))
    }
    for problem in input.signatureProblems {
      let shown = diagnostics.clean(problem.path)
      let reason: String
      switch problem.status {
      case .invalid(let failure): reason = diagnostics.clean(failure.description)
      case .unsigned, .signed: reason = SignatureFailure.missing.description
      }
      if request.requireSigned {
        messages(SigningMessages.notSignedRefused(shown, reason) + "\n")
      } else if case .invalid = problem.status {
        messages(SigningMessages.countedUnsigned(shown, reason) + "\n")
      }
    }
    let unsignedRefused = request.requireSigned && !input.signatureProblems.isEmpty
    if unsignedRefused {
      messages(
        SigningMessages.requireSignedSummary(
          input.signatureProblems.count, of: input.counted,
          allowed: diagnostics.clean(request.allowedSigners ?? "")) + "\n")
    }
    if stop || unsignedRefused || !input.questionnaireProblems.isEmpty || !refusals.isEmpty {
      let onlyUnopenable =
        !unsignedRefused && input.questionnaireProblems.isEmpty && refusals.isEmpty
        && problems.allSatisfy(\.cannotOpen)
      return onlyUnopenable ? .noInput : .invalidData
    }
    if let read = plans {
      // Each plan's baseline is the compared response of its round, when there is one.
      guard
        let checked = checkBaselines(
          read, files: input.countedFiles, read: input.readFiles, request: request,
          diagnostics: diagnostics,
          messages: messages)
      else { return .invalidData }
      plans = checked
    }
    guard let newest = input.uses.newest, let located = input.questionnaires[newest] else {
      messages("arusha: no response counts, so there is nothing to compare\n")
      return .invalidData
    }
    let languages = located.questionnaire.languages
    if let language = request.language, !languages.contains(language) {
      return .usage(
        "--lang \(diagnostics.clean(language)): the questionnaire is written in \(languages.joined(separator: ", ")) only"
      )
    }
    var comparison = Comparator.compare(
      input.tally, questionnaire: located.questionnaire, options: options,
      labelled: Array(input.administrations.values))
    // What the maps into the compared version keep as "not applicable" (issue 25).
    let kept = Set(
      links.filter {
        $0.target.id == located.questionnaire.id
          && $0.target.version == located.questionnaire.version
      }.flatMap { $0.map.notApplicableKept(from: $0.source, to: $0.target) })
    comparison.notApplicableKept = located.questionnaire.questions.map(\.id).filter {
      kept.contains($0)
    }
    messages(
      diagnostics.probableDuplicates(
        input.tally.groups.keys.map(\.administration),
        anonymizationKey: request.options.anonymize ? comparison.anonymizationKey : nil))
    if let plans {
      switch planProgress(
        plans, comparison: comparison, tally: input.tally, located: located,
        maps: loader.maps, diagnostics: diagnostics)
      {
      case .success(let made):
        comparison.plans = made.rows
        if made.unused > 0 { messages("arusha: note: \(Phrases.plansIgnoredNote(made.unused))\n") }
      case .failure(let refused):
        refused.messages.forEach(messages)
        return .invalidData
      }
    }
    if let baseline = request.options.baseline, comparison.changes.isEmpty {
      messages(
        "arusha: note: no administration has round '\(diagnostics.clean(baseline))' and a later one\n"
      )
    }
    if let round = request.options.round, comparison.peers.groups == 0 {
      messages("arusha: note: no group of round '\(diagnostics.clean(round))' to compare with\n")
    }
    return .report(CompareReport(comparison, language: request.language))
  }

  /// The report formats of `compare` (cli.md).
  public enum Format: String, Sendable, CaseIterable {
    case table, markdown, json, csv, html, xlsx
  }

  /// Checks `-o`, `--anonymize-key` and `--charts` before any file is read.
  ///
  /// - Parameters:
  ///   - request: The command line's choices.
  ///   - paths: Its files, as shown and as opened.
  ///   - format: `--format`.
  ///   - output: `-o`.
  ///   - console: Where a message goes.
  /// - Throws: ``UsageError`` (64), or ``ExitStatus/cannotCreate`` (73) for an `-o` folder or
  ///   a `--charts` folder that does not exist.
  static func check(
    _ request: Request, paths: Paths, format: Format?, output: UserPath?, console: Console
  ) throws {
    let inputs = paths.inputs
    let named = try Output.check(
      output, formatGiven: format != nil, inputs: inputs, console: console)
    let html = (format?.rawValue ?? named?.rawValue) == Format.html.rawValue
    if let key = paths.anonymizeKey {
      guard request.options.anonymize else {
        throw UsageError(
          "--anonymize-key goes with --anonymize: it writes which label is which administration")
      }
      // The report is one more file the key must not overwrite, however it is spelled.
      _ = try Output.check(
        key, formatGiven: true, inputs: inputs + (output.map { [$0] } ?? []),
        option: "--anonymize-key", writes: "the key", console: console)
    }
    try Output.checkCharts(paths.charts, html: html, console: console)
  }

  /// The whole command: reads with a progress line on a terminal, says what was left out or
  /// refused, and writes the report.
  ///
  /// - Throws: ``ExitStatus`` or ``UsageError``, after saying why on standard error.
  public static func run(_ request: Request, format: Format?, output: String?, settings: Settings)
    throws
  {
    let paths = Paths(request, console: settings.console)
    let output = settings.console.path(output)
    try check(request, paths: paths, format: format, output: output, console: settings.console)
    if output == nil, settings.outputIsTerminal, format == .xlsx {
      throw UsageError(Output.workbookOnTerminal)
    }
    let progress =
      settings.errorIsTerminal
      ? ProgressLine(
        label: "reading responses", now: { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
        write: settings.console.error)
      : nil
    let outcome = try Failure.report(settings) { () throws(LoadFailure) in
      try execute(
        request, paths: paths, style: settings.style(toError: true),
        messages: { message in
          progress?.finish()  // the line is erased before any message, so the two never mix
          settings.console.error(message)
        },
        progress: { progress?.update($0) })
    }
    progress?.finish()
    let report: CompareReport
    switch outcome {
    case .report(let made): report = made
    case .invalidData: throw ExitStatus.dataError
    case .noInput: throw ExitStatus.noInput
    case .usage(let message): throw UsageError(message)
    }
    // The key first: a report that names no one is never written without its key.
    if let key = paths.anonymizeKey {
      try Output.write(report.anonymizationKeyCSV(), to: key, console: settings.console)
    }
    let chosen =
      format ?? Output.format(ofExtension: output?.shown ?? "").flatMap {
        Format(rawValue: $0.rawValue)
      }
      ?? (settings.outputIsTerminal && output == nil ? .table : .json)
    let text: String
    switch chosen {
    case .table:
      text = report.table(style: output == nil ? settings.style() : .plain, width: settings.width)
    case .markdown: text = report.markdown()
    case .json:
      // Bytes as written, with no String in between (10,000 groups are about 14 MB).
      try Output.write(report.jsonBytes(), to: output, console: settings.console)
      return
    case .csv:
      // An explicit --lang fr writes the CSV a French spreadsheet opens as columns (issue 23).
      text = report.csv(dialect: .forLanguage(request.language))
    case .html:
      text = report.html()
      if let folder = paths.charts {
        // Refused before the report is written when a chart would replace an input or -o.
        let charts = report.chartFiles()
        let chartPaths = try Output.chartPaths(
          charts, in: folder, others: paths.inputs + (output.map { [$0] } ?? []))
        try Output.write(text, to: output, console: settings.console)
        try Output.write(charts, to: chartPaths, console: settings.console)
        return
      }
    case .xlsx:
      try Output.write(report.workbook(), to: output, console: settings.console)
      return
    }
    try Output.write(text, to: output, console: settings.console)
  }
}
