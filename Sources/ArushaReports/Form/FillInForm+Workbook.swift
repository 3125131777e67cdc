import ArushaCore
import ArushaText

extension FillInForm {
  /// The width of each column of the answer sheet, `A`…`K`, in characters.
  static let columnWidths: [Column: Double] = [
    .number: 5, .factor: 12, .question: 36, .answer: 22, .comment: 16, .evidence: 14,
    .justification: 14, .condition: 14, .levels: 56, .help: 30, .key: 18,
  ]

  /// The fill-in workbook (issue 28): the answer sheet ``FillInForm/answerSheet``, then the
  /// hidden sheets ``FillInForm/listSheet`` and ``FillInForm/referenceSheet``, as this
  /// layout states them.
  ///
  /// The answer sheet is protected without a password: only the shaded cells can be edited —
  /// the fields at the top (rows 2–5, column C) and, on each question's row, the answer, the
  /// comment, the evidence and (where "not applicable" is offered) its justification; on a
  /// `multi` option's row, the answer only; a `multi` question's own answer cell only when it
  /// has a list (don't know, not applicable). Each answer cell has a data validation: its list
  /// on the hidden sheet, a number's bounds (a custom formula when `u` or `a` may be typed
  /// too), or only a message for a text. Every text is an inline string, never a formula.
  /// Printed: A4 landscape, fitted to the width, the header row on every page, grid lines.
  ///
  /// - Parameters:
  ///   - administration: The administration to prefill in `C2`, or nil.
  ///   - round: The round to prefill in `C3`, or nil.
  ///   - role: The respondent's role to prefill in `C4`, or nil.
  ///   - respondent: The respondent to prefill in `C5`, or nil.
  /// - Returns: The workbook, ready for ``Workbook/parts()``.
  public func workbook(
    administration: String?, round: String?, role: String? = nil, respondent: String? = nil
  ) -> Workbook {
    let fields: [Field: String?] = [
      .administration: administration, .round: round, .role: role, .respondent: respondent,
    ]
    let phrases = self.phrases
    let title = phrases.formTitle(text(questionnaire.title), version: questionnaire.version)
    let subject =
      administration.flatMap { administration in
        round.map { phrases.roundOf(administration, $0) }
      } ?? title
    return Workbook(
      title: title, subject: subject, language: language,
      sheets: [
        answerSheet(title: title, fields: fields), listsSheet(),
        referenceSheetContents(),
      ])
  }

  private func answerSheet(title: String, fields: [Field: String?]) -> Workbook.Sheet {
    let phrases = self.phrases
    let columns = Column.allCases.map { column in
      Workbook.Column(
        phrases.formHeader(column), width: Self.columnWidths[column],
        wraps: column != .number && column != .key, hidden: column == .key)
    }
    var setup = Workbook.Sheet.Setup()
    setup.headerRow = Self.headerRow
    setup.protected = true
    setup.printsGridLines = true
    setup.narrowMargins = true
    // The first answer, in the pane that scrolls (a frozen pane's cell would be a second
    // selection Excel may not expect).
    setup.activeCell = Column.answer.letter + String(Self.firstQuestionRow)
    var above: [[Workbook.Cell]] = Array(repeating: [], count: Self.headerRow - 1)
    above[0] = [.title(title)]
    for field in Field.allCases {
      let value = fields[field] ?? nil
      var row = [Workbook.Cell](repeating: .empty, count: Self.fieldValueColumn)
      row[Self.fieldLabelColumn - 1] = .heading(phrases.formField(field))
      row[Self.fieldValueColumn - 1] = .textInput(value ?? "")
      above[field.rawValue - 1] = row
    }
    // The instructions across the printed columns, as high as their text wrapped there.
    let printed = Column.allCases.filter { $0 != .key }
    let width = printed.reduce(0) { $0 + (Self.columnWidths[$1] ?? 10) }
    above[Self.instructionsRow - 1] = [.lines([phrases.formInstructions])]
    setup.merged = [
      "A\(Self.instructionsRow):\(printed.last?.letter ?? "J")\(Self.instructionsRow)"
    ]
    setup.lines[Self.instructionsRow] = Workbook.Sheet.lineCount(
      .text(phrases.formInstructions), width: width, wraps: true)
    setup.above = above

    let found = questionsByID
    var rows: [[Workbook.Cell]] = []
    for row in self.rows {
      guard let (question, factor) = found[row.questionID] else {
        rows.append([])
        continue
      }
      var cells = [Workbook.Cell](repeating: .empty, count: Column.allCases.count)
      func put(_ column: Column, _ cell: Workbook.Cell) { cells[column.rawValue - 1] = cell }
      put(.number, .integer(row.number))
      put(.key, .text(row.key))
      let answer = Column.answer.letter + String(row.sheetRow)
      switch row.kind {
      case .question:
        put(.factor, .text(text(factor.title)))
        put(.question, .text(text(question.text)))
        put(.comment, .textInput(""))
        put(.evidence, .textInput(""))
        if question.allowNotApplicable { put(.justification, .textInput("")) }
        if let condition = question.condition { put(.condition, .text(conditionWords(condition))) }
        switch question.kind {
        case .number: put(.levels, .text(numberWords(question)))
        case .multi: put(.levels, .text(phrases.formOptionsBelow))
        default: put(.levels, .lines(levelLines(question)))
        }
        put(.help, .text(text(question.help)))
      case .option(let value):
        let option = question.kind.options.first { $0.value == value }
        let key = FillInForm.optionKey(value, of: question) ?? phrases.formNumber(value)
        put(.question, .text(key + " \u{2014} " + text(option?.label)))
        if let description = option?.description {
          put(.levels, .text(text(description)))
        }
      }
      if let validation = validation(of: row, question: question, cell: answer) {
        // A text answer stays text as typed; a number or a list's entry does not need to.
        if case .text = question.kind {
          put(.answer, .textInput(""))
        } else {
          put(.answer, .input(""))
        }
        setup.validations.append(validation)
      }
      setup.lines[row.sheetRow] = Self.lines(cells)
      rows.append(cells)
    }
    return Workbook.Sheet(name: Self.answerSheet, columns: columns, rows: rows, setup: setup)
  }

  /// How many lines a row's tallest cell takes.
  ///
  /// The report sheets' estimate keeps a margin a
  /// long level description does not need (LibreOffice and Excel fit about 15% more of
  /// Calibri 11 than the width in characters), and on a form that margin would make a row of
  /// five described levels as high as a printed page.
  static func lines(_ cells: [Workbook.Cell]) -> Int {
    zip(Column.allCases, cells).map { column, cell in
      guard column != .number, column != .key else { return 1 }
      let width = (columnWidths[column] ?? 10) * 1.15
      return Workbook.Sheet.lineCount(cell, width: width, wraps: true)
    }.max() ?? 1
  }

  /// The data validation of a row's answer cell, or nil when the cell stays locked (a `multi`
  /// question's own row without a list).
  private func validation(of row: Row, question: Question, cell: String) -> Workbook.Validation? {
    let phrases = self.phrases
    let states = phrases.formStates(
      unknown: question.allowUnknown, notApplicable: question.allowNotApplicable)
    if let list = row.list, list < lists.count {
      let column = Workbook.Sheet.columnName(list)
      let source =
        "'\(Self.listSheet)'!$\(column)$1:$\(column)$\(max(lists[list].entries.count, 1))"
      let prompt: String
      switch (row.kind, question.kind) {
      case (.option, _): prompt = phrases.formOptionPrompt
      case (.question, .multi): prompt = phrases.formMultiPrompt
      default: prompt = phrases.formListPrompt(notApplicable: question.allowNotApplicable)
      }
      return Workbook.Validation(
        cell: cell, rule: .list(source: source), promptTitle: phrases.formPromptTitle,
        prompt: prompt, errorTitle: phrases.formErrorTitle, error: phrases.formListError)
    }
    guard case .question = row.kind else { return nil }
    switch question.kind {
    case .number(let low, let high):
      let range = phrases.formRange(low, high)
      var stateKeys: [String] = []
      if question.allowUnknown { stateKeys.append(Self.unknownKey) }
      if question.allowNotApplicable { stateKeys.append(Self.notApplicableKey) }
      let rule: Workbook.Validation.Rule
      if stateKeys.isEmpty {
        rule = .decimal(min: low, max: high)
      } else {
        // A number within the bounds, or one of the state keys (Excel compares text without
        // regard to case).
        var number = ["ISNUMBER(\(cell))"]
        if let low { number.append("\(cell)>=\(Workbook.Sheet.numberText(low))") }
        if let high { number.append("\(cell)<=\(Workbook.Sheet.numberText(high))") }
        let numberTest = number.count == 1 ? number[0] : "AND(\(number.joined(separator: ",")))"
        let keys = stateKeys.map { "\(cell)=\"\($0)\"" }
        rule = .custom(formula: "OR(\(([numberTest] + keys).joined(separator: ",")))")
      }
      return Workbook.Validation(
        cell: cell, rule: rule, promptTitle: phrases.formPromptTitle,
        prompt: phrases.formNumberPrompt(
          range: range, unit: question.unit.map { text($0) }, states: states),
        errorTitle: phrases.formErrorTitle,
        error: phrases.formNumberError(range: range, states: states))
    case .text:
      return Workbook.Validation(
        cell: cell, rule: .any, promptTitle: phrases.formPromptTitle,
        prompt: phrases.formTextPrompt(states: states))
    case .scale, .choice, .yesno, .multi:
      return nil
    }
  }

  /// The hidden sheet of lists: list `i` in column `i + 1`, from row 1, each entry
  /// ``ChoiceList/Entry/text``.
  private func listsSheet() -> Workbook.Sheet {
    let height = lists.map(\.entries.count).max() ?? 0
    let rows = (0..<height).map { index in
      lists.map { list in
        index < list.entries.count ? Workbook.Cell.text(list.entries[index].text) : .empty
      }
    }
    var setup = Workbook.Sheet.Setup()
    setup.hidden = true
    setup.headerRow = nil
    setup.protected = true
    return Workbook.Sheet(
      name: Self.listSheet,
      columns: lists.indices.map { _ in Workbook.Column("", width: 40, wraps: false) },
      rows: rows, setup: setup)
  }

  /// The hidden reference sheet: each ``ReferenceField``'s name in column A, its value in B.
  private func referenceSheetContents() -> Workbook.Sheet {
    let rows: [[Workbook.Cell]] = ReferenceField.allCases.map { field in
      let value: Workbook.Cell =
        switch field {
        case .format: .text(Self.format)
        case .questionnaire: .text(reference.id)
        case .version: .text(reference.version)
        case .sha256: .text(reference.sha256)
        case .language: .text(language)
        case .rows: .integer(self.rows.count)
        }
      return [.text(field.name), value]
    }
    var setup = Workbook.Sheet.Setup()
    setup.hidden = true
    setup.headerRow = nil
    setup.protected = true
    return Workbook.Sheet(
      name: Self.referenceSheet,
      columns: [
        Workbook.Column("", width: 16, wraps: false), Workbook.Column("", width: 70, wraps: false),
      ], rows: rows, setup: setup)
  }
}
