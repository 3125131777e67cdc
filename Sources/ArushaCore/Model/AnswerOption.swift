/// One answer a `scale`, `choice` or `multi` question offers.
public struct AnswerOption: Sendable, Hashable {
  /// The value stored in responses and used in scoring.
  public var value: Double
  /// What the respondent reads.
  public var label: LocalizedText
  /// What the level means, in full (a maturity descriptor).
  public var description: LocalizedText?
  /// Whether choosing it must be backed by an evidence reference (`evidence: expected`): an
  /// answer here without one is *unsupported* (questionnaire-format.md, scoring.md).
  public var evidenceExpected: Bool

  /// Creates an option.
  public init(
    value: Double, label: LocalizedText, description: LocalizedText? = nil,
    evidenceExpected: Bool = false
  ) {
    self.value = value
    self.label = label
    self.description = description
    self.evidenceExpected = evidenceExpected
  }
}
