extension ComparisonTally {
  /// The sum and count of some scores, for their arithmetic mean.
  public struct Sum: Sendable, Hashable {
    /// The sum of the values.
    public var total: Double = 0
    /// How many values.
    public var count = 0

    /// No values yet.
    public init() {}

    /// Adds one value.
    public mutating func add(_ value: Double) {
      total += value
      count += 1
    }

    /// Adds the values of `other`.
    public mutating func merge(_ other: Sum) {
      total += other.total
      count += other.count
    }

    /// The arithmetic mean; nil without values.
    public var mean: Double? { count > 0 ? total / Double(count) : nil }
  }
}
