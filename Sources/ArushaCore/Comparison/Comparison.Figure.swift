extension Comparison {
  /// A group's normalised key figure (issue 24): the mean of its responses' normalised values
  /// of one `number` question with `per`, over the responses that have one.
  public struct Figure: Sendable, Hashable {
    /// The mean; nil when no response of the group has a normalised value.
    public var mean: Double?
    /// How many of its responses have one.
    public var responses: Int

    /// Creates a figure.
    public init(mean: Double?, responses: Int) {
      self.mean = mean
      self.responses = responses
    }
  }
}
