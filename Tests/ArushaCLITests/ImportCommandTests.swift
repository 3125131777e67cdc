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
    let located = try QuestionnaireChoice.resolve(questionnaire.path)
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
          let index = question.kind.options.firstIndex { $0.value == value }!
          cells["answer"] = ["key": String(question.optionKey(at: index))]
        case .yesno: cells["answer"] = ["key": value == 1 ? FillInForm.yesKey : FillInForm.noKey]
        default: cells["answer"] = value
        }
      case (nil, .selection(let selected)?):
        for option in question.kind.options {
          let key = question.id + "#" + FillInForm.valueText(option.value)
          rows[key] = [
            "answer": ["key": selected.contains(option.value) ? FillInForm.yesKey : FillInForm.noKey]
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
    let result = try WorkbookCommandTests.tool(["python3", script.path, form.path, json.path, out.path])
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
    let questionnaire = try QuestionnaireChoice.resolve(Self.rad.path).questionnaire
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
