import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaText

/// `arusha form`: the fill-in workbook or the printable form of a questionnaire (issue 28),
/// for a team that answers without a terminal.
public enum FormRun {
  /// What `-o` writes, by its extension.
  public enum Format: String, Sendable {
    /// An Excel workbook to fill in (`.xlsx`).
    case xlsx
    /// A page to print (`.html`).
    case html
  }

  /// The command line's choices.
  public struct Options: Sendable {
    /// The questionnaire: a path, a bundled file name or id (`ID`, `ID@VERSION`), or nil for
    /// the bundled default, as `assess` takes it.
    public var questionnaire: String?
    /// The form's language, one of the questionnaire's; nil: as `assess` chooses.
    public var language: String?
    /// The administration prefilled at the top.
    public var administration: String?
    /// The round prefilled at the top.
    public var round: String?
    /// The respondent's role prefilled at the top.
    public var role: String?
    /// The respondent prefilled at the top.
    public var respondent: String?
    /// The file to write (required).
    public var output: String?

    /// Creates options.
    public init(
      questionnaire: String?, language: String?, administration: String?, round: String?,
      role: String? = nil, respondent: String? = nil, output: String?
    ) {
      self.questionnaire = questionnaire
      self.language = language
      self.administration = administration
      self.round = round
      self.role = role
      self.respondent = respondent
      self.output = output
    }
  }

  /// The format `path` names by its extension, or nil.
  static func format(of path: String) -> Format? {
    switch Output.format(ofExtension: path) {
    case .xlsx: return .xlsx
    case .html: return .html
    default: return nil
    }
  }

  /// Finds the questionnaire, lays out its form in the language chosen and writes it to `-o`
  /// (whole or not at all; never over an existing file, which may be the team's filled
  /// workbook: 73, as `import` refuses one).
  ///
  /// - Throws: ``UsageError`` (64) without `-o`, for an extension other than `.xlsx` or
  ///   `.html`, or a language the questionnaire is not written in; ``ExitStatus`` after
  ///   saying why on standard error (65 an invalid questionnaire, 66 a missing one, 73 an
  ///   `-o` folder, an existing file or a file that cannot be written).
  public static func execute(_ options: Options, settings: Settings) throws {
    let console = settings.console
    guard let output = console.path(options.output) else {
      throw UsageError(
        "form needs -o FILE.xlsx (a workbook to fill in) or -o FILE.html (a page to print)")
    }
    let shown = PrintableText.sanitize(output.shown, for: .terminal, keepLineBreaks: false)
    guard let format = format(of: output.shown) else {
      throw UsageError(
        "cannot tell the format of '\(shown)' from its extension: name it .xlsx (a workbook to fill in) or .html (a page to print)"
      )
    }
    if FileIdentity.isFolder(output) {
      console.message("arusha: \(shown): is a folder; give a file name")
      throw ExitStatus.cannotCreate
    }
    let argument = console.path(options.questionnaire)
    if let argument, FileIdentity.same(output, argument) {
      throw UsageError(
        "-o '\(shown)' is the questionnaire this command reads; write the form to another file")
    }
    let choice = try Failure.report(settings) { () throws(LoadFailure) in
      try QuestionnaireChoice.resolve(argument)
    }
    let questionnaire = choice.questionnaire
    if let language = options.language, !questionnaire.languages.contains(language) {
      throw UsageError(
        "questionnaire '\(questionnaire.id)' is not written in '\(language)' (it has \(questionnaire.languages.joined(separator: ", ")))"
      )
    }
    let language =
      options.language
      ?? AssessmentSetup.environmentLanguage(settings.environment, questionnaire)
      ?? questionnaire.defaultLanguage
    let form = FillInForm(
      questionnaire: questionnaire, reference: choice.reference, language: language,
      labels: Phrases(language).formLabels)
    switch format {
    case .xlsx:
      try Output.write(
        form.workbook(
          administration: options.administration, round: options.round, role: options.role,
          respondent: options.respondent), to: output, console: console, existing: .keep)
    case .html:
      try Output.write(
        form.printablePage(
          administration: options.administration, round: options.round, role: options.role,
          respondent: options.respondent), to: output, console: console, existing: .keep)
    }
  }
}
