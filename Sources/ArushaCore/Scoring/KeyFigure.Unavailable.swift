extension KeyFigure {
  /// Why a key figure with `per` has no normalised value.
  ///
  /// What its denominator's answer is (scoring.md, "Key figures"). The raw values are JSON's
  /// `per.unavailable`.
  public enum Unavailable: String, Sendable, Hashable, CaseIterable {
    /// The denominator has no answer.
    case missing
    /// The denominator is answered "don't know".
    case unknown
    /// The denominator is answered "not applicable".
    case notApplicable = "na"
    /// The denominator's condition hides it.
    case hidden
    /// The denominator is 0 (or so close to 0 that the quotient overflows).
    case zero
    /// The denominator is below 0.
    case negative
  }
}
