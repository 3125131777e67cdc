extension Comparison {
  /// What changed for one administration between two of its rounds.
  public struct Change: Sendable, Hashable {
    /// The administration's name as printed (``Comparison/Group/administration``), or its
    /// label when anonymized.
    public var administration: String
    /// The earlier round: the previous one, or the baseline.
    public var from: String
    /// The latest round.
    public var to: String
    /// The change of the overall score.
    public var overall: Delta
    /// The change of each factor, in factor order.
    public var scores: [Delta]
    /// Whether either side has responses scored through a map (trust-and-continuity.md).
    public var mapped = false

    /// Creates a change.
    public init(administration: String, from: String, to: String, overall: Delta, scores: [Delta]) {
      self.administration = administration
      self.from = from
      self.to = to
      self.overall = overall
      self.scores = scores
    }
  }
}
