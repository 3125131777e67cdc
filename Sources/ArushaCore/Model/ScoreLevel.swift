/// A maturity band over 0…100: a score at or above `min` (up to the next band) has this label.
public struct ScoreLevel: Sendable, Hashable {
  /// The band's lower bound, inclusive, in 0…100.
  public var min: Double
  /// The band's name.
  public var label: LocalizedText

  /// Creates a band.
  public init(min: Double, label: LocalizedText) {
    self.min = min
    self.label = label
  }
}
