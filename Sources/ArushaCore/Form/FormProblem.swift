/// One thing wrong in a filled workbook, at its sheet and cell (issue 28, item 3).
///
/// The application layer prints each as `FILE:SHEET!CELL: error: MESSAGE` followed by the fix,
/// in the form's language (ArushaText's `FormImportPhrases`): this type carries the facts
/// only. Values quoted from the workbook are the file's text and go through `PrintableText`
/// before they are shown.
public struct FormProblem: Sendable, Hashable {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// The workbook has no sheet of this name (the answer sheet, or the hidden reference
    /// sheet: then it was not made by `arusha form`).
    case missingSheet(String)
    /// The reference sheet lacks a value, or holds one that is not what `arusha form` writes.
    case badReference(field: String, found: String?)
    /// The reference sheet's row count differs from the rows of the questionnaire's form.
    case rowCountChanged(expected: Int, found: String?)
    /// A question's row is not where the form put it but at `foundRow`.
    case rowMoved(number: Int, key: String, expectedRow: Int, foundRow: Int)
    /// A question's row is nowhere in the sheet.
    case rowDeleted(number: Int, key: String, expectedRow: Int)
    /// A row that is no question's (inserted) has something in a column the team fills in:
    /// it would not be read.
    case rowNotInForm(row: Int)
    /// The hidden sheet of lists differs from the lists of this questionnaire's form in the
    /// reference's language (a list or the language was edited).
    case listsChanged(expected: String, found: String?)
    /// A cell the team fills in holds a formula: its cached value is not an answer.
    /// `inList`: the cell takes its answer from a drop-down list.
    case formula(number: Int?, inList: Bool)
    /// A cell holds an error value such as `#N/A`.
    case errorValue(String, number: Int?)
    /// A required field at the top (administration, round) is empty.
    case missingField(FillInForm.Field)
    /// A field at the top is longer than ``ResponseLimits/identityLength``.
    case fieldTooLong(FillInForm.Field, length: Int)
    /// The answer is not an entry of its list (the keys allowed, each with its label).
    case notInList(String, number: Int, allowed: [FillInForm.ChoiceList.Entry])
    /// The answer of a number question is not a number (in the form's language).
    case notANumber(String, number: Int, unknownAllowed: Bool, notApplicableAllowed: Bool)
    /// The answer could be two numbers (`1,500` in French: a decimal comma or grouping).
    case ambiguousNumber(String, number: Int)
    /// The number is outside the question's bounds.
    case outOfBounds(Double, number: Int, minimum: Double?, maximum: Double?)
    /// A text is longer than ``ResponseLimits/textLength`` characters.
    case textTooLong(number: Int, length: Int)
    /// "Not applicable" without a justification in its row's justification cell.
    case missingJustification(number: Int)
    /// A justification beside an answer that is not "not applicable".
    case justificationWithoutNotApplicable(number: Int)
    /// A comment, evidence or justification on a question that has no answer
    /// (`unknownAllowed`: the question offers "don't know").
    case noteWithoutAnswer(number: Int, unknownAllowed: Bool)
    /// Some option rows of a `multi` are answered and others are empty (`empty`: the keys of
    /// the options left empty, as their rows show them).
    case optionsUnanswered(number: Int, empty: [String])
    /// A date (a number shown as a date) where a number is asked.
    case dateForNumber(String, number: Int)
    /// A yes/no value (TRUE, FALSE) where an option or a number is asked.
    case booleanForAnswer(String, number: Int)
    /// A cell that takes text (a field at the top, a comment, evidence, a justification, a
    /// text answer) holds a date, a percentage or TRUE/FALSE: a spreadsheet's reading of
    /// what was typed (`12/2024`, `50 %`), stored as a number that is not what the cell shows.
    case notText(number: Int?, shown: Shown)
    /// The same question's row twice (`rows`: where), as when a row is pasted over another.
    case rowDuplicated(number: Int, key: String, rows: [Int])
    /// A comment, evidence or justification on an option's row of a `multi`, which is not
    /// read (`questionRow`: the question's own row, where they go).
    case noteOnOptionRow(number: Int, questionRow: Int)
    /// "Don't know" or "not applicable" on a `multi` question's row together with options
    /// answered yes or no.
    case stateWithOptions(number: Int)
    /// An answer to a question its condition hides, given the other answers (`condition`
    /// names the questions it depends on, by number).
    case answerToHiddenQuestion(number: Int, dependsOn: [Int])
  }

  /// What a spreadsheet made of text typed into a cell that takes text.
  public enum Shown: Sendable, Hashable {
    /// A date (`12/2024`, `03/12/2024`).
    case date
    /// A percentage (`50 %`).
    case percent
    /// TRUE or FALSE.
    case boolean
  }

  /// What is wrong.
  public var kind: Kind
  /// The sheet it is in.
  public var sheet: String
  /// The cell, or nil for the whole sheet or workbook.
  public var cell: FilledWorkbook.Address?

  /// Creates a problem.
  public init(_ kind: Kind, sheet: String, cell: FilledWorkbook.Address? = nil) {
    self.kind = kind
    self.sheet = sheet
    self.cell = cell
  }

  /// `SHEET!CELL` (`Questionnaire!D12`), or the sheet's name alone; a sheet name with
  /// anything but letters, digits and `_` is quoted as Excel quotes it (`'My sheet'!D12`).
  public var place: String { Self.place(sheet: sheet, cell: cell) }

  /// `SHEET!CELL` for any cell, as ``place`` writes it.
  ///
  /// - Parameters:
  ///   - sheet: The sheet's name.
  ///   - cell: The cell, or nil for the sheet alone.
  /// - Returns: The place, as messages write it.
  public static func place(sheet: String, cell: FilledWorkbook.Address?) -> String {
    let plain = sheet.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
    }
    let name =
      plain
      ? sheet
      : "'" + sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
        + "'"
    guard let cell else { return name }
    return name + "!" + cell.description
  }
}
