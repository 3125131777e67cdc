extension Comparison {
  /// The difference of one score between two rounds.
  public struct Delta: Sendable, Hashable {
    /// Later minus earlier; nil when either is null.
    public var delta: Double?
    /// Its direction; nil when the delta is.
    public var direction: Direction?

    /// Creates a delta.
    public init(delta: Double?, direction: Direction?) {
      self.delta = delta
      self.direction = direction
    }

    /// The change from `from` to `to`, with `threshold` (`scoring.change`) for the direction.
    public init(from: Double?, to: Double?, threshold: Double) {
      guard let from, let to else {
        self.init(delta: nil, direction: nil)
        return
      }
      let delta = to - from
      // Within 1e-9 of the threshold counts as reaching it (scoring.md, "Numbers").
      let direction: Direction =
        Tolerance.atLeast(delta, threshold)
        ? .up : Tolerance.atMost(delta, -threshold) ? .down : .stable
      self.init(delta: delta, direction: direction)
    }
  }
}
