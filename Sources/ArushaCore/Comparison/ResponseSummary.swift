/// What one scored response contributes to a comparison: its group and its scores.
///
/// Comparing thousands of files keeps only this of each response, never its answers.
public struct ResponseSummary: Sendable, Hashable {
  /// The administration assessed.
  public var administration: String
  /// The assessment round.
  public var round: String
  /// The response's overall score, when it has one.
  public var overall: Double?
  /// The factor scores that are not null, by factor id.
  public var scores: [String: Double]
  /// The number of unsupported answers (scoring.md).
  public var unsupported: Int

  /// Creates a summary.
  public init(
    administration: String, round: String, overall: Double?, scores: [String: Double],
    unsupported: Int = 0
  ) {
    self.administration = administration
    self.round = round
    self.overall = overall
    self.scores = scores
    self.unsupported = unsupported
  }

  /// The summary of `response`, scored as `score`.
  public init(_ response: Response, score: ResponseScore) {
    var scores: [String: Double] = [:]
    scores.reserveCapacity(score.factors.count)
    for factor in score.factors {
      if let value = factor.score { scores[factor.factor] = value }
    }
    self.init(
      administration: response.administration, round: response.round, overall: score.overall,
      scores: scores, unsupported: score.unsupported.count)
  }

  /// The summary of `response` from the kernel's `result` on `plan`.
  public init(_ response: Response, plan: ScoringPlan, result: ScoringKernel.Result) {
    var scores: [String: Double] = [:]
    scores.reserveCapacity(result.factors.count)
    var unsupported = 0
    for (factorPlan, factor) in zip(plan.factors, result.factors) {
      if let value = factor.score { scores[factorPlan.id] = value }
      unsupported += factor.unsupported
    }
    self.init(
      administration: response.administration, round: response.round, overall: result.overall,
      scores: scores, unsupported: unsupported)
  }
}
