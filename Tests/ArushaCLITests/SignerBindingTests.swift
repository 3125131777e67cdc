import ArushaTestSupport
import Foundation
import Testing

/// A signature binds a response to the administration it speaks for (issue 22, kind 3),
/// through the command line: a Senegal response signed with Niger's key is not signed for
/// Senegal in `verify`, in `compare` (every format) or with `--require-signed`.
@Suite struct SignerBindingTests {
  /// The tiny questionnaire, complete responses `r/niger.yaml` and `r/senegal.yaml`, key
  /// pairs `niger` and `senegal`, both responses signed with Niger's key, and `allowed`
  /// allowing each key for its own administration.
  func workspace() throws -> URL {
    let hostile = HostileInputTests()
    let folder = try hostile.workspace()
    let base = try hostile.text(
      try hostile.completeResponse(folder, "base.yaml", administration: "Niger Customs"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("r"), withIntermediateDirectories: true)
    try Data(base.utf8).write(to: folder.appendingPathComponent("r/niger.yaml"))
    try Data(
      base.replacingOccurrences(
        of: "administration: Niger Customs", with: "administration: Senegal Customs"
      ).utf8
    ).write(to: folder.appendingPathComponent("r/senegal.yaml"))
    for name in ["niger", "senegal"] {
      #expect(try runArushaInProcess(["keygen", "-f", name], directory: folder).status == 0)
    }
    let sign = try runArushaInProcess(
      ["sign", "r/niger.yaml", "r/senegal.yaml", "--key", "niger"], directory: folder)
    #expect(sign.status == 0, "\(sign.stderr)")
    try allow(
      [("\"Niger Customs\"", "niger"), ("\"Senegal Customs\"", "senegal")], in: folder)
    return folder
  }

  /// Writes `allowed`: one line per principal field and public key file.
  func allow(_ lines: [(principals: String, key: String)], in folder: URL, name: String = "allowed")
    throws
  {
    var text = ""
    for line in lines {
      let key = try String(
        contentsOf: folder.appendingPathComponent(line.key + ".pub"), encoding: .utf8
      ).split(separator: " ").prefix(2).joined(separator: " ")
      text += "\(line.principals) namespaces=\"arusha-response\" \(key)\n"
    }
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  func groups(_ text: String) throws -> [[String: Any]] {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return try #require(object["groups"] as? [[String: Any]])
  }

  static let senegalByNiger =
    "r/senegal.yaml: it speaks for administration 'Senegal Customs' but is signed by 'Niger Customs' (key SHA256:"

  @Test func verifyNamesTheSignerAndRefusesAnotherAdministrationsKey() throws {
    let folder = try workspace()
    let niger = try runArushaInProcess(
      ["verify", "r/niger.yaml", "--allowed-signers", "allowed"], directory: folder)
    #expect(niger.status == 0, "\(niger.stderr)")
    #expect(
      niger.stdout == "r/niger.yaml: signed by Niger Customs, for administration 'Niger Customs'\n")
    let senegal = try runArushaInProcess(
      ["verify", "r/senegal.yaml", "--allowed-signers", "allowed"], directory: folder)
    #expect(senegal.status == 65)
    #expect(senegal.stdout.isEmpty)
    #expect(senegal.stderr.hasPrefix("arusha: " + Self.senegalByNiger), "\(senegal.stderr)")
  }

  @Test func compareCountsASignatureOnlyForItsAdministration() throws {
    let folder = try workspace()
    let result = try runArushaInProcess(
      ["compare", "r", "--allowed-signers", "allowed", "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("arusha: warning: " + Self.senegalByNiger), "\(result.stderr)")
    let groups = try groups(result.stdout)
    #expect(groups.map { $0["administration"] as? String } == ["Niger Customs", "Senegal Customs"])
    #expect(groups.map { $0["signed"] as? Int } == [1, 0])
    #expect(groups.map { $0["signers"] as? [String] } == [["Niger Customs"], []])
    // With --require-signed: refused, naming the file, the administration and the signer.
    let refused = try runArushaInProcess(
      ["compare", "r", "--allowed-signers", "allowed", "--require-signed"], directory: folder)
    #expect(refused.status == 65)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.contains(Self.senegalByNiger), "\(refused.stderr)")
  }

  @Test(arguments: [
    ("table", "Signed by"), ("markdown", "| Signed | Signed by |"),
    ("csv", ",signers,evidence_checked,suppressed\r\n"),
    ("html", "<th>Signed by</th>"),
  ])
  func everyFormatShowsTheSigner(format: String, header: String) throws {
    let folder = try workspace()
    let result = try runArushaInProcess(
      ["compare", "r", "--allowed-signers", "allowed", "--format", format], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(header), "\(format): \(result.stdout)")
    // The signer's name appears only as the signer of Niger's group.
    #expect(
      result.stdout.components(separatedBy: "Niger Customs").count
        > result.stdout.components(separatedBy: "Senegal Customs").count, "\(format)")
    let anonymous = try runArushaInProcess(
      ["compare", "r", "--allowed-signers", "allowed", "--anonymize", "--format", format],
      directory: folder)
    #expect(!anonymous.stdout.contains("Niger") && !anonymous.stdout.contains("Senegal"))
    #expect(anonymous.stdout.contains("allowed key"), "\(format): \(anonymous.stdout)")
  }

  @Test func patternsAreOpenSSHsNegationAndCommas() throws {
    let folder = try workspace()
    // Every "… Customs" but Senegal's: negation wins over the wildcard.
    try allow([("\"* Customs,!Senegal Customs\"", "niger")], in: folder)
    let result = try runArushaInProcess(
      ["compare", "r", "--allowed-signers", "allowed", "--format", "json"], directory: folder)
    #expect(try groups(result.stdout).map { $0["signed"] as? Int } == [1, 0])
    // A name that holds a comma is written with '?': "Customs, Niger" as "Customs? Niger".
    let comma = try runArusha(
      [
        "assess", "Questionnaires/tiny.yaml", "--lang", "en", "--administration", "Customs, Niger",
        "--round", "2024", "-o", "c.yaml",
      ], input: "Some text\ny\n\n", directory: folder)
    #expect(comma.status == 0, "\(comma.stderr)")
    #expect(
      try runArushaInProcess(["sign", "c.yaml", "--key", "niger"], directory: folder).status == 0)
    try allow([("\"Customs? Niger\"", "niger")], in: folder)
    let verified = try runArushaInProcess(
      ["verify", "c.yaml", "--allowed-signers", "allowed"], directory: folder)
    #expect(verified.status == 0, "\(verified.stderr)")
    #expect(
      verified.stdout == "c.yaml: signed by Customs? Niger, for administration 'Customs, Niger'\n")
  }

  @Test func aStarPrincipalIsAWarning() throws {
    let folder = try workspace()
    try allow([("*", "niger")], in: folder)
    let result = try runArushaInProcess(
      ["verify", "r/senegal.yaml", "--allowed-signers", "allowed"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.hasPrefix(
        "allowed:1:1: warning: principal '*' lets this key sign for any administration"),
      "\(result.stderr)")
  }

  @Test(.enabled(if: SigningCommandTests.sshKeygenIsInstalled, "ssh-keygen is not installed"))
  func sshKeygenAgreesOnTheSameFiles() throws {
    let folder = try workspace()
    let tool = SigningCommandTests()
    let niger = try tool.shell(
      "\(SigningCommandTests.sshKeygen) -Y verify -f allowed -I 'Niger Customs' -n arusha-response -s r/niger.yaml.sig < r/niger.yaml",
      in: folder)
    #expect(niger.status == 0, "\(niger.output)")
    let senegal = try tool.shell(
      "\(SigningCommandTests.sshKeygen) -Y verify -f allowed -I 'Senegal Customs' -n arusha-response -s r/senegal.yaml.sig < r/senegal.yaml",
      in: folder)
    #expect(senegal.status != 0, "ssh-keygen refuses it too: \(senegal.output)")
  }
}
