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
  /// Ids of the visible questions answered "not applicable", scored or not, in file order
  /// (issue 24: every report counts and lists them, with their justifications).
  public var notApplicable: [String] = []

  /// Visible scored questions with no answer, over all factors.
  public var missing: Int { factors.reduce(0) { $0 + $1.missing } }

  /// Whether the overall score is indicative (scoring.md): the response is not complete, or
  /// some factor has no score.
  public func isIndicative(status: Response.Status) -> Bool {
    status != .complete || factors.contains { $0.score == nil }
  }
}
