import ArushaTestSupport
import Foundation
import Testing

/// `arusha compare --allowed-signers FILE [--require-signed]` end to end: the signed count of
/// each group in every format, a signature that does not verify, and the refusal of unsigned
/// or untrusted responses, naming them (trust-and-continuity.md, "Signed submissions").
@Suite struct CompareSignedTests {
  /// A folder with the two map fixture rounds under `responses/`, a key pair `niger`, the
  /// 2026 response signed with it, and `allowed` listing it for `arusha-response`.
  func workspace() throws -> URL {
    let manager = FileManager.default
    let folder = manager.temporaryDirectory.appendingPathComponent(
      "arusha-signed-\(UUID().uuidString)")
    try manager.createDirectory(
      at: folder.appendingPathComponent("responses"), withIntermediateDirectories: true)
    let fixtures = MapCommandTests.fixtures
    for name in ["v1.yaml", "v2.yaml", "v1-v2.yaml"] {
      try manager.copyItem(
        at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    for name in ["fixture-2026.yaml", "fixture-2027.yaml"] {
      try manager.copyItem(
        at: fixtures.appendingPathComponent("compare/\(name)"),
        to: folder.appendingPathComponent("responses/\(name)"))
    }
    let publicKey = try signWithNewKey("niger", in: folder)
    try Data("\"Fixture Customs\" namespaces=\"arusha-response\" \(publicKey)\n".utf8).write(
      to: folder.appendingPathComponent("allowed"))
    return folder
  }

  /// Makes the key pair `name` with `arusha keygen` and signs the 2026 response with it.
  ///
  /// - Returns: The public key's type and base64, for an allowed signers line.
  func signWithNewKey(_ name: String, in folder: URL) throws -> String {
    let keygen = try runArushaInProcess(["keygen", "-f", name], directory: folder)
    #expect(keygen.status == 0, "\(keygen.stderr)")
    let sign = try runArushaInProcess(
      ["sign", "responses/fixture-2026.yaml", "--key", name, "--questionnaire", "v1.yaml"],
      directory: folder)
    #expect(sign.status == 0, "\(sign.stderr)")
    return try String(contentsOf: folder.appendingPathComponent("\(name).pub"), encoding: .utf8)
      .split(separator: " ").prefix(2).joined(separator: " ")
  }

  func compare(_ extra: [String], in folder: URL) throws -> CommandResult {
    try runArushaInProcess(
      [
        "compare", "responses", "--questionnaire", "v1.yaml", "--questionnaire", "v2.yaml",
        "--map", "v1-v2.yaml",
      ] + extra, directory: folder)
  }

  func groups(_ text: String) throws -> [[String: Any]] {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return try #require(object["groups"] as? [[String: Any]])
  }

  @Test func eachGroupSaysHowManyOfItsResponsesAreSigned() throws {
    let folder = try workspace()
    let result = try compare(["--allowed-signers", "allowed", "--format", "json"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    #expect(try groups(result.stdout).map { $0["signed"] as? Int } == [1, 0])

    // Without --allowed-signers, no count at all.
    let unchecked = try compare(["--format", "json"], in: folder)
    #expect(try groups(unchecked.stdout).allSatisfy { $0["signed"] == nil })

    let table = try compare(
      ["--allowed-signers", "allowed", "--format", "table", "--lang", "en"], in: folder)
    #expect(
      table.stdout.range(of: #"\nSigned\s+1\s+0\n"#, options: .regularExpression) != nil,
      "\(table.stdout)")
    #expect(table.stdout.contains("Signed: responses whose OpenSSH signature verifies"))
    let markdown = try compare(
      ["--allowed-signers", "allowed", "--format", "markdown"], in: folder)
    #expect(
      markdown.stdout.contains("| Respondents | Signed | Signed by | Coverage |"),
      "\(markdown.stdout)")
    #expect(markdown.stdout.contains("| 2026\u{A0}† | 1 | 1 | Fixture Customs | 50% |"))
    let csv = try compare(["--allowed-signers", "allowed", "--format", "csv"], in: folder).stdout
    #expect(
      csv.contains(
        "\r\nFixture Customs,2026,1,0,0,,Overall,62.5,,,,1,0.5,,1,0,Fixture Customs,62.5,false\r\n"),
      "\(csv)")
    #expect(
      csv.contains("\r\nFixture Customs,2027,1,0,0,,Overall,75,,,12.5,,1,true,0,0,,75,false\r\n"))
    let html = try compare(["--allowed-signers", "allowed", "--format", "html"], in: folder)
    #expect(html.stdout.contains("<th class=\"num\">Signed</th>"))
  }

  @Test func requireSignedRefusesAnUnsignedResponseNamingIt() throws {
    let folder = try workspace()
    let result = try compare(["--allowed-signers", "allowed", "--require-signed"], in: folder)
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains(
        "arusha: responses/fixture-2027.yaml: it is not signed: there is no '.sig' file beside it"
      ), "\(result.stderr)")
    #expect(!result.stderr.contains("fixture-2026.yaml:"))
    #expect(
      result.stderr.contains(
        "arusha: 1 of 2 counted responses are not signed by a key that allowed allows; nothing was compared (--require-signed)"
      ))
    // Once both are signed, it compares.
    let sign = try runArushaInProcess(
      ["sign", "responses/fixture-2027.yaml", "--key", "niger", "--questionnaire", "v2.yaml"],
      directory: folder)
    #expect(sign.status == 0, "\(sign.stderr)")
    let signed = try compare(
      ["--allowed-signers", "allowed", "--require-signed", "--format", "json"], in: folder)
    #expect(signed.status == 0, "\(signed.stderr)")
    #expect(try groups(signed.stdout).map { $0["signed"] as? Int } == [1, 1])
  }

  @Test func aChangedOrUntrustedResponseIsNotCountedAsSigned() throws {
    let folder = try workspace()
    // One byte changed after signing.
    let response = folder.appendingPathComponent("responses/fixture-2026.yaml")
    let text = try String(contentsOf: response, encoding: .utf8)
    #expect(text.contains("q1: {value: 3}"))
    try Data(text.replacingOccurrences(of: "q1: {value: 3}", with: "q1: {value: 2}").utf8).write(
      to: response)
    let warned = try compare(["--allowed-signers", "allowed", "--format", "json"], in: folder)
    #expect(warned.status == 0)
    #expect(
      warned.stderr.contains(
        "arusha: warning: responses/fixture-2026.yaml: its signature does not match it"),
      "\(warned.stderr)")
    #expect(warned.stderr.contains("it is counted as not signed"))
    #expect(try groups(warned.stdout).map { $0["signed"] as? Int } == [0, 0])
    let refused = try compare(["--allowed-signers", "allowed", "--require-signed"], in: folder)
    #expect(refused.status == 65)
    #expect(
      refused.stderr.contains(
        "arusha: responses/fixture-2026.yaml: its signature does not match it"))

    // Signed again, but by a key the allowed signers do not list.
    _ = try signWithNewKey("other", in: folder)
    let untrusted = try compare(
      ["--allowed-signers", "allowed", "--require-signed"], in: folder)
    #expect(untrusted.status == 65)
    #expect(
      untrusted.stderr.contains(
        "arusha: responses/fixture-2026.yaml: it is signed by a key that the allowed signers do not list (SHA256:"
      ), "\(untrusted.stderr)")
  }

  @Test func requireSignedNeedsAllowedSigners() throws {
    let folder = try workspace()
    let result = try compare(["--require-signed"], in: folder)
    #expect(result.status == 64)
    #expect(result.stderr.contains("--require-signed needs --allowed-signers FILE"))
    let missing = try compare(["--allowed-signers", "nowhere"], in: folder)
    #expect(missing.status == 66, "\(missing.stderr)")
  }
}
