/// One answer a `scale`, `choice` or `multi` question offers.
public struct AnswerOption: Sendable, Hashable {
  /// The value stored in responses and used in scoring.
  public var value: Double
  /// What the respondent reads.
  public var label: LocalizedText
  /// What the level means, in full (a maturity descriptor).
  public var description: LocalizedText?

  /// Creates an option.
  public init(value: Double, label: LocalizedText, description: LocalizedText? = nil) {
    self.value = value
    self.label = label
    self.description = description
  }
}
