/// A factor's result in one response (scoring.md).
public struct FactorScore: Sendable, Hashable {
  /// The factor's id.
  public var factor: String
  /// 0…100 after the critical cap, or nil when no scored question has a score.
  public var score: Double?
  /// The score before the critical cap (equal to ``score`` when not capped).
  public var uncapped: Double?
  /// Whether `scoring.critical_cap` lowered the score.
  public var capped: Bool
  /// The maturity band of the score.
  public var level: ScoreLevel?
  /// `with score / (with score + missing)`; nil when that denominator is 0.
  public var coverage: Double?
  /// Visible scored questions answered with a value.
  public var answered: Int
  /// Visible scored questions answered "don't know".
  public var unknown: Int
  /// Visible scored questions answered "not applicable".
  public var notApplicable: Int
  /// Scored questions with no answer (visible ones, and hidden `when_hidden: zero` ones whose
  /// prerequisite is unanswered).
  public var missing: Int
  /// Hidden `when_hidden: zero` questions scored 0 because their prerequisite is absent.
  public var absent: Int
  /// Answers that claim a practice without the evidence it expects.
  public var unsupported: Int
  /// Whether a critical question of the factor scores 0.
  public var criticalGap: Bool
  /// The score with unsupported answers counted at the highest level of their question that
  /// expects no evidence, the cap included (issue 24); equal to ``score`` when none is.
  public var evidenceChecked: Double?
  /// Whether the score is at or above `scoring.strength` with no critical gap.
  public var strength: Bool
  /// Whether the score is below `scoring.improvement`, or the factor has a critical gap.
  public var improvement: Bool
}
