/// Which questions are shown, and what value each has for conditions, given the answers.
///
/// Conditions are evaluated in file order; a hidden question has no value for the conditions
/// after it, and neither has an answer that is `na`, `unknown` or absent (scoring.md).
public struct Visibility: Sendable, Hashable {
  /// Whether each question (by id) is visible.
  public var visible: [String: Bool]
  /// The value each visible, answered question has.
  public var values: [String: AnswerValue]

  /// Evaluates visibility over `questionnaire` for `answers`.
  public init(_ questionnaire: Questionnaire, answers: [String: Answer]) {
    var visible: [String: Bool] = [:]
    var values: [String: AnswerValue] = [:]
    for question in questionnaire.questions {
      let shown = question.condition?.evaluate { values[$0] } ?? true
      visible[question.id] = shown
      if shown, let value = answers[question.id]?.value {
        values[question.id] = value
      }
    }
    self.visible = visible
    self.values = values
  }

  /// Whether the question is visible.
  public func isVisible(_ question: Question) -> Bool {
    visible[question.id] ?? true
  }
}
