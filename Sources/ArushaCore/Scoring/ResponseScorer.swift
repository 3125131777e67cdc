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
    for (position, planned) in plan.items.enumerated() {
      let scored = result.items[position]
      var item = ItemScore(
        question: planned.id, factor: plan.factors[planned.factor].id, state: scored.state,
        score: scored.score, weight: planned.weight,
        critical: planned.critical && scored.state != .hidden, scored: planned.isScored)
      item.unsupported = scored.unsupported
      item.visible = scored.visible
      items.append(item)
      if scored.criticalGap { critical.append(planned.id) }
      if scored.unsupported { unsupported.append(planned.id) }
      if case .number = planned.kind, scored.visible,
        case .number(let value)? = compact[position].value
      {
        figures.append(
          KeyFigure(
            question: planned.id, factor: item.factor, value: value,
            unit: plan.units[position]))
      }
    }

    figures = plan.normalizing(figures, answers: compact, result: result)

    let factors = zip(plan.factors, result.factors).map { factorPlan, factor in
      FactorScore(
        factor: factorPlan.id, score: factor.score, uncapped: factor.uncapped,
        capped: factor.capped, level: settings.level(of: factor.score), coverage: factor.coverage,
        answered: factor.answered, unknown: factor.unknown, notApplicable: factor.notApplicable,
        missing: factor.missing, absent: factor.absent, unsupported: factor.unsupported,
        criticalGap: factor.criticalGap,
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
      improvements: factors.filter(\.improvement).map(\.factor), critical: critical, gaps: gaps,
      unsupported: unsupported, figures: figures)
  }

  /// The formula of each type (questionnaire-format.md), in 0…1; nil for unscored types.
  public static func valueScore(_ kind: Question.Kind, _ value: AnswerValue) -> Double? {
    ScoringPlan.ItemKind(kind).score(value)
  }
}
