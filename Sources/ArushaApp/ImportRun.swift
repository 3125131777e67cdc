import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaText

/// `arusha import` (issue 28, item 3): reads a fill-in workbook made by `arusha form`, as Excel
/// or LibreOffice saved it, and writes the response file that `assess` would have written.
///
/// Every problem is reported at once, as `FILE:SHEET!CELL: error: MESSAGE; FIX`, in the form's
/// language (or `--lang`). Nothing is written while there is a problem, unless `--partial`:
/// then what is valid is written as an in-progress response that `assess` can resume, and the
/// problems are warnings. The response is checked to read back before it is written, and an
/// existing file is never replaced (73).
public enum ImportRun {
  /// The command line's choices.
  public struct Options: Sendable {
    /// The filled workbook.
    public var workbook: String
    /// `--questionnaire FILE`: the questionnaire the workbook was made for.
    public var questionnaire: String?
    /// `--accept-questionnaire-mismatch`.
    public var acceptQuestionnaireMismatch: Bool
    /// `--lang`: the language of the messages (default: the form's).
    public var language: String?
    /// `--partial`: write what is valid as an in-progress response.
    public var partial: Bool
    /// `-o FILE`: the response file (default: `<administration>-<round>.yaml`).
    public var output: String?

    /// Creates options.
    public init(
      workbook: String, questionnaire: String?, acceptQuestionnaireMismatch: Bool,
      language: String?, partial: Bool, output: String?
    ) {
      self.workbook = workbook
      self.questionnaire = questionnaire
      self.acceptQuestionnaireMismatch = acceptQuestionnaireMismatch
      self.language = language
      self.partial = partial
      self.output = output
    }
  }

  /// Imports the workbook, with the times of the response the import's (now, UTC).
  ///
  /// - Throws: ``ExitStatus`` or ``UsageError``, after saying why on standard error.
  public static func execute(_ options: Options, settings: Settings) throws {
    try execute(options, settings: settings, now: Clock.now)
  }

  /// Imports the workbook, with the response's times `now()` (ISO 8601 UTC).
  ///
  /// - Throws: ``ExitStatus`` or ``UsageError``, after saying why on standard error.
  static func execute(_ options: Options, settings: Settings, now: () -> String) throws {
    let console = settings.console
    let input = console.path(options.workbook)
    let questionnairePath = console.path(options.questionnaire)
    let output = console.path(options.output)
    if let language = options.language, LanguageCode.isValid(language) == false {
      throw UsageError("--lang takes a language code such as en or fr")
    }
    if FileIdentity.isFolder(input) {
      console.message(
        "arusha: \(PrintableText.name(input.shown)): is a folder; give the filled-in workbook (.xlsx)"
      )
      throw ExitStatus.noInput
    }
    if let output, !(output.shown.hasSuffix(".yaml") || output.shown.hasSuffix(".yml")) {
      let shown = PrintableText.sanitize(output.shown, for: .terminal, keepLineBreaks: false)
      throw UsageError(
        "-o '\(shown)': import writes a response file (YAML); name it .yaml")
    }
    _ = try Output.check(
      output, formatGiven: true, inputs: [input] + (questionnairePath.map { [$0] } ?? []),
      writes: "the response", console: console)
    let workbook = try Failure.report(settings) { () throws(LoadFailure) in
      do throws(FileError) {
        return try WorkbookReader.read(input)
      } catch {
        throw .file(error)
      }
    }
    let reference: FormImport.Reference
    switch FormImport.reference(of: workbook) {
    case .success(let found): reference = found
    case .failure(let refused):
      report(
        refused.problems, path: input.shown, language: options.language ?? "en",
        warning: false, console: console)
      throw ExitStatus.dataError
    }
    var locator = QuestionnaireLocator(
      explicitPath: questionnairePath, acceptMismatch: options.acceptQuestionnaireMismatch)
    locator.subject = "workbook"
    let located = try Failure.report(settings) { () throws(LoadFailure) in
      try locator.locate(reference.questionnaire)
    }
    let questionnaire = located.questionnaire
    let language = options.language ?? reference.language
    let phrases = Phrases(language)
    guard questionnaire.languages.contains(reference.language) else {
      report(
        [
          FormProblem(
            .badReference(field: "language", found: reference.language),
            sheet: FillInForm.referenceSheet,
            cell: .init(row: FillInForm.ReferenceField.language.rawValue, column: 2))
        ], path: input.shown, language: language, warning: false, console: console)
      throw ExitStatus.dataError
    }
    let form = FillInForm(
      questionnaire: questionnaire,
      reference: QuestionnaireReference(
        id: questionnaire.id, version: questionnaire.version, sha256: located.sha256),
      language: reference.language, labels: Phrases(reference.language).formLabels)
    let outcome = FormImport.read(workbook, form: form, rowCount: reference.rows)
    let problems = outcome.problems
    let fieldsMissing =
      outcome.fields[.administration] == nil || outcome.fields[.round] == nil
    report(
      problems, path: input.shown, language: language,
      warning: options.partial && !fieldsMissing, form: form, console: console)
    guard problems.isEmpty || (options.partial && !fieldsMissing),
      let administration = outcome.fields[.administration],
      let round = outcome.fields[.round]
    else {
      console.message(
        "arusha: "
          + phrases.importRefused(
            count: problems.count, path: input.shown, partialHelps: !fieldsMissing))
      throw ExitStatus.dataError
    }
    // A form made for one administration or round and filled for another: said, not refused
    // (the team may have corrected the name), so that an expert reading the output sees it.
    for (field, madeFor) in [
      (FillInForm.Field.administration, reference.administration), (.round, reference.round),
    ] {
      guard let madeFor, let now = outcome.fields[field], now != madeFor else { continue }
      let place = FormProblem.place(
        sheet: FillInForm.answerSheet,
        cell: .init(row: field.rawValue, column: FillInForm.fieldValueColumn))
      console.message(
        "\(input.shown):\(place): note: "
          + PrintableText.sanitize(
            phrases.importMadeFor(field, madeFor: madeFor, now: now), for: .terminal,
            keepLineBreaks: false))
    }
    let complete = problems.isEmpty && outcome.isComplete
    let time = now()
    let response = Response(
      questionnaire: form.reference, administration: administration, round: round,
      role: outcome.fields[.role], respondent: outcome.fields[.respondent],
      language: reference.language, status: complete ? .complete : .inProgress, started: time,
      updated: time, completed: complete ? time : nil, answers: outcome.answers)
    let target =
      output ?? UserPath(SafeFileName.response(administration: administration, round: round))
    try write(
      response, questionnaire: questionnaire, to: target, language: language, settings: settings)
    console.message(
      "arusha: "
        + phrases.importWrote(
          path: target.shown, answered: response.answers.count,
          total: questionnaire.questions.count, complete: complete,
          skipped: problems.count,
          unanswered: outcome.unanswered.compactMap { questionnaire.number(of: $0) }))
  }

  /// Prints `problems` as `PATH:SHEET!CELL: error: MESSAGE; FIX` (or `warning:`), each line
  /// sanitised whole; an answer to a hidden question says its condition in words (`form`'s).
  static func report(
    _ problems: [FormProblem], path: String, language: String, warning: Bool,
    form: FillInForm? = nil, console: Console
  ) {
    let phrases = Phrases(language)
    let label = warning ? "warning" : "error"
    for problem in problems {
      var condition: String?
      if case .answerToHiddenQuestion(let number, _) = problem.kind, let form,
        form.questionnaire.questions.indices.contains(number - 1),
        let when = form.questionnaire.questions[number - 1].condition
      {
        condition = form.conditionWords(when)
      }
      var (message, fix) = phrases.formProblem(problem, condition: condition)
      // One line each: a line break or a tab quoted from the workbook is a space here, so
      // that no text of the file can pass for a line of arusha's own.
      message = PrintableText.sanitize(message, for: .terminal, keepLineBreaks: false)
      fix = PrintableText.sanitize(fix, for: .terminal, keepLineBreaks: false)
      console.message(
        "\(path):\(problem.place): \(label): \(message)\(phrases.pick("; ", "\u{202F}; "))\(fix)")
    }
  }

  /// Writes `response` at `path` only if it reads back as the same response, never over an
  /// existing file.
  ///
  /// - Throws: ``ExitStatus`` `cannotCreate` (73) when something is at `path`; `dataError`
  ///   (65) when the response would not read back (nothing written).
  static func write(
    _ response: Response, questionnaire: Questionnaire, to path: UserPath, language: String,
    settings: Settings
  ) throws {
    let console = settings.console
    let bytes: [UInt8]
    do {
      bytes = try response.yamlBytes(order: questionnaire)
    } catch {
      console.message("arusha: cannot write \(path.shown): \(error.message)")
      throw ExitStatus.ioError
    }
    // What is written reads back: the same checks as every reader of responses.
    let header = ResponseDecoder.header(bytes)
    let decoded = header.header.map { ResponseDecoder.decode($0, questionnaire: questionnaire) }
    guard let decoded, decoded.response == response else {
      try Failure.report(settings) { () throws(LoadFailure) in
        throw .invalid(
          path: path.shown, source: bytes,
          diagnostics: decoded?.diagnostics ?? header.diagnostics)
      }
      return
    }
    do {
      try ResponseFile.write(bytes, to: path, existing: .keep)
    } catch {
      // The case a workshop meets after each correction, said in the team's language.
      if error.kind == .cannotCreate, error.reason == OutputFile.alreadyExists {
        console.message("arusha: " + Phrases(language).importWouldReplace(path.shown))
      } else {
        console.message("arusha: \(error.description)")
      }
      throw ExitStatus.code(for: error)
    }
  }
}
