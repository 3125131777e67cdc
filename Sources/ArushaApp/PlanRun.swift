import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaText
import Foundation

/// `arusha plan` (issue 27): makes an improvement plan from one response (the plan rows of the
/// scoring rules, targets per factor, the baseline), and writes it as a plan file, or renders
/// it, or an edited plan file, for the minutes (Markdown) or as a workbook.
public enum PlanRun {
  /// The formats of `plan`: the plan file, or the plan for the minutes.
  public enum Format: String, Sendable, CaseIterable {
    case yaml, markdown, xlsx
  }

  /// The command line's choices.
  public struct Options: Sendable {
    /// The response to plan from, or a plan file to render.
    public var input: String
    public var questionnaire: String?
    public var language: String?
    public var format: Format?
    /// `--top N`: how many priority gaps beyond the critical ones the plan's actions cover
    /// (nil: ``ActionPlanning/defaultTop``).
    public var top: Int?
    /// `--all`: every gap becomes an action.
    public var all: Bool
    public var acceptQuestionnaireMismatch: Bool
    public var output: String?

    /// Creates options.
    public init(
      input: String, questionnaire: String?, language: String?, format: Format?, top: Int?,
      all: Bool, acceptQuestionnaireMismatch: Bool, output: String?
    ) {
      self.input = input
      self.questionnaire = questionnaire
      self.language = language
      self.format = format
      self.top = top
      self.all = all
      self.acceptQuestionnaireMismatch = acceptQuestionnaireMismatch
      self.output = output
    }

    /// How many priority gaps the plan covers beyond the critical ones: nil for every gap
    /// (`--all`), else `--top`, else ``ActionPlanning/defaultTop``.
    var planTop: Int? { all ? nil : top ?? ActionPlanning.defaultTop }
  }

  /// The format `-o PATH`'s extension names: `.yaml`/`.yml`, `.md`/`.markdown`, `.xlsx`.
  static func format(ofExtension path: String) -> Format? {
    let name = URL(fileURLWithPath: path).lastPathComponent
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "yaml", "yml": return .yaml
    case "md", "markdown": return .markdown
    case "xlsx": return .xlsx
    default: return nil
    }
  }

  /// Checks what can be checked before any file is read: `-o` (its extension, not an input,
  /// not a folder), `--top` and `--all`.
  ///
  /// - Returns: The format to write.
  /// - Throws: ``UsageError`` (64), or ``ExitStatus/cannotCreate`` (73) for an `-o` folder.
  static func check(
    _ options: Options, input: UserPath, questionnaire: UserPath?, output: UserPath?,
    console: Console
  ) throws -> Format {
    let named = output.flatMap { format(ofExtension: $0.shown) }
    if let output, named == nil, options.format == nil {
      let shown = PrintableText.sanitize(output.shown, for: .terminal, keepLineBreaks: false)
      throw UsageError(
        "cannot tell the format of '\(shown)' from its extension: name it .yaml, .md or .xlsx, or give --format"
      )
    }
    // The extension is checked above; Output.check refuses an input or a folder.
    _ = try Output.check(
      output, formatGiven: true, inputs: [input] + (questionnaire.map { [$0] } ?? []),
      writes: "the plan", console: console)
    if let top = options.top {
      if options.all {
        throw UsageError("--top and --all go separately: --all makes an action of every gap")
      }
      if top < 0 { throw UsageError("--top must be 0 or more") }
    }
    return options.format ?? named ?? .yaml
  }

  /// Makes the plan, made now (the system's clock, UTC), or reads the plan file, and writes it.
  ///
  /// - Throws: ``ExitStatus`` or ``UsageError``, after saying why on standard error.
  public static func execute(_ options: Options, settings: Settings) throws {
    try execute(options, settings: settings, now: Clock.now)
  }

  /// Makes the plan, made at `now()` (ISO 8601 UTC), or reads the plan file, and writes it.
  ///
  /// - Throws: ``ExitStatus`` or ``UsageError``, after saying why on standard error.
  static func execute(_ options: Options, settings: Settings, now: () -> String) throws {
    let console = settings.console
    let input = console.path(options.input)
    let questionnaire = console.path(options.questionnaire)
    let output = console.path(options.output)
    let format = try check(
      options, input: input, questionnaire: questionnaire, output: output, console: console)
    if output == nil, settings.outputIsTerminal, format == .xlsx {
      throw UsageError(Output.workbookOnTerminal)
    }
    let bytes = try Failure.report(settings) { () throws(LoadFailure) in
      do throws(FileError) {
        return try InputFile.read(input)
      } catch {
        throw .file(error)
      }
    }
    // A workbook (the plan's, filled in at a workshop): one line, not the YAML reader's.
    if let binary = FileError.binary(input.shown, bytes, expected: .plan) {
      try Failure.report(settings) { () throws(LoadFailure) in throw .file(binary) }
    }
    if ImprovementPlan.isDeclared(in: bytes) {
      try render(
        bytes, path: input, options: options, format: format, output: output, settings: settings)
      return
    }
    let loaded = try ScoreRun.load(
      input, questionnaire: questionnaire, acceptMismatch: options.acceptQuestionnaireMismatch,
      language: options.language, settings: settings)
    let located = loaded.located
    let language =
      options.language ?? loaded.response.language ?? located.questionnaire.defaultLanguage
    let plan = ImprovementPlanning.propose(
      questionnaire: located.questionnaire, questionnaireSHA256: located.sha256,
      response: loaded.response, responseSHA256: Fingerprint.sha256(loaded.bytes),
      score: ResponseScorer.score(located.questionnaire, answers: loaded.response.answers),
      top: options.planTop, made: now(), note: Phrases(language).planNote)
    try write(
      plan, questionnaire: located.questionnaire, language: language, format: format,
      output: output, console: console)
  }

  /// Writes `plan` in `format` to `output` (standard output when nil): a plan file never over
  /// an existing file (73), a rendering (Markdown, workbook) over one.
  static func write(
    _ plan: ImprovementPlan, questionnaire: Questionnaire, language: String, format: Format,
    output: UserPath?, console: Console
  ) throws {
    switch format {
    case .yaml:
      let bytes: [UInt8]
      do {
        bytes = try plan.yamlBytes()
      } catch {
        console.message("arusha: cannot write the plan: \(error.message)")
        throw ExitStatus.ioError
      }
      // The plan file is the team's to edit: never written over (73); a rendering is
      // regenerated and replaced.
      try Output.write(bytes, to: output, console: console, existing: .keep)
    case .markdown:
      let report = PlanReport(plan: plan, questionnaire: questionnaire, language: language)
      try Output.write(report.markdown(), to: output, console: console)
    case .xlsx:
      let report = PlanReport(plan: plan, questionnaire: questionnaire, language: language)
      try Output.write(report.workbook(), to: output, console: console)
    }
  }

  /// Renders a plan file (a team's edited plan) as Markdown or a workbook, its questionnaire
  /// found by the plan's reference as a response's is (`--questionnaire`, bundled,
  /// `./Questionnaires`; a different SHA-256 refused unless accepted).
  ///
  /// - Throws: ``UsageError`` (64) for YAML (the file is one already), `--top` or `--all`
  ///   (they shape a plan made from a response) or a language the questionnaire lacks;
  ///   ``ExitStatus`` after saying why on standard error: 65 with every mistake of the plan
  ///   at its FILE:LINE:COL, its syntax's or what `validate` finds against the questionnaire
  ///   (``ImprovementPlan/check(against:map:source:)``).
  static func render(
    _ bytes: [UInt8], path: UserPath, options: Options, format: Format, output: UserPath?,
    settings: Settings
  ) throws {
    let shown = PrintableText.sanitize(path.shown, for: .terminal, keepLineBreaks: false)
    guard format != .yaml else {
      throw UsageError(
        "'\(shown)' is a plan file already: give --format markdown or xlsx (or -o FILE.md, -o FILE.xlsx) to write it for the minutes"
      )
    }
    if options.top != nil || options.all {
      throw UsageError(
        "\(options.all ? "--all" : "--top") shapes a plan made from a response; '\(shown)' is a plan file already"
      )
    }
    let decoded = ImprovementPlanDecoder().decode(bytes)
    let plan = try Failure.report(settings) { () throws(LoadFailure) in
      guard let plan = decoded.plan else {
        throw .invalid(path: path.shown, source: bytes, diagnostics: decoded.diagnostics)
      }
      return plan
    }
    let locator = QuestionnaireLocator(
      explicitPath: settings.console.path(options.questionnaire),
      searchFolder: settings.console.path("Questionnaires"),
      acceptMismatch: options.acceptQuestionnaireMismatch)
    let located = try Failure.report(settings) { () throws(LoadFailure) in
      try locator.locate(plan.questionnaire)
    }
    let questionnaire = located.questionnaire
    // What validate refuses is not rendered either: every error at its FILE:LINE:COL.
    let problems = plan.check(against: questionnaire)
    if problems.hasErrors {
      try Failure.report(settings) { () throws(LoadFailure) in
        throw .invalid(path: path.shown, source: bytes, diagnostics: problems)
      }
    }
    if let language = options.language, !questionnaire.languages.contains(language) {
      throw UsageError(
        "--lang \(language): the questionnaire is written in \(questionnaire.languages.joined(separator: ", ")) only"
      )
    }
    try write(
      plan, questionnaire: questionnaire,
      language: options.language ?? questionnaire.defaultLanguage, format: format,
      output: output, console: settings.console)
  }
}
