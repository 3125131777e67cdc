/// What checking the signature beside a response found (`compare --allowed-signers`,
/// trust-and-continuity.md, "Signed submissions").
public enum SignatureVerdict: Sendable, Hashable {
  /// The signature verifies and its key is allowed for the namespace `arusha-response`.
  case signed(principal: String)
  /// There is no `RESPONSE.sig`.
  case unsigned
  /// There is one, but it does not verify or its key is not allowed: the reason, in a clause.
  case refused(reason: String)
}

/// A counted response that is not signed by an allowed key.
public struct SignatureProblem: Sendable, Hashable {
  /// The response file.
  public var path: String
  /// Why: `unsigned` or `refused`.
  public var verdict: SignatureVerdict

  /// Creates a problem.
  public init(path: String, verdict: SignatureVerdict) {
    self.path = path
    self.verdict = verdict
  }
}
