extension ComparisonTally {
  /// A group: one administration in one round.
  public struct Key: Sendable, Hashable {
    /// The administration's name, as in the files.
    public var administration: String
    /// The round's label.
    public var round: String

    /// Creates a key.
    public init(administration: String, round: String) {
      self.administration = administration
      self.round = round
    }
  }
}
