import ArushaYAML

extension ImprovementPlan {
  /// What is wrong with the plan for `questionnaire` (issue 27, "validate PLAN"), every finding
  /// at once, sorted by position (the places the decoder marked; the file's start for a plan
  /// made in memory).
  ///
  /// Refused: a question or factor id the questionnaire lacks (with "did you mean"); an
  /// action's target that is not a value of its question (an option value for `scale` and
  /// `choice`, 1 for `yesno`, a list of option values for `multi`) or that sits on a `number`
  /// or `text` question; a target whose item score (``ResponseScorer/valueScore(_:_:)``) is not
  /// above the baseline answer's (equal changes nothing, so it counts as below); a factor
  /// target's `level` that is not the `min` of a band of `scoring.levels`; baseline factors,
  /// items and figures the questionnaire lacks.
  ///
  /// A plan made on another questionnaire id or version is refused in one error naming both,
  /// unless `map` goes from the plan's version to `questionnaire`'s: then the plan's question
  /// ids are read through the map (``ItemMap/targets(from:to:)`` when `source` is given, else
  /// the map's listed ids and the same ids) and its target and baseline values through its
  /// value tables (``ItemMap/translatedValue(_:to:)``), as compare reads older responses.
  ///
  /// Also (``PlanChecker/checkRounds()``, ``PlanChecker/checkEvidence()``): an error for a
  /// target's `by` that does not come after the plan's round; warnings for a `by` not written
  /// like the plan's round and for an action done without evidence.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire to check against (the plan's, or the one `map` leads
  ///     to).
  ///   - map: An item map from the plan's questionnaire version to `questionnaire`'s, if any.
  ///   - source: The map's `from` questionnaire (the plan's version), when known: its ids are
  ///     then checked too, and the baseline against it.
  /// - Returns: The errors, sorted by position.
  public func check(
    against questionnaire: Questionnaire, map: ItemMap? = nil, source: Questionnaire? = nil
  ) -> [Diagnostic] {
    var checker = PlanChecker(plan: self, questionnaire: questionnaire)
    let sameVersion =
      self.questionnaire.id == questionnaire.id
      && self.questionnaire.version == questionnaire.version
    if !sameVersion {
      guard let map else {
        return [
          .error(
            .planOtherQuestionnaire(
              self.questionnaire.id, self.questionnaire.version, given: questionnaire.id,
              questionnaire.version), at: marks.questionnaire)
        ]
      }
      guard map.from.id == self.questionnaire.id, map.from.version == self.questionnaire.version,
        map.to.id == questionnaire.id, map.to.version == questionnaire.version
      else {
        return [
          .error(
            .planMapDoesNotFit(
              mapFrom: map.from.id, map.from.version, mapTo: map.to.id, map.to.version,
              plan: self.questionnaire.id, self.questionnaire.version), at: marks.questionnaire)
        ]
      }
      if let source, source.id == map.from.id, source.version == map.from.version {
        checker.route = .map(map, targets: map.targets(from: source, to: questionnaire))
        checker.source = source
      } else {
        checker.route = .map(map, targets: nil)
      }
    }
    checker.checkBaseline()
    checker.checkTargets()
    checker.checkActions()
    checker.checkRounds()
    checker.checkEvidence()
    return checker.reader.diagnostics.sortedByPosition()
  }

  /// The error that the plan's questionnaire cannot be found or used, at the plan's
  /// `questionnaire`: what `validate PLAN` reports then.
  ///
  /// - Parameter reason: Why, in one clause (the locator's words).
  /// - Returns: The error.
  public func questionnaireNotFound(reason: String) -> Diagnostic {
    .error(.planQuestionnaireNotFound(reason), at: marks.questionnaire)
  }

  /// The error that the questionnaire found by the plan's id and version is not the file the
  /// plan was made with (another SHA-256), at the plan's `questionnaire`.
  ///
  /// - Parameters:
  ///   - origin: Where the questionnaire found comes from (a path, "the bundled NAME").
  ///   - sha256: Its SHA-256.
  /// - Returns: The error.
  public func questionnaireEdited(origin: String, sha256: String) -> Diagnostic {
    .error(
      .planQuestionnaireEdited(
        questionnaire.id, questionnaire.version, origin: origin, found: sha256,
        named: questionnaire.sha256), at: marks.questionnaire)
  }
}

/// The checks of ``ImprovementPlan/check(against:map:source:)``, one part of the plan at a time.
struct PlanChecker {
  /// How the plan's question ids and values reach the questionnaire's.
  enum Route {
    /// The same version: as written.
    case direct
    /// Through a map; `targets` is the map's target of each source question when the source
    /// questionnaire is known.
    case map(ItemMap, targets: [String: String]?)
  }

  let plan: ImprovementPlan
  let questionnaire: Questionnaire
  var route = Route.direct
  /// The plan's own version, when it is not `questionnaire` and it is known.
  var source: Questionnaire?
  var reader = NodeReader()
  private let questions: [String: Question]
  private let ids: [String]
  private let factorIDs: [String]

  init(plan: ImprovementPlan, questionnaire: Questionnaire) {
    self.plan = plan
    self.questionnaire = questionnaire
    questions = Dictionary(
      questionnaire.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    ids = questionnaire.questions.map(\.id)
    factorIDs = questionnaire.factors.map(\.id)
  }

  private var marks: ImprovementPlan.Marks { plan.marks }

  /// The questionnaire the baseline's ids are in (the plan's version), when known.
  private var baselineQuestionnaire: Questionnaire? {
    switch route {
    case .direct: return questionnaire
    case .map: return source
    }
  }

  // MARK: Questions through the route

  /// The question of `questionnaire` that the plan's `id` names, reporting at `mark` when
  /// there is none; nil then.
  private mutating func question(_ id: String, at mark: SourceMark) -> Question? {
    switch route {
    case .direct:
      if let question = questions[id] { return question }
      unknownQuestion(id, in: questionnaire, at: mark)
      return nil
    case .map(let map, let targets):
      if let source, let targets {
        guard source.questions.contains(where: { $0.id == id }) else {
          unknownQuestion(id, in: source, at: mark)
          return nil
        }
        guard let target = targets[id], let question = questions[target] else {
          reader.error(.planQuestionDropped(id, version: questionnaire.version), at: mark)
          return nil
        }
        return question
      }
      if let listed = map.questions[id] {
        guard let listed, let question = questions[listed] else {
          reader.error(.planQuestionDropped(id, version: questionnaire.version), at: mark)
          return nil
        }
        return question
      }
      if let question = questions[id] { return question }
      unknownQuestion(id, in: questionnaire, at: mark)
      return nil
    }
  }

  private mutating func unknownQuestion(
    _ id: String, in questionnaire: Questionnaire, at mark: SourceMark
  ) {
    let match = reader.suggestion { closestMatch(to: id, in: questionnaire.questions.map(\.id)) }
    reader.error(
      .planUnknownQuestion(
        id, questionnaire: questionnaire.id, version: questionnaire.version, suggestion: match),
      at: mark, suggestion: match)
  }

  /// `value`, a value of the plan's version, in `question`'s values.
  private func translated(_ value: AnswerValue, to question: Question) -> AnswerValue {
    if case .map(let map, _) = route { return map.translatedValue(value, to: question.id) }
    return value
  }

  // MARK: The baseline

  mutating func checkBaseline() {
    guard let known = baselineQuestionnaire else { return }
    let errorsBefore = reader.diagnostics.count
    defer {
      // Its figures against its own items, once its ids are all known (review finding 2).
      if reader.diagnostics.count == errorsBefore, marks.baselineComplete {
        reader.diagnostics += plan.baselineDisagreements(with: known)
      }
    }
    let questionIDs = known.questions.map(\.id)
    let questionSet = Set(questionIDs)
    let factors = known.factors.map(\.id)
    for entry in plan.baseline.factors where !factors.contains(entry.factor) {
      let match = reader.suggestion { closestMatch(to: entry.factor, in: factors) }
      reader.error(
        .baselineUnknown("the factor", entry.factor, suggestion: match),
        at: marks.baselineFactors[entry.factor] ?? marks.root, suggestion: match)
    }
    for item in plan.baseline.items where !questionSet.contains(item.question) {
      let match = reader.suggestion { closestMatch(to: item.question, in: questionIDs) }
      reader.error(
        .baselineUnknown("the question", item.question, suggestion: match),
        at: marks.baselineItems[item.question] ?? marks.root, suggestion: match)
    }
    for figure in plan.baseline.figures where !questionSet.contains(figure.question) {
      let match = reader.suggestion { closestMatch(to: figure.question, in: questionIDs) }
      reader.error(
        .baselineUnknown("the key figure", figure.question, suggestion: match),
        at: marks.baselineFigures[figure.question] ?? marks.root, suggestion: match)
    }
  }

  // MARK: Factor targets

  mutating func checkTargets() {
    let levels = questionnaire.scoring.levels.map(\.min)
    for target in plan.targets {
      let keyMark = marks.targetKeys[target.factor] ?? marks.root
      if !factorIDs.contains(target.factor) {
        let match = reader.suggestion { closestMatch(to: target.factor, in: factorIDs) }
        reader.error(
          .planUnknownFactor(
            target.factor, questionnaire: questionnaire.id, version: questionnaire.version,
            suggestion: match), at: keyMark, suggestion: match)
      }
      if case .level(let min) = target.goal,
        !levels.contains(where: { Tolerance.equal($0, min) })
      {
        reader.error(
          .notALevel(min, levels: levels), at: marks.targetGoals[target.factor] ?? keyMark)
      }
    }
  }

  // MARK: Actions

  mutating func checkActions() {
    for (index, action) in plan.actions.enumerated() {
      let actionMark = marks.actions.indices.contains(index) ? marks.actions[index] : marks.root
      let questionMarks =
        marks.actionQuestions.indices.contains(index) ? marks.actionQuestions[index] : []
      let targetMark =
        marks.actionTargets.indices.contains(index) ? marks.actionTargets[index] : actionMark
      for (position, id) in action.questions.enumerated() {
        let mark = questionMarks.indices.contains(position) ? questionMarks[position] : actionMark
        guard let question = question(id, at: mark), let target = action.target else { continue }
        checkTarget(translated(target, to: question), of: id, question, at: targetMark)
      }
    }
  }

  /// The checks of an action's target on one of its questions (`id` as the plan names it).
  private mutating func checkTarget(
    _ target: AnswerValue, of id: String, _ question: Question, at mark: SourceMark
  ) {
    let kind = question.kind
    switch (kind, target) {
    case (.number, _), (.text, _):
      reader.error(.targetOnUnscored(question.id, type: kind.typeName), at: mark)
      return
    case (.scale, .number(let value)), (.choice, .number(let value)):
      let values = kind.options.map(\.value)
      guard values.contains(value) else {
        reader.error(.targetNotAnOption(value, of: question.id, values: values), at: mark)
        return
      }
    case (.yesno, .number(let value)):
      guard value == 1 else {
        reader.error(.targetNotYes(question.id, value), at: mark)
        return
      }
    case (.multi(let options), .selection(let selected)):
      let values = options.map(\.value)
      var fits = true
      for value in selected where !values.contains(value) {
        reader.error(.targetNotAnOption(value, of: question.id, values: values), at: mark)
        fits = false
      }
      guard fits else { return }
    case (.multi, _):
      reader.error(.targetShape(question.id, type: kind.typeName, wantsList: true), at: mark)
      return
    default:
      reader.error(.targetShape(question.id, type: kind.typeName, wantsList: false), at: mark)
      return
    }
    guard let wanted = ResponseScorer.valueScore(kind, target), let current = current(id, question)
    else { return }
    if Tolerance.atLeast(current, wanted) {
      reader.error(
        .targetNotAboveBaseline(question.id, target: wanted, current: current), at: mark)
    }
  }

  /// The item score of the baseline's answer to the plan's question `id` under `question`:
  /// its value's, 0 for `unknown`; nil when it has none (unanswered, `na`).
  private func current(_ id: String, _ question: Question) -> Double? {
    guard let item = plan.baseline.item(id) else { return nil }
    if let value = item.value {
      return ResponseScorer.valueScore(question.kind, translated(value, to: question))
    }
    return item.state == .unknown ? 0 : nil
  }
}
