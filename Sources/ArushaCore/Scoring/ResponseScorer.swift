/// Scores one response exactly as scoring.md says, through ``ScoringKernel``, and adds what
/// the reports need on top: levels, strengths and areas, critical and priority gaps,
/// unsupported answers and key figures.
///
/// Pure: no I/O, no clock.
public enum ResponseScorer {
  /// Scores `answers` against `questionnaire`.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire answered.
  ///   - answers: Answers by question id (answers to unknown ids are ignored).
  /// - Returns: Item, factor and overall scores, strengths, areas, critical and priority gaps,
  ///   unsupported answers and key figures.
  public static func score(_ questionnaire: Questionnaire, answers: [String: Answer])
    -> ResponseScore
  {
    score(ScoringPlan(questionnaire), answers: answers)
  }

  /// Scores `answers` with a prepared questionnaire.
  public static func score(_ plan: ScoringPlan, answers: [String: Answer]) -> ResponseScore {
    let questionnaire = plan.questionnaire
    let settings = questionnaire.scoring
    let compact = plan.items.map { ScoringKernel.ItemAnswer(answers[$0.id]) }
    let result = ScoringKernel.score(plan, compact)

    var items: [ItemScore] = []
    items.reserveCapacity(plan.items.count)
    var critical: [String] = []
    var unsupported: [String] = []
    var figures: [KeyFigure] = []
    var notApplicable: [String] = []
    for (position, planned) in plan.items.enumerated() {
      let scored = result.items[position]
      var item = ItemScore(
        question: planned.id, factor: plan.factors[planned.factor].id, state: scored.state,
        score: scored.score, weight: planned.weight,
        critical: planned.critical && scored.state != .hidden, scored: planned.isScored)
      item.unsupported = scored.unsupported
      item.visible = scored.visible
      item.evidenceChecked = scored.checkedScore
      items.append(item)
      if scored.criticalGap { critical.append(planned.id) }
      if scored.unsupported { unsupported.append(planned.id) }
      if scored.state == .notApplicable { notApplicable.append(planned.id) }
      if case .number = planned.kind, scored.visible {
        // "Don't know" stays a key figure, not available (issue 24).
        var value: Double?
        switch compact[position].state {
        case .value(.number(let number)): value = number
        case .unknown: value = nil
        default: continue
        }
        figures.append(
          KeyFigure(
            question: planned.id, factor: item.factor, value: value,
            unit: plan.units[position]))
      }
    }

    figures = plan.normalizing(figures, answers: compact, result: result)

    let factors = zip(plan.factors, result.factors).enumerated().map { index, pair in
      let (factorPlan, factor) = pair
      let evidenceChecked = result.evidenceChecked.factors[index]
      return FactorScore(
        factor: factorPlan.id, score: factor.score, uncapped: factor.uncapped,
        capped: factor.capped, level: settings.level(of: factor.score), coverage: factor.coverage,
        answered: factor.answered, unknown: factor.unknown, notApplicable: factor.notApplicable,
        missing: factor.missing, absent: factor.absent, unsupported: factor.unsupported,
        criticalGap: factor.criticalGap, evidenceChecked: evidenceChecked,
        strength: settings.isStrength(factor.score, criticalGap: factor.criticalGap),
        improvement: settings.isImprovement(factor.score, criticalGap: factor.criticalGap))
    }

    let gaps = items.enumerated()
      .compactMap { index, item -> (Int, PriorityGap)? in
        guard item.scored, let score = item.score, Tolerance.below(score, 1) else { return nil }
        return (
          index,
          PriorityGap(
            question: item.question, factor: item.factor, score: score, weight: item.weight)
        )
      }
      .sorted { left, right in
        Tolerance.equal(left.1.priority, right.1.priority)
          ? left.0 < right.0 : left.1.priority > right.1.priority
      }
      .map(\.1)

    return ResponseScore(
      overall: result.overall, overallLevel: settings.level(of: result.overall), factors: factors,
      items: items, strengths: factors.filter(\.strength).map(\.factor),
      relativeStrengths: relativeStrengths(factors),
      improvements: factors.filter(\.improvement).map(\.factor), critical: critical, gaps: gaps,
      unsupported: unsupported, figures: figures, evidenceChecked: result.evidenceChecked.overall,
      evidenceCheckedLevel: settings.level(of: result.evidenceChecked.overall),
      expectingEvidence: result.evidenceChecked.expecting,
      unsupportedIndicative: settings.unsupportedIndicative, notApplicable: notApplicable)
  }

  /// The relative strengths of a response (issue 24, "Relative strengths"): when no factor is
  /// a strength, its best factors, so that a workshop has one positive message to start from.
  ///
  /// The factors that have a score above 0 and no critical gap, best first; the first `count`
  /// of them, and every factor that ties with the last (within 1e-9), so possibly more than
  /// `count`. Equal scores keep file order. None when some factor is a strength (the absolute
  /// strengths are the message), and none when no factor qualifies. A relative strength may
  /// also be an area for improvement: it is only the best of this response.
  ///
  /// - Parameters:
  ///   - factors: The factor results, in file order.
  ///   - count: How many factors to name before ties: 3.
  /// - Returns: The ids of the relative strengths, best first.
  public static func relativeStrengths(_ factors: [FactorScore], count: Int = 3) -> [String] {
    guard count > 0, !factors.contains(where: \.strength) else { return [] }
    let ranked = factors.enumerated()
      .compactMap { index, factor -> (index: Int, id: String, score: Double)? in
        guard let score = factor.score, !factor.criticalGap, !Tolerance.atMost(score, 0) else {
          return nil
        }
        return (index, factor.factor, score)
      }
      .sorted { left, right in
        Tolerance.equal(left.score, right.score)
          ? left.index < right.index : left.score > right.score
      }
    guard ranked.count > count else { return ranked.map(\.id) }
    let last = ranked[count - 1].score
    return ranked.filter { Tolerance.atLeast($0.score, last) }.map(\.id)
  }

  /// The formula of each type (questionnaire-format.md), in 0…1; nil for unscored types.
  public static func valueScore(_ kind: Question.Kind, _ value: AnswerValue) -> Double? {
    ScoringPlan.ItemKind(kind).score(value)
  }
}
