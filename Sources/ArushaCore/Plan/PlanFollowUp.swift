/// What became of a plan one round later (issue 27, item 3; docs/scoring.md "The follow-up"):
/// for each action its status, whether its target level is reached and how its questions and
/// factors moved; for each factor target whether it is met; the impact (actions done whose
/// practice improved or did not, practices that improved with no action); the key figures then
/// and now.
///
/// "Then" is the plan's baseline, scored again from its item values with the one scoring kernel
/// under the new round's questionnaire (through an item map when the plan was made on another
/// version), so that then and now are read with the same rules. "Now" is the new round's score.
///
/// Pure: the same plan, questionnaires, map and response give the same follow-up.
public struct PlanFollowUp: Sendable, Hashable {
  /// One question then and now.
  public struct QuestionChange: Sendable, Hashable {
    /// The question's id (in the new round's questionnaire).
    public var question: String
    /// Its factor's id.
    public var factor: String
    /// Its item score in the plan's round, 0…1; nil when it had none (unanswered, not
    /// applicable, hidden, unscored).
    public var then: Double?
    /// Its item score now, 0…1; nil when it has none.
    public var now: Double?
    /// For a question of an action with a target: the item score its target value scores.
    ///
    /// The item score the action's target value
    /// scores on this question (``ResponseScorer/valueScore(_:_:)``, the value read through
    /// the item map's value table when the plan was made on another version), 0…1; nil
    /// otherwise. Each question of an action is held to its own scale's score of the value
    /// (issue 27: "every question of the action now scores at least the item score its
    /// target value would score").
    public var target: Double? = nil

    /// `now − then`, when both are known.
    public var change: Double? {
      guard let then, let now else { return nil }
      return Tolerance.reported(now - then)
    }

    /// Whether this question now scores at least its ``target``; nil without a target or a
    /// score now.
    public var reached: Bool? {
      guard let target, let now else { return nil }
      return Tolerance.atLeast(now, target)
    }

    /// Whether the practice improved: true when the item score rose (beyond ``Tolerance``),
    /// false when it did not, nil when then or now is unknown (not comparable).
    public var improved: Bool? {
      guard let then, let now else { return nil }
      return Tolerance.below(then, now)
    }

    /// Whether the practice declined: true when the item score fell (beyond ``Tolerance``),
    /// false when it did not, nil when then or now is unknown (issue 27 follow-up, the
    /// "Declined" list).
    public var declined: Bool? {
      guard let then, let now else { return nil }
      return Tolerance.below(now, then)
    }
  }

  /// One factor then and now.
  public struct FactorChange: Sendable, Hashable {
    /// The factor's id.
    public var factor: String
    /// Its score in the plan's round, 0…100; nil when none.
    public var then: Double?
    /// Its score now, 0…100; nil when none.
    public var now: Double?

    /// Creates a factor's change (also the overall score's, with an empty id).
    public init(factor: String, then: Double?, now: Double?) {
      self.factor = factor
      self.then = then
      self.now = now
    }

    /// `now − then`, when both are known.
    public var change: Double? {
      guard let then, let now else { return nil }
      return Tolerance.reported(now - then)
    }
  }

  /// One action of the plan, one round later.
  public struct ActionResult: Sendable, Hashable {
    /// The action as the plan says it (status, owner, …), its questions read in the new
    /// round's questionnaire.
    public var action: ImprovementPlan.Action
    /// Its questions then and now, in the action's order (a question the new version dropped
    /// is absent).
    public var questions: [QuestionChange]
    /// The item score its target value scores on its first question.
    ///
    /// In 0…1, in the new round's terms; nil when it has no target. Each question's own is its
    /// ``QuestionChange/target``.
    public var targetScore: Double?
    /// The factors of its questions then and now, each once, in questionnaire order.
    public var factors: [FactorChange]

    /// Whether its target level is now reached: every question of the action scores at least
    /// the score of the target value on it (``QuestionChange/target``) now; nil when it has no
    /// target or a question has no score now.
    public var reached: Bool? {
      guard action.target != nil, !questions.isEmpty else { return nil }
      var result = true
      for question in questions {
        guard let reached = question.reached else { return nil }
        if !reached { result = false }
      }
      return result
    }

    /// Whether its practice improved: true when any of its questions improved, false when
    /// some could be compared and none did, nil when none could be compared.
    public var improved: Bool? {
      let comparable = questions.compactMap(\.improved)
      guard !comparable.isEmpty else { return nil }
      return comparable.contains(true)
    }

    /// Whether any of its questions declined (``QuestionChange/declined``).
    public var declined: Bool {
      questions.contains { $0.declined == true }
    }

    /// Whether it is overdue: its `due` date (YYYY-MM-DD) is before the new round's date
    /// (``PlanFollowUp/asOf``) and it is neither done nor dropped (issue 27 follow-up).
    public var overdue: Bool = false
  }

  /// One factor target, one round later.
  public struct TargetResult: Sendable, Hashable {
    /// The target as the plan says it.
    public var target: ImprovementPlan.Target
    /// The factor then and now.
    public var factor: FactorChange
    /// Whether it is due at the new round.
    ///
    /// Its `by` is absent or not after the new round (rounds in ``NaturalOrder``). A target
    /// not due yet is neither met nor missed.
    public var due: Bool
    /// The questionnaire's `scoring.change` (0…100): a factor change smaller than this is no
    /// real change by the questionnaire's own rule.
    public var changeThreshold: Double = 5

    /// Whether the factor already met it at the baseline (then ≥ threshold): no success of
    /// the plan; nil when the factor had no score then.
    public var metAtBaseline: Bool? {
      guard let then = factor.then else { return nil }
      return Tolerance.atLeast(then, target.goal.threshold)
    }

    /// Whether the baseline met it and the factor still meets it now: no success of the plan,
    /// counted apart from the targets due (the integrity expert's review of issue 27).
    public var keptFromBaseline: Bool { metAtBaseline == true && met != false }

    /// Whether the baseline met it and the factor no longer does: a band lost, counted among
    /// the targets due and not met, never as "already met".
    public var lost: Bool { metAtBaseline == true && met == false }

    /// Whether it is met now, was not at the baseline, and the factor rose by less than
    /// ``changeThreshold``: met "narrowly", by no real change.
    public var metNarrowly: Bool {
      guard met == true, metAtBaseline == false, let change = factor.change else { return false }
      return Tolerance.below(change, changeThreshold)
    }

    /// Whether the factor now meets it (score ≥ the goal's threshold, ``Tolerance``); nil
    /// when the factor has no score now.
    public var met: Bool? {
      guard let now = factor.now else { return nil }
      return Tolerance.atLeast(now, target.goal.threshold)
    }
  }

  /// One key figure then and now (issue 27, item 4: the plan's round is the baseline).
  public struct FigureChange: Sendable, Hashable {
    /// The `number` question's id (in the new round's questionnaire).
    public var question: String
    /// Its factor's id.
    public var factor: String
    /// The value in the plan's round; nil when not given or "don't know".
    public var then: Double?
    /// Its `per` normalisation then; nil when none.
    public var thenNormalized: Double?
    /// The value now; nil when not given or "don't know".
    public var now: Double?
    /// Its `per` normalisation now; nil when none.
    public var nowNormalized: Double?
  }

  /// The plan followed up.
  public var plan: ImprovementPlan
  /// The new round's name.
  public var round: String
  /// Whether the baseline was carried to the new round's questionnaire version by an item map.
  public var mapped: Bool
  /// The overall score then and now, 0…100.
  public var overall: (then: Double?, now: Double?)
  /// Every factor then and now, in questionnaire order.
  public var factors: [FactorChange]
  /// Every action, in the plan's order.
  public var actions: [ActionResult]
  /// Every factor target, in the plan's order.
  public var targets: [TargetResult]
  /// Questions (new round's ids) that improved and that no action of the plan addresses,
  /// whatever its status: practices that improved with no action, in questionnaire order.
  public var improvedWithoutAction: [QuestionChange]
  /// Every key figure of either round, in questionnaire order.
  public var figures: [FigureChange]
  /// The baseline's answers as answers to the new round's questionnaire (through the item
  /// map when there is one), by question id: what the reports show as the answer "then".
  public var baselineAnswers: [String: Answer] = [:]
  /// The new round's date (YYYY-MM-DD).
  ///
  /// The first ten characters of its `completed` time, else of its `updated` time; nil when
  /// it has neither. Actions are overdue against it.
  public var asOf: String? = nil
  /// Every comparable question whose item score fell (``QuestionChange/declined``),
  /// in questionnaire order, whether an action addresses it or not.
  public var declined: [QuestionChange] = []
  /// Critical gaps (``ResponseScore/critical``: visible critical questions scoring 0) then
  /// and now, question ids in questionnaire order.
  public var critical: (then: [String], now: [String]) = ([], [])
  /// The evidence-checked overall score (``ResponseScore/evidenceChecked``) then and now.
  ///
  /// 0…100. "Then" is nil when some answer of the baseline expects evidence: the plan's
  /// baseline does not record the evidence, so the score then cannot be computed from it.
  public var evidenceChecked: (then: Double?, now: Double?) = (nil, nil)

  /// Critical gaps of the baseline that are closed now, in questionnaire order.
  public var criticalClosed: [String] { critical.then.filter { !critical.now.contains($0) } }
  /// Critical gaps now that the baseline did not have, in questionnaire order.
  public var criticalOpened: [String] { critical.now.filter { !critical.then.contains($0) } }

  /// Ids of the actions (in the plan's order, whatever their status) that address `question`.
  public func actions(addressing question: String) -> [String] {
    actions.filter { $0.questions.contains { $0.question == question } }.map(\.action.id)
  }

  /// Ids of the actions done with a question that declined: a contradiction to explain.
  public var doneDeclined: [String] {
    actions.filter { $0.action.status == .done && $0.declined }.map(\.action.id)
  }

  /// Ids of the actions not done (planned, started or dropped) whose practice improved: to
  /// explain (the work was done without the plan saying so, or the answer moved for another
  /// reason).
  public var notDoneImproved: [String] {
    actions.filter { $0.action.status != .done && $0.improved == true }.map(\.action.id)
  }

  /// Ids of the overdue actions (``ActionResult/overdue``), in the plan's order.
  public var overdue: [String] { actions.filter(\.overdue).map(\.action.id) }

  /// Ids of the actions done whose practice improved.
  public var doneAndImproved: [String] {
    actions.filter { $0.action.status == .done && $0.improved == true }.map(\.action.id)
  }

  /// Ids of the actions done whose practice did not improve: the first thing an adviser asks
  /// about.
  public var doneNotImproved: [String] {
    actions.filter { $0.action.status == .done && $0.improved == false }.map(\.action.id)
  }

  /// Ids of the actions done whose questions cannot be compared (unanswered or not
  /// applicable then or now).
  public var doneNotMeasured: [String] {
    actions.filter { $0.action.status == .done && $0.improved == nil }.map(\.action.id)
  }

  /// How many actions have each status, in ``ImprovementPlan/Status`` order.
  public var statusCounts: [(status: ImprovementPlan.Status, count: Int)] {
    ImprovementPlan.Status.allCases.map { status in
      (status, actions.count { $0.action.status == status })
    }
  }

  /// The targets due at this round, and how many of them are met.
  public var targetsMet: (met: Int, due: Int) {
    let due = targets.filter(\.due)
    return (due.count { $0.met == true }, due.count)
  }

  /// The share of the plan's own success (issue 27 follow-up).
  ///
  /// The targets due at this round
  /// that the factor did not already meet at the baseline, how many of them are met now, and
  /// how many targets (due or not) were already met at the baseline.
  /// A target met at the baseline and lost since is due and not met.
  public var targetsMetSinceBaseline: (met: Int, due: Int, metAtBaseline: Int) {
    let due = targets.filter { $0.due && !$0.keptFromBaseline }
    return (due.count { $0.met == true }, due.count, targets.count(where: \.keptFromBaseline))
  }

  /// Of ``targetsMetSinceBaseline``'s met targets, those met narrowly (by a factor change
  /// below the questionnaire's `scoring.change`).
  public var targetsMetNarrowly: Int {
    targets.count { $0.due && !$0.keptFromBaseline && $0.metNarrowly }
  }

  public static func == (lhs: PlanFollowUp, rhs: PlanFollowUp) -> Bool {
    lhs.plan == rhs.plan && lhs.round == rhs.round && lhs.mapped == rhs.mapped
      && lhs.overall.then == rhs.overall.then && lhs.overall.now == rhs.overall.now
      && lhs.factors == rhs.factors && lhs.actions == rhs.actions && lhs.targets == rhs.targets
      && lhs.improvedWithoutAction == rhs.improvedWithoutAction && lhs.figures == rhs.figures
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(plan)
    hasher.combine(round)
    hasher.combine(actions)
  }
}

extension PlanFollowUp {
  /// Why a plan cannot be followed up with a response.
  public enum Refusal: Error, Sendable, Hashable {
    /// The plan is another administration's.
    case otherAdministration(plan: String, response: String)
    /// The plan's round is not before the response's round.
    case roundNotBefore(plan: String, response: String)
    /// The plan was made on another questionnaire (id or version) and no item map carries it
    /// to the response's.
    case otherQuestionnaire(plan: QuestionnaireReference, response: QuestionnaireReference)
  }

  /// The follow-up of `plan` with a later round.
  ///
  /// - Parameters:
  ///   - plan: The plan (checked against its questionnaire by `validate`'s checks first).
  ///   - questionnaire: The new round's questionnaire.
  ///   - response: The new round's response (same administration, a later round).
  ///   - score: Its score (``ResponseScorer``).
  ///   - map: When the plan was made on another version: the item map from the plan's
  ///     version to `questionnaire`'s, with `source`, the plan's questionnaire.
  /// - Returns: The follow-up.
  /// - Throws: ``Refusal`` for another administration, a round not before the response's, or
  ///   another questionnaire version without a map.
  public static func make(
    _ plan: ImprovementPlan, questionnaire: Questionnaire, response: Response,
    score: ResponseScore, map: (map: ItemMap, source: Questionnaire)? = nil
  ) throws(Refusal) -> PlanFollowUp {
    guard plan.administration == response.administration else {
      throw .otherAdministration(plan: plan.administration, response: response.administration)
    }
    guard NaturalOrder.precedes(plan.round, response.round) else {
      throw .roundNotBefore(plan: plan.round, response: response.round)
    }
    let sameVersion =
      plan.questionnaire.id == questionnaire.id
      && plan.questionnaire.version == questionnaire.version
    if !sameVersion && map == nil {
      throw .otherQuestionnaire(plan: plan.questionnaire, response: response.questionnaire)
    }
    // The baseline as a response to the plan's version, then (through the map) to the new
    // round's, scored with the new round's rules.
    var answers = plan.baseline.answers
    var rename: (String) -> String? = { $0 }
    var translate: (String, AnswerValue) -> AnswerValue = { _, value in value }
    if let map, !sameVersion {
      let baseline = Response(
        questionnaire: plan.questionnaire, administration: plan.administration,
        round: plan.round, status: .complete, answers: answers)
      answers = map.map.apply(baseline, from: map.source, to: questionnaire).answers
      let targets = map.map.targets(from: map.source, to: questionnaire)
      rename = { targets[$0] }
      translate = { question, value in map.map.translatedValue(value, to: question) }
    }
    let then = ResponseScorer.score(questionnaire, answers: answers)
    var followUp = assemble(
      plan, questionnaire: questionnaire, round: response.round, mapped: !sameVersion,
      then: then, now: score, rename: rename, translate: translate)
    followUp.baselineAnswers = answers
    followUp.critical = (then.critical, score.critical)
    // The baseline records no evidence: scored again, every answer expecting some would
    // count as unsupported and the score then would be understated (progress made up). It
    // is known only when no answer of the baseline expects evidence.
    followUp.evidenceChecked = (
      then.expectingEvidence == 0 ? then.evidenceChecked : nil, score.evidenceChecked
    )
    if let day = (response.completed ?? response.updated).map({ String($0.prefix(10)) }) {
      followUp.asOf = day
      for index in followUp.actions.indices {
        let action = followUp.actions[index].action
        guard action.status == .planned || action.status == .started,
          let due = action.due, due.count == 10
        else { continue }
        followUp.actions[index].overdue = due < day
      }
    }
    return followUp
  }

  private static func assemble(
    _ plan: ImprovementPlan, questionnaire: Questionnaire, round: String, mapped: Bool,
    then: ResponseScore, now: ResponseScore, rename: (String) -> String?,
    translate: (String, AnswerValue) -> AnswerValue
  ) -> PlanFollowUp {
    func scoreMap(_ score: ResponseScore) -> [String: ItemScore] {
      Dictionary(score.items.map { ($0.question, $0) }, uniquingKeysWith: { first, _ in first })
    }
    let thenItems = scoreMap(then)
    let nowItems = scoreMap(now)
    func itemScore(_ item: ItemScore?) -> Double? {
      // A measured practice: answered with a value or "don't know" (which scores 0). Not
      // applicable, unanswered, hidden (even when a hidden question counts 0) and unscored
      // questions measure nothing to compare.
      guard let item, item.scored, item.state == .answered || item.state == .unknown else {
        return nil
      }
      return item.score
    }
    let questions = Dictionary(
      questionnaire.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    func change(_ id: String) -> QuestionChange? {
      guard let question = questions[id] else { return nil }
      let factor = nowItems[id]?.factor ?? thenItems[id]?.factor ?? ""
      return QuestionChange(
        question: question.id, factor: factor, then: itemScore(thenItems[id]),
        now: itemScore(nowItems[id]))
    }
    let factors = questionnaire.factors.map { factor in
      FactorChange(
        factor: factor.id, then: then.factors.first { $0.factor == factor.id }?.score,
        now: now.factors.first { $0.factor == factor.id }?.score)
    }
    let factorChanges = Dictionary(
      factors.map { ($0.factor, $0) }, uniquingKeysWith: { first, _ in first })
    let factorOrder = Dictionary(
      questionnaire.factors.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })

    var addressed: Set<String> = []
    let actions = plan.actions.map { action -> ActionResult in
      var renamed = action
      renamed.questions = action.questions.compactMap(rename)
      addressed.formUnion(renamed.questions)
      var changes = renamed.questions.compactMap(change)
      if let target = action.target {
        for index in changes.indices {
          guard let question = questions[changes[index].question] else { continue }
          changes[index].target = ResponseScorer.valueScore(
            question.kind, translate(question.id, target))
        }
      }
      let targetScore = changes.first?.target
      var seen: Set<String> = []
      let actionFactors = changes.map(\.factor)
        .filter { seen.insert($0).inserted }
        .sorted { (factorOrder[$0] ?? .max) < (factorOrder[$1] ?? .max) }
        .compactMap { factorChanges[$0] }
      return ActionResult(
        action: renamed, questions: changes, targetScore: targetScore, factors: actionFactors)
    }
    let targets = plan.targets.map { target in
      TargetResult(
        target: target,
        factor: factorChanges[target.factor]
          ?? FactorChange(factor: target.factor, then: nil, now: nil),
        due: target.by.map { NaturalOrder.compare($0, round) <= 0 } ?? true,
        changeThreshold: questionnaire.scoring.change)
    }
    let improvedWithoutAction = questionnaire.questions.compactMap { question in
      addressed.contains(question.id) ? nil : change(question.id)
    }.filter { $0.improved == true }

    let declined = questionnaire.questions.compactMap { change($0.id) }.filter {
      $0.declined == true
    }

    let thenFigures = Dictionary(
      then.figures.map { ($0.question, $0) }, uniquingKeysWith: { first, _ in first })
    let nowFigures = Dictionary(
      now.figures.map { ($0.question, $0) }, uniquingKeysWith: { first, _ in first })
    let figures = questionnaire.questions.compactMap { question -> FigureChange? in
      let before = thenFigures[question.id]
      let after = nowFigures[question.id]
      guard let factor = (after ?? before)?.factor else { return nil }
      return FigureChange(
        question: question.id, factor: factor, then: before?.value,
        thenNormalized: before?.normalized, now: after?.value, nowNormalized: after?.normalized)
    }
    var followUp = PlanFollowUp(
      plan: plan, round: round, mapped: mapped, overall: (then.overall, now.overall),
      factors: factors, actions: actions, targets: targets,
      improvedWithoutAction: improvedWithoutAction, figures: figures)
    followUp.declined = declined
    return followUp
  }
}
