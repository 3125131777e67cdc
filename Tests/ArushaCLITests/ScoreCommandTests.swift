import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

@Suite struct ScoreCommandTests {
  static let fixtures = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/scoring")

  /// A folder with the fixture questionnaire and a response carrying its real sha256.
  func workspace(editQuestionnaire: Bool = false) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-score-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Questionnaires"), withIntermediateDirectories: true)
    let questionnaire = try Data(
      contentsOf: Self.fixtures.appendingPathComponent("questionnaire.yaml"))
    let sha = Fingerprint.sha256([UInt8](questionnaire))
    var stored = questionnaire
    if editQuestionnaire { stored.append(contentsOf: Array("# edited\n".utf8)) }
    try stored.write(to: folder.appendingPathComponent("Questionnaires/fixture.yaml"))
    let response = try String(
      contentsOf: Self.fixtures.appendingPathComponent("response.yaml"), encoding: .utf8
    )
    .replacingOccurrences(of: String(repeating: "0", count: 64), with: sha)
    try Data(response.utf8).write(to: folder.appendingPathComponent("response.yaml"))
    return folder
  }

  @Test func jsonByDefaultWhenPiped() throws {
    let folder = try workspace()
    let result = try runArushaInProcess(["score", "response.yaml"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("{\n  \"questionnaire\": {\n    \"id\": \"scoring-fixture\""))
    #expect(result.stdout.contains("\"score\": 51.736111111111"))
  }

  /// Issue 23: `--format` takes the extension names `-o` takes (`md`, `htm`, `txt`, any case).
  @Test func formatsAreNamedByTheirExtensionsToo() throws {
    let folder = try workspace()
    for (alias, name) in [
      ("md", "markdown"), ("MD", "markdown"), ("htm", "html"), ("txt", "table"),
    ] {
      let byAlias = try runArushaInProcess(
        ["score", "response.yaml", "--format", alias], directory: folder)
      let byName = try runArushaInProcess(
        ["score", "response.yaml", "--format", name], directory: folder)
      #expect(byAlias.status == 0, "\(alias): \(byAlias.stderr)")
      #expect(byAlias.stdout == byName.stdout && !byName.stdout.isEmpty, "\(alias)")
    }
    let wrong = try runArushaInProcess(
      ["score", "response.yaml", "--format", "doc"], directory: folder)
    #expect(wrong.status == 64 && wrong.stderr.contains("'doc' is invalid"), "\(wrong.stderr)")
  }

  /// Issue 23: `score --format csv --lang fr` writes the French spreadsheet's CSV too, the
  /// factors, the items and the action plan alike.
  @Test func csvInFrenchUsesSemicolonsAndDecimalCommas() throws {
    let folder = try workspace()
    // Fields per header: the factors 20 (relative_strength and evidence_checked last, issue
    // 24), the items 17 (evidence_checked last), the action plan 14 (target_description and
    // annex last; one of its French headers holds commas, quoted).
    for (extra, fields) in [([String](), 20), (["--items"], 17), (["--action-plan"], 14)] {
      let french = try runArushaInProcess(
        ["score", "response.yaml", "--format", "csv", "--lang", "fr"] + extra, directory: folder)
      #expect(french.status == 0, "\(extra): \(french.stderr)")
      let header = french.stdout.components(separatedBy: "\r\n")[0]
      #expect(header.hasPrefix("\u{FEFF}"))
      #expect(header.split(separator: ";").count == fields, "\(extra): \(header)")
    }
    let factors = try runArushaInProcess(
      ["score", "response.yaml", "--format", "csv", "--lang", "fr"], directory: folder)
    #expect(factors.stdout.contains(";Alpha;59,72222222222223;"), "\(factors.stdout)")
  }

  @Test func everyFormatToAFile() throws {
    let folder = try workspace()
    for (name, check) in [
      ("r.html", "<!DOCTYPE html>"), ("r.csv", "\u{FEFF}administration"),
      ("r.md", "# Scoring fixture"), ("r.json", "{"),
    ] {
      let result = try runArushaInProcess(
        ["score", "response.yaml", "-o", name], directory: folder)
      #expect(result.status == 0 && result.stdout.isEmpty, "\(name): \(result.stderr)")
      // Read as bytes: Foundation's String(contentsOf:) would drop the CSV's byte-order mark.
      let written = String(
        decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
      #expect(written.hasPrefix(check), "\(name)")
    }
    let plan = try runArushaInProcess(
      ["score", "response.yaml", "--action-plan", "--format", "csv", "--lang", "fr"],
      directory: folder)
    #expect(
      plan.stdout.hasPrefix(
        "\u{FEFF}#;factor_id;Facteur;question_id;Question;critique;Réponse;Prochain niveau à atteindre;Action;Responsable"
      ))
  }

  /// The factors CSV ends with the overall row (issue 14): factor id empty, title
  /// « Score global (indicatif) » for this response in progress, the overall score unrounded
  /// (written for a French spreadsheet, as `--lang fr` asks: issue 23).
  @Test func theFactorsCSVHasAnOverallRow() throws {
    let folder = try workspace()
    let csv = try runArushaInProcess(
      ["score", "response.yaml", "--format", "csv", "--lang", "fr"], directory: folder)
    let last = try #require(csv.stdout.split(separator: "\r\n").last)
    #expect(
      last.hasPrefix("Fixture Customs;2024;;;Score global (indicatif);51,736111111111"), "\(last)")
  }

  @Test func editedQuestionnaireIsRefusedWithWhatToPassAndNothingIsWritten() throws {
    let folder = try workspace(editQuestionnaire: true)
    let result = try runArushaInProcess(
      ["score", "response.yaml", "-o", "out.html"], directory: folder)
    #expect(result.status == 65)
    #expect(
      result.stderr.contains(
        "Questionnaires/fixture.yaml is questionnaire 'scoring-fixture' version '1' but its contents differ"
      ))
    #expect(result.stderr.contains("--questionnaire FILE"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.html").path))
    let accepted = try runArushaInProcess(
      ["score", "response.yaml", "--accept-questionnaire-mismatch"], directory: folder)
    #expect(accepted.status == 0)
  }

  @Test func missingQuestionnaireSaysWhatToPass() throws {
    let folder = try workspace()
    try FileManager.default.removeItem(at: folder.appendingPathComponent("Questionnaires"))
    let result = try runArushaInProcess(["score", "response.yaml"], directory: folder)
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "arusha: no questionnaire 'scoring-fixture' version '1' is bundled or in ./Questionnaires; pass the questionnaire file the response was made with: --questionnaire FILE\n"
    )
    let explicit = try runArushaInProcess(
      [
        "score", "response.yaml", "--questionnaire",
        Self.fixtures.appendingPathComponent("questionnaire.yaml").path,
      ], directory: folder)
    #expect(explicit.status == 0)
  }

  @Test func brokenResponseListsEveryProblemWithPositions() throws {
    let folder = try workspace()
    let url = folder.appendingPathComponent("response.yaml")
    var text = try String(contentsOf: url, encoding: .utf8)
    text = text.replacingOccurrences(of: "a1: {value: 3,", with: "a1: {value: 9,")
      .replacingOccurrences(of: "b2: {value: 0}", with: "b2: {value: maybe}")
    try Data(text.utf8).write(to: url)
    let result = try runArushaInProcess(
      ["score", "response.yaml", "-o", "out.json"], directory: folder)
    #expect(result.status == 65)
    #expect(
      result.stderr.contains(
        "response.yaml:16:15: error: 9 is not an option of 'a1' (0, 1, 2, 3, 4)"))
    #expect(
      result.stderr.contains(
        "response.yaml:25:15: error: expected the answer to 'b2' (a number), found 'maybe'"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path))
  }

  @Test func unreadableResponseExits66() throws {
    let result = try runArushaInProcess(["score", "/nonexistent/response.yaml"])
    #expect(result.status == 66)
    #expect(result.stderr == "arusha: /nonexistent/response.yaml: no such file\n")
  }

  @Test func unwritableOutputExits73() throws {
    let folder = try workspace()
    let result = try runArushaInProcess(
      ["score", "response.yaml", "-o", "/nonexistent-folder/out.json"], directory: folder)
    #expect(result.status == 73)
  }
}
