import ArushaCore
import ArushaTestSupport
import ArushaText
import Foundation
import Testing

/// `arusha form` through the real binary (issue 28): the workbook read back with openpyxl,
/// converted by LibreOffice where it is installed, and the printable page.
@Suite struct FormCommandTests {
  /// The form fixture's path.
  static let fixture = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/form/questionnaire.yaml")

  /// A fresh folder holding the fixture as `form.yaml`.
  static func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-form-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("form.yaml"))
    return folder
  }

  /// What openpyxl reads of a form: sheets and their states, the protection, the print
  /// setup, every cell's value and whether it is locked, the validations, the lists and the
  /// reference sheet.
  static let reader = """
    import json, sys, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    out = {"sheets": [[ws.title, ws.sheet_state] for ws in wb.worksheets]}
    ws = wb["Questionnaire"]
    ps = ws.page_setup
    out["protected"] = bool(ws.protection.sheet)
    out["password"] = ws.protection.password is not None
    out["freeze"] = ws.freeze_panes
    out["titles"] = ws.print_title_rows
    out["area"] = ws.print_area
    out["footer"] = [ws.oddFooter.left.text, ws.oddFooter.right.text]
    out["print"] = {"paperSize": int(ps.paperSize), "orientation": ps.orientation,
                    "fitToWidth": int(ps.fitToWidth), "fitToHeight": int(ps.fitToHeight),
                    "fitToPage": bool(ws.sheet_properties.pageSetUpPr.fitToPage)}
    out["hiddenColumns"] = [k for k, d in ws.column_dimensions.items() if d.hidden]
    values, unlocked, textual = {}, [], []
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=11):
        for c in row:
            if not c.protection.locked:
                unlocked.append(c.coordinate)
            if c.number_format == "@":
                textual.append(c.coordinate)
            if c.value is not None:
                values[c.coordinate] = c.value
    out["values"] = values
    out["unlocked"] = unlocked
    out["textual"] = textual
    out["validations"] = [{"sqref": str(dv.sqref), "type": dv.type, "operator": dv.operator,
                           "formula1": dv.formula1, "formula2": dv.formula2,
                           "prompt": dv.prompt} for dv in ws.data_validations.dataValidation]
    out["lists"] = [[c.value for c in col if c.value is not None]
                    for col in wb["Lists"].iter_cols()]
    out["reference"] = {str(r[0]): r[1] for r in wb["arusha"].iter_rows(values_only=True)}
    out["formulas"] = any(c.data_type == "f" for s in wb.worksheets for r in s.iter_rows() for c in r)
    print(json.dumps(out, default=str))
    """

  /// The workbook at `url` as ``reader`` prints it.
  static func read(_ url: URL) throws -> [String: Any] {
    let script = url.deletingLastPathComponent().appendingPathComponent("read-form.py")
    try Data(reader.utf8).write(to: script)
    let result = try WorkbookCommandTests.tool(["python3", script.path, url.path])
    #expect(result.status == 0, "read-form.py: \(result.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
  }

  /// Checks a written form against the layout of `questionnaire` in `language`.
  static func check(
    _ book: [String: Any], questionnaire: Questionnaire, sha256: String, language: String
  ) throws {
    let phrases = Phrases(language)
    let form = FillInForm(
      questionnaire: questionnaire,
      reference: QuestionnaireReference(
        id: questionnaire.id, version: questionnaire.version, sha256: sha256),
      language: language, labels: phrases.formLabels)
    let sheets = try #require(book["sheets"] as? [[String]])
    #expect(sheets == [["Questionnaire", "visible"], ["Lists", "hidden"], ["arusha", "hidden"]])
    #expect(book["protected"] as? Bool == true && book["password"] as? Bool == false)
    #expect(book["formulas"] as? Bool == false)
    #expect(book["freeze"] as? String == "A9")
    #expect(book["titles"] as? String == "$8:$8")
    // Printed: A to I (the help and the keys on screen only), a footer with the page.
    #expect(book["area"] as? String == "'Questionnaire'!$A$1:$I$\(8 + form.rows.count)")
    #expect(
      book["footer"] as? [String]
        == [
          phrases.formTitle(
            questionnaire.localized(questionnaire.title, in: language),
            version: questionnaire.version), "Page &P / &N",
        ])
    let printing = try #require(book["print"] as? [String: Any])
    #expect(printing["paperSize"] as? Int == 9 && printing["orientation"] as? String == "landscape")
    #expect(printing["fitToWidth"] as? Int == 1 && printing["fitToHeight"] as? Int == 0)
    #expect(printing["fitToPage"] as? Bool == true)
    #expect(book["hiddenColumns"] as? [String] == ["K"])
    let values = try #require(book["values"] as? [String: Any])
    #expect(values["D8"] as? String == phrases.formHeader(.answer))
    #expect(values["B2"] as? String == phrases.formField(.administration))

    // Each row: its number, its key, and exactly its answer cells unlocked.
    var expectedUnlocked: Set<String> = ["C2", "C3", "C4", "C5"]
    let validations = try #require(book["validations"] as? [[String: Any]])
    let lists = try #require(book["lists"] as? [[String]])
    #expect(lists == form.lists.map { $0.entries.map(\.text) })
    for row in form.rows {
      let question = try #require(questionnaire.questions.first { $0.id == row.questionID })
      let number = row.sheetRow
      #expect(values["A\(number)"] as? Int == row.number, "row \(number)")
      #expect(values["K\(number)"] as? String == row.key, "row \(number)")
      let answer = "D\(number)"
      let validation = validations.first { $0["sqref"] as? String == answer }
      if case .question = row.kind {
        expectedUnlocked.formUnion(["E\(number)", "F\(number)"])
        if question.allowNotApplicable { expectedUnlocked.insert("G\(number)") }
        #expect(
          values["C\(number)"] as? String
            == questionnaire.localized(question.text, in: language))
      }
      if let list = row.list {
        expectedUnlocked.insert(answer)
        let validation = try #require(validation, "\(answer)")
        #expect(validation["type"] as? String == "list")
        let column = FilledWorkbook.Address.letters(list + 1)
        let count = form.lists[list].entries.count
        #expect(
          validation["formula1"] as? String == "'Lists'!$\(column)$1:$\(column)$\(count)",
          "\(answer)")
        // The list's entries: the options in the form's language, then u and a where allowed.
        let entries = lists[list]
        var expected: [String] = []
        if case .option = row.kind {
          expected = ["1 — \(phrases.yes)", "0 — \(phrases.no)"]
        } else {
          switch question.kind {
          case .scale(_, let options), .choice(let options):
            expected = options.indices.map {
              "\(question.optionKey(at: $0)) — "
                + questionnaire.localized(options[$0].label, in: language)
            }
          case .yesno: expected = ["1 — \(phrases.yes)", "0 — \(phrases.no)"]
          default: expected = []
          }
          if question.allowUnknown { expected.append("u — \(phrases.formLabels.unknown)") }
          if question.allowNotApplicable {
            expected.append("a — \(phrases.formLabels.notApplicable)")
          }
        }
        #expect(entries == expected, "\(answer)")
      } else if case .number(let low, let high) = question.kind {
        expectedUnlocked.insert(answer)
        let validation = try #require(validation, "\(answer)")
        let formula = validation["formula1"] as? String ?? ""
        if question.allowUnknown || question.allowNotApplicable {
          #expect(validation["type"] as? String == "custom")
          #expect(formula.contains("ISNUMBER(\(answer))"))
          if let low { #expect(formula.contains("\(answer)>=\(FormCommandTests.number(low))")) }
          if let high { #expect(formula.contains("\(answer)<=\(FormCommandTests.number(high))")) }
          #expect(formula.contains("\(answer)=\"u\"") == question.allowUnknown)
          #expect(formula.contains("\(answer)=\"a\"") == question.allowNotApplicable)
        } else {
          #expect(validation["type"] as? String == "decimal")
          #expect(formula == low.map(FormCommandTests.number) ?? high.map(FormCommandTests.number))
        }
      } else if case .text = question.kind {
        expectedUnlocked.insert(answer)
        #expect(validation?["prompt"] as? String != nil, "\(answer)")
      } else {
        #expect(validation == nil, "\(answer)")
      }
    }
    let unlocked = Set(try #require(book["unlocked"] as? [String]))
    #expect(unlocked == expectedUnlocked)
    // What is typed in a comment, an evidence, a justification, a text answer or a field stays
    // text (a comment typed `=…` is no formula); numbers and list entries are typed as they are.
    let textual = Set(try #require(book["textual"] as? [String]))
    #expect(textual.isSubset(of: unlocked))
    for cell in unlocked {
      let column = cell.prefix { $0.isLetter }
      let row = Int(cell.drop { $0.isLetter }) ?? 0
      let question = form.rows.first { $0.sheetRow == row }.flatMap { row in
        questionnaire.questions.first { $0.id == row.questionID }
      }
      let isText: Bool
      if case .text? = question?.kind { isText = true } else { isText = false }
      #expect(textual.contains(cell) == (column != "D" || isText), "\(cell)")
    }

    let reference = try #require(book["reference"] as? [String: Any])
    #expect(reference["format"] as? String == FillInForm.format)
    #expect(reference["questionnaire"] as? String == questionnaire.id)
    #expect(reference["version"] as? String == questionnaire.version)
    #expect(reference["sha256"] as? String == sha256)
    #expect(reference["language"] as? String == language)
    #expect(reference["rows"] as? Int == form.rows.count)
  }

  /// A bound as a formula writes it.
  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int64(value)) : String(value)
  }

  /// The fixture's questionnaire and its file's SHA-256.
  static func fixtureQuestionnaire() throws -> (Questionnaire, String) {
    let bytes = [UInt8](try Data(contentsOf: fixture))
    let result = QuestionnaireDecoder().decode(bytes)
    return (try #require(result.questionnaire), Fingerprint.sha256(bytes))
  }

  @Test(
    .enabled(if: WorkbookCommandTests.hasOpenpyxl, "openpyxl is missing: pip install openpyxl"),
    arguments: ["en", "fr"])
  func theWorkbookIsTheLayoutReadByOpenpyxl(language: String) throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runArusha(
      [
        "form", "form.yaml", "--lang", language, "--administration", "Niger Customs", "--round",
        "2026", "--role", "Audit", "--respondent", "=Awa Diallo", "-o", "form.xlsx",
      ], directory: folder)
    #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(result)")
    let book = try Self.read(folder.appendingPathComponent("form.xlsx"))
    let (questionnaire, sha256) = try Self.fixtureQuestionnaire()
    try Self.check(book, questionnaire: questionnaire, sha256: sha256, language: language)
    let values = try #require(book["values"] as? [String: Any])
    #expect(values["C2"] as? String == "Niger Customs" && values["C3"] as? String == "2026")
    #expect(values["C4"] as? String == "Audit" && values["C5"] as? String == "=Awa Diallo")
    // A factor title that a spreadsheet would run stays text.
    #expect(values["B9"] as? String == "=HYPERLINK(\"http://evil.example\",\"x\") & <b>")
    if language == "fr" {
      #expect(values["H10"] as? String == "Seulement si Q1 ≥ 1 (Partiel)")
      #expect(values["G8"] as? String == "Justification du «\u{A0}sans objet\u{A0}»")
      #expect(values["I10"] as? String == "1 — Oui / 0 — Non / u — Ne sait pas")
    } else {
      #expect(values["H10"] as? String == "Only if Q1 ≥ 1 (Partial)")
      #expect(values["I10"] as? String == "1 — Yes / 0 — No / u — Don't know")
    }
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl, "openpyxl is missing: pip install openpyxl"))
  func theBundledDefaultTakesTheEnvironmentsLanguage() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runArusha(
      ["form", "-o", "default.xlsx"], environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": ""],
      directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let book = try Self.read(folder.appendingPathComponent("default.xlsx"))
    let reference = try #require(book["reference"] as? [String: Any])
    #expect(reference["language"] as? String == "fr")
    // The same questionnaire, and the same fingerprint, as `assess` records.
    let listing = try runArusha(["questionnaires", "--format", "json"], directory: folder)
    #expect(listing.stdout.contains("\"\(reference["questionnaire"] as? String ?? "?")\""))
    #expect((reference["sha256"] as? String)?.count == 64)
  }

  @Test func refusalsAreUsageErrors() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = try runArusha(["form", "form.yaml"], directory: folder)
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("form needs -o FILE.xlsx"), "\(missing.stderr)")
    let pdf = try runArusha(["form", "form.yaml", "-o", "form.pdf"], directory: folder)
    #expect(pdf.status == 64 && pdf.stderr.contains(".xlsx") && pdf.stderr.contains(".html"))
    let spanish = try runArusha(
      ["form", "form.yaml", "--lang", "es", "-o", "f.xlsx"], directory: folder)
    #expect(spanish.status == 64 && spanish.stderr.contains("(it has en, fr)"), "\(spanish.stderr)")
    let absent = try runArusha(["form", "absent.yaml", "-o", "f.xlsx"], directory: folder)
    #expect(absent.status == 66, "\(absent.stderr)")
    let itself = try runArusha(["form", "form.yaml", "-o", "form.yaml"], directory: folder)
    #expect(itself.status == 64, "\(itself.stderr)")
    for name in ["form.pdf", "f.xlsx"] {
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
    }
  }

  /// The file at `-o` may be the team's filled workbook (the README names the blank and the
  /// filled copy alike): `form` refuses it (73), as `import` refuses an existing response,
  /// and leaves it as it was.
  @Test func anExistingFileIsNeverReplaced() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["filled.xlsx", "page.html"] {
      let target = folder.appendingPathComponent(name)
      try Data("the team's answers".utf8).write(to: target)
      let result = try runArusha(["form", "form.yaml", "-o", name], directory: folder)
      #expect(result.status == 73, "\(result)")
      #expect(
        result.stderr.contains("\(name): already exists, and arusha does not overwrite it"),
        "\(result.stderr)")
      #expect(try Data(contentsOf: target) == Data("the team's answers".utf8))
    }
    let made = try runArusha(["form", "form.yaml", "-o", "new.html"], directory: folder)
    #expect(made.status == 0, "\(made)")
    let again = try runArusha(["form", "form.yaml", "-o", "new.html"], directory: folder)
    #expect(again.status == 73, "\(again)")
  }

  @Test(.enabled(if: WorkbookCommandTests.hasSoffice, "LibreOffice (soffice) is not installed"))
  func libreOfficeConvertsTheFormAndKeepsItsValidations() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runArusha(
      ["form", "form.yaml", "--lang", "fr", "-o", "form.xlsx"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let pdf = try WorkbookCommandTests.tool(
      ["soffice", "--headless", "--convert-to", "pdf", "form.xlsx"], in: folder)
    #expect(pdf.status == 0, "\(pdf.stderr)")
    let bytes = try Data(contentsOf: folder.appendingPathComponent("form.pdf"))
    #expect(bytes.starts(with: Array("%PDF".utf8)))
    // Saved again by LibreOffice, the form keeps its sheets, protection and validations.
    guard WorkbookCommandTests.hasOpenpyxl else { return }
    let out = folder.appendingPathComponent("saved")
    let saved = try WorkbookCommandTests.tool(
      ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out.path, "form.xlsx"],
      in: folder)
    #expect(saved.status == 0, "\(saved.stderr)")
    let book = try Self.read(out.appendingPathComponent("form.xlsx"))
    let sheets = try #require(book["sheets"] as? [[String]])
    #expect(sheets == [["Questionnaire", "visible"], ["Lists", "hidden"], ["arusha", "hidden"]])
    #expect(book["protected"] as? Bool == true)
    let validations = try #require(book["validations"] as? [[String: Any]])
    let number = try #require(validations.first { $0["sqref"] as? String == "D14" })
    #expect(number["type"] as? String == "custom")
    #expect(
      (number["formula1"] as? String)?.contains("D14=\"u\"") == true, "\(number)")
    let scale = try #require(validations.first { $0["sqref"] as? String == "D9" })
    #expect((scale["formula1"] as? String)?.contains("$A$1:$A$5") == true, "\(scale)")
    let unlocked = Set(try #require(book["unlocked"] as? [String]))
    #expect(unlocked.contains("D9") && unlocked.contains("C2") && !unlocked.contains("C9"))
  }

  @Test func thePrintablePageHasEveryQuestionAndItsBoxes() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runArusha(
      ["form", "form.yaml", "--lang", "fr", "--administration", "Douane", "-o", "form.html"],
      directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let page = try String(
      contentsOf: folder.appendingPathComponent("form.html"), encoding: .utf8)
    let (questionnaire, _) = try Self.fixtureQuestionnaire()
    for (index, question) in questionnaire.questions.enumerated() {
      #expect(page.contains("id=\"q\(index + 1)\""))
      let text = questionnaire.localized(question.text, in: "fr")
        .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        .replacingOccurrences(of: "'", with: "&#39;")
      #expect(page.contains(text), "\(text)")
    }
    #expect(page.contains("☐") && page.contains("@page { size: A4;"))
    #expect(page.contains("Douane") && page.contains("Seulement si Q2 = Oui"))
    #expect(!page.contains("<script") && !page.contains("<b>"))
  }

  @Test func aHostileQuestionnairesTextIsEscapedOnThePage() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: HostileText.folder.appendingPathComponent("questionnaire.yaml"),
      to: folder.appendingPathComponent("hostile.yaml"))
    for output in ["hostile.html", "hostile.xlsx"] {
      let result = try runArusha(["form", "hostile.yaml", "-o", output], directory: folder)
      #expect(result.status == 0, "\(result.stderr)")
    }
    let page = try String(
      contentsOf: folder.appendingPathComponent("hostile.html"), encoding: .utf8)
    #expect(HostileText.forbidden(in: page, terminal: false).isEmpty)
    #expect(HostileText.missingSurvivors(in: page).isEmpty)
  }

  @Test(.enabled(if: FormCommandTests.hasChromium, "chromium is not installed"))
  func chromiumPrintsThePageToPDF() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runArusha(["form", "form.yaml", "-o", "form.html"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let printed = try WorkbookCommandTests.tool(
      [
        "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--print-to-pdf=\(folder.appendingPathComponent("form.pdf").path)",
        folder.appendingPathComponent("form.html").path,
      ], in: folder)
    #expect(printed.status == 0, "\(printed.stderr)")
    let bytes = try Data(contentsOf: folder.appendingPathComponent("form.pdf"))
    #expect(bytes.starts(with: Array("%PDF".utf8)))
  }

  static let hasChromium: Bool =
    (try? WorkbookCommandTests.tool(["sh", "-c", "command -v chromium"]).status) == 0
}
