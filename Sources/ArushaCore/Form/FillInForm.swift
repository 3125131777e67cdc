/// The fill-in workbook's layout (issue 28, "Answering without a terminal"): which row of the
/// answer sheet holds which question, which list each answer cell takes, and where the
/// questionnaire reference is kept.
///
/// Stated once here and used by both sides: ArushaReports writes the workbook from it
/// (`FormWorkbook`) and ``FormImport`` reads a filled workbook back through it, so that a
/// row, a column or a list entry means the same thing to the writer and the reader.
///
/// The answer sheet (``answerSheet``), rows and columns 1-based:
/// - row 1: the questionnaire's title; rows 2–5: administration, round, role, respondent
///   (label in column B, value in column C, the value cells unlocked); row 6: how to fill it in;
/// - row ``headerRow``: the column headers (``Column``), repeated on every printed page;
/// - from row ``firstQuestionRow``: one row per question in questionnaire order, and under a
///   `multi` question one row per option with a yes/no list (``Row/Kind/option(value:)``).
///
/// Column K (``Column/key``, hidden) holds each row's ``Row/key``: the importer finds a row
/// moved or deleted by it. The hidden sheet ``referenceSheet`` holds ``format``, the
/// questionnaire reference and the form's language (``ReferenceField``); the hidden sheet
/// ``listSheet`` holds the lists, one per column (``ChoiceList``).
public struct FillInForm: Sendable, Hashable {
  /// The value of the reference sheet's `format` cell.
  public static let format = "arusha/form-1"
  /// The sheet the team fills in.
  public static let answerSheet = "Questionnaire"
  /// The hidden sheet of drop-down lists, one list per column from row 1.
  public static let listSheet = "Lists"
  /// The hidden sheet of the questionnaire reference (``ReferenceField``).
  public static let referenceSheet = "arusha"
  /// The row of column headers.
  public static let headerRow = 8
  /// The row of the first question.
  public static let firstQuestionRow = 9
  /// The column of the labels of the fields at the top (administration…).
  public static let fieldLabelColumn = 2
  /// The column of their values (unlocked cells).
  public static let fieldValueColumn = 3
  /// The row of the instructions.
  public static let instructionsRow = 6

  /// The columns of the answer sheet, 1-based (`A` = 1).
  public enum Column: Int, Sendable, Hashable, CaseIterable {
    /// The question's number (its place in the questionnaire, as everywhere).
    case number = 1
    /// The factor's title.
    case factor
    /// The question's text, or under a `multi` the option's key and label.
    case question
    /// The answer (unlocked): an entry of the row's list, a number, or text.
    case answer
    /// A comment (unlocked).
    case comment
    /// An evidence reference (unlocked).
    case evidence
    /// The justification of "not applicable" (unlocked).
    case justification
    /// When a conditional question applies.
    case condition
    /// The level descriptions of a scale or choice.
    case levels
    /// The question's help.
    case help
    /// The row's ``Row/key`` (hidden).
    case key

    /// The columns the team fills in; every other cell is locked.
    public static let unlocked: [Column] = [.answer, .comment, .evidence, .justification]

    /// Its letter, `A`…`K`.
    public var letter: String { FilledWorkbook.Address.letters(rawValue) }
  }

  /// The fields at the top of the answer sheet, by row.
  public enum Field: Int, Sendable, Hashable, CaseIterable {
    /// The administration (required on import).
    case administration = 2
    /// The round (required on import).
    case round
    /// The respondent's role (optional).
    case role
    /// The respondent (optional).
    case respondent
  }

  /// The rows of the reference sheet: the name in column A, the value in column B.
  public enum ReferenceField: Int, Sendable, Hashable, CaseIterable {
    /// ``FillInForm/format``.
    case format = 1
    /// The questionnaire's id.
    case questionnaire
    /// Its version.
    case version
    /// The SHA-256 of its file, lowercase hex.
    case sha256
    /// The form's language.
    case language
    /// The number of question and option rows (a row deleted at the end is found by it).
    case rows
    /// The administration the form was made for (`--administration`), or empty: the import
    /// says when the workbook's own cell C2 names another.
    case administration
    /// The round the form was made for (`--round`), or empty.
    case round

    /// The name written in column A.
    public var name: String {
      switch self {
      case .format: return "format"
      case .questionnaire: return "questionnaire"
      case .version: return "version"
      case .sha256: return "sha256"
      case .language: return "language"
      case .rows: return "rows"
      case .administration: return "administration"
      case .round: return "round"
      }
    }
  }

  /// One row of the answer sheet under the header.
  public struct Row: Sendable, Hashable {
    /// What the row is.
    public enum Kind: Sendable, Hashable {
      /// A question: its answer, comment, evidence and justification. A `multi` question's
      /// answer cell takes only "don't know" or "not applicable" where allowed.
      case question
      /// One option of a `multi` question, answered yes or no.
      case option(value: Double)
    }

    /// The question's id.
    public var questionID: String
    /// What the row is.
    public var kind: Kind
    /// The question's number (``Questionnaire/number(of:)``).
    public var number: Int
    /// The sheet row, ``FillInForm/firstQuestionRow`` or below.
    public var sheetRow: Int
    /// The index of the answer cell's list in ``FillInForm/lists``, or nil when the answer is
    /// a number or text (or a `multi` question's row that allows neither "don't know" nor
    /// "not applicable": its answer cell is locked).
    public var list: Int?

    /// What column K holds: the question's id, or for an option row `ID#VALUE`
    /// (`audit.channels#3`).
    public var key: String {
      switch kind {
      case .question: return questionID
      case .option(let value): return questionID + "#" + FillInForm.valueText(value)
      }
    }
  }

  /// One drop-down list: its entries, each shown as `KEY — LABEL`.
  public struct ChoiceList: Sendable, Hashable {
    /// One entry.
    public struct Entry: Sendable, Hashable {
      /// What choosing it means.
      public enum Meaning: Sendable, Hashable {
        /// The option of this value (scale, choice).
        case option(Double)
        /// Yes (a `yesno` question, or an option of a `multi`).
        case yes
        /// No.
        case no
        /// "Don't know".
        case unknown
        /// "Not applicable" (needs a justification).
        case notApplicable
      }

      /// The key the entry starts with: the option's key as the session shows it
      /// (``Question/optionKey(at:)``), `1` yes, `0` no, `u` don't know, `a` not applicable.
      public var key: String
      /// The label after the key, in the form's language.
      public var label: String
      /// What choosing it means.
      public var meaning: Meaning

      /// Creates an entry.
      public init(key: String, label: String, meaning: Meaning) {
        self.key = key
        self.label = label
        self.meaning = meaning
      }

      /// The entry as the list shows it: `3 — Applied throughout`.
      public var text: String { key + " \u{2014} " + label }
    }

    /// The entries, in the list's order.
    public var entries: [Entry]

    /// Creates a list.
    public init(entries: [Entry]) {
      self.entries = entries
    }
  }

  /// The words a list shows besides the questionnaire's own labels, in the form's language
  /// (from the text catalogue, which this module does not reach).
  public struct Labels: Sendable, Hashable {
    /// "Yes".
    public var yes: String
    /// "No".
    public var no: String
    /// "Don't know".
    public var unknown: String
    /// "Not applicable".
    public var notApplicable: String

    /// Creates the labels.
    public init(yes: String, no: String, unknown: String, notApplicable: String) {
      self.yes = yes
      self.no = no
      self.unknown = unknown
      self.notApplicable = notApplicable
    }
  }

  /// The key of "yes", "no", "don't know" and "not applicable" in every language.
  public static let yesKey = "1"
  /// The key of "no".
  public static let noKey = "0"
  /// The key of "don't know" (the session's `u`).
  public static let unknownKey = "u"
  /// The key of "not applicable" (the session's `a`).
  public static let notApplicableKey = "a"

  /// The questionnaire the form is for.
  public var questionnaire: Questionnaire
  /// Its reference (id, version, SHA-256 of its file).
  public var reference: QuestionnaireReference
  /// The form's language, one of the questionnaire's.
  public var language: String
  /// The rows under the header, in sheet order.
  public var rows: [Row]
  /// The distinct lists, in order of first use.
  public var lists: [ChoiceList]

  /// Lays out the form of `questionnaire` in `language`.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire.
  ///   - reference: Its reference (the SHA-256 of its file's bytes).
  ///   - language: One of its languages.
  ///   - labels: The words of yes, no, don't know and not applicable in `language`.
  public init(
    questionnaire: Questionnaire, reference: QuestionnaireReference, language: String,
    labels: Labels
  ) {
    self.questionnaire = questionnaire
    self.reference = reference
    self.language = language
    var rows: [Row] = []
    var lists: [ChoiceList] = []
    var listIndex: [ChoiceList: Int] = [:]
    func index(of list: ChoiceList) -> Int? {
      guard !list.entries.isEmpty else { return nil }
      if let known = listIndex[list] { return known }
      lists.append(list)
      listIndex[list] = lists.count - 1
      return lists.count - 1
    }
    let yesNo = ChoiceList(entries: [
      .init(key: Self.yesKey, label: labels.yes, meaning: .yes),
      .init(key: Self.noKey, label: labels.no, meaning: .no),
    ])
    var number = 0
    for question in questionnaire.questions {
      number += 1
      var states: [ChoiceList.Entry] = []
      if question.allowUnknown {
        states.append(.init(key: Self.unknownKey, label: labels.unknown, meaning: .unknown))
      }
      if question.allowNotApplicable {
        states.append(
          .init(key: Self.notApplicableKey, label: labels.notApplicable, meaning: .notApplicable))
      }
      var entries: [ChoiceList.Entry] = []
      switch question.kind {
      case .scale(_, let options), .choice(let options):
        for (position, option) in options.enumerated() {
          entries.append(
            .init(
              key: String(question.optionKey(at: position)),
              label: questionnaire.localized(option.label, in: language),
              meaning: .option(option.value)))
        }
        entries += states
      case .yesno:
        entries = yesNo.entries + states
      case .multi, .number, .text:
        // The states only: a multi's options are rows of their own; a number or text is
        // typed, with `u` or `a` typed for the states (the cell's prompt says so).
        if case .multi = question.kind { entries = states } else { entries = [] }
      }
      rows.append(
        Row(
          questionID: question.id, kind: .question, number: number,
          sheetRow: Self.firstQuestionRow + rows.count,
          list: index(of: ChoiceList(entries: entries))))
      if case .multi(let options) = question.kind {
        let list = index(of: yesNo)
        for option in options {
          rows.append(
            Row(
              questionID: question.id, kind: .option(value: option.value), number: number,
              sheetRow: Self.firstQuestionRow + rows.count, list: list))
        }
      }
    }
    self.rows = rows
    self.lists = lists
  }

  /// An option value as column K writes it: `3`, `2.5`.
  public static func valueText(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }

  /// The key of a multi option's entry in its row's text: the option's number 1…N in the
  /// question's order, as the session numbers a `multi`'s options.
  ///
  /// - Parameters:
  ///   - value: The option's value.
  ///   - question: The `multi` question.
  /// - Returns: The key, or nil when `value` is not one of its options.
  public static func optionKey(_ value: Double, of question: Question) -> String? {
    question.kind.options.firstIndex { $0.value == value }.map {
      String(question.optionKey(at: $0))
    }
  }
}
