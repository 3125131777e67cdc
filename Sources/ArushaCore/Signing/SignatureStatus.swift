/// What the signature beside a response shows: signed by an allowed signer, not signed, or
/// signed in a way that does not verify (trust-and-continuity.md, "Signed submissions").
///
/// A value for every layer: `arusha verify` prints it, `arusha compare --allowed-signers`
/// counts it per group, and the reports can render it.
public enum SignatureStatus: Sendable, Hashable {
  /// A valid signature of these exact bytes, for `arusha-response`, by a key that the allowed
  /// signers allow: the principals of the first line that allows it, as written there
  /// (comma-separated when the line lists several; ``AllowedSigners/Entry/principalsText``).
  case signed(principal: String)
  /// No signature file beside the response.
  case unsigned
  /// A signature file that does not show an allowed signer sent these bytes, and why.
  case invalid(SignatureFailure)

  /// Whether the response is signed by an allowed key.
  public var isSigned: Bool {
    if case .signed = self { return true }
    return false
  }
}
