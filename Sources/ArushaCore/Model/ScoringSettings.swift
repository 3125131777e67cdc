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
  /// A factor with a critical gap scores at most this (0…100); nil for no cap.
  public var criticalCap: Double?
  /// A critical question whose item score (0…1) is below this is a critical gap (issue 24:
  /// "no rule in force" is a gap too); nil for the old rule, an item score of 0.
  public var criticalBelow: Double?
  /// The overall score is indicative when more than this share (0…1) of the answers that
  /// expect evidence have none (issue 24); nil for the old rule, where unsupported answers
  /// never make it indicative.
  public var unsupportedIndicative: Double?

  /// The format's defaults.
  public init() {}

  /// Whether a factor score is a strength: at or above `strength` (within 1e-9) and with no
  /// critical gap (scoring.md).
  public func isStrength(_ score: Double?, criticalGap: Bool) -> Bool {
    guard let score, !criticalGap else { return false }
    return Tolerance.atLeast(score, strength)
  }

  /// Whether a factor score is an area for improvement: below `improvement` (within 1e-9),
  /// or with a critical gap (scoring.md).
  public func isImprovement(_ score: Double?, criticalGap: Bool) -> Bool {
    criticalGap || (score.map { Tolerance.below($0, improvement) } ?? false)
  }

  /// The band a score falls in: the last whose `min` is at most the score (within 1e-9,
  /// scoring.md "Numbers").
  public func level(of score: Double?) -> ScoreLevel? {
    guard let score else { return nil }
    return levels.last { Tolerance.atLeast(score, $0.min) }
  }
}
