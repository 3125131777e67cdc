/// One key factor of the Declaration (or a section of another questionnaire).
public struct Factor: Sendable, Hashable {
  /// The factor's id, unique among factors.
  public var id: String
  /// The Declaration's factor number, shown as "Factor 3".
  public var number: Int?
  /// The factor's name.
  public var title: LocalizedText
  /// One paragraph on what the factor asks, shown when it starts.
  public var summary: LocalizedText?
  /// Where the factor comes from.
  public var reference: String?
  /// Weight in the overall score, > 0.
  public var weight: Double = 1
  /// This factor's method, overriding the questionnaire's.
  public var method: ScoringMethod?
  /// The factor's questions, in file order.
  public var questions: [Question]

  /// Creates a factor with the format's defaults.
  public init(id: String, title: LocalizedText, questions: [Question]) {
    self.id = id
    self.title = title
    self.questions = questions
  }
}
