extension FormImport {
  /// What one cell the team fills in holds.
  enum CellRead {
    /// Nothing, or only spaces.
    case empty
    /// Its text, trimmed, and the cell.
    case value(String, FilledWorkbook.Cell)
    /// A formula or an error value (the problem is recorded).
    case refused
  }

  /// The answer read from one question's rows, before the rules between its cells.
  struct RowAnswer {
    var value: AnswerValue?
    var state: Answer.State?
    var comment: String?
    var evidence: String?
    var justification: String?
    /// The first cell the team filled in, if any.
    var firstFilled: FilledWorkbook.Address?
    /// Whether a cell of it was refused.
    var refused = false
  }

  /// One pass over the answer sheet, collecting answers and problems.
  struct Reader {
    let form: FillInForm
    var problems: [FormProblem] = []
    var answers: [String: Answer] = [:]
    var fields: [FillInForm.Field: String] = [:]
    var isComplete = false
    var sheetName = FillInForm.answerSheet

    init(form: FillInForm) {
      self.form = form
    }

    var outcome: Outcome {
      Outcome(answers: answers, fields: fields, problems: problems, isComplete: isComplete)
    }

    mutating func read(_ sheet: FilledWorkbook.Sheet) {
      sheetName = sheet.name
      readFields(sheet)
      let placed = placedRows(sheet)
      var rowsByQuestion: [String: [FillInForm.Row]] = [:]
      for row in form.rows { rowsByQuestion[row.questionID, default: []].append(row) }
      // Conditions see the values of the visible answers read so far, as the response
      // decoder evaluates them; a question whose answer was refused is unknown, and a
      // question depending on it is not held to its condition.
      var values: [String: AnswerValue] = [:]
      var refused: Set<String> = []
      var missingRequired = false
      for question in form.questionnaire.questions {
        let rows = rowsByQuestion[question.id] ?? []
        guard let main = rows.first, rows.allSatisfy({ placed.contains($0.key) }) else {
          refused.insert(question.id)
          continue
        }
        let number = main.number
        let read = readRows(question, main: main, options: Array(rows.dropFirst()), sheet)
        let dependsOnRefused = question.condition?.references.contains(where: refused.contains)
        let visible =
          dependsOnRefused == true || (question.condition?.evaluate { values[$0] } ?? true)
        if !visible {
          if let cell = read.firstFilled {
            let dependsOn = (question.condition?.references ?? []).compactMap {
              form.questionnaire.number(of: $0)
            }
            problems.append(
              FormProblem(
                .answerToHiddenQuestion(number: number, dependsOn: dependsOn), sheet: sheetName,
                cell: cell))
          }
          continue
        }
        if read.refused {
          refused.insert(question.id)
          continue
        }
        guard let answer = answer(read, question, main) else {
          if question.required { missingRequired = true }
          continue
        }
        answers[question.id] = answer
        if let value = answer.value { values[question.id] = value }
      }
      isComplete = !missingRequired && refused.isEmpty
    }

    // MARK: The fields at the top

    mutating func readFields(_ sheet: FilledWorkbook.Sheet) {
      for field in FillInForm.Field.allCases {
        let address = FilledWorkbook.Address(
          row: field.rawValue, column: FillInForm.fieldValueColumn)
        switch cell(sheet, address, number: nil) {
        case .refused: continue
        case .empty:
          if field == .administration || field == .round {
            problems.append(FormProblem(.missingField(field), sheet: sheetName, cell: address))
          }
        case .value(let text, _):
          if let length = ResponseLimits.length(of: text, over: ResponseLimits.identityLength) {
            problems.append(
              FormProblem(.fieldTooLong(field, length: length), sheet: sheetName, cell: address))
          } else {
            fields[field] = text
          }
        }
      }
    }

    // MARK: Rows in place

    /// The keys of the rows that are where the form put them; a problem for each other.
    mutating func placedRows(_ sheet: FilledWorkbook.Sheet) -> Set<String> {
      let keyColumn = FillInForm.Column.key.rawValue
      var found: [String: Int] = [:]
      for (address, cell) in sheet.cells where address.column == keyColumn {
        let key = FormImport.trimmed(cell.text)
        if found[key].map({ $0 > address.row }) ?? true { found[key] = address.row }
      }
      var placed: Set<String> = []
      for row in form.rows {
        let key = row.key
        let here = sheet[row.sheetRow, keyColumn].map { FormImport.trimmed($0.text) }
        if here == key {
          placed.insert(key)
        } else if let other = found[key] {
          problems.append(
            FormProblem(
              .rowMoved(number: row.number, key: key, expectedRow: row.sheetRow, foundRow: other),
              sheet: sheetName, cell: .init(row: other, column: FillInForm.Column.number.rawValue)))
        } else {
          problems.append(
            FormProblem(
              .rowDeleted(number: row.number, key: key, expectedRow: row.sheetRow),
              sheet: sheetName,
              cell: .init(row: row.sheetRow, column: FillInForm.Column.number.rawValue)))
        }
      }
      return placed
    }

    // MARK: Cells

    /// The cell at `address`: empty, its trimmed text, or refused (a formula, an error
    /// value) with the problem recorded.
    mutating func cell(
      _ sheet: FilledWorkbook.Sheet, _ address: FilledWorkbook.Address, number: Int?
    )
      -> CellRead
    {
      guard let cell = sheet.cells[address] else { return .empty }
      if cell.isFormula {
        problems.append(FormProblem(.formula(number: number), sheet: sheetName, cell: address))
        return .refused
      }
      if cell.kind == .error {
        problems.append(
          FormProblem(.errorValue(cell.text, number: number), sheet: sheetName, cell: address))
        return .refused
      }
      var text = FormImport.trimmed(cell.text)
      // A number cell's digits as a person typed them: `2024`, not `2024.0` or `2.024E3`.
      if cell.kind == .number, let value = NumberSyntax.parse(text) {
        text = FillInForm.valueText(value)
      }
      return text.isEmpty ? .empty : .value(text, cell)
    }

    /// A note cell (comment, evidence, justification): its text within the length limit.
    mutating func note(
      _ sheet: FilledWorkbook.Sheet, row: Int, _ column: FillInForm.Column, number: Int,
      into read: inout RowAnswer
    ) -> String? {
      let address = FilledWorkbook.Address(row: row, column: column.rawValue)
      switch cell(sheet, address, number: number) {
      case .empty: return nil
      case .refused:
        read.refused = true
        read.firstFilled = read.firstFilled ?? address
        return nil
      case .value(let text, _):
        read.firstFilled = read.firstFilled ?? address
        if let length = ResponseLimits.length(of: text, over: ResponseLimits.textLength) {
          problems.append(
            FormProblem(
              .textTooLong(number: number, length: length), sheet: sheetName, cell: address))
          read.refused = true
          return nil
        }
        return text
      }
    }

    // MARK: One question

    /// Reads the cells of one question's rows.
    mutating func readRows(
      _ question: Question, main: FillInForm.Row, options: [FillInForm.Row],
      _ sheet: FilledWorkbook.Sheet
    ) -> RowAnswer {
      var read = RowAnswer()
      let number = main.number
      let answerCell = FilledWorkbook.Address(
        row: main.sheetRow, column: FillInForm.Column.answer.rawValue)
      switch cell(sheet, answerCell, number: number) {
      case .empty: break
      case .refused:
        read.refused = true
        read.firstFilled = answerCell
      case .value(let text, let stored):
        read.firstFilled = answerCell
        if !readAnswerCell(text, stored, question, main, at: answerCell, into: &read) {
          read.refused = true
        }
      }
      if case .multi = question.kind {
        readOptions(question, options, sheet, into: &read)
      }
      read.comment = note(sheet, row: main.sheetRow, .comment, number: number, into: &read)
      read.evidence = note(sheet, row: main.sheetRow, .evidence, number: number, into: &read)
      read.justification = note(
        sheet, row: main.sheetRow, .justification, number: number, into: &read)
      return read
    }

    /// Reads the answer cell's text; false when it is refused (the problem recorded).
    mutating func readAnswerCell(
      _ text: String, _ stored: FilledWorkbook.Cell, _ question: Question, _ row: FillInForm.Row,
      at address: FilledWorkbook.Address, into read: inout RowAnswer
    ) -> Bool {
      let number = row.number
      let list = row.list.map { form.lists[$0] } ?? FillInForm.ChoiceList(entries: [])
      switch question.kind {
      case .scale, .choice, .yesno, .multi:
        guard let entry = Self.entry(text, stored, in: list) else {
          problems.append(
            FormProblem(
              .notInList(text, number: number, allowed: list.entries), sheet: sheetName,
              cell: address))
          return false
        }
        switch entry.meaning {
        case .option(let value): read.value = .number(value)
        case .yes: read.value = .number(1)
        case .no: read.value = .number(0)
        case .unknown: read.state = .unknown
        case .notApplicable: read.state = .notApplicable
        }
        return true
      case .number(let low, let high):
        if let state = state(text, question) {
          read.state = state
          return true
        }
        let parsed: Double?
        if stored.kind == .number {
          parsed = NumberSyntax.parse(text)
        } else {
          switch NumberReading.read(text, language: form.language) {
          case .number(let value): parsed = value
          case .ambiguous:
            problems.append(
              FormProblem(.ambiguousNumber(text, number: number), sheet: sheetName, cell: address))
            return false
          case .invalid: parsed = nil
          }
        }
        guard let value = parsed, value.isFinite else {
          problems.append(
            FormProblem(
              .notANumber(
                text, number: number, unknownAllowed: question.allowUnknown,
                notApplicableAllowed: question.allowNotApplicable),
              sheet: sheetName, cell: address))
          return false
        }
        if low.map({ value < $0 }) == true || high.map({ value > $0 }) == true {
          problems.append(
            FormProblem(
              .outOfBounds(value, number: number, minimum: low, maximum: high), sheet: sheetName,
              cell: address))
          return false
        }
        read.value = .number(value)
        return true
      case .text:
        if let state = state(text, question) {
          read.state = state
          return true
        }
        if let length = ResponseLimits.length(of: text, over: ResponseLimits.textLength) {
          problems.append(
            FormProblem(
              .textTooLong(number: number, length: length), sheet: sheetName, cell: address))
          return false
        }
        read.value = .text(text)
        return true
      }
    }

    /// `u` or `a` typed alone in a number or text answer, where the question allows them.
    func state(_ text: String, _ question: Question) -> Answer.State? {
      let key = text.lowercased()
      if key == FillInForm.unknownKey, question.allowUnknown { return .unknown }
      if key == FillInForm.notApplicableKey, question.allowNotApplicable { return .notApplicable }
      return nil
    }

    /// Reads a `multi`'s option rows: the options answered yes, once any is answered.
    mutating func readOptions(
      _ question: Question, _ rows: [FillInForm.Row], _ sheet: FilledWorkbook.Sheet,
      into read: inout RowAnswer
    ) {
      var selected: [Double] = []
      var answered = false
      for row in rows {
        guard case .option(let value) = row.kind else { continue }
        let address = FilledWorkbook.Address(
          row: row.sheetRow, column: FillInForm.Column.answer.rawValue)
        let list = row.list.map { form.lists[$0] } ?? FillInForm.ChoiceList(entries: [])
        switch cell(sheet, address, number: row.number) {
        case .empty: continue
        case .refused:
          read.refused = true
          read.firstFilled = read.firstFilled ?? address
        case .value(let text, let stored):
          read.firstFilled = read.firstFilled ?? address
          switch Self.entry(text, stored, in: list)?.meaning {
          case .yes?:
            answered = true
            selected.append(value)
          case .no?:
            answered = true
          default:
            problems.append(
              FormProblem(
                .notInList(text, number: row.number, allowed: list.entries), sheet: sheetName,
                cell: address))
            read.refused = true
          }
        }
      }
      guard answered else { return }
      if read.state != nil {
        problems.append(
          FormProblem(
            .stateWithOptions(number: rows.first?.number ?? 0), sheet: sheetName,
            cell: read.firstFilled))
        read.refused = true
        return
      }
      read.value = .selection(selected)
    }

    /// The answer the rules between a question's cells make of `read`, recording their
    /// problems; nil when there is no answer (or it is refused).
    mutating func answer(_ read: RowAnswer, _ question: Question, _ row: FillInForm.Row)
      -> Answer?
    {
      let number = row.number
      func at(_ column: FillInForm.Column) -> FilledWorkbook.Address {
        .init(row: row.sheetRow, column: column.rawValue)
      }
      guard read.value != nil || read.state != nil else {
        if read.comment != nil || read.evidence != nil || read.justification != nil {
          problems.append(
            FormProblem(.noteWithoutAnswer(number: number), sheet: sheetName, cell: at(.answer)))
        }
        return nil
      }
      if read.state == .notApplicable, read.justification == nil {
        problems.append(
          FormProblem(
            .missingJustification(number: number), sheet: sheetName, cell: at(.justification)))
        return nil
      }
      if read.state != .notApplicable, read.justification != nil {
        problems.append(
          FormProblem(
            .justificationWithoutNotApplicable(number: number), sheet: sheetName,
            cell: at(.justification)))
        return nil
      }
      return Answer(
        value: read.value, state: read.state, comment: read.comment, evidence: read.evidence,
        justification: read.justification)
    }

    /// The entry of `list` that `text` names: the entry's text or its key alone.
    ///
    /// Keys are compared without regard to case, and a text's key is what comes before the
    /// first dash between spaces (`3 — …`, `3 – …`, `3 - …`). A number cell names the key of its integer (`3` for 3.0); a boolean cell is
    /// yes (`1`) or no (`0`).
    static func entry(
      _ text: String, _ stored: FilledWorkbook.Cell, in list: FillInForm.ChoiceList
    ) -> FillInForm.ChoiceList.Entry? {
      var key = text
      if stored.kind == .number, let value = NumberSyntax.parse(text), value == value.rounded(),
        abs(value) < 1e9
      {
        key = String(Int(value))
      } else {
        for dash in [" \u{2014} ", " \u{2013} ", " - "] {
          if let range = text.firstRange(of: dash) {
            key = FormImport.trimmed(String(text[..<range.lowerBound]))
            break
          }
        }
      }
      let lowered = key.lowercased()
      return list.entries.first { $0.key.lowercased() == lowered }
    }
  }
}
