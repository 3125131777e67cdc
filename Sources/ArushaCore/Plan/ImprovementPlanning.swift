/// Makes an improvement plan from one scored response (issue 27, item 1: `arusha plan`).
///
/// Where each part comes from:
/// - **Baseline** (issue 27, "Decisions": what a follow-up needs so that it reads only the plan
///   and the new round): the response file's SHA-256; the overall score; every factor's score
///   in questionnaire order (nil for a factor without one); every answered question (a value
///   or a state, `na` or `unknown`) in questionnaire order with its item score (0…1; none for
///   a question without one: not applicable, not scored, hidden); every key figure
///   (``ResponseScore/figures``) with its normalised value (scoring.md, `per`). Scores are
///   kept unrounded, so that a follow-up comparing "then" with "now" within ``Tolerance``
///   never sees a change that rounding made.
/// - **Actions** (issue 27, item 1: "the plan rows of the scoring rules"): the rows of
///   ``ActionPlanning/plan(_:score:answers:top:)`` with `top`, not its annex: every critical
///   gap, the next `top` priority gaps and the gaps they build on, foundations first. Ids
///   `a1`, `a2`… in that order; one question each; the row's target
///   (``ActionPlanning/Target``, issue 24) as an answer value (``targetValue(_:of:answer:)``);
///   description and owner not written yet (nil; the file shows `""` to fill in), no due
///   date, status `planned`, no evidence.
/// - **Targets** (issue 27, item 1: "the next level band; critical gaps closed"): per factor
///   with a score that at least one of the plan's actions addresses (a factor no action
///   touches gets none: nothing in the plan would move it), in questionnaire order
///   (``target(of:settings:)``: the next band, never at or below the baseline); by the next
///   round (`by` nil). How far the actions would take each factor is
///   ``projectedScores(of:questionnaire:)``'s, computed when the plan is rendered.
///
/// Pure: the same questionnaire, response and score give the same plan.
public enum ImprovementPlanning {
  /// The plan of `response`.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire the response was scored with.
  ///   - questionnaireSHA256: SHA-256 of that questionnaire's file, lowercase hex: the plan's
  ///     reference names the file its baseline was scored with; nil keeps the response's.
  ///   - response: The response (its administration and round are the plan's).
  ///   - responseSHA256: SHA-256 of the response file's bytes, lowercase hex.
  ///   - score: The response's scores under `questionnaire` (``ResponseScorer``).
  ///   - top: How many priority gaps beyond the critical ones the plan lists (and those they
  ///     require); nil for every gap (`--all`).
  ///   - made: When the plan is made, ISO 8601 UTC (``Timestamp``); nil when not said.
  ///   - note: The guidance for the team, in its language.
  /// - Returns: The plan.
  public static func propose(
    questionnaire: Questionnaire, questionnaireSHA256: String? = nil, response: Response,
    responseSHA256: String, score: ResponseScore, top: Int?, made: String?, note: String?
  ) -> ImprovementPlan {
    var reference = response.questionnaire
    if let questionnaireSHA256 { reference.sha256 = questionnaireSHA256 }
    let actions = actions(questionnaire: questionnaire, response: response, score: score, top: top)
    return ImprovementPlan(
      questionnaire: reference, administration: response.administration, round: response.round,
      made: made, note: note,
      baseline: baseline(
        questionnaire: questionnaire, response: response, responseSHA256: responseSHA256,
        score: score),
      targets: targets(questionnaire: questionnaire, score: score, actions: actions),
      actions: actions)
  }

  /// The measurement of `response` as a plan keeps it (see ``ImprovementPlanning``).
  ///
  /// - Returns: The response's SHA-256, overall and factor scores, answered questions with
  ///   their item scores, and key figures, in questionnaire order.
  public static func baseline(
    questionnaire: Questionnaire, response: Response, responseSHA256: String, score: ResponseScore
  ) -> ImprovementPlan.Baseline {
    let scores = Dictionary(
      score.items.map { ($0.question, $0.score) }, uniquingKeysWith: { first, _ in first })
    let items = questionnaire.questions.compactMap { question -> ImprovementPlan.Baseline.Item? in
      guard let answer = response.answers[question.id], answer.isGiven else { return nil }
      return .init(
        question: question.id, value: answer.value, state: answer.state,
        score: scores[question.id] ?? nil)
    }
    return ImprovementPlan.Baseline(
      sha256: responseSHA256, overall: score.overall,
      factors: score.factors.map { ($0.factor, $0.score) }, items: items,
      figures: score.figures.map {
        .init(question: $0.question, value: $0.value, normalized: $0.normalized)
      })
  }

  /// The proposed targets: one per factor with a score that at least one of `actions`
  /// addresses (one of its questions is the factor's), in questionnaire order, by the next
  /// round (``target(of:settings:)``; none for a factor already in the top band).
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire.
  ///   - score: The scores of the plan's round.
  ///   - actions: The plan's actions (``actions(questionnaire:response:score:top:)``).
  /// - Returns: The targets, in questionnaire order.
  public static func targets(
    questionnaire: Questionnaire, score: ResponseScore, actions: [ImprovementPlan.Action]
  ) -> [ImprovementPlan.Target] {
    let addressed = Set(actions.flatMap(\.questions))
    let factors = Set(
      questionnaire.factors.filter { factor in
        factor.questions.contains { addressed.contains($0.id) }
      }.map(\.id))
    return score.factors.compactMap { factor in
      guard factors.contains(factor.factor) else { return nil }
      return target(of: factor.score, settings: questionnaire.scoring).map {
        ImprovementPlan.Target(factor: factor.factor, goal: $0, by: nil)
      }
    }
  }

  /// The goal proposed for a factor scoring `score` (issue 27, item 1: "the next level band").
  ///
  /// With `scoring.levels`: the band above the one the score falls in
  /// (``ScoringSettings/level(of:)``, within 1e-9), as its `min`; a factor in the top band
  /// gets none (a target at or below the baseline would be "met" with nothing done). A
  /// capped score (a critical gap) is the score: its next band is above the cap, which
  /// closing the critical gap opens. Without levels: a score of `score + scoring.change` (the
  /// smallest real change between rounds, scoring.md) rounded up to a whole number, at most
  /// 100; none when that is not above the score (a factor at 100).
  ///
  /// - Parameters:
  ///   - score: The factor's score, 0…100; nil for none.
  ///   - settings: The questionnaire's scoring settings.
  /// - Returns: The goal, always above `score`; nil for a factor without a score or with no
  ///   band above its own.
  public static func target(of score: Double?, settings: ScoringSettings)
    -> ImprovementPlan.Target.Goal?
  {
    guard let score else { return nil }
    guard !settings.levels.isEmpty else {
      // Within the tolerance: 55 + 5 is 60, not 61 after a stray 1e-14.
      let goal = Swift.min(
        100, Swift.max(0, (score + settings.change - Tolerance.epsilon).rounded(.up)))
      return Tolerance.atLeast(score, goal) ? nil : .score(goal)
    }
    guard let current = settings.levels.lastIndex(where: { Tolerance.atLeast(score, $0.min) })
    else {
      // Below the first band (a questionnaire whose first band does not start at 0).
      return .level(settings.levels[0].min)
    }
    // In the top band: no band above, no target.
    guard current + 1 < settings.levels.count else { return nil }
    return .level(settings.levels[current + 1].min)
  }

  /// The proposed actions: the plan rows of ``ActionPlanning`` (not its annex), ids `a1`,
  /// `a2`… in their order (see ``ImprovementPlanning``).
  public static func actions(
    questionnaire: Questionnaire, response: Response, score: ResponseScore, top: Int?
  ) -> [ImprovementPlan.Action] {
    let questions = Dictionary(
      questionnaire.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let rows = ActionPlanning.plan(
      questionnaire, score: score, answers: response.answers, top: top
    ).rows
    return rows.enumerated().map { offset, row in
      ImprovementPlan.Action(
        id: "a\(offset + 1)", questions: [row.question], description: nil, owner: nil, due: nil,
        target: questions[row.question].flatMap { question in
          row.target.flatMap {
            targetValue($0, of: question, answer: response.answers[row.question])
          }
        }, status: .planned, evidence: nil)
    }
  }

  /// An action plan row's target (issue 24) as the answer value a plan's action aims at
  /// (issue 27: values, never labels).
  ///
  /// An option (`scale`, `choice`): that option's value. Yes (`yesno`): 1. A change of a
  /// `multi` selection: the whole selection to have, the current one with the options to put
  /// in place and without those to give up, as values in the question's options order.
  ///
  /// - Parameters:
  ///   - target: The row's target.
  ///   - question: Its question.
  ///   - answer: The question's current answer (a `multi` target starts from its selection).
  /// - Returns: The value; nil for an option index the question does not have.
  public static func targetValue(
    _ target: ActionPlanning.Target, of question: Question, answer: Answer?
  ) -> AnswerValue? {
    let options = question.kind.options
    switch target {
    case .option(let index):
      guard options.indices.contains(index) else { return nil }
      return .number(options[index].value)
    case .yes:
      return .number(1)
    case .selection(let add, let drop):
      var selected: [Double] = []
      if case .selection(let values)? = answer?.value { selected = values }
      let added = add.filter(options.indices.contains).map { options[$0].value }
      let dropped = drop.filter(options.indices.contains).map { options[$0].value }
      let kept = options.map(\.value).filter {
        (selected.contains($0) || added.contains($0)) && !dropped.contains($0)
      }
      return .selection(kept)
    }
  }
}
