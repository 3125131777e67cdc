import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

@testable import ArushaApp

/// `arusha sign` in two passes (issue 29, item 3): every file checked and only its SHA-256
/// kept, then each read again and signed only if its bytes are the ones checked; the
/// signatures are renamed into place only once all are signed.
@Suite struct SignTwoPassTests {
  /// A folder with the rules questionnaire under `Questionnaires/`, a key `k`, and `count`
  /// complete responses `r0.yaml`… (each with its own respondent, so no two are the same
  /// bytes).
  func workspace(count: Int) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-sign-passes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Questionnaires"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: SigningCommandTests.rules.appendingPathComponent("questionnaire.yaml"),
      to: folder.appendingPathComponent("Questionnaires/rules.yaml"))
    let complete = try String(
      contentsOf: SigningCommandTests.rules.appendingPathComponent("complete.yaml"),
      encoding: .utf8)
    for index in 0..<count {
      try Data((complete + "# respondent \(index)\n").utf8).write(
        to: folder.appendingPathComponent("r\(index).yaml"))
    }
    #expect(try runArushaInProcess(["keygen", "-f", "k"], directory: folder).status == 0)
    return folder
  }

  /// The names in `folder` (temporary files included).
  func names(_ folder: URL) throws -> Set<String> {
    Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
  }

  /// Runs `sign` on `files` in `folder` with `afterCheck` between the passes.
  func sign(_ files: [String], in folder: URL, afterCheck: () throws -> Void) -> (
    status: ArushaApp.ExitStatus?, stderr: String
  ) {
    let capture = Console.Capture()
    let console = Console.capturing(
      capture, environment: ["NO_COLOR": "1"], workingDirectory: folder.path)
    var status: ArushaApp.ExitStatus?
    do {
      try SignRun.execute(
        SignRun.Options(
          responses: files, key: "k", questionnaire: nil, acceptQuestionnaireMismatch: false),
        settings: Settings(console: console), afterCheck: afterCheck)
    } catch let error as ArushaApp.ExitStatus {
      status = error
    } catch {
      Issue.record("unexpected \(error)")
    }
    return (status, String(decoding: capture.standardError, as: UTF8.self))
  }

  @Test func aFileChangedAfterItsCheckIsNamedAndNothingIsSigned() throws {
    let folder = try workspace(count: 3)
    // A signature from an earlier run stays as it was.
    try Data("an earlier signature\n".utf8).write(to: folder.appendingPathComponent("r0.yaml.sig"))
    let before = try names(folder)
    let changed = folder.appendingPathComponent("r2.yaml")
    let result = sign(["r0.yaml", "r1.yaml", "r2.yaml"], in: folder) {
      try Data((try String(contentsOf: changed, encoding: .utf8) + "# edited\n").utf8).write(
        to: changed)
    }
    #expect(result.status == .dataError)
    #expect(
      result.stderr
        == "arusha: r2.yaml: the file changed after it was checked; nothing was signed (sign again once it stays as it is)\n"
    )
    // No signature written, no temporary file left, the earlier signature untouched.
    #expect(try names(folder) == before)
    #expect(
      try String(contentsOf: folder.appendingPathComponent("r0.yaml.sig"), encoding: .utf8)
        == "an earlier signature\n")
  }

  @Test func aFileRemovedAfterItsCheckIsNamedAndNothingIsSigned() throws {
    let folder = try workspace(count: 2)
    let result = sign(["r0.yaml", "r1.yaml"], in: folder) {
      try FileManager.default.removeItem(at: folder.appendingPathComponent("r1.yaml"))
    }
    #expect(result.status == .noInput)
    #expect(result.stderr.contains("arusha: r1.yaml: no such file"), "\(result.stderr)")
    #expect(result.stderr.contains("arusha: r1.yaml: the file changed after it was checked"))
    #expect(try names(folder) == ["Questionnaires", "k", "k.pub", "r0.yaml"])
  }

  @Test func manyFilesAreSignedAndVerify() throws {
    let count = 120
    let folder = try workspace(count: count)
    let files = (0..<count).map { "r\($0).yaml" }
    let result = sign(files, in: folder) {}
    #expect(result.status == nil, "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == count)
    #expect(result.stderr.hasPrefix("arusha: signed r0.yaml: wrote r0.yaml.sig (key SHA256:"))
    let key = try String(contentsOf: folder.appendingPathComponent("k.pub"), encoding: .utf8)
    try Data(
      ("\"Full Customs\" " + key.split(separator: " ").prefix(2).joined(separator: " ") + "\n").utf8
    )
    .write(to: folder.appendingPathComponent("allowed"))
    let verify = try runArushaInProcess(
      ["verify"] + files + ["--allowed-signers", "allowed"], directory: folder)
    #expect(verify.status == 0, "\(verify.stderr)")
    #expect(verify.stdout.split(separator: "\n").count == count)
    #expect(!(try names(folder)).contains { $0.contains(".tmp-") })
  }
}
