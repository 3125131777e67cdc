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
    var unanswered: [String] = []
    var sheetName = FillInForm.answerSheet

    init(form: FillInForm) {
      self.form = form
    }

    var outcome: Outcome {
      Outcome(
        answers: answers, fields: fields, problems: problems, isComplete: isComplete,
        unanswered: unanswered)
    }

    mutating func read(_ sheet: FilledWorkbook.Sheet, lists: FilledWorkbook.Sheet?) {
      sheetName = sheet.name
      readFields(sheet)
      checkLists(lists)
      let placed = placeRows(sheet)
      var rowsByQuestion: [String: [FillInForm.Row]] = [:]
      for row in form.rows {
        guard let sheetRow = placed[row.key] else { continue }
        var found = row
        found.sheetRow = sheetRow
        rowsByQuestion[row.questionID, default: []].append(found)
      }
      // Conditions see the values of the visible answers read so far, as the response
      // decoder evaluates them. A condition on a question left without an answer (empty,
      // refused, or its row deleted) is not decided yet: an answer to a question that depends
      // on it is kept, as the response format keeps an answer to a hidden question, and never
      // refused (the team may answer the first question later).
      var values: [String: AnswerValue] = [:]
      var undecided: Set<String> = []
      var missingRequired = false
      var refusedAny = false
      var rowCounts: [String: Int] = [:]
      for row in form.rows { rowCounts[row.questionID, default: 0] += 1 }
      for question in form.questionnaire.questions {
        guard let rows = rowsByQuestion[question.id], rows.count == rowCounts[question.id],
          let main = rows.first
        else {
          undecided.insert(question.id)
          refusedAny = true
          continue
        }
        let number = main.number
        let read = readRows(question, main: main, options: Array(rows.dropFirst()), sheet)
        let references = question.condition?.references ?? []
        let isDecided = !references.contains { undecided.contains($0) }
        let visible = question.condition?.evaluate { values[$0] } ?? true
        if !visible && isDecided {
          if let cell = read.firstFilled {
            let dependsOn = references.compactMap { form.questionnaire.number(of: $0) }
            problems.append(
              FormProblem(
                .answerToHiddenQuestion(number: number, dependsOn: dependsOn), sheet: sheetName,
                cell: cell))
            refusedAny = true
          }
          continue
        }
        if read.refused {
          undecided.insert(question.id)
          refusedAny = true
          continue
        }
        guard let answer = answer(read, question, main) else {
          undecided.insert(question.id)
          if visible, question.required {
            missingRequired = true
            if read.firstFilled == nil { unanswered.append(question.id) }
          }
          continue
        }
        answers[question.id] = answer
        if let value = answer.value, visible { values[question.id] = value }
      }
      isComplete = !missingRequired && !refusedAny && problems.isEmpty
    }

    // MARK: The fields at the top

    mutating func readFields(_ sheet: FilledWorkbook.Sheet) {
      for field in FillInForm.Field.allCases {
        let address = FilledWorkbook.Address(
          row: field.rawValue, column: FillInForm.fieldValueColumn)
        var read = cell(sheet, address, number: nil, asText: true)
        if case .value(let text, _) = read, ResponseLimits.isBlank(text) { read = .empty }
        switch read {
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
            // One line, as the session takes it: a line break typed in the cell (Alt+Enter)
            // is a space, so that « Douanes␊du Niger » is the administration compared with
            // « Douanes du Niger ».
            fields[field] = text.split(whereSeparator: \.isNewline)
              .map { FormImport.trimmed(String($0)) }.filter { !$0.isEmpty }.joined(separator: " ")
          }
        }
      }
    }

    // MARK: Rows in place

    /// Where each row of the form is in the sheet, found by its key in column K; a problem
    /// for each row deleted, each row out of the form's order (a sort, a cut and paste), and
    /// each row that is no question's but has something to read.
    ///
    /// A row inserted or deleted shifts the rows below it without changing their order: they
    /// are read where they are, and only the deleted question is reported.
    mutating func placeRows(_ sheet: FilledWorkbook.Sheet) -> [String: Int] {
      let keyColumn = FillInForm.Column.key.rawValue
      let known = Set(form.rows.map(\.key))
      var found: [String: Int] = [:]
      var all: [String: [Int]] = [:]
      var keyRows: Set<Int> = []
      for (address, cell) in sheet.cells where address.column == keyColumn {
        let key = FormImport.trimmed(cell.text)
        guard known.contains(key), address.row >= FillInForm.firstQuestionRow else { continue }
        keyRows.insert(address.row)
        all[key, default: []].append(address.row)
        if found[key].map({ $0 > address.row }) ?? true { found[key] = address.row }
      }
      // A row pasted over another: one question twice. Which copy the team meant cannot be
      // told, so neither is read.
      var duplicated: Set<String> = []
      for row in form.rows {
        guard let rows = all[row.key], rows.count > 1 else { continue }
        let sorted = rows.sorted()
        duplicated.insert(row.key)
        problems.append(
          FormProblem(
            .rowDuplicated(number: row.number, key: row.key, rows: sorted), sheet: sheetName,
            cell: .init(row: sorted[1], column: FillInForm.Column.number.rawValue)))
      }
      for key in duplicated { found[key] = nil }
      // The rows in the form's order: the longest run of found rows whose sheet rows rise
      // with the form's order; every other found row was moved.
      let order = form.rows.compactMap { row in found[row.key].map { (key: row.key, at: $0) } }
      let kept = Set(Self.longestRisingRun(order.map(\.at)).map { order[$0].key })
      for row in form.rows {
        let key = row.key
        guard !duplicated.contains(key) else { continue }
        guard let at = found[key] else {
          problems.append(
            FormProblem(
              .rowDeleted(number: row.number, key: key, expectedRow: row.sheetRow),
              sheet: sheetName,
              cell: .init(row: row.sheetRow, column: FillInForm.Column.number.rawValue)))
          continue
        }
        if !kept.contains(key) {
          problems.append(
            FormProblem(
              .rowMoved(number: row.number, key: key, expectedRow: row.sheetRow, foundRow: at),
              sheet: sheetName, cell: .init(row: at, column: FillInForm.Column.number.rawValue)))
        }
      }
      // A row no question owns, below the header, with something in the columns the team
      // fills in: an inserted row, or the form's last rows pasted over.
      let filledColumns = Set(FillInForm.Column.unlocked.map(\.rawValue))
      var strays: Set<Int> = []
      for (address, cell) in sheet.cells
      where address.row >= FillInForm.firstQuestionRow && filledColumns.contains(address.column)
        && !keyRows.contains(address.row) && !FormImport.trimmed(cell.text).isEmpty
      {
        strays.insert(address.row)
      }
      for row in strays.sorted() {
        problems.append(
          FormProblem(
            .rowNotInForm(row: row), sheet: sheetName,
            cell: .init(row: row, column: FillInForm.Column.number.rawValue)))
      }
      return found
    }

    /// The indices of a longest strictly rising run (subsequence) of `values`.
    static func longestRisingRun(_ values: [Int]) -> [Int] {
      var tails: [Int] = []  // index in values of the smallest tail of each run length
      var previous = [Int](repeating: -1, count: values.count)
      for (index, value) in values.enumerated() {
        var low = 0
        var high = tails.count
        while low < high {
          let middle = (low + high) / 2
          if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
        }
        if low > 0 { previous[index] = tails[low - 1] }
        if low == tails.count { tails.append(index) } else { tails[low] = index }
      }
      var run: [Int] = []
      var index = tails.last ?? -1
      while index >= 0 {
        run.append(index)
        index = previous[index]
      }
      return run.reversed()
    }

    /// Checks the hidden sheet of lists against the form's lists: an entry changed (or the
    /// reference's language changed, which changes every label) would change what a key
    /// means to the team.
    mutating func checkLists(_ sheet: FilledWorkbook.Sheet?) {
      let name = sheet?.name ?? FillInForm.listSheet
      for (index, list) in form.lists.enumerated() {
        for (position, entry) in list.entries.enumerated() {
          let address = FilledWorkbook.Address(row: position + 1, column: index + 1)
          let found = sheet?.cells[address].map { FormImport.trimmed($0.text) }
          guard let found, Self.sameLabel(found, entry.text) else {
            problems.append(
              FormProblem(
                .listsChanged(expected: entry.text, found: found), sheet: name, cell: address))
            return
          }
        }
      }
    }

    // MARK: Cells

    /// The cell at `address`: empty, its trimmed text, or refused (a formula, an error
    /// value) with the problem recorded.
    mutating func cell(
      _ sheet: FilledWorkbook.Sheet, _ address: FilledWorkbook.Address, number: Int?,
      inList: Bool = false, asText: Bool = false
    ) -> CellRead {
      guard let cell = sheet.cells[address] else { return .empty }
      // A cell that takes text holds what a spreadsheet made of it: the date 12/2024 as
      // 45627, 50 % as 0.5, TRUE as 1. None of these is the text the cell shows.
      if asText, !cell.isFormula {
        let shown: FormProblem.Shown? =
          switch (cell.kind, cell.format) {
          case (.boolean, _): .boolean
          case (.date, _), (.number, .date): .date
          case (.number, .percent): .percent
          default: nil
          }
        if let shown {
          problems.append(
            FormProblem(.notText(number: number, shown: shown), sheet: sheetName, cell: address))
          return .refused
        }
      }
      if cell.isFormula {
        problems.append(
          FormProblem(.formula(number: number, inList: inList), sheet: sheetName, cell: address))
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
      switch cell(sheet, address, number: number, asText: true) {
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
      let takesText: Bool
      if case .text = question.kind { takesText = true } else { takesText = false }
      switch cell(sheet, answerCell, number: number, inList: main.list != nil, asText: takesText) {
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
        readOptions(question, options, questionRow: main.sheetRow, sheet, into: &read)
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
      func refuse(_ kind: FormProblem.Kind) -> Bool {
        problems.append(FormProblem(kind, sheet: sheetName, cell: address))
        return false
      }
      switch question.kind {
      case .scale, .choice, .yesno, .multi:
        if stored.kind == .boolean, !list.entries.contains(where: { $0.meaning == .yes }) {
          return refuse(.booleanForAnswer(text, number: number))
        }
        // An option's label in the questionnaire's other languages names it too after its key.
        let options = question.kind.options
        let otherLabels = { (entry: FillInForm.ChoiceList.Entry) -> [String] in
          guard case .option(let value) = entry.meaning,
            let option = options.first(where: { $0.value == value })
          else { return [] }
          return Array(option.label.translations.values)
        }
        guard let entry = Self.entry(text, stored, in: list, otherLabels: otherLabels) else {
          return refuse(.notInList(text, number: number, allowed: list.entries))
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
        if stored.kind == .text, let state = state(text, question) {
          read.state = state
          return true
        }
        let parsed: Double?
        switch stored.kind {
        case .boolean:
          return refuse(.booleanForAnswer(text, number: number))
        case .date:
          return refuse(.dateForNumber(text, number: number))
        case .number where stored.format == .date:
          return refuse(.dateForNumber(text, number: number))
        case .number:
          // A percentage cell holds a hundredth of what the team typed and sees (45 % is
          // 0.45): the answer is what is shown, 45.
          // 0.145 shown as 14.5 % is 14.5, not 14.499999999999998: the product is rounded to
          // ten decimals, far below any figure a person types.
          parsed = NumberSyntax.parse(text).map {
            stored.format == .percent ? ($0 * 100 * 1e10).rounded() / 1e10 : $0
          }
        case .text, .error:
          switch NumberReading.read(text, language: form.language) {
          case .number(let value): parsed = value
          case .ambiguous: return refuse(.ambiguousNumber(text, number: number))
          case .invalid: parsed = nil
          }
        }
        guard let value = parsed.map(Tolerance.reported), value.isFinite else {
          return refuse(
            .notANumber(
              text, number: number, unknownAllowed: question.allowUnknown,
              notApplicableAllowed: question.allowNotApplicable))
        }
        if low.map({ value < $0 }) == true || high.map({ value > $0 }) == true {
          return refuse(.outOfBounds(value, number: number, minimum: low, maximum: high))
        }
        read.value = .number(value)
        return true
      case .text:
        if let state = state(text, question) {
          read.state = state
          return true
        }
        if let length = ResponseLimits.length(of: text, over: ResponseLimits.textLength) {
          return refuse(.textTooLong(number: number, length: length))
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

    /// Reads a `multi`'s option rows: the options answered yes.
    ///
    /// Once one option row is answered, every one must be (an empty row is not taken for "no": the team may not have
    /// decided it).
    mutating func readOptions(
      _ question: Question, _ rows: [FillInForm.Row], questionRow: Int,
      _ sheet: FilledWorkbook.Sheet, into read: inout RowAnswer
    ) {
      var selected: [Double] = []
      var answered = false
      var empty: [String] = []
      var refused = false
      for row in rows {
        guard case .option(let value) = row.kind else { continue }
        let address = FilledWorkbook.Address(
          row: row.sheetRow, column: FillInForm.Column.answer.rawValue)
        // Notes belong on the question's row; on an option's row they would not be read.
        for column in [FillInForm.Column.comment, .evidence, .justification] {
          let note = FilledWorkbook.Address(row: row.sheetRow, column: column.rawValue)
          if let text = sheet.cells[note]?.text, !FormImport.trimmed(text).isEmpty {
            problems.append(
              FormProblem(
                .noteOnOptionRow(number: row.number, questionRow: questionRow), sheet: sheetName,
                cell: note))
            refused = true
          }
        }
        let list = row.list.map { form.lists[$0] } ?? FillInForm.ChoiceList(entries: [])
        switch cell(sheet, address, number: row.number, inList: true) {
        case .empty:
          empty.append(FillInForm.optionKey(value, of: question) ?? FillInForm.valueText(value))
        case .refused:
          refused = true
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
            refused = true
          }
        }
      }
      if refused { read.refused = true }
      guard answered else { return }
      if read.state != nil {
        problems.append(
          FormProblem(
            .stateWithOptions(number: rows.first?.number ?? 0), sheet: sheetName,
            cell: read.firstFilled))
        read.refused = true
        return
      }
      if !empty.isEmpty {
        let first = rows.first { row in
          guard case .option(let value) = row.kind else { return false }
          return empty.first == (FillInForm.optionKey(value, of: question) ?? "")
        }
        problems.append(
          FormProblem(
            .optionsUnanswered(number: rows.first?.number ?? 0, empty: empty), sheet: sheetName,
            cell: first.map { .init(row: $0.sheetRow, column: FillInForm.Column.answer.rawValue) }))
        read.refused = true
        return
      }
      if !refused { read.value = .selection(selected) }
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
            FormProblem(
              .noteWithoutAnswer(number: number, unknownAllowed: question.allowUnknown),
              sheet: sheetName, cell: at(.answer)))
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

    /// The entry of `list` that `text` names: the entry as the list shows it, its key alone,
    /// or its label alone when one entry has it.
    ///
    /// The key is what comes before the first dash (`—`, `–` or `-`, with or without spaces:
    /// `3 — Applied`, `1-Oui`), compared without regard to case; a label after it must be the
    /// entry's (a `1 — Yes` pasted into a scale's row is refused, not read as level 1). Labels
    /// are compared as the workbook shows them (``PrintableText``), without regard to case or
    /// runs of spaces. A number cell names the key of its integer (`3` for 3.0); a boolean cell
    /// is yes (`1`) or no (`0`). After a key, the label may also be one of `otherLabels` of
    /// the entry: the option's label in the questionnaire's other languages, as when a column
    /// is pasted from the form in another language (`3 — Applied throughout` in a French form).
    static func entry(
      _ text: String, _ stored: FilledWorkbook.Cell, in list: FillInForm.ChoiceList,
      otherLabels: (FillInForm.ChoiceList.Entry) -> [String] = { _ in [] }
    ) -> FillInForm.ChoiceList.Entry? {
      if stored.kind == .number || stored.kind == .boolean {
        guard stored.format == .number, let value = NumberSyntax.parse(text),
          value == value.rounded(), abs(value) < 1e9
        else { return nil }
        let key = String(Int(value))
        return list.entries.first { $0.key == key }
      }
      let lowered = text.lowercased()
      if let entry = list.entries.first(where: { $0.key.lowercased() == lowered }) {
        return entry
      }
      if let dash = text.firstIndex(where: { "\u{2014}\u{2013}-".contains($0) }) {
        let key = FormImport.trimmed(String(text[..<dash])).lowercased()
        let label = FormImport.trimmed(String(text[text.index(after: dash)...]))
        if let entry = list.entries.first(where: { $0.key.lowercased() == key }) {
          let named =
            label.isEmpty || sameLabel(label, entry.label)
            || otherLabels(entry).contains { sameLabel(label, $0) }
          return named ? entry : nil
        }
      }
      let byLabel = list.entries.filter { sameLabel(text, $0.label) }
      return byLabel.count == 1 ? byLabel[0] : nil
    }

    /// Whether `found` (from the workbook) is `label` as the workbook shows it, without regard
    /// to case or runs of spaces.
    static func sameLabel(_ found: String, _ label: String) -> Bool {
      func folded(_ text: String) -> String {
        PrintableText.sanitize(text, for: .document, keepLineBreaks: false).lowercased()
          .split(whereSeparator: \.isWhitespace).joined(separator: " ")
      }
      return folded(found) == folded(label)
    }
  }
}
