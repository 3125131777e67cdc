import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaText

/// `arusha score`: reads one response and its questionnaire, scores it and writes the report.
public enum ScoreRun {
  /// The report formats of `score` (cli.md).
  public enum Format: String, Sendable, CaseIterable {
    case table, markdown, json, csv, html, xlsx
  }

  /// The command line's choices.
  public struct Options: Sendable {
    public var response: String
    public var questionnaire: String?
    public var language: String?
    public var format: Format?
    public var items: Bool
    public var actionPlan: Bool
    /// `--top N`: how many priority gaps beyond the critical ones the action plan lists (nil:
    /// ``ActionPlanning/defaultTop``).
    public var top: Int?
    /// `--all`: the action plan lists every gap, with no annex.
    public var all: Bool
    public var acceptQuestionnaireMismatch: Bool
    public var output: String?
    /// The folder that gets the HTML report's chart as a standalone SVG file
    /// (`--charts DIR`, html only).
    public var charts: String?
    /// `--plan PLAN`: the plan made from an earlier round, followed up (issue 27).
    public var plan: String?
    /// `--map MAP`: the item map that carries a plan made on another questionnaire version to
    /// the response's (issue 27).
    public var map: String?

    /// Creates options.
    public init(
      response: String, questionnaire: String?, language: String?, format: Format?, items: Bool,
      actionPlan: Bool, top: Int? = nil, all: Bool = false, acceptQuestionnaireMismatch: Bool,
      output: String?, charts: String? = nil, plan: String? = nil, map: String? = nil
    ) {
      self.response = response
      self.questionnaire = questionnaire
      self.language = language
      self.format = format
      self.items = items
      self.actionPlan = actionPlan
      self.top = top
      self.all = all
      self.acceptQuestionnaireMismatch = acceptQuestionnaireMismatch
      self.output = output
      self.charts = charts
      self.plan = plan
      self.map = map
    }

    /// How many priority gaps the action plan lists beyond the critical ones: nil for every
    /// gap (`--all`), else `--top`, else ``ActionPlanning/defaultTop``.
    var planTop: Int? { all ? nil : top ?? ActionPlanning.defaultTop }

    /// The options' paths, each shown as typed and opened as `console` opens it
    /// (``Console/path(_:)``).
    func paths(in console: Console) -> Paths {
      Paths(
        response: console.path(response), questionnaire: console.path(questionnaire),
        output: console.path(output), charts: console.path(charts), plan: console.path(plan),
        map: console.path(map))
    }
  }

  /// The files of a run: ``Options``' paths as shown and as opened.
  struct Paths {
    var response: UserPath
    var questionnaire: UserPath?
    var output: UserPath?
    var charts: UserPath?
    var plan: UserPath? = nil
    var map: UserPath? = nil

    /// The files the command reads, which no output may replace.
    var inputs: [UserPath] { [response] + [questionnaire, plan, map].compactMap { $0 } }
  }

  /// Checks what can be checked before any file is read: `-o`, the format flags, `--top`
  /// and `--all`, and `--charts`.
  ///
  /// - Parameters:
  ///   - options: The command line's choices.
  ///   - paths: Their paths, as shown and as opened.
  ///   - console: Where a message goes.
  /// - Throws: ``UsageError`` (64), or ``ExitStatus/cannotCreate`` (73) for an `-o` folder or
  ///   a `--charts` folder that does not exist.
  static func check(_ options: Options, paths: Paths, console: Console) throws {
    let named = try Output.check(
      paths.output, formatGiven: options.format != nil, inputs: paths.inputs, console: console)
    let chosen = options.format ?? named.flatMap { Format(rawValue: $0.rawValue) }
    if options.actionPlan, let chosen, chosen != .markdown, chosen != .csv {
      throw UsageError(
        chosen == .xlsx
          ? "--action-plan is written as markdown or csv; the workbook has the action plan as a sheet already"
          : "--action-plan is written as markdown or csv")
    }
    if options.top != nil || options.all {
      if options.top != nil, options.all {
        throw UsageError("--top and --all go separately: --all lists every gap in the plan")
      }
      if let top = options.top, top < 0 {
        throw UsageError("--top must be 0 or more")
      }
      // The workbook's action plan sheet follows them too: Markdown, CSV and the workbook
      // carry the same rows.
      if !options.actionPlan, chosen != .xlsx {
        throw UsageError(
          "\(options.all ? "--all" : "--top") shapes the action plan: add --action-plan, or write a workbook (--format xlsx or a .xlsx file)"
        )
      }
    }
    try checkPlan(options, format: chosen)
    if options.items, chosen != .csv, chosen != .xlsx {
      throw UsageError(
        "--items goes with csv or xlsx: add --format csv or --format xlsx, or write to a .csv or .xlsx file"
      )
    }
    try Output.checkCharts(
      paths.charts, html: chosen == .html && !options.actionPlan, console: console)
  }

  /// Reads a response and finds its questionnaire (`--questionnaire`, bundled, or
  /// `./Questionnaires`), as `score` and `explain` do; `language` must be one of its languages.
  ///
  /// - Throws: ``ExitStatus`` after saying why on standard error; ``UsageError`` (64) for a
  ///   language the questionnaire is not written in.
  static func load(
    _ response: UserPath, questionnaire: UserPath?, acceptMismatch: Bool, language: String?,
    settings: Settings
  ) throws -> ResponseFile {
    let locator = QuestionnaireLocator(
      explicitPath: questionnaire, searchFolder: settings.console.path("Questionnaires"),
      acceptMismatch: acceptMismatch)
    let loaded = try Failure.report(settings) { () throws(LoadFailure) in
      try ResponseFile.load(response, locator: locator)
    }
    let languages = loaded.located.questionnaire.languages
    if let language, !languages.contains(language) {
      throw UsageError(
        "--lang \(language): the questionnaire is written in \(languages.joined(separator: ", ")) only"
      )
    }
    return loaded
  }

  /// Scores and writes the report.
  ///
  /// - Throws: ``ExitStatus`` or ``UsageError``, after saying why on standard error.
  public static func execute(_ options: Options, settings: Settings) throws {
    let paths = options.paths(in: settings.console)
    try check(options, paths: paths, console: settings.console)
    if options.output == nil, settings.outputIsTerminal, options.format == .xlsx {
      throw UsageError(Output.workbookOnTerminal)
    }
    let loaded = try load(
      paths.response, questionnaire: paths.questionnaire,
      acceptMismatch: options.acceptQuestionnaireMismatch, language: options.language,
      settings: settings)
    var report = ScoreReport(
      questionnaire: loaded.located.questionnaire, response: loaded.response,
      language: options.language)
    if let followUp = try followUp(
      options, paths: paths, loaded: loaded, score: report.score, settings: settings)
    {
      report = report.following(followUp)
    }
    let output = paths.output
    let chosen =
      options.format
      ?? Output.format(ofExtension: output?.shown ?? "").flatMap { Format(rawValue: $0.rawValue) }
      ?? (options.actionPlan
        ? .markdown : (settings.outputIsTerminal && output == nil ? .table : .json))
    // An explicit --lang fr writes the CSV a French spreadsheet opens as columns (issue 23).
    let dialect = CSVTable.Dialect.forLanguage(options.language)
    let text: String
    switch (options.actionPlan, chosen) {
    case (false, .xlsx):
      // Every workbook has the questions sheet, so --items changes nothing in it.
      try Output.write(report.workbook(top: options.planTop), to: output, console: settings.console)
      return
    case (true, .csv): text = report.actionPlanCSV(dialect: dialect, top: options.planTop)
    case (true, _): text = report.actionPlanMarkdown(top: options.planTop)
    case (false, .table):
      text = report.table(style: output == nil ? settings.style() : .plain, width: settings.width)
    case (false, .markdown): text = report.markdown()
    case (false, .json): text = report.json()
    case (false, .csv):
      text =
        options.items
        ? report.itemsCSV(dialect: dialect)
        : report.followUp != nil
          ? report.followUpCSV(dialect: dialect) : report.factorsCSV(dialect: dialect)
    case (false, .html):
      text = report.html()
      if let folder = paths.charts {
        // Refused before the report is written when the chart would replace an input or -o.
        let charts = report.chartFiles()
        let chartPaths = try Output.chartPaths(
          charts, in: folder, others: paths.inputs + (output.map { [$0] } ?? []))
        try Output.write(text, to: output, console: settings.console)
        try Output.write(charts, to: chartPaths, console: settings.console)
        return
      }
    }
    try Output.write(text, to: output, console: settings.console)
  }
}
