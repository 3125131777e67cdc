/// A parsed `when` expression (questionnaire-format.md, "Conditions").
public indirect enum Condition: Sendable, Hashable {
  case and(Condition, Condition)
  case or(Condition, Condition)
  case not(Condition)
  /// `answered(ID)`: the question has a value.
  case answered(String)
  /// `ID OP literal`.
  case compare(String, Operator, Literal)
  /// `ID includes literal`, for `multi` questions.
  case includes(String, Double)

  /// A comparison operator.
  public enum Operator: String, Sendable, Hashable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    func holds<T: Comparable>(_ left: T, _ right: T) -> Bool {
      switch self {
      case .equal: return left == right
      case .notEqual: return left != right
      case .less: return left < right
      case .lessOrEqual: return left <= right
      case .greater: return left > right
      case .greaterOrEqual: return left >= right
      }
    }
  }

  /// The right-hand side of a comparison.
  public enum Literal: Sendable, Hashable {
    case number(Double)
    case yes
    case no
    case string(String)
  }

  /// The ids of the questions the condition reads, in the order they appear.
  public var references: [String] {
    switch self {
    case .and(let left, let right), .or(let left, let right):
      return left.references + right.references
    case .not(let inner): return inner.references
    case .answered(let id), .compare(let id, _, _), .includes(let id, _): return [id]
    }
  }

  /// Whether the condition holds, given each question's value (nil: no value, because the
  /// question is unanswered, hidden, not applicable or unknown).
  ///
  /// A comparison with a question that has no value is false; `answered` is true when it has one.
  public func evaluate(_ value: (String) -> AnswerValue?) -> Bool {
    switch self {
    case .and(let left, let right): return left.evaluate(value) && right.evaluate(value)
    case .or(let left, let right): return left.evaluate(value) || right.evaluate(value)
    case .not(let inner): return !inner.evaluate(value)
    case .answered(let id): return value(id) != nil
    case .includes(let id, let option):
      guard case .selection(let selected) = value(id) else { return false }
      return selected.contains(option)
    case .compare(let id, let op, let literal):
      switch (value(id), literal) {
      case (.number(let number)?, .number(let expected)): return op.holds(number, expected)
      case (.number(let number)?, .yes): return op.holds(number, 1)
      case (.number(let number)?, .no): return op.holds(number, 0)
      case (.text(let text)?, .string(let expected)): return op.holds(text, expected)
      default: return false
      }
    }
  }
}
