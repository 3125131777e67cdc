/// One question of a factor.
public struct Question: Sendable, Hashable {
  /// The question's id, unique in the questionnaire and stable across versions.
  public var id: String
  /// The question's type, with the options or bounds that go with it.
  public var kind: Kind
  /// The question.
  public var text: LocalizedText
  /// Guidance shown on demand: what evidence counts, examples.
  public var help: LocalizedText?
  /// A sub-area heading inside the factor.
  public var topic: LocalizedText?
  /// Weight in the factor's mean, > 0.
  public var weight: Double = 1
  /// Whether an answer is needed to complete the assessment.
  public var required = true
  /// Whether "not applicable" (with a justification) is offered.
  public var allowNotApplicable = false
  /// Whether "don't know / no evidence" is offered.
  public var allowUnknown = true
  /// Whether a zero score here is a critical gap.
  public var critical = false
  /// Whether the runner asks for an evidence reference after the answer.
  public var evidence = false
  /// The condition under which the question is shown; nil when always shown.
  public var condition: Condition?
  /// The clause or document the item derives from.
  public var source: String?

  /// Creates a question with the format's defaults.
  public init(id: String, kind: Kind, text: LocalizedText) {
    self.id = id
    self.kind = kind
    self.text = text
    self.allowUnknown = kind.isScored
  }
}
