import ArushaCore
import ArushaFiles
import ArushaReports

/// `arusha explain`: why each factor of one response scored what it did, item by item
/// (scoring.md, "Why a factor scored what it did").
public enum ExplainRun {
  /// The report formats of `explain` (cli.md).
  public enum Format: String, Sendable, CaseIterable {
    case table, markdown, json
  }

  /// The command line's choices.
  public struct Options: Sendable {
    public var response: String
    /// Factor ids to explain, in the order given; empty: every factor.
    public var factors: [String]
    public var questionnaire: String?
    public var language: String?
    public var format: Format?
    public var acceptQuestionnaireMismatch: Bool
    public var output: String?

    /// Creates options.
    public init(
      response: String, factors: [String], questionnaire: String?, language: String?,
      format: Format?, acceptQuestionnaireMismatch: Bool, output: String?
    ) {
      self.response = response
      self.factors = factors
      self.questionnaire = questionnaire
      self.language = language
      self.format = format
      self.acceptQuestionnaireMismatch = acceptQuestionnaireMismatch
      self.output = output
    }

    /// The options' paths, each shown as typed and opened as `console` opens it
    /// (``Console/path(_:)``), as `score`'s.
    func paths(in console: Console) -> ScoreRun.Paths {
      ScoreRun.Paths(
        response: console.path(response), questionnaire: console.path(questionnaire),
        output: console.path(output))
    }
  }

  /// Checks `-o` and the format before any file is read.
  ///
  /// - Parameters:
  ///   - options: The command line's choices.
  ///   - paths: Their paths, as shown and as opened.
  ///   - console: Where a message goes.
  /// - Throws: ``UsageError`` (64) for an extension `explain` does not write, or
  ///   ``ExitStatus/cannotCreate`` for an `-o` folder.
  static func check(_ options: Options, paths: ScoreRun.Paths, console: Console) throws {
    let named = try Output.check(
      paths.output, formatGiven: options.format != nil, inputs: paths.inputs, console: console)
    if options.format == nil, let named, Format(rawValue: named.rawValue) == nil {
      throw UsageError(
        "explain writes table (.txt), markdown (.md) or json (.json), not \(named.rawValue)")
    }
  }

  /// Scores the response, explains the factors asked for and writes the report.
  ///
  /// - Throws: ``ExitStatus`` or ``UsageError`` (a factor the questionnaire does not have,
  ///   a language it is not written in), after saying why on standard error.
  public static func execute(_ options: Options, settings: Settings) throws {
    let paths = options.paths(in: settings.console)
    try check(options, paths: paths, console: settings.console)
    let loaded = try ScoreRun.load(
      paths.response, questionnaire: paths.questionnaire,
      acceptMismatch: options.acceptQuestionnaireMismatch, language: options.language,
      settings: settings)
    let questionnaire = loaded.located.questionnaire
    let known = questionnaire.factors.map(\.id)
    let unknown = options.factors.filter { !known.contains($0) }
    if !unknown.isEmpty {
      let shown = unknown.map { PrintableText.sanitize($0, for: .terminal, keepLineBreaks: false) }
      throw UsageError(
        "no such factor: \(shown.joined(separator: ", ")) (the questionnaire's factors: \(known.joined(separator: ", ")))"
      )
    }
    let report = ScoreReport(
      questionnaire: questionnaire, response: loaded.response, language: options.language)
    let output = paths.output
    let chosen =
      options.format
      ?? Output.format(ofExtension: output?.shown ?? "").flatMap { Format(rawValue: $0.rawValue) }
      ?? (settings.outputIsTerminal && output == nil ? .table : .json)
    let text: String
    switch chosen {
    case .table:
      text = report.explainTable(
        factors: options.factors, style: output == nil ? settings.style() : .plain,
        width: settings.width)
    case .markdown: text = report.explainMarkdown(factors: options.factors)
    case .json: text = report.explainJSON(factors: options.factors)
    }
    try Output.write(text, to: output, console: settings.console)
  }
}
