/// A visible scored question below full marks, ranked by what closing it is worth.
public struct PriorityGap: Sendable, Hashable {
  /// The question's id.
  public var question: String
  /// Its factor's id.
  public var factor: String
  /// Its item score, 0…1 (below 1).
  public var score: Double
  /// Its weight.
  public var weight: Double

  /// `weight × (1 − score)`: the ranking key.
  public var priority: Double { weight * (1 - score) }
}
