import ArushaCore
import ArushaFiles
import ArushaTestSupport
import Foundation
import Testing

/// Where the real ssh-keygen is; the round trips with it are skipped when it is not there.
private let sshKeygenPath = "/usr/bin/ssh-keygen"
private let hasSSHKeygen = FileManager.default.isExecutableFile(atPath: sshKeygenPath)

/// What ssh-keygen printed, and its exit status.
struct SSHKeygenResult {
  var stdout: String
  var stderr: String
  var status: Int32
}

/// `arusha keygen`, `sign` and `verify` through the command line (trust-and-continuity.md,
/// "Signed submissions"), with the real `ssh-keygen` where it is installed: both ways, every
/// kind of tampering, and `assess` voiding a signature.
///
/// One suite (issue 23: it was two, `SigningRoundTripTests` writing some of the same cases
/// again): the round trips on the map fixture's responses follow, in the extension below.
@Suite struct SigningCommandTests {
  static let rules = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/rules")
  static let signing = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/signing")
  static let sshKeygen = sshKeygenPath
  /// Whether ssh-keygen is installed (the interoperability tests are skipped otherwise).
  static let sshKeygenIsInstalled = hasSSHKeygen

  /// A folder with the rules questionnaire under `Questionnaires/` (found as `score` finds
  /// it), a complete response `r.yaml` and an in-progress one `partial.yaml`.
  func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-sign-\(UUID().uuidString)")
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("Questionnaires"), withIntermediateDirectories: true)
    try manager.copyItem(
      at: Self.rules.appendingPathComponent("questionnaire.yaml"),
      to: folder.appendingPathComponent("Questionnaires/rules.yaml"))
    try manager.copyItem(
      at: Self.rules.appendingPathComponent("complete.yaml"),
      to: folder.appendingPathComponent("r.yaml"))
    try manager.copyItem(
      at: Self.rules.appendingPathComponent("partial.yaml"),
      to: folder.appendingPathComponent("partial.yaml"))
    return folder
  }

  func read(_ folder: URL, _ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  func write(_ text: String, _ folder: URL, _ name: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  func exists(_ folder: URL, _ name: String) -> Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
  }

  func permissions(_ folder: URL, _ name: String) throws -> Int? {
    let attributes = try FileManager.default.attributesOfItem(
      atPath: folder.appendingPathComponent(name).path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue
  }

  /// `principal KEYTYPE BASE64` for the public key file `name` (its comment left out).
  func allowedLine(_ principal: String, _ folder: URL, _ name: String, options: String = "")
    throws -> String
  {
    let words = try read(folder, name).split(separator: " ").prefix(2).joined(separator: " ")
    return principal + (options.isEmpty ? "" : " " + options) + " " + words + "\n"
  }

  /// Runs ssh-keygen in `folder`, with standard input from the file `input` when given.
  func sshKeygen(_ arguments: [String], in folder: URL, input: String? = nil) throws
    -> SSHKeygenResult
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.sshKeygen)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    if let input {
      process.standardInput = try FileHandle(
        forReadingFrom: folder.appendingPathComponent(input))
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return SSHKeygenResult(
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), status: process.terminationStatus)
  }

  // MARK: keygen

  @Test func keygenWritesAPairAndRefusesToOverwriteEither() throws {
    let folder = try workspace()
    let made = try runArushaInProcess(
      ["keygen", "-f", "niger", "--comment", "Niger Customs"], directory: folder)
    #expect(made.status == 0, "\(made.stderr)")
    #expect(made.stderr.contains("arusha: wrote the private key niger (keep it: never send it)"))
    #expect(made.stderr.contains("send niger.pub once to the experts"))
    #expect(try permissions(folder, "niger") == 0o600)
    #expect(try permissions(folder, "niger.pub") == 0o644)
    let line = try read(folder, "niger.pub")
    #expect(
      line.hasPrefix("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI") && line.hasSuffix(" Niger Customs\n"))
    #expect(line.split(separator: "\n").count == 1)
    let key = try OpenSSHPrivateKey.parse(Array(try read(folder, "niger").utf8))
    #expect(key.publicKey.line(comment: "Niger Customs") + "\n" == line)
    #expect(made.stderr.contains(key.publicKey.fingerprint))

    let before = try read(folder, "niger")
    let again = try runArushaInProcess(["keygen", "-f", "niger"], directory: folder)
    #expect(again.status == 73)
    #expect(
      again.stderr.contains(
        "arusha: cannot write niger: already exists, and arusha does not overwrite it"))
    #expect(try read(folder, "niger") == before)
    // Only the public key there: refused too, and no private key is written.
    try write("ssh-ed25519 AAAA\n", folder, "other.pub")
    let onlyPublic = try runArushaInProcess(["keygen", "-f", "other"], directory: folder)
    #expect(onlyPublic.status == 73)
    #expect(onlyPublic.stderr.contains("cannot write other.pub: already exists"))
    #expect(!exists(folder, "other"))
    let missingFolder = try runArushaInProcess(["keygen", "-f", "no/such/key"], directory: folder)
    #expect(missingFolder.status == 73)
    #expect(
      try runArushaInProcess(["keygen", "-f", "x", "--comment", "a\nb"], directory: folder).status
        == 64)
  }

  // MARK: sign and verify

  @Test func signThenVerifyNamesThePrincipal() throws {
    let folder = try workspace()
    #expect(try runArushaInProcess(["keygen", "-f", "niger"], directory: folder).status == 0)
    let sign = try runArushaInProcess(["sign", "r.yaml", "--key", "niger"], directory: folder)
    #expect(sign.status == 0, "\(sign.stderr)")
    #expect(sign.stderr.contains("arusha: signed r.yaml: wrote r.yaml.sig (key SHA256:"))
    #expect(try permissions(folder, "r.yaml.sig") == 0o644)
    let signature = try read(folder, "r.yaml.sig")
    #expect(signature.hasPrefix("-----BEGIN SSH SIGNATURE-----\n"))
    #expect(signature.hasSuffix("\n-----END SSH SIGNATURE-----\n"))
    try write(
      "# experts' allowed signers\n" + (try allowedLine("\"Full Customs\"", folder, "niger.pub")),
      folder, "allowed")
    let verify = try runArushaInProcess(
      ["verify", "r.yaml", "--allowed-signers", "allowed"], directory: folder)
    #expect(verify.status == 0, "\(verify.stderr)")
    #expect(verify.stdout == "r.yaml: signed by Full Customs, for administration 'Full Customs'\n")
    #expect(verify.stderr.isEmpty)
  }

  @Test func signRefusesIncompleteInvalidAndMissingResponsesAndSignsNothing() throws {
    let folder = try workspace()
    #expect(try runArushaInProcess(["keygen", "-f", "k"], directory: folder).status == 0)
    let partial = try runArushaInProcess(
      ["sign", "r.yaml", "partial.yaml", "--key", "k"], directory: folder)
    #expect(partial.status == 65)
    #expect(
      partial.stderr.contains(
        "arusha: partial.yaml: the response is in progress; only a complete response is signed"))
    #expect(
      partial.stderr.contains("arusha: 1 of 2 responses cannot be signed; nothing was signed"))
    #expect(!exists(folder, "r.yaml.sig") && !exists(folder, "partial.yaml.sig"))

    try write(
      try read(folder, "r.yaml").replacingOccurrences(of: "status: complete", with: "status: done"),
      folder, "bad.yaml")
    let invalid = try runArushaInProcess(["sign", "bad.yaml", "--key", "k"], directory: folder)
    #expect(invalid.status == 65)
    #expect(invalid.stderr.contains("bad.yaml:9:9: error:"), "\(invalid.stderr)")
    #expect(!exists(folder, "bad.yaml.sig"))

    let missing = try runArushaInProcess(
      ["sign", "r.yaml", "gone.yaml", "--key", "k"], directory: folder)
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("arusha: gone.yaml: no such file"))
    #expect(!exists(folder, "r.yaml.sig"))
    let noKey = try runArushaInProcess(["sign", "r.yaml", "--key", "nokey"], directory: folder)
    #expect(noKey.status == 66)
  }

  @Test func signRefusesEncryptedOtherTypesAndPublicKeys() throws {
    let folder = try workspace()
    for name in ["ed25519-encrypted", "rsa", "ecdsa", "ed25519.pub"] {
      try FileManager.default.copyItem(
        at: Self.signing.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let encrypted = try runArushaInProcess(
      ["sign", "r.yaml", "--key", "ed25519-encrypted"], directory: folder)
    #expect(encrypted.status == 65)
    #expect(
      encrypted.stderr.contains(
        "arusha: ed25519-encrypted: the key is protected by a passphrase (cipher 'aes256-ctr'), and arusha signs with a key without one: make a signing key with 'arusha keygen -f NAME', or remove the passphrase from a copy of this key with 'ssh-keygen -p -N \"\" -f COPY'"
      ))
    let rsa = try runArushaInProcess(["sign", "r.yaml", "--key", "rsa"], directory: folder)
    #expect(rsa.status == 65)
    #expect(
      rsa.stderr.contains(
        "arusha: rsa: this is a 'ssh-rsa' key; arusha signs with Ed25519 keys only: make one with 'arusha keygen -f NAME'"
      ))
    let ecdsa = try runArushaInProcess(["sign", "r.yaml", "--key", "ecdsa"], directory: folder)
    #expect(ecdsa.status == 65 && ecdsa.stderr.contains("'ecdsa-sha2-nistp256' key"))
    let pub = try runArushaInProcess(["sign", "r.yaml", "--key", "ed25519.pub"], directory: folder)
    #expect(pub.status == 65 && pub.stderr.contains("this is a public key; give the private key"))
    #expect(!exists(folder, "r.yaml.sig"))
  }

  // MARK: Tampering

  /// A folder with `r.yaml` signed by key `k`, which `allowed` allows as `niger`.
  func signedWorkspace() throws -> URL {
    let folder = try workspace()
    #expect(try runArushaInProcess(["keygen", "-f", "k"], directory: folder).status == 0)
    #expect(
      try runArushaInProcess(["sign", "r.yaml", "--key", "k"], directory: folder).status == 0)
    try write(try allowedLine("\"Full Customs\"", folder, "k.pub"), folder, "allowed")
    return folder
  }

  func verify(_ files: [String], _ folder: URL, allowed: String = "allowed") throws
    -> CommandResult
  {
    try runArushaInProcess(["verify"] + files + ["--allowed-signers", allowed], directory: folder)
  }

  @Test func oneChangedByteIsRefused() throws {
    let folder = try signedWorkspace()
    let text = try read(folder, "r.yaml")
    try write(text.replacingOccurrences(of: "Full Customs", with: "Fall Customs"), folder, "r.yaml")
    let result = try verify(["r.yaml"], folder)
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains(
        "arusha: r.yaml: its signature does not match it: the file changed after it was signed, or the signature is another file's"
      ))
    #expect(result.stderr.contains("arusha: 1 of 1 response does not verify against allowed"))
  }

  @Test func anotherFilesSignatureIsRefused() throws {
    let folder = try signedWorkspace()
    try FileManager.default.copyItem(
      at: Self.rules.appendingPathComponent("unanswered.yaml"),
      to: folder.appendingPathComponent("other.yaml"))
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("r.yaml.sig"),
      to: folder.appendingPathComponent("other.yaml.sig"))
    let result = try verify(["r.yaml", "other.yaml"], folder)
    #expect(result.status == 65)
    #expect(result.stdout == "r.yaml: signed by Full Customs, for administration 'Full Customs'\n")
    #expect(result.stderr.contains("arusha: other.yaml: its signature does not match it"))
    #expect(result.stderr.contains("arusha: 1 of 2 responses does not verify against allowed"))
  }

  @Test func aKeyNotInTheAllowedSignersIsRefused() throws {
    let folder = try signedWorkspace()
    #expect(try runArushaInProcess(["keygen", "-f", "other"], directory: folder).status == 0)
    try write(try allowedLine("togo", folder, "other.pub"), folder, "allowed")
    let result = try verify(["r.yaml"], folder)
    #expect(result.status == 65)
    #expect(
      result.stderr.contains(
        "arusha: r.yaml: it is signed by a key that the allowed signers do not list (SHA256:"))
  }

  @Test func aNamespaceNotAllowedIsRefused() throws {
    let folder = try signedWorkspace()
    try write(
      try allowedLine("\"Full Customs\"", folder, "k.pub", options: "namespaces=\"other\""), folder,
      "narrow")
    let narrow = try verify(["r.yaml"], folder, allowed: "narrow")
    #expect(narrow.status == 65)
    #expect(
      narrow.stderr.contains(
        "which the allowed signers allow only for the namespaces 'other', not 'arusha-response'"))
    try write(
      try allowedLine("\"Full Customs\"", folder, "k.pub", options: "namespaces=\"arusha-*\""),
      folder,
      "wide")
    #expect(try verify(["r.yaml"], folder, allowed: "wide").status == 0)
  }

  @Test func aTruncatedOrMissingSignatureIsRefused() throws {
    let folder = try signedWorkspace()
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("r.yaml"), to: folder.appendingPathComponent("s.yaml"))
    try write(String(try read(folder, "r.yaml.sig").prefix(150)), folder, "s.yaml.sig")
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("r.yaml"), to: folder.appendingPathComponent("u.yaml"))
    let result = try verify(["s.yaml", "u.yaml", "r.yaml"], folder)
    #expect(result.status == 65)
    #expect(result.stdout == "r.yaml: signed by Full Customs, for administration 'Full Customs'\n")
    #expect(
      result.stderr.contains(
        "arusha: s.yaml: its signature is not a valid SSH signature: it has no '-----END SSH SIGNATURE-----' line: the file is truncated, or is not one"
      ))
    #expect(
      result.stderr.contains(
        "arusha: u.yaml: it is not signed: there is no '.sig' file beside it (sign it with 'arusha sign')"
      ))
    #expect(result.stderr.contains("arusha: 2 of 3 responses do not verify against allowed"))
    // A missing response is 66, whatever the order.
    let missing = try verify(["u.yaml", "gone.yaml"], folder)
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("arusha: gone.yaml: no such file"))
  }

  @Test func aMalformedAllowedSignersFileIsAnErrorAtItsLine() throws {
    let folder = try signedWorkspace()
    try write(
      "# ok\n" + (try allowedLine("\"Full Customs\"", folder, "k.pub", options: "namespace=\"x\"")),
      folder,
      "allowed")
    let result = try verify(["r.yaml"], folder)
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("allowed:2:16: error: unknown option 'namespace'"))
    #expect(try verify(["r.yaml"], folder, allowed: "none").status == 66)
    // A cert-authority line is a warning, and allows nothing.
    try write(
      try allowedLine("\"Full Customs\"", folder, "k.pub", options: "cert-authority"), folder, "ca")
    let ca = try verify(["r.yaml"], folder, allowed: "ca")
    #expect(ca.status == 65)
    #expect(ca.stderr.contains("ca:1:16: warning: 'cert-authority' lines allow nothing in arusha"))
    #expect(ca.stderr.contains("which the allowed signers list only as a 'cert-authority'"))
  }

  @Test func pathsAndPrincipalsArePrintedWithoutControlCharacters() throws {
    let folder = try signedWorkspace()
    try write(
      try allowedLine("\"Full Customs,Niger\u{1B}[31m Customs\"", folder, "k.pub"), folder,
      "allowed")
    let result = try verify(["r.yaml"], folder)
    #expect(result.status == 0, "\(result.stderr)")
    // Shown, not sent: ESC as its picture (issue 22).
    #expect(
      result.stdout
        == "r.yaml: signed by Full Customs,Niger␛[31m Customs, for administration 'Full Customs'\n")
  }

  // MARK: The API that compare uses

  @Test func signatureCheckGivesEachStatus() throws {
    let folder = try signedWorkspace()
    let allowed = try AllowedSignersFile.load(
      UserPath(folder.appendingPathComponent("allowed").path))
    #expect(allowed.warnings.diagnostics.isEmpty)
    let path = UserPath(folder.appendingPathComponent("r.yaml").path)
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path.opened)))
    #expect(
      SignatureCheck.check(
        responsePath: path, responseBytes: bytes, allowed: allowed.signers,
        administration: "Full Customs") == .signed(principal: "Full Customs"))
    #expect(
      SignatureCheck.check(
        responsePath: path, responseBytes: bytes + [0x0A], allowed: allowed.signers,
        administration: "Full Customs")
        == .invalid(.doesNotMatch))
    #expect(
      SignatureCheck.check(
        responsePath: UserPath(folder.appendingPathComponent("partial.yaml").path),
        responseBytes: bytes,
        allowed: allowed.signers, administration: "Full Customs") == .unsigned)
    let key = try OpenSSHPrivateKey.parse(Array(try read(folder, "k").utf8)).publicKey
    #expect(
      SignatureCheck.check(
        responsePath: path, responseBytes: bytes, allowed: AllowedSigners(entries: []),
        administration: "Full Customs")
        == .invalid(.keyNotAllowed(fingerprint: key.fingerprint)))
    try write("niger bogus\n", folder, "bad")
    #expect {
      try AllowedSignersFile.load(UserPath(folder.appendingPathComponent("bad").path))
    } throws: { error in
      guard case .invalid(_, _, let diagnostics) = error as? LoadFailure else { return false }
      return diagnostics.map(\.mark.description) == ["1:7"]
    }
  }

  // MARK: With the real ssh-keygen

  @Test(.enabled(if: hasSSHKeygen, "ssh-keygen is not installed at /usr/bin/ssh-keygen"))
  func sshKeygenVerifiesWhatArushaSigns() throws {
    let folder = try signedWorkspace()
    let result = try sshKeygen(
      [
        "-Y", "verify", "-f", "allowed", "-I", "Full Customs", "-n", "arusha-response", "-s",
        "r.yaml.sig",
      ],
      in: folder, input: "r.yaml")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Good \"arusha-response\" signature for Full Customs"))
    // And it refuses the same signature of a changed file.
    try write(try read(folder, "r.yaml") + "# changed\n", folder, "r.yaml")
    let changed = try sshKeygen(
      [
        "-Y", "verify", "-f", "allowed", "-I", "niger", "-n", "arusha-response", "-s", "r.yaml.sig",
      ],
      in: folder, input: "r.yaml")
    #expect(changed.status != 0)
  }

  @Test(.enabled(if: hasSSHKeygen, "ssh-keygen is not installed at /usr/bin/ssh-keygen"))
  func sshKeygenReadsArushasKeys() throws {
    let folder = try signedWorkspace()
    let publicKey = try sshKeygen(["-y", "-f", "k"], in: folder)
    #expect(publicKey.status == 0, "\(publicKey.stderr)")
    #expect(
      publicKey.stdout.split(separator: " ").prefix(2)
        == (try read(folder, "k.pub")).split(separator: " ").prefix(2))
    let check = try sshKeygen(
      ["-Y", "check-novalidate", "-n", "arusha-response", "-s", "r.yaml.sig"], in: folder,
      input: "r.yaml")
    #expect(check.status == 0, "\(check.stderr)")
    // ssh-keygen signs with arusha's private key, and arusha verifies that signature.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("r.yaml.sig"))
    let signed = try sshKeygen(
      ["-Y", "sign", "-f", "k", "-n", "arusha-response", "r.yaml"], in: folder)
    #expect(signed.status == 0, "\(signed.stderr)")
    #expect(
      try verify(["r.yaml"], folder).stdout
        == "r.yaml: signed by Full Customs, for administration 'Full Customs'\n")
  }

  @Test(.enabled(if: hasSSHKeygen, "ssh-keygen is not installed at /usr/bin/ssh-keygen"))
  func arushaVerifiesAndSignsWithSSHKeygensKeys() throws {
    let folder = try workspace()
    let made = try sshKeygen(
      ["-q", "-t", "ed25519", "-N", "", "-C", "ssh@example.org", "-f", "id_ed25519"], in: folder)
    #expect(made.status == 0, "\(made.stderr)")
    try write(try allowedLine("\"Full Customs\"", folder, "id_ed25519.pub"), folder, "allowed")
    let signed = try sshKeygen(
      ["-Y", "sign", "-f", "id_ed25519", "-n", "arusha-response", "r.yaml"], in: folder)
    #expect(signed.status == 0, "\(signed.stderr)")
    let verified = try verify(["r.yaml"], folder)
    #expect(verified.status == 0, "\(verified.stderr)")
    #expect(
      verified.stdout == "r.yaml: signed by Full Customs, for administration 'Full Customs'\n")
    // arusha signs with the key ssh-keygen made, and ssh-keygen accepts it.
    let sign = try runArushaInProcess(["sign", "r.yaml", "--key", "id_ed25519"], directory: folder)
    #expect(sign.status == 0, "\(sign.stderr)")
    let accepted = try sshKeygen(
      [
        "-Y", "verify", "-f", "allowed", "-I", "Full Customs", "-n", "arusha-response", "-s",
        "r.yaml.sig",
      ],
      in: folder, input: "r.yaml")
    #expect(accepted.status == 0, "\(accepted.stderr)")
    // A signature ssh-keygen made for another namespace is refused, naming it.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("r.yaml.sig"))
    #expect(
      try sshKeygen(["-Y", "sign", "-f", "id_ed25519", "-n", "other", "r.yaml"], in: folder)
        .status == 0)
    let wrong = try verify(["r.yaml"], folder)
    #expect(wrong.status == 65)
    #expect(
      wrong.stderr.contains(
        "arusha: r.yaml: its signature was made for the namespace 'other', not 'arusha-response'"))
  }

  // MARK: assess on a signed response

  @Test func assessVoidsTheSignatureOnlyAfterAChange() throws {
    let folder = try workspace()
    let command = [
      "assess", "example", "--plain", "--administration", "A", "--round", "1", "-o", "a.yaml",
      "--lang", "fr",
    ]
    #expect(try runArusha(command, input: "q\n", directory: folder).status == 0)
    // Signed in process: assess voids whatever signature is there, complete or not.
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("a.yaml")))
    let key = OpenSSHPrivateKey.generate(comment: "")
    try Data(try SSHSignature.sign(bytes, with: key).armored()).write(
      to: folder.appendingPathComponent("a.yaml.sig"))

    let unchanged = try runArusha(command, input: "q\n", directory: folder)
    #expect(unchanged.status == 0, "\(unchanged.stderr)")
    #expect(
      unchanged.stdout.contains(
        "Cette réponse est signée (a.yaml.sig). La modifier annule la signature\u{A0}:"))
    #expect(unchanged.stdout.components(separatedBy: "Cette réponse est signée").count == 2)
    #expect(exists(folder, "a.yaml.sig") && !exists(folder, "a.yaml.sig.void"))
    #expect([UInt8](try Data(contentsOf: folder.appendingPathComponent("a.yaml"))) == bytes)

    let changed = try runArusha(command, input: "1\nq\n", directory: folder)
    #expect(changed.status == 0, "\(changed.stderr)")
    #expect(!exists(folder, "a.yaml.sig") && exists(folder, "a.yaml.sig.void"))
    // Wrapped at 80 columns in line mode (issue 26).
    #expect(
      changed.stderr.replacingOccurrences(of: "\n", with: " ").contains(
        "La réponse a changé, sa signature ne correspond donc plus\u{A0}: a.yaml.sig a été renommée en a.yaml.sig.void."
      ))
    #expect(try read(folder, "a.yaml.sig.void").hasPrefix("-----BEGIN SSH SIGNATURE-----"))
  }

  @Test func theFullScreenSessionSaysItOnItsFirstScreen() throws {
    let folder = try workspace()
    let command = [
      "assess", "example", "--administration", "A", "--round", "1", "-o", "a.yaml", "--lang",
      "en",
    ]
    #expect(try runArusha(command + ["--plain"], input: "q\n", directory: folder).status == 0)
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("a.yaml")))
    let key = OpenSSHPrivateKey.generate(comment: "")
    try Data(try SSHSignature.sign(bytes, with: key).armored()).write(
      to: folder.appendingPathComponent("a.yaml.sig"))
    let pty = try PseudoTerminal()
    try pty.start(command, directory: folder)
    #expect(pty.waitFor("This response is signed (a.yaml.sig)."))
    #expect(pty.screenText.contains("Is there a written integrity strategy?"))
    pty.type("q")  // the first key only dismisses the message
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(exists(folder, "a.yaml.sig") && !exists(folder, "a.yaml.sig.void"))
  }
}

// MARK: - Round trips on the map fixture's responses

extension SigningCommandTests {

  /// A folder with the map fixture's two questionnaires and its 2026 and 2027 responses.
  func mapWorkspace() throws -> URL {
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
    try runArushaInProcess(
      ["verify"] + responses + ["--allowed-signers", "allowed"], directory: folder)
  }

  @Test(
    .enabled(if: hasSSHKeygen, "ssh-keygen is not installed: skipping OpenSSH interoperability"))
  func arushaSignsAndSSHKeygenVerifies() throws {
    let folder = try mapWorkspace()
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
    let folder = try mapWorkspace()
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
    let folder = try mapWorkspace()
    #expect(try runArushaInProcess(["keygen", "-f", "niger"], directory: folder).status == 0)
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
    let folder = try mapWorkspace()
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

  /// `assess` on a signed response warns, keeps the file and its signature while nothing
  /// changes (even a file arusha would format otherwise), and voids the signature at the first
  /// change.
  @Test func assessVoidsTheSignatureOnlyAtTheFirstChange() throws {
    let folder = try mapWorkspace()
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
    // Wrapped at 80 columns in line mode (issue 26).
    #expect(
      changed.stderr.replacingOccurrences(of: "\n", with: " ").contains(
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
