extension Comparison {
  /// Which way a score moved between two rounds, by `scoring.change`.
  public enum Direction: String, Sendable, Hashable, CaseIterable {
    /// Up by at least `scoring.change`.
    case up
    /// Down by at least `scoring.change`.
    case down
    /// Less than `scoring.change` either way.
    case stable
  }
}
