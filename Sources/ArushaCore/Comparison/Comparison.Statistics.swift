extension Comparison {
  /// Count, mean, median, minimum and maximum of some scores (the nulls left out).
  public struct Statistics: Sendable, Hashable {
    /// How many non-null scores.
    public var n: Int
    /// Their arithmetic mean; nil when there are none.
    public var mean: Double?
    /// The middle value, or the mean of the two middle values for an even count.
    public var median: Double?
    /// The smallest.
    public var min: Double?
    /// The largest.
    public var max: Double?

    /// Creates statistics.
    public init(n: Int, mean: Double?, median: Double?, min: Double?, max: Double?) {
      self.n = n
      self.mean = mean
      self.median = median
      self.min = min
      self.max = max
    }

    /// The statistics of `values`, in the order given (the mean sums them in that order).
    public init(_ values: [Double?]) {
      let present = values.compactMap { $0 }
      guard !present.isEmpty else {
        self.init(n: 0, mean: nil, median: nil, min: nil, max: nil)
        return
      }
      let sorted = present.sorted()
      let middle = sorted.count / 2
      let median =
        sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
      self.init(
        n: present.count, mean: present.reduce(0, +) / Double(present.count), median: median,
        min: sorted.first, max: sorted.last)
    }
  }
}
