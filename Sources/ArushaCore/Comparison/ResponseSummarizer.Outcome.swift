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

    /// Creates an outcome.
    ///
    /// - Parameters:
    ///   - response: The header.
    ///   - summary: The group and scores.
    ///   - answers: The answers as the kernel scored them.
    public init(
      response: Response, summary: ResponseSummary, answers: [ScoringKernel.ItemAnswer] = []
    ) {
      self.response = response
      self.summary = summary
      self.answers = answers
    }
  }
}
