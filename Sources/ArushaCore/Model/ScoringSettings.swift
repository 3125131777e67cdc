/// The questionnaire's `scoring` settings, with the format's defaults.
public struct ScoringSettings: Sendable, Hashable {
  /// The default method of every factor.
  public var method: ScoringMethod = .mean
  /// A factor score at or above this is a strength (0…100).
  public var strength: Double = 75
  /// A factor score below this is an area for improvement (0…100).
  public var improvement: Double = 50
  /// A difference of at least this between rounds is a real change.
  public var change: Double = 5
  /// Maturity bands, ascending, the first at 0; empty when the questionnaire has none.
  public var levels: [ScoreLevel] = []

  /// The format's defaults.
  public init() {}

  /// The band a score falls in: the last whose `min` is at most the score.
  public func level(of score: Double?) -> ScoreLevel? {
    guard let score else { return nil }
    return levels.last { $0.min <= score }
  }
}
