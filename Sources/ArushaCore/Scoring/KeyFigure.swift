/// A key figure of a response, such as the number of cases opened.
///
/// A visible `number` question answered with a number or "don't know" (scoring.md,
/// `figures`). Never scored.
public struct KeyFigure: Sendable, Hashable {
  /// The question's id.
  public var question: String
  /// Its factor's id.
  public var factor: String
  /// The number given; nil when the answer is "don't know": the figure is *not available*
  /// (issue 24: for a baseline, "cannot count its reports" is a finding, so the figure stays
  /// in the report).
  public var value: Double?
  /// What it counts, when the question says (`unit`).
  public var unit: LocalizedText?

  /// Whether the response gives the number (not "don't know").
  public var isAvailable: Bool { value != nil }
  /// The question's `per` (the denominator and the scale), when it has one (issue 24).
  public var per: Question.Per?
  /// `value / denominator × scale`, when the question has `per` and its denominator has a
  /// positive value; else nil.
  public var normalized: Double?
  /// Why a figure with `per` has no normalised value; nil when it has one or has no `per`.
  public var unavailable: Unavailable?

  /// Creates a key figure, not normalised.
  public init(question: String, factor: String, value: Double?, unit: LocalizedText?) {
    self.question = question
    self.factor = factor
    self.value = value
    self.unit = unit
  }
}
