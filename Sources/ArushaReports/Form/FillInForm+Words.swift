import ArushaCore
import ArushaText

extension FillInForm {
  /// The words of the form's language (English for a language without a catalogue).
  var phrases: Phrases { Phrases(language) }

  /// Each question by its id, with its factor.
  var questionsByID: [String: (question: Question, factor: Factor)] {
    var found: [String: (question: Question, factor: Factor)] = [:]
    for factor in questionnaire.factors {
      for question in factor.questions where found[question.id] == nil {
        found[question.id] = (question, factor)
      }
    }
    return found
  }

  /// A questionnaire text in the form's language.
  func text(_ text: LocalizedText?) -> String {
    text.map { questionnaire.localized($0, in: language) } ?? ""
  }

  /// When a conditional question applies, in words: "Only if Q12 = Yes" / « Seulement si
  /// Q12 = Oui », naming questions by their number and options by their entry (`2 — Label`).
  ///
  /// - Parameter condition: The question's `when`.
  /// - Returns: The sentence.
  public func conditionWords(_ condition: Condition) -> String {
    phrases.formOnlyIf(words(condition))
  }

  private func words(_ condition: Condition) -> String {
    let phrases = self.phrases
    switch condition {
    case .and(let left, let right):
      return operand(left, inAnd: true) + " \(phrases.formAnd) " + operand(right, inAnd: true)
    case .or(let left, let right):
      return operand(left, inAnd: false) + " \(phrases.formOr) " + operand(right, inAnd: false)
    case .not(let inner):
      return phrases.formNot(words(inner))
    case .answered(let id):
      return phrases.formIsAnswered(name(id))
    case .includes(let id, let value):
      let option =
        questionsByID[id].flatMap { found in
          found.question.kind.options.first { $0.value == value }.flatMap { option in
            FillInForm.optionKey(value, of: found.question).map {
              $0 + " \u{2014} " + text(option.label)
            }
          }
        } ?? phrases.formNumber(value)
      return phrases.formIncludes(name(id), option)
    case .compare(let id, let op, let literal):
      return name(id) + " " + symbol(op) + " " + literalWords(literal, of: id)
    }
  }

  /// A side of `and` or `or`, in parentheses when it is the other of the two.
  private func operand(_ condition: Condition, inAnd: Bool) -> String {
    switch condition {
    case .or where inAnd, .and where !inAnd: return "(" + words(condition) + ")"
    default: return words(condition)
    }
  }

  /// `Q12`, or the id of a question the questionnaire does not have.
  private func name(_ id: String) -> String {
    questionnaire.number(of: id).map { phrases.formQuestion($0) } ?? id
  }

  private func symbol(_ op: Condition.Operator) -> String {
    switch op {
    case .equal: return "="
    case .notEqual: return "≠"
    case .less: return "<"
    case .lessOrEqual: return "≤"
    case .greater: return ">"
    case .greaterOrEqual: return "≥"
    }
  }

  /// The literal as the form shows the answer: yes or no, an option's entry, a number, or a
  /// quoted text.
  private func literalWords(_ literal: Condition.Literal, of id: String) -> String {
    let labels = phrases.formLabels
    let question = questionsByID[id]?.question
    switch literal {
    case .yes: return labels.yes
    case .no: return labels.no
    case .string(let value): return phrases.formQuoted(value)
    case .number(let value):
      guard let question else { return phrases.formNumber(value) }
      switch question.kind {
      case .yesno where value == 1: return labels.yes
      case .yesno where value == 0: return labels.no
      case .scale(_, let options), .choice(let options):
        if let index = options.firstIndex(where: { $0.value == value }) {
          return phrases.formConditionOption(
            key: String(question.optionKey(at: index)), label: text(options[index].label))
        }
        return phrases.formNumber(value)
      default: return phrases.formNumber(value)
      }
    }
  }

  /// The levels of a scale or choice in full, one a line: `KEY — label: description`.
  func levelLines(_ question: Question) -> [String] {
    switch question.kind {
    case .scale(_, let options), .choice(let options):
      return options.indices.map { index in
        phrases.formLevel(
          key: String(question.optionKey(at: index)), label: text(options[index].label),
          description: question.optionDescription(at: index).map { text($0) })
      }
    default: return []
    }
  }

  /// A number question's bounds and unit in words ("A number from 0 to 100 (cases)").
  func numberWords(_ question: Question) -> String {
    guard case .number(let low, let high) = question.kind else { return "" }
    return phrases.formWriteNumber(
      range: phrases.formRange(low, high), unit: question.unit.map { text($0) })
  }
}
