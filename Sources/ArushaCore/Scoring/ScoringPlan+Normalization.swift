extension ScoringPlan {
  /// A `number` question with `per` (issue 24), prepared: where it is and where its
  /// denominator is.
  struct NormalizedFigure: Sendable {
    /// The question's position in file order.
    var position: Int
    /// Its `per`.
    var per: Question.Per
    /// The denominator's position; nil when no question has its id (`validate` refuses that).
    var denominator: Int?
  }

  /// A normalised value, or why there is none.
  enum Normalization {
    case value(Double)
    case unavailable(KeyFigure.Unavailable)
  }

  /// The normalised value of the figure `value` of the question at `figure.position`, or why
  /// there is none: `value / d × scale` when the denominator is visible and answered with a
  /// number d > 0 (scoring.md, "Key figures").
  ///
  /// - Parameters:
  ///   - figure: The prepared question.
  ///   - value: The question's answer.
  ///   - answers: The response's answers, one a question in file order.
  ///   - result: What the kernel computed for them (which questions are visible).
  /// - Returns: The normalised value, or why there is none.
  func normalization(
    _ figure: NormalizedFigure, value: Double, answers: [ScoringKernel.ItemAnswer],
    result: ScoringKernel.Result
  ) -> Normalization {
    guard let position = figure.denominator, position < answers.count,
      position < result.items.count
    else { return .unavailable(.missing) }
    guard result.items[position].visible else { return .unavailable(.hidden) }
    switch answers[position].state {
    case .missing: return .unavailable(.missing)
    case .unknown: return .unavailable(.unknown)
    case .notApplicable: return .unavailable(.notApplicable)
    case .value(.number(let denominator)):
      if denominator < 0 { return .unavailable(.negative) }
      if denominator == 0 { return .unavailable(.zero) }
      let normalized = value / denominator * figure.per.scale
      return normalized.isFinite ? .value(normalized) : .unavailable(.zero)
    case .value: return .unavailable(.missing)
    }
  }

  /// `figures` (a response's key figures) with the normalised value, or why there is none, of
  /// each whose question has `per`.
  ///
  /// - Parameters:
  ///   - figures: The key figures, as ``ResponseScorer`` lists them.
  ///   - answers: The response's answers, one a question in file order.
  ///   - result: What the kernel computed for them.
  /// - Returns: The same figures, normalised where they say `per`.
  public func normalizing(
    _ figures: [KeyFigure], answers: [ScoringKernel.ItemAnswer], result: ScoringKernel.Result
  ) -> [KeyFigure] {
    guard !normalizedFigures.isEmpty else { return figures }
    return figures.map { figure in
      guard let position = index[figure.question],
        let prepared = normalizedFigures.first(where: { $0.position == position })
      else { return figure }
      var figure = figure
      figure.per = prepared.per
      // A figure that is itself not available ("don't know") has nothing to normalise.
      guard let value = figure.value else { return figure }
      switch normalization(prepared, value: value, answers: answers, result: result) {
      case .value(let normalized): figure.normalized = normalized
      case .unavailable(let reason): figure.unavailable = reason
      }
      return figure
    }
  }

  /// The normalised values of a response's key figures that have one, by question id: what
  /// a comparison averages per group (``ResponseSummary/figures``).
  ///
  /// - Parameters:
  ///   - answers: The response's answers, one a question in file order.
  ///   - result: What the kernel computed for them.
  /// - Returns: Question id → normalised value, for the visible answered figures whose
  ///   denominator allows one.
  func normalizedValues(answers: [ScoringKernel.ItemAnswer], result: ScoringKernel.Result)
    -> [String: Double]
  {
    var values: [String: Double] = [:]
    for figure in normalizedFigures
    where figure.position < answers.count && figure.position < result.items.count
      && result.items[figure.position].visible
    {
      guard case .value(.number(let value)) = answers[figure.position].state,
        case .value(let normalized) = normalization(
          figure, value: value, answers: answers, result: result)
      else { continue }
      values[items[figure.position].id] = normalized
    }
    return values
  }
}
