/// A counted response that is not signed by an allowed key (`compare --allowed-signers`,
/// trust-and-continuity.md, "Signed submissions").
public struct SignatureProblem: Sendable, Hashable {
  /// The response file.
  public var path: String
  /// Why: ``SignatureStatus/unsigned`` or ``SignatureStatus/invalid(_:)``.
  public var status: SignatureStatus

  /// Creates a problem.
  public init(path: String, status: SignatureStatus) {
    self.path = path
    self.status = status
  }
}
