extension Comparison {
  /// Where a group's factor score stands against the peer median.
  public enum Position: String, Sendable, Hashable, CaseIterable {
    /// At least the margin above the median.
    case above
    /// Within the margin of the median.
    case near
    /// At least the margin below the median.
    case below
  }
}
