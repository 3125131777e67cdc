/// One question's answer in a response.
public struct Answer: Sendable, Hashable {
  /// A special answer instead of a value.
  public enum State: String, Sendable, Hashable {
    /// Not applicable; needs a justification.
    case notApplicable = "na"
    /// Don't know / no evidence; scores 0.
    case unknown
  }

  /// The value, when answered with one.
  public var value: AnswerValue?
  /// The special state, when answered with one.
  public var state: State?
  /// A free comment.
  public var comment: String?
  /// An evidence reference (a document, a decision number).
  public var evidence: String?
  /// Why the question does not apply (with ``State/notApplicable``).
  public var justification: String?

  /// Creates an answer.
  public init(
    value: AnswerValue? = nil, state: State? = nil, comment: String? = nil, evidence: String? = nil,
    justification: String? = nil
  ) {
    self.value = value
    self.state = state
    self.comment = comment
    self.evidence = evidence
    self.justification = justification
  }

  /// An answer with a value.
  public static func value(_ value: AnswerValue) -> Answer { Answer(value: value) }

  /// "Not applicable" with its justification.
  public static func notApplicable(_ justification: String) -> Answer {
    Answer(state: .notApplicable, justification: justification)
  }

  /// "Don't know / no evidence".
  public static let unknown = Answer(state: .unknown)

  /// Whether the answer counts for completion: a value, `na` or `unknown`.
  public var isGiven: Bool { value != nil || state != nil }
}
