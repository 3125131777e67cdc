extension ImprovementPlanning {
  /// The score each factor would have if every action of `plan` reached its target (issue 27,
  /// item 1: targets that match the plan's own actions; the integrity review's finding 5).
  ///
  /// The baseline's answers (``ImprovementPlan/Baseline/items``: values and states as they
  /// stood) are rescored with ``ResponseScorer`` (the one scoring kernel: weights, critical
  /// caps, `requires`, visibility) after each action's target is applied to each of its
  /// questions: the question's answer becomes the target value when that value scores more
  /// (``ResponseScorer/valueScore(_:_:)``) than the baseline's answer (an unanswered, `na` or
  /// `unknown` answer scores less than any target). Left out: actions `dropped` (no one will
  /// carry them out), actions without a target, targets that do not fit their question (what
  /// `validate` reports) and question ids the questionnaire lacks.
  ///
  /// Not a key of the plan file (issue 27, "Decisions": the file's keys are fixed): computed
  /// when the plan is rendered.
  ///
  /// - Parameters:
  ///   - plan: The plan (its questionnaire version is `questionnaire`'s).
  ///   - questionnaire: The questionnaire the plan was made on.
  /// - Returns: Each factor's projected score (0…100, nil when it has none), by factor id, for
  ///   every factor of the questionnaire.
  public static func projectedScores(of plan: ImprovementPlan, questionnaire: Questionnaire)
    -> [String: Double?]
  {
    var answers = plan.baseline.answers
    let questions = Dictionary(
      questionnaire.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for action in plan.actions where action.status != .dropped {
      guard let target = action.target else { continue }
      for id in action.questions {
        guard let question = questions[id], fits(target, question.kind),
          let wanted = ResponseScorer.valueScore(question.kind, target)
        else { continue }
        let current = answers[id].flatMap { answer in
          answer.value.flatMap { ResponseScorer.valueScore(question.kind, $0) }
        }
        if current.map({ !Tolerance.atLeast($0, wanted) }) ?? true {
          answers[id] = Answer(value: target)
        }
      }
    }
    let score = ResponseScorer.score(questionnaire, answers: answers)
    return Dictionary(
      score.factors.map { ($0.factor, $0.score) }, uniquingKeysWith: { first, _ in first })
  }

  /// Whether `value` is a value `kind` can have as a target (what `validate` accepts): one of
  /// its options' values (`scale`, `choice`), 1 (`yesno`), a list of option values (`multi`).
  static func fits(_ value: AnswerValue, _ kind: Question.Kind) -> Bool {
    let values = kind.options.map(\.value)
    switch (kind, value) {
    case (.scale, .number(let number)), (.choice, .number(let number)):
      return values.contains(number)
    case (.yesno, .number(let number)): return number == 1
    case (.multi, .selection(let selected)): return selected.allSatisfy(values.contains)
    default: return false
    }
  }
}
