/// How one question stands in a scored response.
public struct ItemScore: Sendable, Hashable {
  /// How the question was answered, as scoring counts it.
  public enum State: String, Sendable, Hashable {
    /// A value was given.
    case answered
    /// "Don't know / no evidence": scores 0.
    case unknown
    /// Not applicable: no score.
    case notApplicable = "na"
    /// No answer: no score.
    case missing
    /// Hidden by its condition: not counted at all.
    case hidden
    /// Hidden by its condition, with `when_hidden: zero`, and its prerequisite answered: the
    /// practice is absent, and scores 0 (scoring.md).
    case absent
  }

  /// The question's id.
  public var question: String
  /// Its factor's id.
  public var factor: String
  /// Its state.
  public var state: State
  /// The item score in 0…1, for visible scored questions that have one.
  public var score: Double?
  /// The question's weight.
  public var weight: Double
  /// Whether a zero here is a critical gap.
  public var critical: Bool
  /// Whether the question is scored at all (`scale`, `choice`, `yesno`, `multi`).
  public var scored: Bool
  /// Whether the answer claims the practice without the evidence it expects (scoring.md).
  public var unsupported = false
  /// Whether the question is shown.
  public var visible = true
  /// The item score the evidence-checked score counts (issue 24): ``score``, or for an
  /// unsupported answer the score of the highest value below it that expects no evidence.
  public var evidenceChecked: Double?
}
