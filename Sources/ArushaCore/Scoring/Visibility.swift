/// Which questions are shown, and what value each has for conditions, given the answers.
///
/// Conditions are evaluated in file order; a hidden question has no value for the conditions
/// after it, and neither has an answer that is `na`, `unknown` or absent (scoring.md).
public struct Visibility: Sendable, Hashable {
  /// Whether each question (by id) is visible.
  public var visible: [String: Bool]
  /// The value each visible, answered question has.
  public var values: [String: AnswerValue]

  /// Evaluates visibility over `questionnaire` for `answers`, through ``ScoringKernel``: the
  /// rule lives in one place, and the session shows what the score counts.
  public init(_ questionnaire: Questionnaire, answers: [String: Answer]) {
    let plan = ScoringPlan(questionnaire)
    let compact = plan.items.map { ScoringKernel.ItemAnswer(answers[$0.id]) }
    let result = ScoringKernel.score(plan, compact)
    var visible: [String: Bool] = [:]
    var values: [String: AnswerValue] = [:]
    for (position, item) in plan.items.enumerated() {
      let shown = result.items[position].visible
      visible[item.id] = shown
      if shown, let value = compact[position].value { values[item.id] = value }
    }
    self.visible = visible
    self.values = values
  }

  /// Whether the question is visible.
  public func isVisible(_ question: Question) -> Bool {
    visible[question.id] ?? true
  }
}
