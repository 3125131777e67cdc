import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// The command line (in-process) on the hostile fixture (HostileText): what `score` and `compare` print,
/// on standard output and standard error, carries no control character from the files.
@Suite struct HostileTextCommandTests {
  /// A folder with the hostile questionnaire in `Questionnaires/` and, in `responses/`, the
  /// hostile response in round `2024…` and a copy in round `2020…`, both with the real sha256.
  func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-hostile-\(UUID().uuidString)")
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("Questionnaires"), withIntermediateDirectories: true)
    try manager.createDirectory(
      at: folder.appendingPathComponent("responses"), withIntermediateDirectories: true)
    let questionnaire = try HostileText.questionnaireBytes()
    try Data(questionnaire).write(to: folder.appendingPathComponent("Questionnaires/hostile.yaml"))
    let response = try HostileText.responseText(sha256: Fingerprint.sha256(questionnaire))
    try Data(response.utf8).write(to: folder.appendingPathComponent("responses/2024.yaml"))
    let earlier = response.replacingOccurrences(
      of: "round: \"2024\\e", with: "round: \"2020\\e")
    #expect(earlier != response)
    try Data(earlier.utf8).write(to: folder.appendingPathComponent("responses/2020.yaml"))
    return folder
  }

  func expectClean(
    _ result: CommandResult, _ command: String, terminal: Bool,
    allowed: Set<Unicode.Scalar> = ["\n"], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.status == 0, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
    let forbidden = HostileText.forbidden(in: result.stdout, terminal: terminal, allowed: allowed)
    #expect(forbidden.isEmpty, "\(command): \(forbidden)", sourceLocation: sourceLocation)
    let missing = HostileText.missingSurvivors(in: result.stdout)
    #expect(missing.isEmpty, "\(command) lost \(missing)", sourceLocation: sourceLocation)
  }

  @Test func scoreInEveryFormat() throws {
    let folder = try workspace()
    let response = "responses/2024.yaml"
    for (arguments, terminal, allowed) in [
      (["--format", "table"], true, ["\n"]),
      (["--format", "csv"], false, ["\r", "\n"]),
      (["--format", "csv", "--items"], false, ["\r", "\n"]),
      (["--action-plan", "--format", "csv"], false, ["\r", "\n"]),
      (["--action-plan", "--format", "markdown"], false, ["\n"]),
      (["--format", "markdown"], false, ["\n"]),
      (["--format", "json"], false, ["\n"]),
      (["--format", "html"], false, ["\n"]),
    ] as [([String], Bool, Set<Unicode.Scalar>)] {
      let result = try runArushaInProcess(["score", response] + arguments, directory: folder)
      expectClean(result, arguments.joined(separator: " "), terminal: terminal, allowed: allowed)
    }
    let table = try runArushaInProcess(["score", response, "--format", "table"], directory: folder)
    // The round is a name too: its controls shown (issue 22).
    #expect(table.stdout.contains(HostileText.administrationOnTerminal + ", round 2024␛]0;pwned␇"))
    let csv = try runArushaInProcess(["score", response, "--format", "csv"], directory: folder)
    // Quoted for the ";" (semicolon spreadsheets); U+202E stays in a document.
    #expect(
      csv.stdout.contains(
        "\r\n\"\(HostileText.administrationInDocument)\",\"2024␛]0;pwned␇\u{202E}\",alpha,1,"))
  }

  @Test func compareInEveryFormat() throws {
    let folder = try workspace()
    for (format, terminal, allowed) in [
      ("table", true, ["\n"]), ("csv", false, ["\r", "\n"]), ("markdown", false, ["\n"]),
      ("json", false, ["\n"]), ("html", false, ["\n"]),
    ] as [(String, Bool, Set<Unicode.Scalar>)] {
      let result = try runArushaInProcess(
        ["compare", "responses", "--format", format], environment: ["COLUMNS": "200"],
        directory: folder)
      expectClean(result, "compare --format \(format)", terminal: terminal, allowed: allowed)
    }
    let table = try runArushaInProcess(
      ["compare", "responses", "--format", "table"], environment: ["COLUMNS": "200"],
      directory: folder)
    // The administration and the round as a terminal shows them, in the strengths' table.
    #expect(table.stdout.contains(HostileText.administrationOnTerminal + "  2024␛]0;pwned␇"))
  }

  @Test func fileNamesInMessagesAreSanitised() throws {
    let folder = try workspace()
    let name = "evil\u{1B}]0;pwned\u{7}\u{9B}\u{202E}.yaml"
    try Data("format: arusha/response-1\n".utf8).write(
      to: folder.appendingPathComponent("responses").appendingPathComponent(name))
    let refused = try runArushaInProcess(
      ["compare", "responses", "--format", "csv"], directory: folder)
    #expect(refused.status == 65)
    // The path's controls are shown, never sent (issue 22: two names never print alike).
    #expect(
      refused.stderr.contains("responses/evil␛]0;pwned␇<U+009B>.yaml:"), "\(refused.stderr)")
    #expect(HostileText.forbidden(in: refused.stderr, terminal: true).isEmpty)
    let skipped = try runArushaInProcess(
      ["compare", "responses", "--format", "csv", "--skip-invalid"], directory: folder)
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(skipped.stderr.contains("responses/evil␛]0;pwned␇<U+009B>.yaml"), "\(skipped.stderr)")
    #expect(HostileText.forbidden(in: skipped.stderr, terminal: true).isEmpty)
  }
}
