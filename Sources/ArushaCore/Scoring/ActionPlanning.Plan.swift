extension ActionPlanning {
  /// The rows of an action plan and of its annex.
  public struct Plan: Sendable, Hashable {
    /// The plan: every critical gap, the top N other priority gaps and the gaps they require,
    /// foundations first.
    public var rows: [Row]
    /// The other gaps, in the same order: empty when the plan lists them all.
    public var annex: [Row]

    /// Creates a plan.
    public init(rows: [Row], annex: [Row]) {
      self.rows = rows
      self.annex = annex
    }

    /// The plan's rows, then the annex's.
    public var all: [Row] { rows + annex }
  }
}
