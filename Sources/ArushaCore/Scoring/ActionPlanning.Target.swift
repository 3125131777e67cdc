extension ActionPlanning {
  /// What a row of the action plan aims at (issue 24): for a critical gap, the lowest level
  /// that is no longer one; for any other gap, the next level up.
  public enum Target: Sendable, Hashable {
    /// The option at this index of a `scale` or `choice` question's options (file order).
    case option(Int)
    /// "Yes", for a `yesno` question.
    case yes
    /// For a `multi` question: the options to put in place (indices of the options not
    /// selected, positive values) and those to give up (selected, negative values), in
    /// options order.
    case selection(add: [Int], drop: [Int])
  }
}
