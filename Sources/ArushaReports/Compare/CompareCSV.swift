import ArushaCore

extension CompareReport {
  /// Stub.
  public func csv() -> String { json() }
}
