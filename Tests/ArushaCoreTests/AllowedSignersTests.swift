import ArushaTestSupport
import Foundation
import Testing

@testable import ArushaCore

/// The allowed signers file (ssh-keygen(1), "ALLOWED SIGNERS"): what it allows, and every
/// malformed line at its line and column.
@Suite struct AllowedSignersTests {
  /// The fixture key's line (Fixtures/signing/ed25519.pub), without its comment.
  static let key =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJJpbojw2/7xx+vz5Ccvv60aidfM/SEAOi1WY+7kTVuA"
  static let rsa =
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC7"

  static func publicKey() throws -> Ed25519PublicKey {
    try SSHPublicKeyLine.parse(key).key
  }

  static func parse(_ text: String) -> AllowedSigners.Parsed {
    AllowedSigners.parse(Array(text.utf8))
  }

  static func signers(_ text: String) throws -> AllowedSigners {
    let parsed = parse(text)
    return try #require(parsed.signers, "\(parsed.diagnostics.map(\.message))")
  }

  @Test func linesWithCommentsOptionsQuotesAndPatternsRead() throws {
    let signers = try Self.signers(
      """
      # Comments allowed at start of line

        # and indented
      niger@douanes.ne,*@customs.example \(Self.key) Niger's key
      "Niger Customs" namespaces="arusha-response,file" \(Self.key)
      togo CERT-AUTHORITY,Namespaces="x" \(Self.key)
      benin valid-after="20240101",valid-before="20300101Z" \(Self.key)\r
      zambia \(Self.rsa)

      """)
    #expect(signers.entries.count == 5)
    let first = signers.entries[0]
    #expect(first.line == 4 && first.principals == ["niger@douanes.ne", "*@customs.example"])
    #expect(first.key == (try Self.publicKey()))
    #expect(first.principalsText == "niger@douanes.ne,*@customs.example")
    #expect(signers.entries[1].principals == ["Niger Customs"])
    #expect(signers.entries[1].namespaces == "arusha-response,file")
    #expect(signers.entries[2].certificateAuthority && signers.entries[2].namespaces == "x")
    #expect(signers.entries[3].validAfter?.text == "20240101")
    #expect(signers.entries[3].validBefore?.utc == true)
    #expect(signers.entries[4].keyType == "ssh-rsa" && signers.entries[4].key == nil)
    // The cert-authority line allows nothing, and says so.
    #expect(
      Self.parse("togo cert-authority \(Self.key)\n").diagnostics.map(\.message) == [
        "'cert-authority' lines allow nothing in arusha, which does not verify certificates; list each administration's own key instead"
      ])
  }

  /// A byte order mark (Notepad's) is not part of the first principal (found by review: it
  /// was, and `verify` printed it invisibly); columns count after it.
  @Test func aByteOrderMarkIsNotPartOfTheFirstPrincipal() throws {
    let key = try Self.publicKey()
    let signers = try Self.signers("\u{FEFF}niger \(Self.key)\n")
    let entry = try signers.signer(
      for: key, namespace: "arusha-response", clock: SigningClock.utc(1_750_000_000))
    #expect(entry.principalsText == "niger")
    let broken = Self.parse("\u{FEFF}niger bogus=1 \(Self.key)\n")
    #expect(broken.diagnostics.first.map { [$0.mark.line, $0.mark.column] } == [1, 7])
  }

  @Test func theFirstLineThatAllowsTheKeyNamesTheSigner() throws {
    let key = try Self.publicKey()
    let clock = SigningClock.utc(1_750_000_000)  // 2025-06-15
    let signers = try Self.signers(
      """
      zambia \(Self.rsa)
      niger,niger-ia \(Self.key)
      other \(Self.key)
      """)
    let entry = try signers.signer(for: key, namespace: "arusha-response", clock: clock)
    #expect(entry.principalsText == "niger,niger-ia" && entry.line == 2)
    let fingerprint = key.fingerprint
    #expect(throws: SignatureFailure.keyNotAllowed(fingerprint: fingerprint)) {
      try Self.signers("zambia \(Self.rsa)\n").signer(
        for: key, namespace: "arusha-response", clock: clock)
    }
    #expect(throws: SignatureFailure.keyNotAllowed(fingerprint: fingerprint)) {
      try AllowedSigners(entries: []).signer(for: key, namespace: "arusha-response", clock: clock)
    }
  }

  @Test func namespacesTimesAndCertificateAuthoritiesDecide() throws {
    let key = try Self.publicKey()
    let fingerprint = key.fingerprint
    let clock = SigningClock.utc(1_750_000_000)  // 2025-06-15T15:06:40Z
    func signer(_ text: String) throws -> String {
      try Self.signers(text).signer(for: key, namespace: "arusha-response", clock: clock)
        .principalsText
    }
    #expect(try signer("a namespaces=\"arusha-*\" \(Self.key)") == "a")
    #expect(try signer("a namespaces=\"file,arusha-response\" \(Self.key)") == "a")
    #expect(
      throws: SignatureFailure.namespaceNotAllowed(
        fingerprint: fingerprint, namespaces: ["other"], expected: "arusha-response")
    ) { try signer("a namespaces=\"other\" \(Self.key)") }
    #expect(
      throws: SignatureFailure.namespaceNotAllowed(
        fingerprint: fingerprint, namespaces: ["arusha-*,!arusha-response"],
        expected: "arusha-response")
    ) { try signer("a namespaces=\"arusha-*,!arusha-response\" \(Self.key)") }
    // A later line that allows it wins over an earlier one that does not.
    #expect(try signer("a namespaces=\"other\" \(Self.key)\nb \(Self.key)") == "b")
    #expect(throws: SignatureFailure.certificateAuthorityOnly(fingerprint: fingerprint)) {
      try signer("a cert-authority \(Self.key)")
    }
    #expect(try signer("a valid-after=\"20250615Z\",valid-before=\"20250616Z\" \(Self.key)") == "a")
    #expect(try signer("a valid-after=\"202506151506Z\" \(Self.key)") == "a")
    #expect(
      throws: SignatureFailure.notYetValid(fingerprint: fingerprint, validAfter: "20250615151000Z")
    ) {
      try signer("a valid-after=\"20250615151000Z\" \(Self.key)")
    }
    #expect(throws: SignatureFailure.expired(fingerprint: fingerprint, validBefore: "20250101")) {
      try signer("a valid-before=\"20250101\" \(Self.key)")
    }
    // A local time is read in the clock's time zone: 2025-06-15 16:00 at UTC+2 is 14:00Z.
    let east = SigningClock(now: 1_750_000_000, utcOffset: { _ in 7200 })
    #expect(
      try Self.signers("a valid-after=\"202506151600\" \(Self.key)").signer(
        for: key, namespace: "arusha-response", clock: east
      ).principalsText == "a")
  }

  /// Each malformed line, with its marker where the error points.
  @Test(arguments: [
    ("niger1️⃣", "missing key: a line is 'principals [options] key-type base64-key [comment]'"),
    (
      "niger 1️⃣bogus=\"x\" \(key)",
      "unknown option 'bogus'; the options are cert-authority, namespaces=\"…\", valid-after=\"…\" and valid-before=\"…\", separated by commas without spaces"
    ),
    (
      "niger namespaces=1️⃣x \(key)",
      "the value of 'namespaces' must be in double quotes, e.g. namespaces=\"…\""
    ),
    ("niger namespaces=1️⃣\"x \(key)", "this quote is not closed"),
    ("1️⃣\"Niger Customs \(key)", "this quote is not closed"),
    ("nig1️⃣\"er \(key)", "unexpected '\"': quote the whole field, e.g. \"Niger Customs\""),
    ("1️⃣niger,,togo \(key)", "empty principal in the list of principals"),
    ("niger namespaces=\"a\",1️⃣namespaces=\"b\" \(key)", "'namespaces' is given twice on this line"),
    ("niger namespaces=\"a\",1️⃣ \(key)", "an option is missing after ','"),
    (
      "niger valid-after=1️⃣\"2024\" \(key)",
      "'2024' is not a time for 'valid-after': write YYYYMMDD or YYYYMMDDHHMM[SS], with Z for UTC"
    ),
    (
      "niger valid-after=1️⃣\"20240230\" \(key)",
      "'20240230' is not a time for 'valid-after': write YYYYMMDD or YYYYMMDDHHMM[SS], with Z for UTC"
    ),
    (
      "niger 1️⃣valid-after=\"20250101\",valid-before=\"20240101\" \(key)",
      "'valid-before' is not after 'valid-after'"
    ),
    (
      "niger namespaces=\"a\" 1️⃣ssh-ed448 AAAA",
      "unknown key type 'ssh-ed448'; arusha's keys are 'ssh-ed25519'"
    ),
    ("niger ssh-ed25519 1️⃣", "missing the base64 key after 'ssh-ed25519'"),
    ("niger ssh-ed25519 1️⃣AAAA*", "the key is not base64"),
    (
      "niger ssh-ed25519 1️⃣AAAAC3NzaC1lZDI1NTE5AAAAAA==",
      "this is not a valid 'ssh-ed25519' key: the Ed25519 public key has 0 bytes instead of 32"
    ),
    (
      "niger ssh-rsa 1️⃣AAAAC3NzaC1lZDI1NTE5AAAAAA==",
      "this is not a valid 'ssh-rsa' key: the key is said to be 'ssh-rsa' but is 'ssh-ed25519'"
    ),
    (
      "1️⃣\(key) niger@example.org",
      "this line is a public key without principals: put who signs with it in front, e.g. 'niger-customs ssh-ed25519 AAAA…'"
    ),
  ])
  func aMalformedLineIsAnErrorAtItsPlace(_ source: String, _ message: String) throws {
    let marked = MarkedText("# a comment first\n" + source + "\n")
    let parsed = AllowedSigners.parse(Array(marked.text.utf8))
    #expect(parsed.signers == nil)
    #expect(parsed.diagnostics.map(\.message) == [message])
    #expect(parsed.diagnostics.first?.mark == marked.marks["1️⃣"])
  }

  @Test func everyMalformedLineIsReportedAndTextMustBeUTF8() {
    let parsed = AllowedSigners.parse(
      Array("a\nb \(Self.key)\nc\n".utf8) + [0xFF, 0x0A])
    #expect(parsed.signers == nil)
    #expect(parsed.diagnostics.map(\.mark.line) == [1, 3, 4])
    #expect(parsed.diagnostics.last?.message == "this line is not UTF-8 text")
  }

  @Test func patternsAreOpenSSHs() {
    #expect(SSHPattern.matches("arusha-response", pattern: "arusha-*"))
    #expect(SSHPattern.matches("a", pattern: "?"))
    #expect(!SSHPattern.matches("ab", pattern: "?"))
    #expect(SSHPattern.matches("niger@douanes.ne", pattern: "*@*.ne"))
    #expect(!SSHPattern.matches("niger@douanes.ne", pattern: "*@*.fr"))
    #expect(SSHPattern.matches("", pattern: "*"))
    #expect(SSHPattern.matches("abcabd", pattern: "*abd"))
    #expect(SSHPattern.matches("x", list: "a,x"))
    #expect(!SSHPattern.matches("x", list: "*,!x"))
    #expect(!SSHPattern.matches("x", list: ""))
  }

  @Test func timesReadAsSSHKeygenReadsThem() throws {
    let clock = SigningClock.utc(0)
    #expect(try #require(AllowedSigners.Time("19700101Z")).seconds(clock) == 0)
    #expect(try #require(AllowedSigners.Time("20250615150640Z")).seconds(clock) == 1_750_000_000)
    #expect(try #require(AllowedSigners.Time("202506151506UTC")).seconds(clock) == 1_749_999_960)
    #expect(try #require(AllowedSigners.Time("20240229")).day == 29)
    for bad in ["2023022", "20230229", "20231301", "202301012460", "2023010a", "Z", ""] {
      #expect(AllowedSigners.Time(bad) == nil, "\(bad)")
    }
  }
}
