import ArushaCore

extension CompareReport {
  /// Stub.
  public func html() -> String { json() }
}
