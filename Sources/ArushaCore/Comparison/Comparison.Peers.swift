extension Comparison {
  /// The groups that each group is compared with, summed up per factor and overall.
  public struct Peers: Sendable, Hashable {
    /// The `--round` the peers are taken from; nil for the latest round of each administration.
    public var round: String?
    /// The number of groups the peers are.
    public var groups: Int
    /// The statistics of the groups' overall scores.
    public var overall: Statistics
    /// The statistics of each factor, in factor order.
    public var scores: [Statistics]

    /// Creates peer statistics.
    public init(round: String?, groups: Int, overall: Statistics, scores: [Statistics]) {
      self.round = round
      self.groups = groups
      self.overall = overall
      self.scores = scores
    }
  }
}
