import ArushaYAML

/// OpenSSH's allowed signers file (ssh-keygen(1), "ALLOWED SIGNERS"), as an expert keeps it:
/// which keys sign for which principals (administrations, people), for which namespaces and
/// when.
///
/// Each line is `principals [options] keytype base64 [comment]`; `#` lines and blank lines
/// are comments. `principals` is a comma-separated pattern list (``SSHPattern``), quoted when
/// it holds spaces. The options are `namespaces="list"`, `valid-after="time"`,
/// `valid-before="time"` and `cert-authority`; a `cert-authority` line allows nothing here,
/// since arusha does not read certificates. A key is allowed for a namespace by a line that
/// lists it without `cert-authority`, whose `namespaces` (when given) match the namespace,
/// and whose times hold now, exactly as `ssh-keygen -Y verify` decides.
public struct AllowedSigners: Sendable, Hashable {
  /// The lines that name a key, in the file's order.
  public var entries: [Entry]

  /// The signers of `entries`.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// What reading a file gives: the signers when it has no error, and every finding.
  public struct Parsed: Sendable {
    /// The signers, nil when a line has an error.
    public var signers: AllowedSigners?
    /// Every error and warning (a `cert-authority` line), sorted by position.
    public var diagnostics: [Diagnostic]
  }

  /// Reads an allowed signers file.
  ///
  /// - Parameter bytes: The file's bytes (UTF-8).
  /// - Returns: The signers, or nil with an error for each malformed line (at its line and
  ///   column); warnings either way.
  public static func parse(_ bytes: [UInt8]) -> Parsed {
    var entries: [Entry] = []
    var diagnostics: [Diagnostic] = []
    // A byte order mark (an editor's, on Windows) is not part of the first principal; columns
    // count after it, as the YAML loader's do.
    let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
    var lines = text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    if text.last == UInt8(ascii: "\n") { lines.removeLast() }
    for (index, line) in lines.enumerated() {
      let content = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
      var reader = AllowedSignersLine(Array(content), line: index + 1)
      do throws(AllowedSignersLine.Finding) {
        if let entry = try reader.entry() {
          entries.append(entry)
          if entry.principals.contains("*") {
            let indent = content.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            diagnostics.append(
              .warning(
                .allowedSignersAnyAdministration,
                at: SourceMark(line: index + 1, column: indent.count + 1)))
          }
          if entry.certificateAuthority {
            diagnostics.append(
              .warning(
                .allowedSignersCertificateAuthority,
                at: SourceMark(line: index + 1, column: entry.optionsColumn ?? 1)))
          }
        }
      } catch {
        diagnostics.append(error.diagnostic)
      }
    }
    let sorted = diagnostics.sortedByPosition()
    return Parsed(
      signers: sorted.hasErrors ? nil : AllowedSigners(entries: entries), diagnostics: sorted)
  }

  /// The line that allows `key` to sign for `principal` and `namespace` at the clock's time.
  ///
  /// - Parameters:
  ///   - key: The key of a valid signature.
  ///   - principal: The identity to sign for (the response's administration, issue 22): a
  ///     line counts only when its principals match it as an OpenSSH pattern list; nil for
  ///     any line.
  ///   - namespace: The signature's namespace.
  ///   - clock: Now, for `valid-after` and `valid-before`.
  /// - Returns: The first line that allows it.
  /// - Throws: ``SignatureFailure``: `namespaceNotAllowed`, `notYetValid` or `expired` when
  ///   lines list the key but do not allow it (the first such reason in the file's order),
  ///   `notAllowedForAdministration` when lines list the key only for other principals,
  ///   `certificateAuthorityOnly` when only `cert-authority` lines list it, else
  ///   `keyNotAllowed`.
  public func signer(
    for key: Ed25519PublicKey, principal: String? = nil, namespace: String, clock: SigningClock
  ) throws(SignatureFailure) -> Entry {
    var refusal: SignatureFailure?
    var namespaces: [String] = []
    var authorityOnly = false
    // The principals of the lines that list the key but not for `principal`: who signed.
    var otherSigners: [String] = []
    for entry in entries where entry.key == key {
      if entry.certificateAuthority {
        authorityOnly = true
        continue
      }
      // OpenSSH's sshsig_check_allowed_keys: a line counts only when its principals, as a
      // pattern list, match the identity (match_pattern_list, case-sensitive, `!` denies).
      if let principal, !SSHPattern.matches(principal, list: entry.principalsText) {
        otherSigners.append(entry.principalsText)
        continue
      }
      if let list = entry.namespaces, !SSHPattern.matches(namespace, list: list) {
        namespaces.append(list)
        refusal =
          refusal
          ?? .namespaceNotAllowed(fingerprint: key.fingerprint, namespaces: [], expected: namespace)
        continue
      }
      if let after = entry.validAfter, clock.now < after.seconds(clock) {
        refusal = refusal ?? .notYetValid(fingerprint: key.fingerprint, validAfter: after.text)
        continue
      }
      if let before = entry.validBefore, clock.now > before.seconds(clock) {
        refusal = refusal ?? .expired(fingerprint: key.fingerprint, validBefore: before.text)
        continue
      }
      return entry
    }
    switch refusal {
    case .namespaceNotAllowed(let fingerprint, _, let expected)?:
      throw .namespaceNotAllowed(
        fingerprint: fingerprint, namespaces: namespaces, expected: expected)
    case let refusal?:
      throw refusal
    case nil:
      if let principal, !otherSigners.isEmpty {
        throw .notAllowedForAdministration(
          administration: principal, signers: otherSigners, fingerprint: key.fingerprint)
      }
      if authorityOnly { throw .certificateAuthorityOnly(fingerprint: key.fingerprint) }
      throw .keyNotAllowed(fingerprint: key.fingerprint)
    }
  }
}
