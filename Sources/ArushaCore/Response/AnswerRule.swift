/// What an answer's `value` must be for a question of one type, and the ``AnswerValue`` it
/// becomes (response-format.md, "Rules"): the one statement of it, which both readers of the
/// response format use (``ResponseDecoder`` and compare's fast path, ``ResponseSummarizer``).
///
/// A new question type is one case of ``init(_:)`` here: a new rule only if no rule below
/// fits it, and the readers need no change.
public enum AnswerRule: Sendable, Hashable {
  /// One of the option values (`scale`, `choice`).
  case option(values: [Double])
  /// `0` (no) or `1` (yes) (`yesno`).
  case yesno
  /// A list of distinct option values, possibly empty (`multi`).
  case selection(values: [Double])
  /// A number within the inclusive bounds given (`number`).
  case number(min: Double?, max: Double?)
  /// A string of at most ``ResponseLimits/textLength`` characters (`text`).
  case text

  /// The rule of a question of `kind`.
  ///
  /// - Parameter kind: The question's type.
  public init(_ kind: Question.Kind) {
    switch kind {
    case .scale(_, let options), .choice(let options):
      self = .option(values: options.map(\.value))
    case .yesno:
      self = .yesno
    case .multi(let options):
      self = .selection(values: options.map(\.value))
    case .number(let low, let high):
      self = .number(min: low, max: high)
    case .text:
      self = .text
    }
  }

  /// Reads the source's current value as the answer to the question `id`.
  ///
  /// - Parameters:
  ///   - source: Where the value is.
  ///   - id: The question's id, for messages (built only for one).
  /// - Returns: The value, or nil when it does not fit (the source has the refusals).
  func read<Source: ResponseSource>(
    _ source: inout Source, question id: @autoclosure () -> String
  ) -> AnswerValue? {
    switch self {
    case .option(let values):
      guard let number = source.number("the answer to '\(id())'") else { return nil }
      guard values.contains(number) else {
        source.refuse(.notAnOption(number, of: id(), values: values))
        return nil
      }
      return .number(number)
    case .yesno:
      guard let number = source.number("the answer to '\(id())'") else { return nil }
      guard number == 0 || number == 1 else {
        source.refuse(.invalidYesNo(id(), number))
        return nil
      }
      return .number(number)
    case .selection(let values):
      var selected: [Double] = []
      let count = source.items("the answer to '\(id())'") { item in
        guard let number = item.number("a selected option of '\(id())'") else { return }
        if !values.contains(number) {
          item.refuse(.notAnOption(number, of: id(), values: values))
        } else if selected.contains(number) {
          item.refuse(.optionSelectedTwice(number))
        } else {
          selected.append(number)
        }
      }
      return count == selected.count ? .selection(selected) : nil
    case .number(let low, let high):
      guard let number = source.number("the answer to '\(id())'") else { return nil }
      var fits = true
      if let low, number < low {
        source.refuse(.belowMinimum(number, minimum: low, of: id()))
        fits = false
      }
      if let high, number > high {
        source.refuse(.aboveMaximum(number, maximum: high, of: id()))
        fits = false
      }
      return fits ? .number(number) : nil
    case .text:
      return ResponseRules.longText(&source, "the answer to '\(id())'").map(AnswerValue.text)
    }
  }
}
