import ArushaCore
import ArushaFiles
import ArushaTestSupport
import Foundation
import Testing

/// `arusha form` then `arusha import` through the real binary (issue 28): a form filled in as
/// a person would (openpyxl choosing each answer from its cell's drop-down list, typing
/// numbers and text; `scripts/fill-form.py`), and saved again by LibreOffice where it is
/// installed, imports as exactly the answers `assess` saved, and scores the same; each
/// refusal is reported at its cell and nothing is written.
@Suite struct ImportCommandTests {
  static let rad = TestPaths.questionnaires.appendingPathComponent(
    "revised-arusha-declaration.yaml")
  /// The worked example's 2024 round, as `assess` saved it from the workshop's typed answers
  /// (ImprovementCycleExampleTests checks that).
  static let assessed = TestPaths.packageRoot.appendingPathComponent(
    "docs/worked-example/sahelia-2024.yaml")

  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func response(_ url: URL, questionnaire: URL = rad) throws -> Response {
    let located = try QuestionnaireChoice.resolve(UserPath(questionnaire.path))
    let header = try #require(ResponseDecoder.header([UInt8](try Data(contentsOf: url))).header)
    let decoded = ResponseDecoder.decode(header, questionnaire: located.questionnaire)
    return try #require(decoded.response, "\(decoded.diagnostics)")
  }

  /// What `scripts/fill-form.py` types for `response`: each answer by its row's key, a list's
  /// answer as the key of the entry to choose, a number as a number, a text as text.
  static func fillIn(_ response: Response, questionnaire: Questionnaire) -> [String: Any] {
    var rows: [String: Any] = [:]
    for question in questionnaire.questions {
      guard let answer = response.answers[question.id] else { continue }
      var cells: [String: Any] = [:]
      switch (answer.state, answer.value) {
      case (.unknown?, _): cells["answer"] = ["key": FillInForm.unknownKey]
      case (.notApplicable?, _): cells["answer"] = ["key": FillInForm.notApplicableKey]
      case (nil, .number(let value)?):
        switch question.kind {
        case .scale, .choice:
          let index = question.kind.options.firstIndex { $0.value == value } ?? -1
          cells["answer"] = ["key": String(question.optionKey(at: index))]
        case .yesno: cells["answer"] = ["key": value == 1 ? FillInForm.yesKey : FillInForm.noKey]
        default: cells["answer"] = value
        }
      case (nil, .selection(let selected)?):
        for option in question.kind.options {
          let key = question.id + "#" + FillInForm.valueText(option.value)
          rows[key] = [
            "answer": [
              "key": selected.contains(option.value) ? FillInForm.yesKey : FillInForm.noKey
            ]
          ]
        }
      case (nil, .text(let text)?): cells["answer"] = text
      case (nil, nil): break
      }
      cells["comment"] = answer.comment
      cells["evidence"] = answer.evidence
      cells["justification"] = answer.justification
      rows[question.id] = cells
    }
    return [
      "fields": [
        "administration": response.administration, "round": response.round,
        "role": response.role as Any, "respondent": response.respondent as Any,
      ].compactMapValues { $0 is NSNull ? nil : $0 }, "rows": rows,
    ]
  }

  /// Fills `form` with `answers` into `out` through `scripts/fill-form.py`.
  static func fill(_ form: URL, _ answers: [String: Any], _ out: URL) throws {
    let json = out.deletingPathExtension().appendingPathExtension("json")
    try JSONSerialization.data(withJSONObject: answers).write(to: json)
    let script = TestPaths.packageRoot.appendingPathComponent("scripts/fill-form.py")
    let result = try WorkbookCommandTests.tool([
      "python3", script.path, form.path, json.path, out.path,
    ])
    #expect(result.status == 0, "fill-form.py: \(result.stderr)")
  }

  /// The score report as JSON, for comparing two responses' figures.
  static func score(_ response: URL, in folder: URL) throws -> String {
    let result = try runArusha(["score", response.path, "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  /// The worked example's round, filled into a French form and imported: the same response
  /// as `assess` saved, but for its times, and the same score report.
  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl))
  func aFormFilledAsAPersonWouldImportsAsAssessSavedIt() throws {
    let folder = try Self.folder()
    let form = folder.appendingPathComponent("formulaire.xlsx")
    let made = try runArusha(
      ["form", Self.rad.path, "--lang", "fr", "--round", "2024", "-o", form.path],
      directory: folder)
    #expect(made.status == 0, "\(made.stderr)")
    let assessed = try Self.response(Self.assessed)
    let questionnaire = try QuestionnaireChoice.resolve(UserPath(Self.rad.path)).questionnaire
    let filled = folder.appendingPathComponent("rempli.xlsx")
    try Self.fill(form, Self.fillIn(assessed, questionnaire: questionnaire), filled)
    let imported = folder.appendingPathComponent("sahelia-2024.yaml")
    let result = try runArusha(["import", filled.path, "-o", imported.path], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("questions renseignées sur"), "\(result.stderr)")
    var response = try Self.response(imported)
    #expect(response.status == .complete)
    #expect(response.language == "fr")
    #expect(response.answers == assessed.answers)
    response.started = assessed.started
    response.updated = assessed.updated
    response.completed = assessed.completed
    #expect(response == assessed)
    #expect(try Self.score(imported, in: folder) == (try Self.score(Self.assessed, in: folder)))
    // Signed like any response (the README's round trip ends there).
    let key = try runArusha(
      ["keygen", "-f", "sahelia-signing", "--comment", "Douanes de Sahelia (fictive)"],
      directory: folder)
    #expect(key.status == 0, "\(key.stderr)")
    let signed = try runArusha(
      ["sign", imported.path, "--key", "sahelia-signing"], directory: folder)
    #expect(signed.status == 0, "\(signed.stderr)")

    // Saved again by LibreOffice (shared strings, its own styles): the same answers.
    guard WorkbookCommandTests.hasSoffice else { return }
    let office = folder.appendingPathComponent("office")
    let converted = try WorkbookCommandTests.tool(
      [
        "soffice", "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
        "--outdir", office.path, filled.path,
      ], in: folder)
    #expect(converted.status == 0, "\(converted.stderr)")
    let again = folder.appendingPathComponent("again.yaml")
    let reread = try runArusha(
      ["import", office.appendingPathComponent("rempli.xlsx").path, "-o", again.path],
      directory: folder)
    #expect(reread.status == 0, "\(reread.stderr)")
    #expect(try Self.response(again).answers == assessed.answers)
  }
}

/// Each refusal of `arusha import` through the real binary, on a small questionnaire of every
/// type (FormImportTests' fixture): every problem at once at its cell with the fix, nothing
/// written, `--partial`, a file never replaced, another version or other bytes refused.
@Suite struct ImportRefusalCommandTests {
  static let fixture = FormFixture.questionnaire

  /// A folder with the fixture questionnaire (`q.yaml`) and its form (`form.xlsx`, `language`).
  static func workspace(language: String = "en") throws -> URL {
    let folder = try ImportCommandTests.folder()
    try fixture.write(
      to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
    let made = try runArusha(
      [
        "form", "q.yaml", "--lang", language, "--administration", "Niger", "--round", "2024", "-o",
        "form.xlsx",
      ], directory: folder)
    #expect(made.status == 0, "\(made.stderr)")
    return folder
  }

  /// Fills the form of `folder` with `answers` into `filled.xlsx`.
  static func fill(_ folder: URL, _ answers: [String: Any]) throws {
    try ImportCommandTests.fill(
      folder.appendingPathComponent("form.xlsx"), answers,
      folder.appendingPathComponent("filled.xlsx"))
  }

  static func exists(_ folder: URL, _ name: String) -> Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
  }

  /// The careless workbook: an answer to the question that level 0 hides, a multi with two
  /// options left empty, a number above its bound, a formula, an entry no list has.
  static func careless() -> [String: Any] {
    [
      "rows": [
        "q1": ["answer": ["key": "0"]],
        "q3#1": ["answer": ["key": "1"]],
      ],
      "cells": ["D10": "1 — Yes", "D15": 200, "D16": "=1+1", "D17": "7 — Twenty"],
    ]
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl))
  func everyProblemIsReportedAtItsCellAndNothingIsWritten() throws {
    let folder = try Self.workspace()
    try Self.fill(folder, Self.careless())
    let result = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml"], directory: folder)
    #expect(result.status == 65)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    // The condition in the form's words (FormWorkbookTests checks them).
    #expect(
      lines.first?.hasPrefix(
        "filled.xlsx:Questionnaire!D10: error: Q2 is answered, but it does not apply given the answer to Q1 (Only if Q1 ≥ 1"
      ) == true, "\(result.stderr)")
    #expect(
      lines.first?.hasSuffix(
        "Some)); clear Q2's cells, or correct the answer to Q1 if it is wrong") == true)
    #expect(
      lines.dropFirst() == [
        "filled.xlsx:Questionnaire!D13: error: Q3: options 2 and 3 have no answer while others are answered; answer every option 1 (yes) or 0 (no), or clear them all to leave the question unanswered",
        "filled.xlsx:Questionnaire!D15: error: Q4: 200 is outside the question's bounds; type a number from 0 to 100",
        "filled.xlsx:Questionnaire!D16: error: Q5: a formula is not an answer (its computed value is not taken); type the value itself",
        "filled.xlsx:Questionnaire!D17: error: Q6: '7 — Twenty' is not in the question's list; choose one of: 1 — Zero / 2 — Five / 3 — Ten",
        "arusha: nothing written: 5 problems in filled.xlsx (above). Correct them in the workbook and import it again, or add --partial to keep what is valid as an in-progress response",
      ], "\(result.stderr)")
    #expect(!Self.exists(folder, "niger-2024.yaml"))
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl))
  func partialKeepsWhatIsValidAsAnInProgressResponse() throws {
    let folder = try Self.workspace()
    try Self.fill(folder, Self.careless())
    let result = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml", "--partial"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains("filled.xlsx:Questionnaire!D10: warning: Q2 is answered"),
      "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "arusha: wrote niger-2024.yaml: 1 of 6 questions answered, in progress; the 5 problems above were left out"
      ), "\(result.stderr)")
    let response = try ImportCommandTests.response(
      folder.appendingPathComponent("niger-2024.yaml"),
      questionnaire: folder.appendingPathComponent("q.yaml"))
    #expect(response.status == .inProgress)
    #expect(response.answers == ["q1": .value(.number(0))])
    #expect(response.administration == "Niger" && response.round == "2024")
    // score reads it as any in-progress response.
    let scored = try runArusha(
      ["score", "niger-2024.yaml", "--questionnaire", "q.yaml"], directory: folder)
    #expect(scored.status == 0, "\(scored.stderr)")
    // assess resumes it at the first question without an answer (Q3: Q2 does not apply),
    // keeping the rest.
    let resumed = try runArusha(
      ["assess", "q.yaml", "-o", "niger-2024.yaml", "--plain"], input: "1 3\n",
      directory: folder)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let after = try ImportCommandTests.response(
      folder.appendingPathComponent("niger-2024.yaml"),
      questionnaire: folder.appendingPathComponent("q.yaml"))
    #expect(
      after.answers == ["q1": .value(.number(0)), "q3": .value(.selection([1, -1]))])
    // A second import never replaces it.
    let again = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml", "--partial"], directory: folder)
    #expect(again.status == 73)
    #expect(
      again.stderr.contains(
        "niger-2024.yaml: already exists, and arusha import never replaces a response"),
      "\(again.stderr)")
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl))
  func rowsSortedOrDeletedAreRefused() throws {
    let folder = try Self.workspace()
    // Q4 and Q5 sorted the other way, then the row of Q3's second option deleted: one
    // problem each, and the rows below the deletion are read where they are.
    try Self.fill(folder, ["swap_rows": [[15, 16]], "delete_rows": [13]])
    let result = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml"], directory: folder)
    #expect(result.status == 65)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.prefix(2) == [
        "filled.xlsx:Questionnaire!A13: error: the row of Q3 (q3#2) is missing: the form put it at row 13; copy that row from a new form made by 'arusha form' back into this place, or import with --partial to leave Q3 unanswered",
        "filled.xlsx:Questionnaire!A15: error: the row of Q4 (q4) is out of the form's order: it is row 15, the form put it at row 15 (rows were sorted or moved); put the rows back in the form's order (undo the sort before saving, or copy the answers into a new form made by 'arusha form'); with --partial, each answer is read from its question's row wherever it is",
      ], "\(result.stderr)")
    #expect(lines.count == 3, "\(result.stderr)")
    #expect(!Self.exists(folder, "niger-2024.yaml"))
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl))
  func anotherVersionOrOtherBytesAreRefused() throws {
    let folder = try Self.workspace()
    try Self.fill(folder, [:])
    let other = Self.fixture.replacingOccurrences(of: "version: \"1\"", with: "version: \"2\"")
    try other.write(to: folder.appendingPathComponent("v2.yaml"), atomically: true, encoding: .utf8)
    let versions = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "v2.yaml"], directory: folder)
    #expect(versions.status == 65)
    #expect(
      versions.stderr.contains(
        "v2.yaml is questionnaire 'form-fixture' version '2', but the workbook answers questionnaire 'form-fixture' version '1'"
      ), "\(versions.stderr)")
    let edited = Self.fixture + "\n# edited\n"
    try edited.write(
      to: folder.appendingPathComponent("edited.yaml"), atomically: true, encoding: .utf8)
    let bytes = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "edited.yaml"], directory: folder)
    #expect(bytes.status == 65)
    #expect(bytes.stderr.contains("its contents differ from the file the workbook was made with"))
    let accepted = try runArusha(
      [
        "import", "filled.xlsx", "--questionnaire", "edited.yaml",
        "--accept-questionnaire-mismatch",
      ],
      directory: folder)
    #expect(accepted.status == 0, "\(accepted.stderr)")
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl))
  func frenchFormsSpeakFrenchAndReadDecimalCommas() throws {
    let folder = try Self.workspace(language: "fr")
    try Self.fill(
      folder,
      [
        "rows": ["q1": ["answer": ["key": "a"]], "q2": ["answer": ["key": "1"]]],
        "cells": [
          "D12": "1 — Oui ", "D13": "Non", "D14": "0", "D15": "12,5", "D17": "Vingt",
        ],
      ])
    let result = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml"], directory: folder)
    #expect(result.status == 65)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "filled.xlsx:Questionnaire!G9: error: Q1\u{202F}: «\u{202F}sans objet\u{202F}» doit être justifié\u{202F}; indiquez dans cette cellule pourquoi la question ne s’applique pas, ou choisissez une autre réponse",
        "filled.xlsx:Questionnaire!D17: error: Q6\u{202F}: «\u{202F}Vingt\u{202F}» ne figure pas dans la liste de la question\u{202F}; choisissez l’une de ces réponses\u{202F}: 1 — Zero / 2 — Five / 3 — Ten",
        "arusha: rien n’a été écrit\u{202F}: 2 problèmes dans filled.xlsx (ci-dessus). Corrigez-les dans le classeur, puis importez à nouveau le classeur, ou ajoutez --partial pour garder ce qui est valide dans une réponse en cours",
      ], "\(result.stderr)")
    try Self.fill(
      folder,
      [
        "rows": [
          "q1": ["answer": ["key": "a"], "justification": "Tous les postes tournent"],
          "q2": ["answer": NSNull()],
        ],
        "cells": ["D12": "1 — Oui ", "D13": "Non", "D14": "0", "D15": "12,5", "D17": 3],
      ])
    let fixed = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml"], directory: folder)
    #expect(fixed.status == 0, "\(fixed.stderr)")
    #expect(
      fixed.stderr.contains(
        "niger-2024.yaml écrit\u{202F}: 4 questions renseignées sur 6, réponse complète"),
      "\(fixed.stderr)")
    let response = try ImportCommandTests.response(
      folder.appendingPathComponent("niger-2024.yaml"),
      questionnaire: folder.appendingPathComponent("q.yaml"))
    #expect(
      response.answers == [
        "q1": .notApplicable("Tous les postes tournent"),
        "q3": .value(.selection([1])), "q4": .value(.number(12.5)), "q6": .value(.number(10)),
      ])
    #expect(response.status == .complete)
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl))
  func aPercentageIsReadAsShownAndADateIsRefused() throws {
    let folder = try Self.workspace()
    // "45 %" typed in Excel: 0.45 in a cell formatted 0%.
    try Self.fill(
      folder,
      ["rows": ["q1": ["answer": ["key": "1"]]], "cells": ["D15": 0.45], "formats": ["D15": "0%"]])
    let percent = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml", "--partial", "-o", "p.yaml"],
      directory: folder)
    #expect(percent.status == 0, "\(percent.stderr)")
    let response = try ImportCommandTests.response(
      folder.appendingPathComponent("p.yaml"),
      questionnaire: folder.appendingPathComponent("q.yaml"))
    #expect(response.answers["q4"] == .value(.number(45)))
    // A date typed where a number is asked: a serial number of days, refused.
    try Self.fill(folder, ["cells": ["D15": ["date": "1900-02-14"]]])
    let date = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml"], directory: folder)
    #expect(date.status == 65)
    #expect(
      date.stderr.contains(
        "filled.xlsx:Questionnaire!D15: error: Q4: the cell holds a date (45 as stored), not a number"
      ),
      "\(date.stderr)")
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl))
  func textFromTheWorkbookNeverMakesALineOfItsOwn() throws {
    let folder = try Self.workspace()
    // A line break, a tab and a line separator in an answer; a 20,000-character id with a
    // line break in the hidden sheet; an administration of one zero width space.
    let fake = "x' ok\narusha: wrote niger-2024.yaml: 6 of 6\tquestions\u{2028}answered"
    try Self.fill(folder, ["cells": ["D9": fake, "C2": "\u{200B}"]])
    let answer = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml"], directory: folder)
    #expect(answer.status == 65)
    let lines = answer.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4, "\(answer.stderr)")  // two problems, the summary, the last break
    #expect(
      lines.first?.hasPrefix("filled.xlsx:Questionnaire!C2: error: the administration is empty")
        == true)
    #expect(!lines.contains { $0.hasPrefix("arusha: wrote") }, "\(answer.stderr)")
    #expect(!answer.stderr.contains("\t") && !answer.stderr.contains("\u{2028}"))
    try Self.fill(
      folder, ["cells": ["arusha!B2": String(repeating: "q", count: 20_000) + "\nline2"]])
    let id = try runArusha(["import", "filled.xlsx"], directory: folder)
    #expect(id.status == 65)
    #expect(id.stderr.split(separator: "\n").count == 1, "\(id.stderr)")
    #expect(id.stderr.count < 400, "\(id.stderr)")
    #expect(
      id.stderr.contains("filled.xlsx:arusha!B2: error: the hidden sheet's 'questionnaire' is 'qqq")
    )
  }

  @Test func aFolderOrAnOutputThatIsNotYAMLIsRefused() throws {
    let folder = try Self.workspace()
    let given = try runArusha(["import", "."], directory: folder)
    #expect(given.status == 66, "\(given.stderr)")
    #expect(given.stderr.contains(".: is a folder; give the filled-in workbook (.xlsx)"))
    let output = try runArusha(["import", "form.xlsx", "-o", "out.xlsx"], directory: folder)
    #expect(output.status == 64, "\(output.stderr)")
    #expect(output.stderr.contains("import writes a response file (YAML); name it .yaml"))
    let response = folder.appendingPathComponent("r.xlsx")
    try Data(contentsOf: ImportCommandTests.assessed).write(to: response)
    let yaml = try runArusha(["import", "r.xlsx"], directory: folder)
    #expect(yaml.status == 65)
    #expect(yaml.stderr.contains("r.xlsx: is a response (YAML), not a workbook"), "\(yaml.stderr)")
  }

  @Test func aWorkbookNotMadeByFormSaysSo() throws {
    let folder = try ImportCommandTests.folder()
    let result = try runArusha(["import", "/dev/null"], directory: folder)
    #expect(result.status != 0)
    #expect(!result.stderr.isEmpty)
  }
}

/// Hostile workbooks through the real binary (issue 28, item 4).
///
/// Each file that `Benchmarks/hostile-workbooks.py` writes (zip bombs, a billion-laughs sharedStrings, a
/// million-row sheet, external entities, traversal, other formats…) is refused with one line
/// naming the file, exit 65, nothing written. How long each takes is measured by
/// `Benchmarks/hostile-workbooks.py`'s loop, never asserted here.
@Suite struct HostileWorkbookCommandTests {
  @Test func everyHostileWorkbookIsRefusedInOneLine() throws {
    let folder = try ImportCommandTests.folder()
    let script = TestPaths.packageRoot.appendingPathComponent("Benchmarks/hostile-workbooks.py")
    let made = try WorkbookCommandTests.tool(["python3", script.path, "--out", folder.path])
    #expect(made.status == 0, "\(made.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".xlsx") }.sorted()
    #expect(names.count >= 20)
    #expect(names.contains("zip-bomb.xlsx") && names.contains("billion-laughs.xlsx"))
    #expect(names.contains("million-rows.xlsx"))
    for name in names {
      let result = try runArusha(["import", name, "-o", "out.yaml"], directory: folder)
      #expect(result.status == 65, "\(name): \(result.stderr)")
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 1, "\(name): \(result.stderr)")
      #expect(result.stderr.hasPrefix("arusha: \(name): "), "\(name): \(result.stderr)")
      #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
      #expect(
        !FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.yaml").path))
    }
  }
}

/// What the second workshop review found, through the real binary.
@Suite struct ImportWorkshopFollowUpTests {
  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl))
  func aDateTypedAsTheRoundIsRefusedAndAnotherAdministrationIsSaid() throws {
    let folder = try ImportRefusalCommandTests.workspace()
    try ImportRefusalCommandTests.fill(folder, ["cells": ["C3": ["date": "2024-12-01"]]])
    let date = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml"], directory: folder)
    #expect(date.status == 65)
    #expect(
      date.stderr.contains(
        "filled.xlsx:Questionnaire!C3: error: the spreadsheet stored what was typed here as a date"
      ), "\(date.stderr)")
    // The form was made for Niger (workspace()); the team wrote Bénin, and left Q6 empty.
    try ImportRefusalCommandTests.fill(
      folder,
      [
        "fields": ["administration": "Bénin"],
        "rows": [
          "q1": ["answer": ["key": "0"]], "q3#1": ["answer": ["key": "0"]],
          "q3#2": ["answer": ["key": "0"]], "q3#-1": ["answer": ["key": "0"]],
        ],
      ])
    let other = try runArusha(
      ["import", "filled.xlsx", "--questionnaire", "q.yaml"], directory: folder)
    #expect(other.status == 0, "\(other.stderr)")
    #expect(
      other.stderr.contains(
        "filled.xlsx:Questionnaire!C2: note: the form was made for the administration 'Niger'; the workbook now says 'Bénin', which the response takes"
      ), "\(other.stderr)")
    #expect(
      other.stderr.contains(
        "wrote benin-2024.yaml: 2 of 6 questions answered, in progress; required and still without an answer: Q6"
      ), "\(other.stderr)")
  }
}
