/// An unscored key figure of a response: an answered visible `number` question (scoring.md,
/// `figures`), such as the number of cases opened.
public struct KeyFigure: Sendable, Hashable {
  /// The question's id.
  public var question: String
  /// Its factor's id.
  public var factor: String
  /// The number given.
  public var value: Double
  /// What it counts, when the question says (`unit`).
  public var unit: LocalizedText?
  /// The question's `per` (the denominator and the scale), when it has one (issue 24).
  public var per: Question.Per?
  /// `value / denominator × scale`, when the question has `per` and its denominator has a
  /// positive value; else nil.
  public var normalized: Double?
  /// Why a figure with `per` has no normalised value; nil when it has one or has no `per`.
  public var unavailable: Unavailable?

  /// Creates a key figure, not normalised.
  public init(question: String, factor: String, value: Double, unit: LocalizedText?) {
    self.question = question
    self.factor = factor
    self.value = value
    self.unit = unit
  }
}
