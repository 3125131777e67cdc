/// A factor's result in one response (scoring.md).
public struct FactorScore: Sendable, Hashable {
  /// The factor's id.
  public var factor: String
  /// 0…100, or nil when no visible scored question has a score.
  public var score: Double?
  /// The maturity band of the score.
  public var level: ScoreLevel?
  /// Share of the visible scored questions (less `na`) that have a score; nil when none can.
  public var coverage: Double?
  /// Visible scored questions answered with a value.
  public var answered: Int
  /// Visible scored questions answered "don't know".
  public var unknown: Int
  /// Visible scored questions answered "not applicable".
  public var notApplicable: Int
  /// Visible scored questions with no answer.
  public var missing: Int
  /// Whether the score is at or above `scoring.strength`.
  public var strength: Bool
  /// Whether the score is below `scoring.improvement`, or the factor has a critical gap.
  public var improvement: Bool
}
