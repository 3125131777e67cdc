import ArushaCore

extension CompareReport {
  /// Stub.
  public func markdown() -> String { json() }
}
