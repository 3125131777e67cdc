/// Reads a filled workbook of ``FillInForm`` back as a response (issue 28, item 3): every
/// problem at once, each at its sheet and cell, so that a team corrects the workbook in one
/// pass.
///
/// Two steps, as a response is read: ``reference(of:)`` finds which questionnaire the
/// workbook was made for (the hidden sheet), the caller finds that questionnaire and lays out
/// its form, then ``read(_:form:)`` takes the answers through it.
///
/// What a cell may hold (the rules `arusha import` documents):
/// - a list's answer: the entry as the list shows it (`3 — Applied throughout`), or its key
///   alone (`3`, typed or a number cell), whatever spaces surround it; the key is what counts,
///   so a label the spreadsheet changed does not matter, and a key that is not in the row's
///   list is refused;
/// - a number: a number cell, or text read in the form's language (`12,5` in French); `u` or
///   `a` where the question allows "don't know" or "not applicable";
/// - text: as typed; `u` or `a` alone where the question allows those states;
/// - a `multi`: its option rows answered `1 — Yes` or `0 — No` (or a boolean); once one option
///   row is answered, the options left empty are "no"; every option "no" is "none of these";
/// - never a formula (its cached value is not an answer), never an error value.
public enum FormImport {
  /// What the hidden reference sheet says.
  public struct Reference: Sendable, Hashable {
    /// The questionnaire the workbook was made for.
    public var questionnaire: QuestionnaireReference
    /// The form's language.
    public var language: String
    /// The number of question and option rows the form had.
    public var rows: String?
    /// The administration the form was made for, when it was given.
    public var administration: String?
    /// The round the form was made for, when it was given.
    public var round: String?
  }

  /// What the workbook's answers are.
  public struct Outcome: Sendable, Hashable {
    /// The answers that are valid, by question id.
    ///
    /// With ``problems`` empty, every answer.
    public var answers: [String: Answer]
    /// The fields at the top: administration, round, role, respondent (nil when empty or in
    /// error).
    public var fields: [FillInForm.Field: String]
    /// Every problem, in sheet order (the reference and field problems first).
    public var problems: [FormProblem]
    /// Whether every question the answers make visible and that is required has an answer.
    public var isComplete: Bool
    /// The required questions that apply and have no answer (left empty), by id, in
    /// questionnaire order: what keeps a response without problems from being complete.
    public var unanswered: [String]

    /// Creates an outcome.
    public init(
      answers: [String: Answer], fields: [FillInForm.Field: String], problems: [FormProblem],
      isComplete: Bool, unanswered: [String] = []
    ) {
      self.answers = answers
      self.fields = fields
      self.problems = problems
      self.isComplete = isComplete
      self.unanswered = unanswered
    }
  }

  /// Reads the hidden reference sheet.
  ///
  /// - Parameter workbook: The workbook's cells.
  /// - Returns: The reference, or the problems that keep it from being read (no reference
  ///   sheet: not a form made by `arusha form`).
  public static func reference(of workbook: FilledWorkbook) -> Result<Reference, Problems> {
    let name = FillInForm.referenceSheet
    guard let sheet = workbook.sheet(named: name) else {
      return .failure(Problems([FormProblem(.missingSheet(name), sheet: name)]))
    }
    var problems: [FormProblem] = []
    // Each value has its name in column A and the shape `arusha form` writes, or it is
    // refused here, quoted and cut, before any message names it whole (a 20,000-character id
    // with line breaks in it).
    func shaped(_ field: FillInForm.ReferenceField, _ fits: (String) -> Bool) -> String? {
      let label = sheet[field.rawValue, 1].map { trimmed($0.text) }
      let found = sheet[field.rawValue, 2].map { trimmed($0.text) }
      guard label == field.name, let found, !found.isEmpty, fits(found) else {
        problems.append(
          FormProblem(
            .badReference(field: field.name, found: found), sheet: sheet.name,
            cell: .init(row: field.rawValue, column: 2)))
        return nil
      }
      return found
    }
    _ = shaped(.format) { $0 == FillInForm.format }
    let id = shaped(.questionnaire, Slug.isValid)
    let version = shaped(.version) {
      $0.count <= 50
        && $0.unicodeScalars.allSatisfy {
          $0.properties.isAlphabetic || ("0"..."9").contains($0)
            || ".-_".unicodeScalars.contains($0)
        }
    }
    let sha256 = shaped(.sha256) {
      $0.utf8.count == 64
        && $0.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
    let language = shaped(.language, LanguageCode.isValid)
    let rows = sheet[FillInForm.ReferenceField.rows.rawValue, 2].map { trimmed($0.text) }
    func madeFor(_ field: FillInForm.ReferenceField) -> String? {
      guard sheet[field.rawValue, 1].map({ trimmed($0.text) }) == field.name,
        let value = sheet[field.rawValue, 2].map({ trimmed($0.text) }), !value.isEmpty,
        value.count <= ResponseLimits.identityLength
      else { return nil }
      return value
    }
    guard problems.isEmpty, let id, let version, let sha256, let language else {
      return .failure(Problems(problems))
    }
    return .success(
      Reference(
        questionnaire: QuestionnaireReference(id: id, version: version, sha256: sha256),
        language: language, rows: rows, administration: madeFor(.administration),
        round: madeFor(.round)))
  }

  /// Problems as an error value.
  public struct Problems: Error, Sendable, Hashable {
    /// The problems, at least one.
    public var problems: [FormProblem]

    /// Wraps `problems`.
    public init(_ problems: [FormProblem]) {
      self.problems = problems
    }
  }

  /// Reads the answers of `workbook` through `form`.
  ///
  /// - Parameters:
  ///   - workbook: The workbook's cells.
  ///   - form: The form of the questionnaire the reference names, in the reference's language.
  ///   - rowCount: The reference sheet's row count (``Reference/rows``), checked against the
  ///     form's.
  /// - Returns: The valid answers, the fields and every problem.
  public static func read(_ workbook: FilledWorkbook, form: FillInForm, rowCount: String?)
    -> Outcome
  {
    var reader = Reader(form: form)
    if rowCount != String(form.rows.count) {
      reader.problems.append(
        FormProblem(
          .rowCountChanged(expected: form.rows.count, found: rowCount),
          sheet: FillInForm.referenceSheet,
          cell: .init(row: FillInForm.ReferenceField.rows.rawValue, column: 2)))
    }
    guard let sheet = workbook.sheet(named: FillInForm.answerSheet) else {
      reader.problems.append(
        FormProblem(.missingSheet(FillInForm.answerSheet), sheet: FillInForm.answerSheet))
      return reader.outcome
    }
    reader.read(sheet, lists: workbook.sheet(named: FillInForm.listSheet))
    return reader.outcome
  }

  /// `text` without the spaces, tabs and line breaks around it (no-break spaces included,
  /// which a spreadsheet may keep after a drop-down's value).
  static func trimmed(_ text: String) -> String {
    var body = Substring(text)
    while let first = body.first, first.isWhitespace { body.removeFirst() }
    while let last = body.last, last.isWhitespace { body.removeLast() }
    return String(body)
  }
}
