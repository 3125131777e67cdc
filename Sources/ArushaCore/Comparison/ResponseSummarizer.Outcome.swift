extension ResponseSummarizer {
  /// A response read by the fast path.
  public struct Outcome: Sendable, Hashable {
    /// The response's header, without its answers.
    public var response: Response
    /// Its group and scores.
    public var summary: ResponseSummary
    /// Its answers as the kernel scored them, one a question in file order (what the fast
    /// path read, to check it against ``ResponseDecoder``).
    public var answers: [ScoringKernel.ItemAnswer]
    /// Whether an evidence reference read was blank (only spaces), which the compact answers
    /// do not tell from none: where a map merges answers, their joined texts would differ
    /// (``MappedScoringPlan/carry(_:blankEvidence:)``). Evidence is read only where the plan
    /// may expect it, or everywhere for a plan that reads all evidence.
    public var blankEvidence: Bool

    /// Creates an outcome.
    ///
    /// - Parameters:
    ///   - response: The header.
    ///   - summary: The group and scores.
    ///   - answers: The answers as the kernel scored them.
    ///   - blankEvidence: Whether an evidence reference read was blank.
    public init(
      response: Response, summary: ResponseSummary, answers: [ScoringKernel.ItemAnswer] = [],
      blankEvidence: Bool = false
    ) {
      self.response = response
      self.summary = summary
      self.answers = answers
      self.blankEvidence = blankEvidence
    }
  }
}
