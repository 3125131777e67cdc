// The words of every signing error (trust-and-continuity.md, "Signed submissions"), in one
// place: what each case of SSHFormatError, SSHKeyError and SignatureFailure says. Lowercase,
// user text in '…', no final period, and what to do where there is something to do. The
// allowed signers file's findings are Diagnostic messages (DiagnosticMessages.swift).

extension SSHFormatError {
  /// What is wrong with the data, as a clause ("it is truncated…").
  public var description: String {
    switch self {
    case .empty: return "the file is empty"
    case .missingHeader(let header): return "it does not start with '\(header)'"
    case .missingFooter(let footer):
      return "it has no '\(footer)' line: the file is truncated, or is not one"
    case .textAfterFooter(let line): return "line \(line) follows the end line"
    case .badBase64(let line): return "line \(line) is not base64"
    case .truncated(let field): return "it ends inside \(field): the data is truncated"
    case .trailingBytes(let count, let field):
      return "\(count) unexpected byte\(count == 1 ? "" : "s") after \(field)"
    case .notText(let field): return "\(field) is not text"
    case .badMagic(let magic): return "it does not start with '\(magic)'"
    case .unsupportedVersion(let version):
      return "it is version \(version); arusha reads version 1"
    case .badLength(let field, let expected, let found):
      return "\(field) has \(found) byte\(found == 1 ? "" : "s") instead of \(expected)"
    case .typeMismatch(let said, let found):
      return "the key is said to be '\(said)' but is '\(found)'"
    case .emptyNamespace: return "its namespace is empty"
    }
  }
}

extension SSHKeyError {
  /// What is wrong with the key file, and what to do.
  public var description: String {
    switch self {
    case .malformed(let error):
      return "not a valid OpenSSH private key: \(error)"
    case .encrypted(let cipher):
      return
        "the key is protected by a passphrase (cipher '\(cipher)'), and arusha signs with a key without one: make a signing key with 'arusha keygen -f NAME', or remove the passphrase from a copy of this key with 'ssh-keygen -p -N \"\" -f COPY'"
    case .notEd25519(let type):
      return
        "this is a '\(type)' key; arusha signs with Ed25519 keys only: make one with 'arusha keygen -f NAME' (or 'ssh-keygen -t ed25519')"
    case .publicKeyGiven:
      return "this is a public key; give the private key (the file without '.pub')"
    case .keyCount(let count):
      return "the file holds \(count) keys; arusha reads a file with one key"
    case .checkNumbersDiffer:
      return "the key's two check numbers differ: the file is damaged"
    case .badPadding:
      return "the padding after the key is not 1, 2, 3…: the file is damaged"
    case .inconsistent:
      return "the private key does not belong to the public key stored with it: the file is damaged"
    }
  }
}

extension SignatureFailure {
  /// Why the response is not shown to be signed, as a clause about the response ("its
  /// signature does not match it…"), without its path.
  public var description: String {
    switch self {
    case .missing:
      return "it is not signed: there is no '.sig' file beside it (sign it with 'arusha sign')"
    case .unreadable(let reason):
      return "its signature cannot be read: \(reason)"
    case .malformed(let error):
      return "its signature is not a valid SSH signature: \(error)"
    case .unsupportedAlgorithm(let name):
      return
        "its signature uses '\(name)'; arusha verifies Ed25519 signatures ('ssh-ed25519') with sha512 or sha256"
    case .wrongNamespace(let namespace, let expected):
      return
        "its signature was made for the namespace '\(namespace)', not '\(expected)' (sign with 'arusha sign', or 'ssh-keygen -Y sign -n \(expected)')"
    case .doesNotMatch:
      return
        "its signature does not match it: the file changed after it was signed, or the signature is another file's"
    case .keyNotAllowed(let fingerprint):
      return
        "it is signed by a key that the allowed signers do not list (\(fingerprint)); add the administration's public key if it is theirs"
    case .namespaceNotAllowed(let fingerprint, let namespaces, let expected):
      let lists = namespaces.map { "'\($0)'" }.joined(separator: ", ")
      return
        "it is signed by key \(fingerprint), which the allowed signers allow only for the namespaces \(lists), not '\(expected)'"
    case .certificateAuthorityOnly(let fingerprint):
      return
        "it is signed by key \(fingerprint), which the allowed signers list only as a 'cert-authority'; such a line allows nothing in arusha, which does not verify certificates"
    case .notYetValid(let fingerprint, let time):
      return
        "it is signed by key \(fingerprint), which the allowed signers allow only from \(time) (valid-after)"
    case .notAllowedForAdministration(let administration, let signers, let fingerprint):
      let who = signers.map { "'\(PrintableText.name($0))'" }.joined(separator: " or ")
      return
        "it speaks for administration '\(PrintableText.name(administration))' but is signed by \(who) (key \(fingerprint)), whom the allowed signers do not allow to sign for it; a signature counts only for the administration that the principals of its key's line name"
    case .expired(let fingerprint, let time):
      return
        "it is signed by key \(fingerprint), which the allowed signers allow only until \(time) (valid-before)"
    }
  }
}
