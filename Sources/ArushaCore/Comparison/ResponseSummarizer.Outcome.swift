extension ResponseSummarizer {
  /// A response read by the fast path.
  public struct Outcome: Sendable, Hashable {
    /// The response's header: no answers, respondent or times.
    public var response: Response
    /// Its group and scores.
    public var summary: ResponseSummary

    /// Creates an outcome.
    public init(response: Response, summary: ResponseSummary) {
      self.response = response
      self.summary = summary
    }
  }
}
