/// The value of an answer, as conditions and scoring see it.
public enum AnswerValue: Sendable, Hashable {
  /// One number: an option value, yes (1) / no (0), or a `number` answer.
  case number(Double)
  /// The option values selected in a `multi` question (possibly none).
  case selection([Double])
  /// A `text` answer.
  case text(String)
}
