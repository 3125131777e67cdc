/// How far one group has come with its administration's plan (issue 27, item 3: `compare
/// --plans DIR`): the plan's actions, those done and those at their target level, and the
/// factor targets met among those due.
///
/// The plan of a group is the latest plan of the same administration whose round comes before
/// the group's round (rounds in ``NaturalOrder``, administrations told apart byte by byte as
/// groups are). The rules are those of ``PlanFollowUp``, read on a group (the mean of its
/// responses) instead of one response:
/// - an action is on target (at its target level) when, for each of its questions, the group's mean item score
///   (over its responses that measured the practice: answered with a value or "don't know")
///   reaches the item score its `target` value scores (``ResponseScorer/valueScore(_:_:)``,
///   ``Tolerance/atLeast(_:_:)``); an action without a target, or with a question no response
///   of the group measured, is not on target; ``onTarget`` does not count dropped actions;
/// - a factor target is due when its `by` is null or not after the group's round; it is met
///   when the group's factor score (the scores compared: declared, or evidence-checked under
///   `--evidence-checked`) reaches the goal's threshold; a factor without a score (or that the
///   compared version no longer has) does not meet it.
///
/// A suppressed group (fewer respondents than `--min-respondents`) shows its plan's counts of
/// actions planned and done only: nothing that its scores would give away.
public struct PlanProgress: Sendable, Hashable {
  /// One action of the plan, for the group.
  public struct Action: Sendable, Hashable {
    /// The action's id.
    public var id: String
    /// Where it stands, as the plan says.
    public var status: ImprovementPlan.Status
    /// Its questions, in the compared questionnaire's ids (a question the compared version
    /// dropped is absent).
    public var questions: [String]
    /// Who answers for it; nil when not written, and always under `--anonymize`.
    public var owner: String?
    /// What is to be done; nil when not written, and always under `--anonymize`.
    public var description: String?
    /// The item score its target value scores, 0…1; nil without a target.
    public var targetScore: Double?
    /// The group's mean item score of each of ``questions``, 0…1 (nil where no response of
    /// the group measured it); empty for a suppressed group.
    public var scores: [Double?]
    /// Whether the group reaches its target on every question; nil when it has no target,
    /// some question has no score, or the group is suppressed.
    public var reached: Bool?

    /// Creates an action's line.
    public init(
      id: String, status: ImprovementPlan.Status, questions: [String], owner: String?,
      description: String?, targetScore: Double?, scores: [Double?], reached: Bool?
    ) {
      self.id = id
      self.status = status
      self.questions = questions
      self.owner = owner
      self.description = description
      self.targetScore = targetScore
      self.scores = scores
      self.reached = reached
    }
  }

  /// One factor target of the plan, for the group.
  public struct Target: Sendable, Hashable {
    /// The factor's id.
    public var factor: String
    /// The factor score that meets the target, 0…100 (``ImprovementPlan/Target/Goal/threshold``).
    public var threshold: Double
    /// The round by which to reach it, as the plan says; nil: the round after the plan's.
    public var by: String?
    /// Whether it is due at the group's round.
    public var due: Bool
    /// The group's score of the factor, 0…100; nil when none (or suppressed).
    public var score: Double?
    /// Whether the group's score meets it; nil when the group has no score or is suppressed.
    public var met: Bool?
    /// Whether the plan's baseline already met it (its factor score then ≥ the threshold) and
    /// the group still does: not a result of the plan, so counted apart, as the follow-up
    /// counts it (docs/scoring.md); a target met then and lost since is due and not met.
    public var metAtBaseline = false

    /// Creates a target's line.
    public init(
      factor: String, threshold: Double, by: String?, due: Bool, score: Double?, met: Bool?
    ) {
      self.factor = factor
      self.threshold = threshold
      self.by = by
      self.due = due
      self.score = score
      self.met = met
    }
  }

  /// The group's administration as the comparison prints it (its label under `--anonymize`).
  public var administration: String
  /// The group's round as the comparison prints it.
  public var round: String
  /// The plan's round, as the plan has it.
  public var planRound: String
  /// Whether the plan was made on another questionnaire version and carried by `--map`.
  public var mapped: Bool
  /// Whether the group is suppressed: only ``planned`` and ``done`` are shown.
  public var suppressed: Bool
  /// The plan's actions, in its order.
  public var actions: [Action]
  /// The plan's factor targets, in its order.
  public var targets: [Target]

  /// Creates a group's progress.
  public init(
    administration: String, round: String, planRound: String, mapped: Bool, suppressed: Bool,
    actions: [Action], targets: [Target]
  ) {
    self.administration = administration
    self.round = round
    self.planRound = planRound
    self.mapped = mapped
    self.suppressed = suppressed
    self.actions = actions
    self.targets = targets
  }

  /// Every action of the plan, whatever its status.
  public var planned: Int { actions.count }

  /// The actions whose status is `done`.
  public var done: Int { actions.count { $0.status == .done } }

  /// The actions not dropped whose target level the group reaches.
  ///
  /// Nil for a suppressed group. A dropped action is not counted, whatever its practice did (the integrity
  /// expert's review of issue 27: a dropped action's level is not the plan's result).
  public var onTarget: Int? {
    suppressed ? nil : actions.count { $0.status != .dropped && $0.reached == true }
  }

  /// The factor targets due at the group's round and not already met at the plan's baseline;
  /// nil for a suppressed group.
  public var targetsDue: Int? {
    suppressed ? nil : targets.count { $0.due && !$0.metAtBaseline }
  }

  /// The factor targets due at the group's round that the baseline already met (counted
  /// apart from ``targetsDue``); nil for a suppressed group.
  public var targetsMetAtBaseline: Int? {
    suppressed ? nil : targets.count { $0.due && $0.metAtBaseline }
  }

  /// The factor targets due, not met at the baseline, and met now; nil for a suppressed group.
  public var targetsMet: Int? {
    suppressed ? nil : targets.count { $0.due && !$0.metAtBaseline && $0.met == true }
  }

  /// ``targetsMet`` / ``targetsDue``, 0…1; nil when none is due or the group is suppressed.
  public var share: Double? {
    guard let due = targetsDue, let met = targetsMet, due > 0 else { return nil }
    return Double(met) / Double(due)
  }
}

extension PlanProgress {
  /// How a plan's questions and target values read in the compared questionnaire: through
  /// each map of a chain, in order (the chain compare applies to responses, `--map`).
  public struct Carrier: Sendable {
    /// Each step: the map's `from` question → `to` question, and the map (for the values).
    var steps: [(targets: [String: String], map: ItemMap)]

    /// No step: the plan is on the compared version.
    public init() { steps = [] }

    /// The steps of `route` (``MapRoutes/route(id:version:)`` of the plan's version).
    public init(_ route: MapRoutes.Route) {
      steps = route.links.map { ($0.map.targets(from: $0.source, to: $0.target), $0.map) }
    }

    /// Whether the plan was carried by a map.
    public var isMapped: Bool { !steps.isEmpty }

    /// `question`'s id in the compared version; nil when a step drops it.
    public func question(_ question: String) -> String? {
      var current = question
      for step in steps {
        guard let next = step.targets[current] else { return nil }
        current = next
      }
      return current
    }

    /// `value`, an answer value of `question` (the plan's id), in the compared version's
    /// values (``ItemMap/translatedValue(_:to:)`` at each step); nil when a step drops it.
    public func value(_ value: AnswerValue, of question: String) -> AnswerValue? {
      var current = question
      var result = value
      for step in steps {
        guard let next = step.targets[current] else { return nil }
        result = step.map.translatedValue(result, to: next)
        current = next
      }
      return result
    }
  }

  /// The index in `plans` of the plan of the group of `administration` and `round`: the
  /// latest of that administration (byte for byte) whose round comes before `round` in
  /// ``NaturalOrder``; nil when there is none.
  public static func choose(
    _ plans: [ImprovementPlan], administration: String, round: String
  ) -> Int? {
    var best: Int?
    for (index, plan) in plans.enumerated()
    where plan.administration.utf8.elementsEqual(administration.utf8)
      && NaturalOrder.precedes(plan.round, round)
    {
      if let known = best, !NaturalOrder.precedes(plans[known].round, plan.round) { continue }
      best = index
    }
    return best
  }

  /// The pairs of plans (indexes in `plans`, the first before the second) that are of the same
  /// administration (byte for byte) and round (``NaturalOrder`` equal: the same text), which a
  /// comparison refuses since it could not say which one counts.
  public static func duplicates(_ plans: [ImprovementPlan]) -> [(Int, Int)] {
    var seen: [[UInt8]: Int] = [:]
    var pairs: [(Int, Int)] = []
    for (index, plan) in plans.enumerated() {
      let key = Array(plan.administration.utf8) + [0] + Array(plan.round.utf8)
      if let first = seen[key] {
        pairs.append((first, index))
      } else {
        seen[key] = index
      }
    }
    return pairs
  }

  /// The progress of `group` with `plan`.
  ///
  /// - Parameters:
  ///   - plan: The group's plan (``choose(_:administration:round:)``).
  ///   - group: The group, as compared (its printed names and its scores).
  ///   - round: The group's round as the files have it (for `by`).
  ///   - items: The group's mean item score per question id of the compared version, 0…1,
  ///     over its responses that measured it (``ComparisonTally/Group/items``).
  ///   - questionnaire: The compared questionnaire.
  ///   - carrier: How the plan's ids and values read in it.
  ///   - anonymize: Whether owners and descriptions are left out (`--anonymize`, issue 27).
  /// - Returns: The group's counts, its actions and its targets.
  public static func make(
    _ plan: ImprovementPlan, group: Comparison.Group, round: String, items: [String: Double],
    questionnaire: Questionnaire, carrier: Carrier = Carrier(), anonymize: Bool
  ) -> PlanProgress {
    let questions = Dictionary(
      questionnaire.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let actions = plan.actions.map { action -> Action in
      let carried = action.questions.compactMap(carrier.question)
      var targetScore: Double?
      if let target = action.target, let first = action.questions.first,
        let id = carrier.question(first), let question = questions[id],
        let value = carrier.value(target, of: first)
      {
        targetScore = ResponseScorer.valueScore(question.kind, value)
      }
      let scores = group.suppressed ? [] : carried.map { items[$0] }
      var reached: Bool?
      if !group.suppressed, let targetScore, !scores.isEmpty, scores.allSatisfy({ $0 != nil }) {
        reached = scores.allSatisfy { Tolerance.atLeast($0 ?? 0, targetScore) }
      }
      return Action(
        id: action.id, status: action.status, questions: carried,
        owner: anonymize ? nil : action.owner, description: anonymize ? nil : action.description,
        targetScore: targetScore, scores: scores, reached: reached)
    }
    let factorIndex = Dictionary(
      questionnaire.factors.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    let targets = plan.targets.map { target -> Target in
      let index = factorIndex[target.factor]
      let score =
        group.suppressed ? nil : index.flatMap { $0 < group.scores.count ? group.scores[$0] : nil }
      var line = Target(
        factor: target.factor, threshold: target.goal.threshold, by: target.by,
        due: target.by.map { NaturalOrder.compare($0, round) <= 0 } ?? true, score: score,
        met: score.map { Tolerance.atLeast($0, target.goal.threshold) })
      // Met then and still met now (or suppressed): counted apart. Met then and lost since
      // counts as due and not met, as in the follow-up.
      line.metAtBaseline =
        (plan.baseline.score(of: target.factor).map {
          Tolerance.atLeast($0, target.goal.threshold)
        } ?? false) && line.met != false
      return line
    }
    return PlanProgress(
      administration: group.administration, round: group.round, planRound: plan.round,
      mapped: carrier.isMapped, suppressed: group.suppressed, actions: actions, targets: targets)
  }
}

extension ResponseScore {
  /// The item score of each question whose practice the response measured, by question id,
  /// 0…1: visible, scored, answered with a value or "don't know" (as ``PlanFollowUp`` reads
  /// a practice; `compare --plans`, issue 27).
  public var measuredItems: [String: Double] {
    var result: [String: Double] = [:]
    for item in items
    where item.scored && item.visible && (item.state == .answered || item.state == .unknown) {
      if let score = item.score { result[item.question] = score }
    }
    return result
  }
}

extension ScoringPlan {
  /// ``ResponseScore/measuredItems`` for `answers` (one a question in file order, as the fast
  /// path reads them), scored again with the kernel: only for the responses a plan needs.
  public func measuredItems(_ answers: [ScoringKernel.ItemAnswer]) -> [String: Double] {
    guard answers.count == items.count else { return [:] }
    let result = ScoringKernel.score(self, answers)
    var scores: [String: Double] = [:]
    for (index, item) in result.items.enumerated()
    where items[index].isScored && item.visible
      && (item.state == .answered || item.state == .unknown)
    {
      if let score = item.score { scores[items[index].id] = score }
    }
    return scores
  }
}

extension ImprovementPlan {
  /// The top-level `format` that `bytes` declare, printable and at most 60 characters; nil
  /// when none (for the message on a file that is not a plan).
  public static func declaredFormat(_ bytes: [UInt8]) -> String? {
    DocumentKind.declaredFormat(bytes).map {
      PrintableText.sanitize(String($0.prefix(60)), for: .terminal, keepLineBreaks: false)
    }
  }
}
