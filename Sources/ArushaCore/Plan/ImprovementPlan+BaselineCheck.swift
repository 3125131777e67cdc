import ArushaYAML

extension ImprovementPlan {
  /// The baseline's figures that its own items do not give (issue 27, review finding 2: "a
  /// rewritten baseline is caught"), as errors at each figure's key.
  ///
  /// The baseline's items are rebuilt into answers (a value or a state, as
  /// ``PlanFollowUp/make(_:questionnaire:response:score:map:)`` rebuilds them) and scored with
  /// the one scoring kernel (``ResponseScorer``) under `questionnaire`, the plan's own version.
  /// Then every stored item score, factor score, the overall score and every key figure (value
  /// and normalised value) must agree with the rescored one within ``Tolerance/epsilon``
  /// (1e-9; key figures relative to their size); a figure written that the rescoring does not
  /// give disagrees too. A figure the baseline leaves out (null overall, a factor or key figure
  /// not listed) claims nothing and is not checked. A baseline that
  /// disagrees was edited after `arusha plan` measured it: the classic way to manufacture
  /// progress is to lower it.
  ///
  /// - Parameter questionnaire: The plan's own questionnaire (its id and version).
  /// - Returns: The errors, in baseline order (items, factors, overall, figures).
  func baselineDisagreements(with questionnaire: Questionnaire) -> [Diagnostic] {
    let rescored = ResponseScorer.score(questionnaire, answers: baseline.answers)
    var found: [Diagnostic] = []
    func disagree(
      _ what: String, _ says: String, _ gives: String, item: Bool = false, at mark: SourceMark
    ) {
      found.append(.error(.baselineEdited(what, says: says, gives: gives, item: item), at: mark))
    }

    let items = Dictionary(
      rescored.items.map { ($0.question, $0.score) }, uniquingKeysWith: { first, _ in first })
    for item in baseline.items where !Self.agree(item.score, items[item.question] ?? nil) {
      let (says, gives) = Self.worded(item.score, items[item.question] ?? nil, scale: 1)
      disagree(
        "the item score of '\(item.question)'", says, gives, item: true,
        at: marks.baselineItems[item.question] ?? marks.baseline)
    }

    let stored = Dictionary(
      baseline.factors.map { ($0.factor, $0.score) }, uniquingKeysWith: { first, _ in first })
    for factor in rescored.factors {
      let mark = marks.baselineFactors[factor.factor] ?? marks.baseline
      // A factor the baseline leaves out claims nothing: only the figures written are checked.
      guard let says = stored[factor.factor] else { continue }
      if !Self.agree(says, factor.score) {
        let (saysText, givesText) = Self.worded(says, factor.score)
        disagree("factor '\(factor.factor)'", saysText, givesText, at: mark)
      }
    }

    if baseline.overall != nil, !Self.agree(baseline.overall, rescored.overall) {
      let (says, gives) = Self.worded(baseline.overall, rescored.overall)
      disagree("the overall score", says, gives, at: marks.baselineOverall)
    }

    let figures = Dictionary(
      rescored.figures.map { ($0.question, $0) }, uniquingKeysWith: { first, _ in first })
    for figure in baseline.figures {
      let mark = marks.baselineFigures[figure.question] ?? marks.baseline
      guard let given = figures[figure.question] else {
        disagree(
          "the key figure '\(figure.question)'", "a figure", "none (it is not answered as one)",
          at: mark)
        continue
      }
      if !Self.agree(figure.value, given.value, relative: true) {
        let (says, gives) = Self.worded(figure.value, given.value, scale: nil)
        disagree("the key figure '\(figure.question)'", says, gives, at: mark)
      } else if !Self.agree(figure.normalized, given.normalized, relative: true) {
        let (says, gives) = Self.worded(figure.normalized, given.normalized, scale: nil)
        disagree("the normalized value of '\(figure.question)'", says, gives, at: mark)
      }
    }
    return found
  }

  /// Whether two figures agree: both none, or both numbers within 1e-9 (relative to their size
  /// for key figures, which can be large).
  private static func agree(_ left: Double?, _ right: Double?, relative: Bool = false) -> Bool {
    switch (left, right) {
    case (nil, nil): return true
    case (let left?, let right?):
      let scale = relative ? Swift.max(1, abs(left), abs(right)) : 1
      return abs(left - right) <= Tolerance.epsilon * scale
    default: return false
    }
  }

  /// Two figures as a message shows them: rounded to one decimal (`scale` 100, scores 0…100),
  /// three (`scale` 1, item scores 0…1) or as written (nil, key figures), with more decimals
  /// when that rounding would show them equal; "none" for nil.
  private static func worded(_ says: Double?, _ gives: Double?, scale: Double? = 100)
    -> (String, String)
  {
    guard let scale else { return (text(says, decimals: nil), text(gives, decimals: nil)) }
    var decimals = scale == 1 ? 3 : 1
    while decimals < 12, text(says, decimals: decimals) == text(gives, decimals: decimals) {
      decimals += 1
    }
    return (text(says, decimals: decimals), text(gives, decimals: decimals))
  }

  private static func text(_ value: Double?, decimals: Int?) -> String {
    guard let value else { return "none" }
    guard let decimals else { return YAMLValue.text(of: value) }
    var factor = 1.0
    for _ in 0..<decimals { factor *= 10 }
    return YAMLValue.text(of: (value * factor).rounded() / factor)
  }
}
