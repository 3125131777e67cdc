import ArushaTestSupport
import Foundation
import Testing

/// `arusha keygen`, `sign` and `verify` against the real OpenSSH `ssh-keygen`, both ways, and
/// every kind of tampering (trust-and-continuity.md, "Signed submissions").
///
/// Where `ssh-keygen` is absent the interoperability tests are skipped, saying so.
@Suite struct SigningRoundTripTests {
  static let sshKeygen = "/usr/bin/ssh-keygen"
  static let hasSSHKeygen = FileManager.default.isExecutableFile(atPath: sshKeygen)

  /// A folder with the map fixture's two questionnaires and its 2026 and 2027 responses.
  func workspace() throws -> URL {
    let manager = FileManager.default
    let folder = manager.temporaryDirectory.appendingPathComponent(
      "arusha-signing-\(UUID().uuidString)")
    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    let fixtures = MapCommandTests.fixtures
    for name in ["v1.yaml", "v2.yaml", "compare/fixture-2026.yaml", "compare/fixture-2027.yaml"] {
      try manager.copyItem(
        at: fixtures.appendingPathComponent(name),
        to: folder.appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent))
    }
    return folder
  }

  /// Runs `command` with `sh -c` in `folder`.
  func shell(_ command: String, in folder: URL) throws -> (status: Int32, output: String) {
    let result = try WorkbookCommandTests.tool(["sh", "-c", command + " 2>&1"], in: folder)
    return (result.status, String(decoding: result.stdout, as: UTF8.self))
  }

  /// `principal namespaces="arusha-response" KEY` for the public key file `name`.
  func allow(
    _ principal: String, key name: String, in folder: URL, namespaces: String = "arusha-response"
  )
    throws
  {
    let key = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      .split(separator: " ").prefix(2).joined(separator: " ")
    try Data("\(principal) namespaces=\"\(namespaces)\" \(key)\n".utf8).write(
      to: folder.appendingPathComponent("allowed"))
  }

  func sign(_ response: String, key: String, questionnaire: String, in folder: URL) throws
    -> CommandResult
  {
    try runArushaInProcess(
      ["sign", response, "--key", key, "--questionnaire", questionnaire], directory: folder)
  }

  func verify(_ responses: [String], in folder: URL) throws -> CommandResult {
    try runArusha(["verify"] + responses + ["--allowed-signers", "allowed"], directory: folder)
  }

  @Test(
    .enabled(if: hasSSHKeygen, "ssh-keygen is not installed: skipping OpenSSH interoperability"))
  func arushaSignsAndSSHKeygenVerifies() throws {
    let folder = try workspace()
    #expect(
      try runArushaInProcess(["keygen", "-f", "niger", "--comment", "niger"], directory: folder)
        .status == 0)
    let signed = try sign("fixture-2026.yaml", key: "niger", questionnaire: "v1.yaml", in: folder)
    #expect(signed.status == 0, "\(signed.stderr)")
    try allow("\"Fixture Customs\"", key: "niger.pub", in: folder)
    let checked = try shell(
      "\(Self.sshKeygen) -Y verify -f allowed -I 'Fixture Customs' -n arusha-response -s fixture-2026.yaml.sig < fixture-2026.yaml",
      in: folder)
    #expect(checked.status == 0, "\(checked.output)")
    #expect(checked.output.contains("Good \"arusha-response\" signature for Fixture Customs"))
    // ssh-keygen reads arusha's private key: the public key it derives is niger.pub's.
    let derived = try shell("\(Self.sshKeygen) -y -f niger", in: folder)
    let written = try String(
      contentsOf: folder.appendingPathComponent("niger.pub"), encoding: .utf8)
    #expect(derived.status == 0, "\(derived.output)")
    #expect(
      derived.output.split(separator: " ").prefix(2) == written.split(separator: " ").prefix(2))
  }

  @Test(
    .enabled(if: hasSSHKeygen, "ssh-keygen is not installed: skipping OpenSSH interoperability"))
  func sshKeygenSignsAndArushaVerifies() throws {
    let folder = try workspace()
    let made = try shell("\(Self.sshKeygen) -q -t ed25519 -N '' -C senegal -f senegal", in: folder)
    #expect(made.status == 0, "\(made.output)")
    let signed = try shell(
      "\(Self.sshKeygen) -Y sign -f senegal -n arusha-response fixture-2026.yaml", in: folder)
    #expect(signed.status == 0, "\(signed.output)")
    try allow("\"Fixture Customs\"", key: "senegal.pub", in: folder)
    let verified = try verify(["fixture-2026.yaml"], in: folder)
    #expect(verified.status == 0, "\(verified.stderr)")
    #expect(
      verified.stdout
        == "fixture-2026.yaml: signed by Fixture Customs, for administration 'Fixture Customs'\n")
    // And arusha signs with ssh-keygen's key, which ssh-keygen then accepts.
    #expect(
      try sign("fixture-2027.yaml", key: "senegal", questionnaire: "v2.yaml", in: folder).status
        == 0)
    let back = try shell(
      "\(Self.sshKeygen) -Y verify -f allowed -I 'Fixture Customs' -n arusha-response -s fixture-2027.yaml.sig < fixture-2027.yaml",
      in: folder)
    #expect(back.status == 0, "\(back.output)")
  }

  @Test(
    .enabled(if: hasSSHKeygen, "ssh-keygen is not installed: skipping OpenSSH interoperability"))
  func everyTamperingIsRefusedNamingTheFileAndWhy() throws {
    let folder = try workspace()
    #expect(try runArusha(["keygen", "-f", "niger"], directory: folder).status == 0)
    #expect(
      try sign("fixture-2026.yaml", key: "niger", questionnaire: "v1.yaml", in: folder).status == 0)
    #expect(
      try sign("fixture-2027.yaml", key: "niger", questionnaire: "v2.yaml", in: folder).status == 0)
    try allow("\"Fixture Customs\"", key: "niger.pub", in: folder)
    #expect(try verify(["fixture-2026.yaml", "fixture-2027.yaml"], in: folder).status == 0)
    let manager = FileManager.default
    func file(_ name: String) -> URL { folder.appendingPathComponent(name) }
    func refused(
      _ response: String, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation
    )
      throws
    {
      let result = try verify([response], in: folder)
      #expect(result.status == 65, "\(result.stderr)", sourceLocation: sourceLocation)
      #expect(
        result.stderr.contains("arusha: \(response): \(reason)"), "\(result.stderr)",
        sourceLocation: sourceLocation)
    }

    // One byte of the response changed.
    let original = try Data(contentsOf: file("fixture-2026.yaml"))
    var changed = original
    let index = try #require(changed.lastIndex(of: UInt8(ascii: "4")))
    changed[index] = UInt8(ascii: "3")
    try changed.write(to: file("fixture-2026.yaml"))
    try refused("fixture-2026.yaml", "its signature does not match it")
    try original.write(to: file("fixture-2026.yaml"))

    // The signature of another file.
    let own = try Data(contentsOf: file("fixture-2026.yaml.sig"))
    try manager.removeItem(at: file("fixture-2026.yaml.sig"))
    try manager.copyItem(at: file("fixture-2027.yaml.sig"), to: file("fixture-2026.yaml.sig"))
    try refused("fixture-2026.yaml", "its signature does not match it")
    try own.write(to: file("fixture-2026.yaml.sig"))

    // A truncated signature.
    try own.prefix(own.count / 2).write(to: file("fixture-2026.yaml.sig"))
    try refused("fixture-2026.yaml", "its signature is not a valid SSH signature")
    try own.write(to: file("fixture-2026.yaml.sig"))
    #expect(try verify(["fixture-2026.yaml"], in: folder).status == 0)

    // A key the allowed signers do not list.
    #expect(try shell("\(Self.sshKeygen) -q -t ed25519 -N '' -f stranger", in: folder).status == 0)
    try allow("someone@else", key: "stranger.pub", in: folder)
    try refused("fixture-2026.yaml", "it is signed by a key that the allowed signers do not list")

    // The key is listed, but for another namespace only.
    try allow("\"Fixture Customs\"", key: "niger.pub", in: folder, namespaces: "file")
    let namespace = try verify(["fixture-2026.yaml"], in: folder)
    #expect(namespace.status == 65)
    #expect(namespace.stderr.contains("arusha: fixture-2026.yaml: "), "\(namespace.stderr)")
    #expect(namespace.stderr.contains("'file'"))

    // A signature made for another namespace than arusha-response.
    try allow("\"Fixture Customs\"", key: "niger.pub", in: folder)
    try manager.removeItem(at: file("fixture-2026.yaml.sig"))
    #expect(
      try shell("\(Self.sshKeygen) -Y sign -f niger -n file fixture-2026.yaml", in: folder).status
        == 0)
    let other = try verify(["fixture-2026.yaml"], in: folder)
    #expect(other.status == 65)
    #expect(other.stderr.contains("arusha: fixture-2026.yaml: "), "\(other.stderr)")
    #expect(other.stderr.contains("'file'") && other.stderr.contains("arusha-response"))

    // No signature at all.
    try manager.removeItem(at: file("fixture-2026.yaml.sig"))
    try refused("fixture-2026.yaml", "it is not signed: there is no '.sig' file beside it")
  }

  @Test(
    .enabled(if: hasSSHKeygen, "ssh-keygen is not installed: skipping OpenSSH interoperability"))
  func keysArushaCannotSignWithAreRefused() throws {
    let folder = try workspace()
    #expect(
      try shell("\(Self.sshKeygen) -q -t ed25519 -N secret -f locked", in: folder).status == 0)
    let locked = try sign("fixture-2026.yaml", key: "locked", questionnaire: "v1.yaml", in: folder)
    #expect(locked.status != 0)
    #expect(locked.stderr.contains("locked"), "\(locked.stderr)")
    #expect(locked.stderr.contains("passphrase"))
    #expect(try shell("\(Self.sshKeygen) -q -t ecdsa -N '' -f ecdsa", in: folder).status == 0)
    let ecdsa = try sign("fixture-2026.yaml", key: "ecdsa", questionnaire: "v1.yaml", in: folder)
    #expect(ecdsa.status != 0)
    #expect(ecdsa.stderr.contains("Ed25519"), "\(ecdsa.stderr)")
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("fixture-2026.yaml.sig").path))
  }

  @Test func keygenRefusesToOverwriteAndSignRefusesAnIncompleteResponse() throws {
    let folder = try workspace()
    #expect(try runArushaInProcess(["keygen", "-f", "niger"], directory: folder).status == 0)
    let mode =
      try FileManager.default.attributesOfItem(
        atPath: folder.appendingPathComponent("niger").path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let again = try runArushaInProcess(["keygen", "-f", "niger"], directory: folder)
    #expect(again.status == 73, "\(again.stderr)")
    let response = folder.appendingPathComponent("fixture-2026.yaml")
    let text = try String(contentsOf: response, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "status: complete", with: "status: in-progress").utf8)
      .write(to: response)
    let incomplete = try sign(
      "fixture-2026.yaml", key: "niger", questionnaire: "v1.yaml", in: folder)
    #expect(incomplete.status == 65, "\(incomplete.stderr)")
    #expect(incomplete.stderr.contains("only a complete response is signed"))
  }

  /// `assess` on a signed response warns, keeps the file and its signature while nothing
  /// changes (even a file arusha would format otherwise), and voids the signature at the first
  /// change.
  @Test func assessVoidsTheSignatureOnlyAtTheFirstChange() throws {
    let folder = try workspace()
    #expect(try runArushaInProcess(["keygen", "-f", "niger"], directory: folder).status == 0)
    #expect(
      try sign("fixture-2026.yaml", key: "niger", questionnaire: "v1.yaml", in: folder).status == 0)
    let before = try Data(contentsOf: folder.appendingPathComponent("fixture-2026.yaml"))
    let idle = try runArusha(
      ["assess", "v1.yaml", "-o", "fixture-2026.yaml", "--plain"], input: "", directory: folder)
    #expect(
      idle.stdout.contains("This response is signed (fixture-2026.yaml.sig)"), "\(idle.stdout)")
    #expect(try Data(contentsOf: folder.appendingPathComponent("fixture-2026.yaml")) == before)
    try allow("\"Fixture Customs\"", key: "niger.pub", in: folder)
    #expect(try verify(["fixture-2026.yaml"], in: folder).status == 0)

    // Question 1, answered 2 instead of 3.
    let changed = try runArusha(
      ["assess", "v1.yaml", "-o", "fixture-2026.yaml", "--plain"], input: "1\n2\n",
      directory: folder)
    #expect(
      changed.stderr.contains(
        "fixture-2026.yaml.sig was renamed to fixture-2026.yaml.sig.void"), "\(changed.stderr)")
    let manager = FileManager.default
    #expect(
      !manager.fileExists(atPath: folder.appendingPathComponent("fixture-2026.yaml.sig").path))
    #expect(
      manager.fileExists(atPath: folder.appendingPathComponent("fixture-2026.yaml.sig.void").path))
    let unsigned = try verify(["fixture-2026.yaml"], in: folder)
    #expect(unsigned.status == 65)
  }
}
