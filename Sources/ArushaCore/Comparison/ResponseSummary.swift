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
  /// The number of visible questions answered "not applicable", scored or not (issue 24:
  /// compare counts them per group).
  public var notApplicable = 0
  /// The share, 0…1, of the visible scored questions that have a score: `with score / (with
  /// score + missing)` over all factors, as scoring.md counts a factor's coverage (`na` is in
  /// neither); nil when the denominator is 0 (trust-and-continuity.md, "coverage").
  public var coverage: Double?
  /// The questionnaire version the response answers when it was scored through a map against
  /// a newer one; nil when it answers the compared version itself.
  public var mappedFrom: String?
  /// Whether its overall score is indicative (scoring.md: not complete, a factor without a
  /// score, or too many answers without the evidence they expect).
  public var indicative = false
  /// The evidence-checked overall score (scoring.md step 12, issue 24).
  public var evidenceChecked: Double?
  /// The evidence-checked factor scores that are not null, by factor id; nil when they are
  /// the declared ``scores`` (no answer is unsupported), which most responses are.
  public var evidenceCheckedScores: [String: Double]?
  /// Whether its signature verifies and is made by an allowed key (`compare
  /// --allowed-signers`); false when unsigned or not checked.
  public var signed = false
  /// Who signed it, when ``signed``: the principals of the allowed signers line that allows
  /// its key for its administration, as written there.
  public var signer: String?
  /// The normalised values of its key figures with `per` that have one, by question id
  /// (issue 24): what a comparison averages per group.
  public var figures: [String: Double] = [:]
  /// The item scores of the practices it measured, by question id, 0…1
  /// (``ResponseScore/measuredItems``): kept only for an administration with a plan (`compare
  /// --plans`, issue 27), empty otherwise.
  public var items: [String: Double] = [:]

  /// Creates a summary.
  public init(
    administration: String, round: String, overall: Double?, scores: [String: Double],
    unsupported: Int = 0, coverage: Double? = nil, mappedFrom: String? = nil
  ) {
    self.administration = administration
    self.round = round
    self.overall = overall
    self.scores = scores
    self.unsupported = unsupported
    self.coverage = coverage
    self.mappedFrom = mappedFrom
  }

  /// `with score / (with score + missing)` for these counts; nil when 0 / 0.
  static func coverage(withScore: Int, missing: Int) -> Double? {
    withScore + missing > 0 ? Double(withScore) / Double(withScore + missing) : nil
  }

  /// The summary of `response`, scored as `score`.
  public init(_ response: Response, score: ResponseScore) {
    var scores: [String: Double] = [:]
    scores.reserveCapacity(score.factors.count)
    var withScore = 0
    var missing = 0
    for factor in score.factors {
      if let value = factor.score { scores[factor.factor] = value }
      withScore += factor.answered + factor.unknown
      missing += factor.missing
    }
    self.init(
      administration: response.administration, round: response.round, overall: score.overall,
      scores: scores, unsupported: score.unsupported.count,
      coverage: Self.coverage(withScore: withScore, missing: missing))
    evidenceChecked = score.evidenceChecked
    indicative = score.isIndicative(status: response.status)
    if !score.unsupported.isEmpty {
      evidenceCheckedScores = Dictionary(
        uniqueKeysWithValues: score.factors.compactMap { factor in
          factor.evidenceChecked.map { (factor.factor, $0) }
        })
    }
    self.notApplicable = score.notApplicable.count
    for figure in score.figures {
      if let value = figure.normalized { figures[figure.question] = value }
    }
  }

  /// The summary of `response` from the kernel's `result` on `plan`, for `answers` (one a
  /// question in file order, as the kernel scored them: they give the key figures).
  public init(
    _ response: Response, plan: ScoringPlan, result: ScoringKernel.Result,
    answers: [ScoringKernel.ItemAnswer]
  ) {
    var scores: [String: Double] = [:]
    scores.reserveCapacity(result.factors.count)
    var unsupported = 0
    var withScore = 0
    var missing = 0
    for (factorPlan, factor) in zip(plan.factors, result.factors) {
      if let value = factor.score { scores[factorPlan.id] = value }
      unsupported += factor.unsupported
      withScore += factor.answered + factor.unknown
      missing += factor.missing
    }
    self.init(
      administration: response.administration, round: response.round, overall: result.overall,
      scores: scores, unsupported: unsupported,
      coverage: Self.coverage(withScore: withScore, missing: missing))
    evidenceChecked = result.evidenceChecked.overall
    indicative = ResponseScore.isIndicative(
      status: response.status, anyFactorWithoutScore: result.factors.contains { $0.score == nil },
      unsupported: result.evidenceChecked.unsupported, of: result.evidenceChecked.expecting,
      threshold: plan.questionnaire.scoring.unsupportedIndicative)
    if result.evidenceChecked.unsupported > 0 {
      var checked: [String: Double] = [:]
      for (factorPlan, value) in zip(plan.factors, result.evidenceChecked.factors) {
        if let value { checked[factorPlan.id] = value }
      }
      evidenceCheckedScores = checked
    }
    self.notApplicable = result.items.reduce(0) { $0 + ($1.state == .notApplicable ? 1 : 0) }
    figures = plan.normalizedValues(answers: answers, result: result)
  }
}
