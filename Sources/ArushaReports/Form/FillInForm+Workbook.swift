import ArushaCore
import ArushaText

extension FillInForm {
  /// The width of each column of the answer sheet, `A`…`K`, in characters.
  ///
  /// The printed columns (`A`…`I`, ``printedColumns``) add up to 170 characters (the levels
  /// 60 of them, so that a question's row takes a third of a page rather than half), which
  /// fits A4 landscape at about 10 points in Excel (Calibri 11) and about 8 in LibreOffice
  /// without Calibri; `B` holds the fields' labels too (« Administration »). The help (`J`),
  /// on screen only, is wide so that it seldom makes its row taller than the levels.
  static let columnWidths: [Column: Double] = [
    .number: 4, .factor: 15, .question: 28, .answer: 15, .comment: 13, .evidence: 12,
    .justification: 12, .condition: 11, .levels: 60, .help: 60, .key: 18,
  ]

  /// The columns printed, from `A`: up to the levels; the help (`J`) and the hidden keys
  /// (`K`) are on screen only, so that the printed text is larger.
  static let printedColumns: [Column] = Column.allCases.filter {
    $0.rawValue <= Column.levels.rawValue
  }

  /// How many more characters than its width a wrapped column shows on a line.
  ///
  /// Calibri 11's letters and spaces are narrower than the width unit (its digit).
  /// LibreOffice with its substitute (DejaVu Sans) shows about 1.3 times the width (a 56-wide
  /// column, about 74 characters), Excel with Calibri about 1.15 to 1.2; the lower is kept,
  /// since a row too short hides text where one a little too tall only costs paper (measured
  /// on the bundled questionnaire in French: 51 pages with 1.15, 50 with 1.2).
  static let charactersPerWidth = 1.15

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
        referenceSheetContents(administration: administration, round: round),
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
    setup.printedColumns = Self.printedColumns.count
    setup.footer = title
    setup.footerPageWord = phrases.formPage
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
    let printed = Self.printedColumns
    let width =
      printed.reduce(0) { $0 + (Self.columnWidths[$1] ?? 10) } * Self.charactersPerWidth
    above[Self.instructionsRow - 1] = [.lines([phrases.formInstructions])]
    setup.merged = [
      "A\(Self.instructionsRow):\(printed.last?.letter ?? "I")\(Self.instructionsRow)"
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
        put(.levels, .lines(answerLines(question, list: row.list.map { lists[$0] })))
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

  /// What a question's levels cell says, so that the allowed answers show on paper: a
  /// scale's or choice's levels in full, a yes/no's entries (`1 — Yes / 0 — No`), a number's
  /// bounds, then don't know and not applicable where allowed (`u — Don't know`), as the
  /// drop-down list has them; a `multi`'s: its options are answered below.
  func answerLines(_ question: Question, list: ChoiceList?) -> [String] {
    let states = (list?.entries ?? []).filter {
      $0.meaning == .unknown || $0.meaning == .notApplicable
    }.map(\.text)
    let statesWords = phrases.formStates(
      unknown: question.allowUnknown, notApplicable: question.allowNotApplicable)
    switch question.kind {
    case .scale, .choice: return levelLines(question) + states
    case .yesno: return [(list?.entries ?? []).map(\.text).joined(separator: " / ")]
    case .multi: return [phrases.formOptionsBelow] + states
    case .number(let low, let high):
      return [
        phrases.formNumberPrompt(
          range: phrases.formRange(low, high), unit: question.unit.map { text($0) },
          states: statesWords)
      ]
    case .text: return statesWords.isEmpty ? [] : [phrases.formTextPrompt(states: statesWords)]
    }
  }

  /// How many lines a row's tallest cell takes.
  ///
  /// The report sheets' estimate keeps a margin a long level description does not need
  /// (Excel and LibreOffice fit 15% to 30% more letters than the width in characters,
  /// ``charactersPerWidth``), and on a form that margin makes rows much taller than their
  /// text, and pages half empty.
  static func lines(_ cells: [Workbook.Cell]) -> Int {
    zip(Column.allCases, cells).map { column, cell in
      guard column != .number, column != .key else { return 1 }
      let width = (columnWidths[column] ?? 10) * charactersPerWidth
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
      case (.question, .multi):
        prompt = phrases.formMultiPrompt(
          unknown: question.allowUnknown, notApplicable: question.allowNotApplicable)
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
  private func referenceSheetContents(administration: String?, round: String?)
    -> Workbook.Sheet
  {
    let rows: [[Workbook.Cell]] = ReferenceField.allCases.map { field in
      let value: Workbook.Cell =
        switch field {
        case .format: .text(Self.format)
        case .questionnaire: .text(reference.id)
        case .version: .text(reference.version)
        case .sha256: .text(reference.sha256)
        case .language: .text(language)
        case .rows: .integer(self.rows.count)
        case .administration: .text(administration ?? "")
        case .round: .text(round ?? "")
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
