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
}
