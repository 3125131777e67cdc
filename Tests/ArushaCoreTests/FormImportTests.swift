import ArushaCore
import ArushaTestSupport
import Testing

/// `arusha import`'s reading of a filled workbook (issue 28, item 3), on cells written by hand:
/// every answer type, the key or the whole entry, French decimal commas, and each refusal at
/// its cell, all at once.
@Suite struct FormImportTests {
  static let questionnaireText = FormFixture.questionnaire

  static let questionnaire: Questionnaire =
    QuestionnaireDecoder().decode(Array(questionnaireText.utf8)).questionnaire
    ?? Questionnaire(
      id: "missing", version: "0", title: LocalizedText(["en": "missing"]), factors: [])

  static let reference = QuestionnaireReference(
    id: "form-fixture", version: "1", sha256: String(repeating: "a", count: 64))

  static func form(_ language: String = "fr") -> FillInForm {
    FillInForm(
      questionnaire: questionnaire, reference: reference, language: language,
      labels: .init(yes: "Oui", no: "Non", unknown: "Ne sait pas", notApplicable: "Sans objet"))
  }

  /// A workbook as `arusha form` lays it out, with `answers` typed into the answer sheet
  /// (`"D9": "2 — Complet"`; a Double is a number cell).
  static func workbook(
    _ answers: [String: Any], form: FillInForm = form(),
    edit: (inout FilledWorkbook.Sheet) -> Void = { _ in }
  ) -> FilledWorkbook {
    var sheet = FilledWorkbook.Sheet(name: FillInForm.answerSheet)
    for row in form.rows {
      sheet.cells[.init(row: row.sheetRow, column: FillInForm.Column.key.rawValue)] = .init(
        text: row.key, kind: .text)
    }
    for (reference, value) in answers {
      guard let address = FilledWorkbook.Address(reference) else {
        Issue.record("not a cell: \(reference)")
        continue
      }
      switch value {
      case let number as Double: sheet.cells[address] = .init(text: "\(number)", kind: .number)
      case let cell as FilledWorkbook.Cell: sheet.cells[address] = cell
      default: sheet.cells[address] = .init(text: "\(value)", kind: .text)
      }
    }
    edit(&sheet)
    var hidden = FilledWorkbook.Sheet(name: FillInForm.referenceSheet, isHidden: true)
    let values: [FillInForm.ReferenceField: String] = [
      .format: FillInForm.format, .questionnaire: reference.id, .version: reference.version,
      .sha256: reference.sha256, .language: form.language, .rows: String(form.rows.count),
    ]
    for field in FillInForm.ReferenceField.allCases {
      hidden.cells[.init(row: field.rawValue, column: 1)] = .init(text: field.name, kind: .text)
      hidden.cells[.init(row: field.rawValue, column: 2)] = .init(
        text: values[field, default: ""], kind: .text)
    }
    var lists = FilledWorkbook.Sheet(name: FillInForm.listSheet, isHidden: true)
    for (column, list) in form.lists.enumerated() {
      for (row, entry) in list.entries.enumerated() {
        lists.cells[.init(row: row + 1, column: column + 1)] = .init(text: entry.text, kind: .text)
      }
    }
    return FilledWorkbook(sheets: [sheet, lists, hidden])
  }

  static func read(_ workbook: FilledWorkbook, form: FillInForm = form()) -> FormImport.Outcome {
    guard case .success(let reference) = FormImport.reference(of: workbook) else {
      Issue.record("no reference in the workbook")
      return FormImport.Outcome(answers: [:], fields: [:], problems: [], isComplete: false)
    }
    return FormImport.read(workbook, form: form, rowCount: reference.rows)
  }

  @Test func layoutPutsEachQuestionAndMultiOptionOnItsRow() {
    let form = Self.form()
    #expect(form.rows.map(\.key) == ["q1", "q2", "q3", "q3#1", "q3#2", "q3#-1", "q4", "q5", "q6"])
    #expect(form.rows.map(\.sheetRow) == Array(9...17))
    #expect(form.rows.map(\.number) == [1, 2, 3, 3, 3, 3, 4, 5, 6])
    let lists = form.rows.map { $0.list.map { form.lists[$0].entries.map(\.text) } }
    #expect(
      lists[0] == ["0 — Aucun", "1 — Partiel", "2 — Complet", "u — Ne sait pas", "a — Sans objet"])
    #expect(lists[1] == ["1 — Oui", "0 — Non", "u — Ne sait pas"])
    #expect(lists[2] == ["u — Ne sait pas"])
    #expect(lists[3] == ["1 — Oui", "0 — Non"])
    #expect(lists[6] == nil)
    #expect(lists[7] == nil)
    // Values 0, 5, 10 are not 0…N: the session numbers them 1…3, and so does the list.
    #expect(lists[8] == ["1 — Zero", "2 — Five", "3 — Ten"])
  }

  @Test func everyTypeIsReadFromTheEntryOrItsKey() {
    let outcome = Self.read(
      Self.workbook([
        "C2": "Niger", "C3": 2024.0, "C5": "  Équipe intégrité ",
        "D9": "2 — Complet", "E9": "Adopté en 2021", "F9": "Décision 2021-045",
        "D10": "1 — Oui\u{A0} ",
        "D11": "", "D12": "1 — Oui", "D13": "Non", "D14": "0", "D15": "12,5",
        "D16": "Texte libre",
        "D17": 3.0,
      ]))
    #expect(outcome.problems == [])
    #expect(
      outcome.fields == [.administration: "Niger", .round: "2024", .respondent: "Équipe intégrité"])
    #expect(
      outcome.answers == [
        "q1": Answer(value: .number(2), comment: "Adopté en 2021", evidence: "Décision 2021-045"),
        "q2": .value(.number(1)),
        // A yes (its entry), B no (its label alone), C no (its key alone).
        "q3": .value(.selection([1])),
        "q4": .value(.number(12.5)),
        "q5": .value(.text("Texte libre")),
        "q6": .value(.number(10)),
      ])
    #expect(outcome.isComplete)
  }

  @Test func statesAndNoneOfTheseAndAnIncompleteForm() {
    let outcome = Self.read(
      Self.workbook([
        "C2": "Niger", "C3": "2024",
        "D9": "a", "G9": "Tous les postes tournent par la loi",
        "D12": "0 — Non", "D13": "0 — Non", "D14": "0 — Non",
        "D15": "U",
      ]))
    #expect(outcome.problems == [])
    #expect(
      outcome.answers == [
        "q1": .notApplicable("Tous les postes tournent par la loi"),
        "q3": .value(.selection([])),
        "q4": .unknown,
      ])
    // q6 is required and unanswered (q2 is hidden by q1 not applicable).
    #expect(!outcome.isComplete)
  }

  @Test func everyProblemIsReportedAtOnceAtItsCell() {
    let outcome = Self.read(
      Self.workbook([
        "C3": "2024",
        "D9": "0 — Aucun",
        "D10": "1 — Oui",  // q2 is hidden when q1 = 0
        "D11": "u", "D12": "1", "D13": "0", "D14": "0",  // don't know with options answered
        "D15": "200",  // above 100
        "D16": FilledWorkbook.Cell(text: "42", kind: .number, isFormula: true),
        "D17": "4 — Vingt",  // not in the list
        "E17": "note",
      ]))
    let found = outcome.problems.map { "\($0.place) \($0.kind)" }
    #expect(
      found == [
        "Questionnaire!C2 missingField(ArushaCore.FillInForm.Field.administration)",
        "Questionnaire!D10 answerToHiddenQuestion(number: 2, dependsOn: [1])",
        "Questionnaire!D11 stateWithOptions(number: 3)",
        "Questionnaire!D15 outOfBounds(200.0, number: 4, minimum: Optional(0.0), maximum: Optional(100.0))",
        "Questionnaire!D16 formula(number: Optional(5), inList: false)",
        "Questionnaire!D17 notInList(\"4 — Vingt\", number: 6, allowed: \(Self.form().lists[4].entries))",
      ])
    #expect(outcome.answers.keys.sorted() == ["q1"])
    #expect(!outcome.isComplete)
  }

  @Test func notApplicableAndJustificationGoTogether() {
    let outcome = Self.read(
      Self.workbook([
        "C2": "Niger", "C3": "2024", "D9": "a — Sans objet", "D17": "1",
        "G17": "Ne s'applique pas", "E15": "À vérifier avec la DRH",
      ]))
    #expect(
      outcome.problems.map { "\($0.place) \($0.kind)" } == [
        "Questionnaire!G9 missingJustification(number: 1)",
        "Questionnaire!D15 noteWithoutAnswer(number: 4, unknownAllowed: true)",
        "Questionnaire!G17 justificationWithoutNotApplicable(number: 6)",
      ])
  }

  @Test func numbersAreReadInTheFormsLanguage() {
    func q4(_ text: String, _ language: String) -> [FormProblem.Kind] {
      let form = Self.form(language)
      return Self.read(Self.workbook(["C2": "N", "C3": "1", "D15": text], form: form), form: form)
        .problems.map(\.kind)
    }
    #expect(q4("12,5", "fr") == [])
    #expect(q4("12.5", "en") == [])
    #expect(q4("1,500", "fr") == [.ambiguousNumber("1,500", number: 4)])
    #expect(
      q4("environ 40", "fr") == [
        .notANumber("environ 40", number: 4, unknownAllowed: true, notApplicableAllowed: false)
      ])
    // "a" is not offered on q4 (no allow_na): it is not a number either.
    #expect(
      q4("a", "fr") == [
        .notANumber("a", number: 4, unknownAllowed: true, notApplicableAllowed: false)
      ])
  }

  @Test func aRowDeletedIsOneProblemAndTheRowsBelowAreReadWhereTheyAre() {
    let outcome = Self.read(
      Self.workbook(["C2": "Niger", "C3": "2024", "D16": 3.0]) { sheet in
        let key = FillInForm.Column.key.rawValue
        // q5's row (16) deleted: q6's row, with its answer, moved up to 16.
        sheet.cells[.init(row: 16, column: key)] = .init(text: "q6", kind: .text)
        sheet.cells[.init(row: 17, column: key)] = nil
      })
    #expect(
      outcome.problems.map { "\($0.place) \($0.kind)" } == [
        "Questionnaire!A16 rowDeleted(number: 5, key: \"q5\", expectedRow: 16)"
      ])
    #expect(outcome.answers == ["q6": .value(.number(10))])
  }

  @Test func aRowOutOfTheFormsOrderIsRefusedButReadByItsKey() {
    let outcome = Self.read(
      Self.workbook(["C2": "Niger", "C3": "2024", "D16": "Texte", "D15": 4.0]) { sheet in
        let key = FillInForm.Column.key.rawValue
        // Rows 15 (q4) and 16 (q5) sorted the other way, with their answers.
        sheet.cells[.init(row: 15, column: key)] = .init(text: "q5", kind: .text)
        sheet.cells[.init(row: 16, column: key)] = .init(text: "q4", kind: .text)
        sheet.cells[.init(row: 15, column: 4)] = .init(text: "Texte", kind: .text)
        sheet.cells[.init(row: 16, column: 4)] = .init(text: "4", kind: .number)
        // A row inserted below the form with an answer.
        sheet.cells[.init(row: 30, column: 5)] = .init(text: "note", kind: .text)
      })
    #expect(
      outcome.problems.map { "\($0.place) \($0.kind)" } == [
        "Questionnaire!A16 rowMoved(number: 4, key: \"q4\", expectedRow: 15, foundRow: 16)",
        "Questionnaire!A30 rowNotInForm(row: 30)",
      ])
    #expect(outcome.answers == ["q4": .value(.number(4)), "q5": .value(.text("Texte"))])
  }

  @Test func anEntryIsItsKeyItsLabelOrBothButNeverAnotherListsLabel() {
    func q1(_ cell: FilledWorkbook.Cell) -> (Answer?, [FormProblem.Kind]) {
      let outcome = Self.read(Self.workbook(["C2": "N", "C3": "1", "D9": cell]))
      return (outcome.answers["q1"], outcome.problems.map(\.kind))
    }
    #expect(q1(.init(text: "Complet", kind: .text)).0 == .value(.number(2)))
    #expect(q1(.init(text: "2-complet", kind: .text)).0 == .value(.number(2)))
    #expect(q1(.init(text: "  2  —   Complet ", kind: .text)).0 == .value(.number(2)))
    #expect(q1(.init(text: "Ne sait pas", kind: .text)).0 == .unknown)
    // Pasted from the English form: the key and the option's English label.
    #expect(q1(.init(text: "2 — Full", kind: .text)).0 == .value(.number(2)))
    #expect(
      q1(.init(text: "2 — Some", kind: .text)).1 == [
        .notInList("2 — Some", number: 1, allowed: Self.form().lists[0].entries)
      ])
    // A yes/no entry pasted into a scale's row: its key is a level, its label is not.
    #expect(
      q1(.init(text: "1 — Oui", kind: .text)).1 == [
        .notInList("1 — Oui", number: 1, allowed: Self.form().lists[0].entries)
      ])
    #expect(q1(.init(text: "1", kind: .boolean)).1 == [.booleanForAnswer("1", number: 1)])
  }

  @Test func percentagesDatesAndBooleansInANumberAreWhatTheTeamSaw() {
    func q4(_ cell: FilledWorkbook.Cell) -> (Answer?, [FormProblem.Kind]) {
      let outcome = Self.read(Self.workbook(["C2": "N", "C3": "1", "D15": cell]))
      return (outcome.answers["q4"], outcome.problems.map(\.kind))
    }
    // "45 %" typed: the cell holds 0.45 shown as 45 %.
    #expect(q4(.init(text: "0.45", kind: .number, format: .percent)).0 == .value(.number(45)))
    #expect(
      q4(.init(text: "45", kind: .number, format: .date)).1 == [.dateForNumber("45", number: 4)])
    #expect(q4(.init(text: "1", kind: .boolean)).1 == [.booleanForAnswer("1", number: 4)])
  }

  @Test func anAnswerWaitingForTheQuestionItDependsOnIsKept() {
    // q2 applies only if q1 >= 1; q1 is not answered yet: q2's answer is kept, not refused.
    let outcome = Self.read(Self.workbook(["C2": "N", "C3": "1", "D10": "1 — Oui"]))
    #expect(outcome.problems == [])
    #expect(outcome.answers == ["q2": .value(.number(1))])
    #expect(!outcome.isComplete)
  }

  @Test func aMultiWithSomeOptionsLeftEmptyIsRefused() {
    let outcome = Self.read(Self.workbook(["C2": "N", "C3": "1", "D12": "1 — Oui"]))
    #expect(
      outcome.problems.map { "\($0.place) \($0.kind)" } == [
        "Questionnaire!D13 optionsUnanswered(number: 3, empty: [\"2\", \"3\"])"
      ])
  }

  @Test func aChangedListOrLanguageIsRefused() {
    var workbook = Self.workbook(["C2": "N", "C3": "1"])
    workbook.sheets[1].cells[.init(row: 2, column: 1)] = .init(text: "1 — Some", kind: .text)
    #expect(
      Self.read(workbook).problems.map { "\($0.place) \($0.kind)" } == [
        "Lists!A2 listsChanged(expected: \"1 — Partiel\", found: Optional(\"1 — Some\"))"
      ])
  }

  @Test func aWorkbookNotMadeByFormIsRefusedByItsMissingSheet() {
    let workbook = FilledWorkbook(sheets: [FilledWorkbook.Sheet(name: "Sheet1")])
    guard case .failure(let problems) = FormImport.reference(of: workbook) else {
      Issue.record("read a reference from a workbook without one")
      return
    }
    #expect(problems.problems.map(\.kind) == [.missingSheet("arusha")])
  }

  @Test func theReferenceSheetsRowCountMustMatchTheForm() {
    var workbook = Self.workbook(["C2": "N", "C3": "1"])
    workbook.sheets[2].cells[.init(row: FillInForm.ReferenceField.rows.rawValue, column: 2)] =
      .init(
        text: "8", kind: .number)
    #expect(Self.read(workbook).problems.map(\.kind) == [.rowCountChanged(expected: 9, found: "8")])
  }

  @Test func placesQuoteSheetNamesAsExcelDoes() {
    #expect(
      FormProblem(.formula(number: 1, inList: false), sheet: "Questionnaire", cell: .init("D9"))
        .place
        == "Questionnaire!D9")
    #expect(
      FormProblem(.formula(number: 1, inList: false), sheet: "My sheet's", cell: .init("AB12"))
        .place
        == "'My sheet''s'!AB12")
    #expect(FilledWorkbook.Address("ab12") == .init(row: 12, column: 28))
    #expect(FilledWorkbook.Address("A0") == nil)
    #expect(FilledWorkbook.Address("12") == nil)
    #expect(FilledWorkbook.Address("XFE1") == nil)
    #expect(FilledWorkbook.Address("A1048577") == nil)
  }

  /// What a spreadsheet makes of text typed into a cell that takes text (the second workshop
  /// review): a date, a percentage, TRUE; and a line break in a field.
  @Test func aCellThatTakesTextRefusesWhatASpreadsheetMadeANumberOf() {
    let outcome = Self.read(
      Self.workbook([
        "C2": "Douanes\ndu Niger ",
        "C3": FilledWorkbook.Cell(text: "45627", kind: .number, format: .date),
        "D9": "2", "E9": FilledWorkbook.Cell(text: "0.5", kind: .number, format: .percent),
        "F9": FilledWorkbook.Cell(text: "1", kind: .boolean),
        "D16": FilledWorkbook.Cell(text: "2024", kind: .number),
      ]))
    #expect(
      outcome.problems.map { "\($0.place) \($0.kind)" } == [
        "Questionnaire!C3 notText(number: nil, shown: ArushaCore.FormProblem.Shown.date)",
        "Questionnaire!E9 notText(number: Optional(1), shown: ArushaCore.FormProblem.Shown.percent)",
        "Questionnaire!F9 notText(number: Optional(1), shown: ArushaCore.FormProblem.Shown.boolean)",
      ])
    #expect(outcome.fields[.administration] == "Douanes du Niger")
    // A plain number typed in a text answer is its digits.
    #expect(outcome.answers["q5"] == .value(.text("2024")))
  }

  @Test func aPercentageIsTheFigureShownWithoutRoundingNoise() {
    let outcome = Self.read(
      Self.workbook([
        "C2": "N", "C3": "1",
        "D15": FilledWorkbook.Cell(text: "0.145", kind: .number, format: .percent),
      ]))
    #expect(outcome.answers["q4"] == .value(.number(14.5)))
  }

  @Test func aRowPastedOverAnotherAndNotesOnAnOptionRowAreRefused() {
    let outcome = Self.read(
      Self.workbook(["C2": "N", "C3": "1", "E13": "note", "D9": "2", "D10": "1"]) { sheet in
        // Row 15 (q4) pasted over row 16 (q5).
        sheet.cells[.init(row: 16, column: FillInForm.Column.key.rawValue)] = .init(
          text: "q4", kind: .text)
      })
    #expect(
      outcome.problems.map { "\($0.place) \($0.kind)" } == [
        "Questionnaire!A16 rowDuplicated(number: 4, key: \"q4\", rows: [15, 16])",
        "Questionnaire!A16 rowDeleted(number: 5, key: \"q5\", expectedRow: 16)",
        "Questionnaire!E13 noteOnOptionRow(number: 3, questionRow: 11)",
      ])
  }

  @Test func theRequiredQuestionsLeftEmptyAreNamed() {
    let outcome = Self.read(Self.workbook(["C2": "N", "C3": "1", "D9": "0"]))
    #expect(outcome.problems == [])
    // q2 is hidden by level 0; q3 and q6 are required and empty; q4 and q5 are optional.
    #expect(outcome.unanswered == ["q3", "q6"])
    #expect(!outcome.isComplete)
  }
}
