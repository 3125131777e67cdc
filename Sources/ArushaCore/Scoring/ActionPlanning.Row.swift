extension ActionPlanning {
  /// One gap of the action plan or its annex.
  public struct Row: Sendable, Hashable {
    /// The question's id.
    public var question: String
    /// Its factor's id.
    public var factor: String
    /// Whether it is a critical gap (``ResponseScore/critical``).
    public var critical: Bool
    /// Whether it is in the plan only because a gap listed there requires it (beyond the top
    /// N priority gaps).
    public var pulledIn: Bool
    /// The gaps among the questions its `requires` lists, in that order: it comes after them.
    public var requires: [String]
    /// What to reach; nil when no option of the question is above the answer.
    public var target: Target?

    /// Creates a row.
    public init(
      question: String, factor: String, critical: Bool, pulledIn: Bool = false,
      requires: [String] = [], target: Target?
    ) {
      self.question = question
      self.factor = factor
      self.critical = critical
      self.pulledIn = pulledIn
      self.requires = requires
      self.target = target
    }
  }
}
