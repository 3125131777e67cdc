/// The comparisons of computed figures with thresholds, and the figures as reported
/// (scoring.md, "Numbers"): values within 1e-9 of each other are equal, so that rounding
/// noise (49.99999999999999 for an exact 50) never changes a class.
public enum Tolerance {
  /// The tolerance: 1e-9.
  public static let epsilon = 1e-9

  /// `value ≥ threshold`, within 1e-9: true when `value ≥ threshold − 1e-9`.
  public static func atLeast(_ value: Double, _ threshold: Double) -> Bool {
    value >= threshold - epsilon
  }

  /// `value < threshold`, within 1e-9: true when `value < threshold − 1e-9`.
  public static func below(_ value: Double, _ threshold: Double) -> Bool {
    value < threshold - epsilon
  }

  /// `value ≤ threshold`, within 1e-9: true when `value ≤ threshold + 1e-9`.
  public static func atMost(_ value: Double, _ threshold: Double) -> Bool {
    value <= threshold + epsilon
  }

  /// Whether two sort keys are equal within 1e-9.
  public static func equal(_ left: Double, _ right: Double) -> Bool {
    abs(left - right) <= epsilon
  }

  /// A computed figure as reported.
  ///
  /// The integer when within 1e-9 of one (0 for a value within 1e-9 of 0, never −0), else the
  /// value itself. Non-finite values are returned as they are (no input `validate` accepts
  /// makes one).
  public static func reported(_ value: Double) -> Double {
    guard value.isFinite else { return value }
    let nearest = value.rounded()
    if abs(value - nearest) <= epsilon { return nearest == 0 ? 0 : nearest }
    return value
  }

  /// ``reported(_:)`` of an optional figure.
  public static func reported(_ value: Double?) -> Double? {
    value.map { reported($0) }
  }
}
