import ArushaCore

// The words of signed submissions (trust-and-continuity.md, "Signed submissions"): the
// session's, in English and French, and the messages of `keygen`, `sign` and `verify`. The
// reasons a signature or a key is refused are ArushaCore's (SigningMessages.swift); the
// allowed signers file's findings are diagnostics (DiagnosticMessages.swift).

extension Phrases {
  /// Said once when `arusha assess` opens a signed response (`signature` is its `.sig` file).
  public func signedResponseNote(_ signature: String) -> String {
    pick(
      "This response is signed (\(signature)). Changing it voids the signature: after the first change, arusha renames the signature to \(signature).void, and the response must be signed again.",
      "Cette réponse est signée (\(signature)). La modifier annule la signature\u{A0}: après la première modification, arusha renomme la signature en \(signature).void, et la réponse doit être signée de nouveau."
    )
  }

  /// Said when a session ends after a signed response changed and its signature was renamed.
  public func signatureVoided(_ signature: String, renamedTo voided: String) -> String {
    pick(
      "The response changed, so its signature no longer matches: \(signature) was renamed to \(voided). Sign it again with 'arusha sign' once it is final.",
      "La réponse a changé, sa signature ne correspond donc plus\u{A0}: \(signature) a été renommée en \(voided). Signez-la de nouveau avec «\u{A0}arusha sign\u{A0}» une fois qu’elle est définitive."
    )
  }
}

/// The messages of the signing commands: `arusha keygen`, `arusha sign` and `arusha verify`.
///
/// English, as every command message is. Paths and principals passed in are already
/// printable (``PrintableText``).
public enum SigningMessages {
  /// `keygen`: the pair written, what to keep and what to send.
  public static func keyPairWritten(_ path: String, publicPath: String, fingerprint: String)
    -> String
  {
    """
    arusha: wrote the private key \(path) (keep it: never send it) and the public key \(publicPath)
    arusha: send \(publicPath) once to the experts who receive your assessments; its fingerprint is \(fingerprint)
    """
  }

  /// `sign`: one signature written.
  public static func signed(_ response: String, signature: String, fingerprint: String) -> String {
    "arusha: signed \(response): wrote \(signature) (key \(fingerprint))"
  }

  /// `sign`: a response that is not complete.
  public static func notComplete(_ response: String) -> String {
    "arusha: \(response): the response is in progress; only a complete response is signed (finish it with 'arusha assess -o \(response)')"
  }

  /// `sign`: a key that cannot be used (`reason` is ``SSHKeyError``'s).
  public static func unusableKey(_ key: String, _ reason: String) -> String {
    "arusha: \(key): \(reason)"
  }

  /// `sign`: a file whose bytes changed between its check and its signing (issue 29): it is
  /// not signed, nor is any other.
  public static func changedSinceChecked(_ response: String) -> String {
    "arusha: \(response): the file changed after it was checked; nothing was signed (sign again once it stays as it is)"
  }

  /// `sign`: the closing line when some responses cannot be signed.
  public static func nothingSigned(_ failed: Int, of total: Int) -> String {
    "arusha: \(failed) of \(total) response\(total == 1 ? "" : "s") cannot be signed; nothing was signed"
  }

  /// `verify`: one response that verifies.
  public static func signedBy(_ response: String, _ principal: String, for administration: String)
    -> String
  {
    "\(response): signed by \(principal), for administration '\(administration)'"
  }

  /// `verify`: one response that does not (`reason` is ``SignatureFailure``'s).
  public static func notVerified(_ response: String, _ reason: String) -> String {
    "arusha: \(response): \(reason)"
  }

  /// `verify`: the closing line when some responses do not verify.
  public static func verifySummary(_ failed: Int, of total: Int, allowed: String) -> String {
    "arusha: \(failed) of \(total) response\(total == 1 ? "" : "s") \(failed == 1 ? "does" : "do") not verify against \(allowed)"
  }

  /// `compare --allowed-signers`: a counted response whose signature does not verify, counted
  /// as unsigned (without `--require-signed`).
  public static func countedUnsigned(_ response: String, _ reason: String) -> String {
    "arusha: warning: \(response): \(reason); it is counted as not signed"
  }

  /// `compare --require-signed`: a counted response that is unsigned or does not verify.
  public static func notSignedRefused(_ response: String, _ reason: String) -> String {
    "arusha: \(response): \(reason)"
  }

  /// `compare --require-signed`: the closing line, nothing compared.
  public static func requireSignedSummary(_ failed: Int, of total: Int, allowed: String) -> String {
    "arusha: \(failed) of \(total) counted response\(total == 1 ? " is" : "s are") not signed by a key that \(allowed) allows; nothing was compared (--require-signed)"
  }
}
