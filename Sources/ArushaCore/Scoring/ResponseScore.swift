/// Everything scoring.md computes for one response.
public struct ResponseScore: Sendable, Hashable {
  /// The weighted mean of the non-null factor scores; nil when none.
  public var overall: Double?
  /// The band of the overall score.
  public var overallLevel: ScoreLevel?
  /// One per factor, in file order.
  public var factors: [FactorScore]
  /// Every question, in file order.
  public var items: [ItemScore]
  /// Ids of factors that are strengths, in file order.
  public var strengths: [String]
  /// Ids of the best factors when no factor is a strength, best first
  /// (``ResponseScorer/relativeStrengths(_:count:)``, issue 24); empty when some factor is a
  /// strength.
  public var relativeStrengths: [String] = []
  /// Ids of factors that are areas for improvement, in file order.
  public var improvements: [String]
  /// Ids of visible critical questions scoring 0, in file order.
  public var critical: [String]
  /// Every priority gap, most important first.
  public var gaps: [PriorityGap]
  /// Ids of the unsupported answers, in file order.
  public var unsupported: [String]
  /// The visible `number` questions answered with a number or "don't know", in file order:
  /// the key figures.
  public var figures: [KeyFigure]
  /// The overall score with every unsupported answer counted at the highest level of its
  /// question that expects no evidence (issue 24); equal to ``overall`` when none is
  /// unsupported.
  public var evidenceChecked: Double?
  /// The band of ``evidenceChecked``.
  public var evidenceCheckedLevel: ScoreLevel?
  /// Answers that claim a practice expecting evidence, with or without it (M in "N of M
  /// answers that expect evidence have none"; N is `unsupported.count`).
  public var expectingEvidence: Int
  /// `scoring.unsupported_indicative`: above this share of unsupported answers the overall
  /// score is indicative; nil for the old rule.
  public var unsupportedIndicative: Double?
  /// Ids of the visible questions answered "not applicable", scored or not, in file order
  /// (issue 24: every report counts and lists them, with their justifications).
  public var notApplicable: [String] = []

  /// Visible scored questions with no answer, over all factors.
  public var missing: Int { factors.reduce(0) { $0 + $1.missing } }

  /// Whether the overall score is indicative (scoring.md): the response is not complete, some
  /// factor has no score, or (with `scoring.unsupported_indicative`, issue 24) more than that
  /// share of the answers that expect evidence have none.
  public func isIndicative(status: Response.Status) -> Bool {
    Self.isIndicative(
      status: status, anyFactorWithoutScore: factors.contains { $0.score == nil },
      unsupported: unsupported.count, of: expectingEvidence, threshold: unsupportedIndicative)
  }

  /// The one statement of the indicative rule (scoring.md), for a scored response and for the
  /// compare fast path, which has only the kernel's counts.
  ///
  /// - Parameters:
  ///   - status: The response's status.
  ///   - anyFactorWithoutScore: Whether some factor has no score.
  ///   - unsupported: Answers without the evidence they expect.
  ///   - expecting: Answers that expect evidence.
  ///   - threshold: `scoring.unsupported_indicative`; nil for none.
  /// - Returns: Whether the overall score is indicative.
  public static func isIndicative(
    status: Response.Status, anyFactorWithoutScore: Bool, unsupported: Int, of expecting: Int,
    threshold: Double?
  ) -> Bool {
    status != .complete || anyFactorWithoutScore
      || unsupportedShareIsIndicative(unsupported, of: expecting, threshold: threshold)
  }

  /// Whether unsupported answers alone make the overall score indicative: more than
  /// `scoring.unsupported_indicative` (within 1e-9) of the answers that expect evidence have
  /// none; never when no answer expects evidence, nor without the key.
  public var isIndicativeForEvidence: Bool {
    Self.unsupportedShareIsIndicative(
      unsupported.count, of: expectingEvidence, threshold: unsupportedIndicative)
  }

  /// Whether `unsupported` of `expecting` answers that expect evidence make an overall score
  /// indicative: more than `threshold` (within 1e-9); never when `expecting` is 0 or without
  /// a threshold (`scoring.unsupported_indicative`, issue 24).
  ///
  /// - Returns: Whether the share is above the threshold.
  public static func unsupportedShareIsIndicative(
    _ unsupported: Int, of expecting: Int, threshold: Double?
  ) -> Bool {
    guard let threshold, expecting > 0 else { return false }
    return !Tolerance.atMost(Double(unsupported) / Double(expecting), threshold)
  }
}
