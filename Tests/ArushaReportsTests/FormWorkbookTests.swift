import ArushaCore
import ArushaReports
import ArushaTestSupport
import ArushaText
import Foundation
import Testing

/// The fill-in form of issue 28 as parts: the workbook's hidden sheets, protection, unlocked
/// cells, validations and print setup, the condition words, and the printable page.
@Suite struct FormWorkbookTests {
  /// The form fixture (`Tests/ArushaCoreTests/Fixtures/form/questionnaire.yaml`).
  static func questionnaire() throws -> Questionnaire {
    let url = TestPaths.packageRoot.appendingPathComponent(
      "Tests/ArushaCoreTests/Fixtures/form/questionnaire.yaml")
    let result = QuestionnaireDecoder().decode([UInt8](try Data(contentsOf: url)))
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  static func form(_ language: String, questionnaire: Questionnaire? = nil) throws -> FillInForm {
    let questionnaire = try questionnaire ?? Self.questionnaire()
    return FillInForm(
      questionnaire: questionnaire,
      reference: QuestionnaireReference(
        id: questionnaire.id, version: questionnaire.version,
        sha256: String(repeating: "ab", count: 32)),
      language: language, labels: Phrases(language).formLabels)
  }

  static func part(_ workbook: Workbook, _ path: String) throws -> String {
    try WorkbookTests.part(workbook, path)
  }

  /// The `<row r="N">…</row>` of a sheet part.
  static func row(_ sheet: String, _ number: Int) -> String {
    guard let start = sheet.range(of: "<row r=\"\(number)\"") else { return "" }
    let rest = sheet[start.lowerBound...]
    guard let end = rest.range(of: "</row>") else { return "" }
    return String(rest[..<end.upperBound])
  }

  @Test func aReportsWorkbookIsWrittenAsBefore() throws {
    let workbook = WorkbookTests.oneRow([.text("x"), .integer(2)])
    let styles = try Self.part(workbook, "xl/styles.xml")
    #expect(styles.contains("<cellXfs count=\"9\">") && !styles.contains("locked"))
    #expect(styles.contains("<fonts count=\"2\">") && styles.contains("<fills count=\"2\">"))
    let book = try Self.part(workbook, "xl/workbook.xml")
    #expect(!book.contains("state="))
    #expect(book.contains("&apos;Sheet one&apos;!$1:$1</definedName>"))
    let sheet = try Self.part(workbook, "xl/worksheets/sheet1.xml")
    for absent in ["sheetProtection", "dataValidations", "mergeCells", "printOptions", "hidden"] {
      #expect(!sheet.contains(absent), "\(absent)")
    }
    #expect(
      sheet.contains(
        "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
      ))
    #expect(sheet.contains("<dimension ref=\"A1:B2\"/>"))
    #expect(sheet.contains("<pageMargins left=\"0.7\""))
  }

  @Test func theSheetsAreTheLayoutsWithTheListsAndReferenceHidden() throws {
    let form = try Self.form("en")
    let workbook = form.workbook(administration: "Niger Customs", round: "2026")
    let book = try Self.part(workbook, "xl/workbook.xml")
    #expect(
      book.contains(
        "<sheet name=\"Questionnaire\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Lists\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/><sheet name=\"arusha\" sheetId=\"3\" state=\"hidden\" r:id=\"rId3\"/>"
      ))
    // Printed, the header row of the answer sheet repeats; the hidden sheets have none.
    #expect(
      book.contains(
        "<definedNames><definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">&apos;Questionnaire&apos;!$A$1:$I$\(8 + form.rows.count)</definedName><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">&apos;Questionnaire&apos;!$8:$8</definedName></definedNames>"
      ))
    let lists = try Self.part(workbook, "xl/worksheets/sheet2.xml")
    for (index, list) in form.lists.enumerated() {
      for (position, entry) in list.entries.enumerated() {
        let cell = "\(FilledWorkbook.Address.letters(index + 1))\(position + 1)"
        #expect(
          lists.contains(
            "<c r=\"\(cell)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(entry.text.replacingOccurrences(of: "'", with: "&apos;"))</t></is></c>"
          ), "\(cell) \(entry.text)")
      }
    }
    let reference = try Self.part(workbook, "xl/worksheets/sheet3.xml")
    for (field, value) in [
      ("format", FillInForm.format), ("questionnaire", "form-test"), ("version", "1.2"),
      ("sha256", String(repeating: "ab", count: 32)), ("language", "en"),
    ] {
      let place = try #require(FillInForm.ReferenceField.allCases.first { $0.name == field })
      let row = Self.row(reference, place.rawValue)
      #expect(row.contains(">\(field)</t>") && row.contains(">\(value)</t>"), "\(row)")
    }
    #expect(Self.row(reference, 6).contains("<c r=\"B6\"><v>\(form.rows.count)</v></c>"))
  }

  @Test func onlyTheAnswerCellsAreUnlockedOnAProtectedSheet() throws {
    let form = try Self.form("en")
    let workbook = form.workbook(administration: "Niger Customs", round: nil)
    let styles = try Self.part(workbook, "xl/styles.xml")
    let xfs = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ")
    // Styles 9 and 11 (the 10th and 12th xf) are the unlocked inputs, 11 in the text format
    // (a comment typed `=…` stays text); no other is unlocked.
    #expect(
      xfs[10].contains("<protection locked=\"0\"/>") && xfs[10].contains("applyProtection=\"1\""))
    #expect(xfs[12].contains("<protection locked=\"0\"/>") && xfs[12].hasPrefix("numFmtId=\"49\""))
    #expect(xfs.filter { $0.contains("locked=\"0\"") }.count == 2)
    let sheet = try Self.part(workbook, "xl/worksheets/sheet1.xml")
    #expect(
      sheet.contains(
        "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
      ))
    #expect(!sheet.contains("password"))
    // The fields at the top: prefilled or empty, unlocked.
    #expect(
      Self.row(sheet, 2).contains(
        "<c r=\"C2\" s=\"11\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Niger Customs</t></is></c>"
      ))
    #expect(Self.row(sheet, 3).contains("<c r=\"C3\" s=\"11\"/>"))
    for row in form.rows {
      let cells = Self.row(sheet, row.sheetRow)
      let question = try #require(form.questionnaire.questions.first { $0.id == row.questionID })
      let unlocked = Set(
        cells.components(separatedBy: "<c r=\"").dropFirst().compactMap { cell -> String? in
          cell.contains("s=\"9\"") || cell.contains("s=\"11\"")
            ? String(cell.prefix { $0 != "\"" }) : nil
        })
      var expected: Set<String> = []
      let number = row.sheetRow
      switch row.kind {
      case .question:
        if row.list != nil || !question.kind.isScored { expected.insert("D\(number)") }
        expected.formUnion(["E\(number)", "F\(number)"])
        if question.allowNotApplicable { expected.insert("G\(number)") }
      case .option:
        expected.insert("D\(number)")
      }
      #expect(unlocked == expected, "row \(number): \(cells)")
      #expect(cells.contains(">\(row.key)</t>"))
    }
  }

  @Test func eachAnswerCellHasItsValidation() throws {
    let form = try Self.form("en")
    let sheet = try Self.part(
      form.workbook(administration: nil, round: nil), "xl/worksheets/sheet1.xml")
    let validations = sheet.components(separatedBy: "<dataValidation ").dropFirst()
    func validation(_ cell: String) -> String {
      validations.first { $0.contains("sqref=\"\(cell)\"") } ?? ""
    }
    // The scale: its list on the hidden sheet, a message saying what to choose.
    let scale = validation("D9")
    #expect(
      scale.hasPrefix(
        "type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""))
    #expect(scale.contains("<formula1>&apos;Lists&apos;!$A$1:$A$5</formula1>"))
    #expect(
      scale.contains(
        "prompt=\"Choose one entry of the drop-down list. “Not applicable” requires a justification in column G.\""
      ))
    // The number with don't know and not applicable: a custom rule that takes u and a too.
    let number = validation("D14")
    #expect(number.hasPrefix("type=\"custom\""))
    #expect(
      number.contains(
        "<formula1>OR(AND(ISNUMBER(D14),D14&gt;=0,D14&lt;=50),D14=&quot;u&quot;,D14=&quot;a&quot;)</formula1>"
      ))
    #expect(
      number.contains(
        "prompt=\"A number from 0 to 50 (days), or “u” (don&apos;t know), or “a” (not applicable, with a justification in column G).\""
      ))
    #expect(
      number.contains(
        "error=\"Enter a number from 0 to 50, or “u” (don&apos;t know), or “a” (not applicable, with a justification in column G).\""
      ))
    // A number bounded below only: a plain decimal rule.
    let below = validation("D15")
    #expect(below.hasPrefix("type=\"decimal\" operator=\"greaterThanOrEqual\""))
    #expect(below.contains("<formula1>1.5</formula1>") && !below.contains("formula2"))
    // A text: a message only.
    let text = validation("D17")
    #expect(text.hasPrefix("allowBlank=\"1\" showInputMessage=\"1\" promptTitle="))
    // The multi's options take yes or no; its own row takes don't know only.
    #expect(validation("D12").contains("$D$1:$D$2") && validation("D13").contains("$D$1:$D$2"))
    #expect(validation("D11").contains("$C$1:$C$1"))
    // Messages within Excel's limits.
    for validation in validations {
      for attribute in ["prompt", "error"] {
        guard let range = validation.range(of: " \(attribute)=\"") else { continue }
        let value = validation[range.upperBound...].prefix { $0 != "\"" }
        #expect(value.utf16.count <= 255 + 40, "\(value)")
      }
    }
  }

  @Test func thePrintSetupIsAPaperForm() throws {
    let form = try Self.form("fr")
    let sheet = try Self.part(
      form.workbook(administration: nil, round: nil), "xl/worksheets/sheet1.xml")
    #expect(sheet.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"))
    #expect(
      sheet.contains(
        "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
    )
    #expect(sheet.contains("<printOptions gridLines=\"1\"/>"))
    #expect(
      sheet.contains(
        "<pane ySplit=\"8\" topLeftCell=\"A9\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    #expect(
      sheet.contains("<col min=\"11\" max=\"11\" width=\"18.0\" hidden=\"1\" customWidth=\"1\"/>"))
    #expect(sheet.contains("<mergeCells count=\"1\"><mergeCell ref=\"A6:I6\"/></mergeCells>"))
    // Narrow margins, and a footer with the title and the page's number, escaped.
    #expect(sheet.contains("<pageMargins left=\"0.25\" right=\"0.25\""))
    #expect(
      sheet.contains(
        "<headerFooter><oddFooter>&amp;LEssai de formulaire — version 1.2&amp;RPage &amp;P / &amp;N</oddFooter></headerFooter></worksheet>"
      ))
    // The header in row 8, in French; the instructions in row 6, as high as they wrap.
    let header = Self.row(sheet, 8)
    for word in [
      "N°", "Réponse", "Justificatif", "Justification du «\u{A0}sans objet\u{A0}»",
      "Réponses possibles",
    ] {
      #expect(header.contains(">\(word)</t>"), "\(word)")
    }
    #expect(Self.row(sheet, 6).contains("customHeight=\"1\""))
    // The scale's levels in full, one a line.
    #expect(
      Self.row(sheet, 9).contains(
        "0 — Absent\u{A0}: Rien n&apos;existe.\n1 — Partiel\u{A0}: En partie."))
    // Text from the file is an inline string, never a formula.
    #expect(!sheet.contains("<f>"))
    #expect(
      Self.row(sheet, 9).contains(
        ">=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;) &amp; &lt;b&gt;</t>"))
  }

  @Test func theAllowedAnswersAndNumbersShowOnPaper() throws {
    let form = try Self.form("fr")
    let sheet = try Self.part(
      form.workbook(administration: nil, round: nil), "xl/worksheets/sheet1.xml")
    func levels(_ row: Int) -> String {
      let cells = Self.row(sheet, row)
      guard let start = cells.range(of: "<c r=\"I\(row)\"") else { return "" }
      let cell = cells[start.upperBound...]
      return String(cell[..<(cell.range(of: "</c>")?.lowerBound ?? cell.endIndex)])
    }
    let validations = sheet.components(separatedBy: "<dataValidation ").dropFirst()
    func prompt(_ cell: String) -> String {
      validations.first { $0.contains("sqref=\"\(cell)\"") } ?? ""
    }
    // The scale's levels, then don't know and not applicable; the yes/no's entries; the
    // multi's rule.
    #expect(
      levels(9).contains("2 — Complet\u{A0}: En totalité.\nu — Ne sait pas\na — Sans objet</t>"))
    #expect(levels(10).contains(">1 — Oui / 0 — Non / u — Ne sait pas</t>"))
    #expect(
      levels(11).contains(
        ">Répondez Oui ou Non pour chaque option, dans les lignes ci-dessous (ou laissez-les toutes vides).\nu — Ne sait pas</t>"
      ))
    // The multi's own cell names only what its list offers.
    #expect(prompt("D11").contains("Ne choisissez «\u{A0}Ne sait pas\u{A0}» dans cette cellule"))
    #expect(!prompt("D11").contains("ans objet"))
    #expect(prompt("D12").contains("Dès qu’une option de la question est renseignée"))
    // Numbers as the session writes them, the states in words.
    let states =
      ", ou «\u{A0}u\u{A0}» (ne sait pas), ou «\u{A0}a\u{A0}» (sans objet, avec une justification en colonne G)."
    #expect(levels(14).contains(">Un nombre de 0 à 50 (jours)\(states)</t>"))
    #expect(levels(15).contains(">Un nombre d’au moins 1,5.</t>"))
    #expect(prompt("D15").contains("prompt=\"Un nombre d’au moins 1,5.\""))
    #expect(prompt("D15").contains("error=\"Saisissez un nombre d’au moins 1,5.\""))
    #expect(levels(17).contains(">Saisissez la réponse, ou «\u{A0}u\u{A0}» (ne sait pas).</t>"))
    let french = Phrases("fr")
    #expect(french.formRange(0, 1_000_000) == "de 0 à 1\u{202F}000\u{202F}000")
    #expect(french.formRange(1999, 2100) == "de 1999 à 2100")
    #expect(Phrases("en").formRange(2.5, 10_000) == "from 2.5 to 10,000")
    // The instructions name every field at the top and the justification's column.
    let instructions = Self.row(sheet, 6)
    #expect(instructions.contains("l’administration, le cycle, la fonction et le répondant"))
    #expect(instructions.contains("«\u{A0}Sans objet\u{A0}» exige une justification en colonne G."))
    #expect(instructions.contains("répondez Oui ou Non pour chacune"))
  }

  /// A footer's `&` is a code: a title's is doubled (a literal `&`), and the whole stays
  /// within Excel's 255 characters, the page's number kept.
  @Test func theFooterDoublesAnAmpersandAndStaysWithinExcelsLimit() throws {
    var setup = Workbook.Sheet.Setup()
    setup.footer = "R&D <" + String(repeating: "x", count: 300)
    setup.footerPageWord = "Seite"
    let workbook = Workbook(
      title: "t", subject: "s", language: "en",
      sheets: [Workbook.Sheet(name: "A", columns: [Workbook.Column("h")], rows: [], setup: setup)])
    let sheet = try Self.part(workbook, "xl/worksheets/sheet1.xml")
    let start = try #require(sheet.range(of: "<oddFooter>"))
    let end = try #require(sheet.range(of: "</oddFooter>"))
    let footer = String(sheet[start.upperBound..<end.lowerBound])
    #expect(footer.hasPrefix("&amp;LR&amp;&amp;D &lt;xxx"), "\(footer)")
    #expect(footer.hasSuffix("xx&amp;RSeite &amp;P / &amp;N"), "\(footer)")
    let codes = footer.replacingOccurrences(of: "&amp;", with: "&")
      .replacingOccurrences(of: "&lt;", with: "<")
    #expect(codes.utf16.count == 255)
  }

  @Test func conditionsAreWordsNamingQuestionsByNumber() throws {
    let english = try Self.form("en")
    let french = try Self.form("fr")
    let questions = english.questionnaire.questions
    func condition(_ id: String) throws -> Condition {
      try #require(questions.first { $0.id == id }?.condition)
    }
    // An option's label in parentheses, so that "and" does not read as part of it.
    #expect(english.conditionWords(try condition("y")) == "Only if Q1 ≥ 1 (Partial)")
    #expect(french.conditionWords(try condition("y")) == "Seulement si Q1 ≥ 1 (Partiel)")
    #expect(
      english.conditionWords(try condition("c"))
        == "Only if Q2 = Yes or (Q1 = 2 (Full) and not (Q5 is answered))")
    #expect(
      french.conditionWords(try condition("c"))
        == "Seulement si Q2 = Oui ou (Q1 = 2 (Complet) et non (Q5 a une réponse))")
    #expect(
      french.conditionWords(
        .and(.compare("s", .greaterOrEqual, .number(2)), .compare("n", .less, .number(2.5))))
        == "Seulement si Q1 ≥ 2 (Complet) et Q4 < 2,5")
    #expect(
      english.conditionWords(.includes("m", 2)) == "Only if Q3 includes “2 — Second”")
    #expect(
      french.conditionWords(.compare("t", .equal, .string("x")))
        == "Seulement si Q7 = «\u{A0}x\u{A0}»")
  }

  @Test func thePrintablePageHasBoxesLinesAndEscapedText() throws {
    let page = try Self.form("fr").printablePage(administration: "Douane <du> Niger", round: nil)
    #expect(page.contains("@page { size: A4;"))
    #expect(page.contains("break-inside: avoid"))
    #expect(!page.contains("<link") && !page.contains("src=") && !page.contains("url("))
    #expect(page.contains("Douane &lt;du&gt; Niger"))
    #expect(page.contains("Échelle &lt;script&gt; ?") && !page.contains("<script"))
    for number in 1...7 { #expect(page.contains("<article class=\"question\" id=\"q\(number)\">")) }
    #expect(
      page.contains(
        "<span class=\"key\">2</span> — <span class=\"label\">Complet</span><span class=\"description\">En totalité.</span>"
      ))
    #expect(page.contains("<span class=\"key\">a</span> — <span class=\"label\">Sans objet</span>"))
    #expect(
      page.contains("<span class=\"key\">u</span> — <span class=\"label\">Ne sait pas</span>"))
    #expect(page.contains("Seulement si Q1 ≥ 1 (Partiel)"))
    #expect(
      page.contains(
        "Cochez une seule case par question (ou, lorsque c’est indiqué, toutes celles qui s’appliquent)"
      ))
    // A multi's "none of these": nothing ticked is not an answer.
    #expect(
      page.contains("<li><span class=\"box\">☐</span> <span class=\"label\">Aucune</span></li>"))
    #expect(page.contains("Un nombre de 0 à 50 (jours)"))
    #expect(page.contains("Justification (si sans objet)"))
    #expect(page.components(separatedBy: "☐").count - 1 == 5 + 3 + 3 + 2 + 0 + 3 + 1 + 1)
  }

  @Test func hostileTextReachesNeitherTheWorkbookNorThePage() throws {
    let form = try Self.form("en", questionnaire: try HostileText.questionnaire())
    let page = form.printablePage(administration: nil, round: nil)
    #expect(HostileText.forbidden(in: page, terminal: false).isEmpty)
    #expect(HostileText.missingSurvivors(in: page).isEmpty)
    for part in form.workbook(administration: nil, round: nil).parts() {
      let text = String(decoding: part.bytes, as: UTF8.self)
      #expect(
        HostileText.forbidden(in: text, terminal: false, allowed: ["\n"]).isEmpty, "\(part.path)")
    }
  }

  /// The cells a workbook's model writes, as a reader of the file finds them (text as text,
  /// integers as numbers, empty input cells absent): the writer's layout as the importer sees
  /// it, without the XML in between (openpyxl reads the XML in FormCommandTests).
  static func filled(_ workbook: Workbook, answers: [String: FilledWorkbook.Cell])
    -> FilledWorkbook
  {
    FilledWorkbook(
      sheets: workbook.sheets.map { sheet in
        var cells: [FilledWorkbook.Address: FilledWorkbook.Cell] = [:]
        func put(_ row: [Workbook.Cell], at number: Int) {
          for (index, cell) in row.enumerated() {
            let address = FilledWorkbook.Address(row: number, column: index + 1)
            switch cell {
            case .text(let text), .heading(let text), .title(let text), .input(let text),
              .textInput(let text):
              if !text.isEmpty { cells[address] = .init(text: text, kind: .text) }
            case .lines(let lines):
              cells[address] = .init(text: lines.joined(separator: "\n"), kind: .text)
            case .integer(let value): cells[address] = .init(text: String(value), kind: .number)
            default: break
            }
          }
        }
        for (index, row) in sheet.setup.above.enumerated() { put(row, at: index + 1) }
        let header = sheet.setup.headerRow ?? 0
        if header > 0 { put(sheet.columns.map { .text($0.header) }, at: header) }
        for (index, row) in sheet.rows.enumerated() { put(row, at: header + 1 + index) }
        if sheet.name == FillInForm.answerSheet {
          for (reference, cell) in answers {
            if let address = FilledWorkbook.Address(reference) { cells[address] = cell }
          }
        }
        return FilledWorkbook.Sheet(name: sheet.name, isHidden: sheet.setup.hidden, cells: cells)
      })
  }

  @Test(arguments: ["en", "fr"])
  func theImporterReadsWhatTheWriterLaysOut(language: String) throws {
    let form = try Self.form(language)
    let workbook = form.workbook(administration: "Niger Customs", round: "2026")
    // The entries a person picks, taken from the written Lists sheet.
    let lists = try #require(workbook.sheets.first { $0.name == FillInForm.listSheet })
    func entry(_ list: Int, _ position: Int) throws -> FilledWorkbook.Cell {
      guard case .text(let text) = lists.rows[position][list] else {
        throw CocoaError(.coderValueNotFound)
      }
      return .init(text: text + " ", kind: .text)
    }
    let filled = Self.filled(
      workbook,
      answers: [
        "D9": try entry(0, 2), "D10": try entry(1, 0), "D12": try entry(3, 0),
        "D13": try entry(3, 1), "D14": .init(text: "12", kind: .number),
        "D15": .init(text: "3.5", kind: .number), "D16": try entry(4, 0),
        "D17": .init(text: "Some notes", kind: .text), "E9": .init(text: "A comment", kind: .text),
      ])
    let reference = try FormImport.reference(of: filled).get()
    #expect(reference.questionnaire == form.reference && reference.language == language)
    let outcome = FormImport.read(filled, form: form, rowCount: reference.rows)
    #expect(outcome.problems.isEmpty, "\(outcome.problems)")
    #expect(outcome.fields[.administration] == "Niger Customs" && outcome.fields[.round] == "2026")
    #expect(outcome.answers["s"] == Answer(value: .number(2), comment: "A comment"))
    #expect(outcome.answers["y"]?.value == .number(1))
    #expect(outcome.answers["m"]?.value == .selection([1]))
    #expect(outcome.answers["n"]?.value == .number(12))
    #expect(outcome.answers["b"]?.value == .number(3.5))
    #expect(outcome.answers["c"]?.value == .number(1))
    #expect(outcome.answers["t"]?.value == .text("Some notes"))
  }
}
