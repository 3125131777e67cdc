extension Comparison {
  /// One administration in one round: the mean of its responses' scores.
  public struct Group: Sendable, Hashable {
    /// The administration's name, or its label (`A1`) when anonymized.
    public var administration: String
    /// The round's label.
    public var round: String
    /// How many responses the group has.
    public var respondents: Int
    /// Whether it has fewer responses than the minimum, so that no score is shown.
    public var suppressed: Bool
    /// The mean of the responses' non-null overall scores; nil when none or suppressed.
    public var overall: Double?
    /// The mean of the responses' non-null scores per factor, in factor order; empty when
    /// suppressed.
    public var scores: [Double?]
    /// Ids of the factors at or above `scoring.strength`, in factor order.
    public var strengths: [String]
    /// Ids of the factors below `scoring.improvement`, in factor order.
    public var improvements: [String]
    /// Where each factor stands against the peers, in factor order; nil for a group that the
    /// peers are not computed over.
    public var position: [Position?]?
    /// The unsupported answers of its responses, in total (0 when suppressed).
    public var unsupported = 0

    /// Creates a group.
    public init(
      administration: String, round: String, respondents: Int, suppressed: Bool,
      overall: Double?, scores: [Double?], strengths: [String], improvements: [String],
      position: [Position?]?
    ) {
      self.administration = administration
      self.round = round
      self.respondents = respondents
      self.suppressed = suppressed
      self.overall = overall
      self.scores = scores
      self.strengths = strengths
      self.improvements = improvements
      self.position = position
    }
  }
}
