/// How a factor's item scores combine (scoring.md).
public enum ScoringMethod: String, Sendable, Hashable, CaseIterable {
  /// The weighted mean of item scores.
  case mean
  /// The lowest item score: one weak practice bounds the factor ("weakest link").
  case minimum
}
