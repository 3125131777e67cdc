/// Where a reader of the response format takes one value from: a node of the YAML tree
/// (``ResponseDecoder``) or the parser's events (``ResponseSummarizer``, compare's fast path).
///
/// Mechanism only. What each value must be, and what it becomes, is stated once in
/// ``ResponseRules`` and ``AnswerRule``, which read through these primitives; a source only
/// says how a scalar, a number or a list is taken from its input and what happens on a
/// refusal (the decoder records a diagnostic and goes on; the fast path stops, and the file
/// goes to the decoder).
protocol ResponseSource {
  /// The current value's text: a scalar that is not null; anything else is refused as not a
  /// string.
  ///
  /// - Parameter what: The value's name, as messages say it (built only for a message).
  /// - Returns: The text, or nil when refused.
  mutating func string(_ what: @autoclosure () -> String) -> String?

  /// The current value as a number written plainly (`2`, `-0.5`, `1e3`; ``NumberSyntax``):
  /// not quoted, not null.
  ///
  /// - Parameter what: The value's name, as messages say it (built only for a message).
  /// - Returns: The number, or nil when refused.
  mutating func number(_ what: @autoclosure () -> String) -> Double?

  /// The length of the current value's text in characters (Unicode scalars, as
  /// ``ResponseLimits`` counts them), for a reader that does not keep the text; a scalar that
  /// is not null, as ``string(_:)`` reads one.
  ///
  /// - Parameter what: The value's name, as messages say it (built only for a message).
  /// - Returns: The length, or nil when refused.
  mutating func textLength(_ what: @autoclosure () -> String) -> Int?

  /// Reads the current value as a list: `each` is called with the source at each item in
  /// turn.
  ///
  /// - Parameters:
  ///   - what: The value's name, as messages say it (built only for a message).
  ///   - each: Reads one item (the source's current value is the item).
  /// - Returns: The number of items, or nil when the value is not a list or the source stopped
  ///   at a refused item.
  mutating func items(_ what: @autoclosure () -> String, _ each: (inout Self) -> Void) -> Int?

  /// Records that the current value breaks a rule.
  ///
  /// - Parameters:
  ///   - message: What is wrong.
  ///   - suggestion: What the author most likely meant, if anything.
  mutating func refuse(_ message: @autoclosure () -> Diagnostic.Message, suggestion: String?)

  /// A "did you mean" from `search`, within the file's budget of searches; nil where the
  /// source has no use for one.
  ///
  /// - Parameter search: Finds the suggestion.
  /// - Returns: The suggestion, or nil.
  mutating func suggest(_ search: () -> String?) -> String?
}

extension ResponseSource {
  /// The length of ``string(_:)``'s text.
  ///
  /// - Parameter what: The value's name, as messages say it (built only for a message).
  /// - Returns: The length, or nil when refused.
  mutating func textLength(_ what: @autoclosure () -> String) -> Int? {
    string(what()).map { $0.unicodeScalars.count }
  }

  /// Records that the current value breaks a rule, with no suggestion.
  ///
  /// - Parameter message: What is wrong.
  mutating func refuse(_ message: @autoclosure () -> Diagnostic.Message) {
    refuse(message(), suggestion: nil)
  }
}
