extension ResponseSummarizer {
  /// What a response is read with and scored against.
  public enum Scoring: Sendable {
    /// The questionnaire the response answers.
    case plan(ScoringPlan)
    /// A map route from the questionnaire the response answers (issue 29, item 1): it is read
    /// with ``MappedScoringPlan/source``, its answers carried through the route and scored
    /// against ``MappedScoringPlan/target``, the figures the full decoder's path gives (a
    /// response decoded, carried by ``MapRoutes/Route/apply(_:answering:)``, scored by
    /// ``ResponseScorer``).
    case mapped(MappedScoringPlan)
  }

  /// A response read by the fast path.
  public struct Outcome: Sendable, Hashable {
    /// The response's header, without its answers.
    public var response: Response
    /// Its group and scores.
    public var summary: ResponseSummary
    /// Its answers as the kernel scored them, one a question in file order (what the fast
    /// path read, to check it against ``ResponseDecoder``): of the version compared when a map
    /// carried them (``ResponseSummarizer/Scoring/mapped(_:)``).
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
