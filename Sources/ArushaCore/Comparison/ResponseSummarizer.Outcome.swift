extension ResponseSummarizer {
  /// A response read by the fast path.
  public struct Outcome: Sendable, Hashable {
    /// The response's header: no answers, and of the times only `updated` (with the
    /// respondent, it tells copies of one respondent's response apart).
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
