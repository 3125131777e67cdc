/// A reusable answer scale from the questionnaire's `scales`.
public struct Scale: Sendable, Hashable {
  /// The name questions refer to it by.
  public var name: String
  /// Its options, in file order.
  public var options: [AnswerOption]

  /// Creates a scale.
  public init(name: String, options: [AnswerOption]) {
    self.name = name
    self.options = options
  }
}
