import ArushaCore

extension CompareReport {
  /// Stub.
  public func table(style: TextStyle, width: Int = 100) -> String { json() }
}
