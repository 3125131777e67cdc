extension Question {
  /// A `number` question's `per` (issue 24): its value is also reported normalised by another
  /// `number` question, the denominator, as `value / denominator × scale` ("1.0 per 100
  /// staff").
  public struct Per: Sendable, Hashable {
    /// The id of the denominator, a `number` question of the same questionnaire.
    public var question: String
    /// The multiplier, > 0: 100 for "per 100 staff".
    public var scale: Double

    /// Creates a `per`.
    public init(question: String, scale: Double) {
      self.question = question
      self.scale = scale
    }
  }
}
