/// A questionnaire found for a response, with where it came from and its fingerprint.
public struct LocatedQuestionnaire: Sendable {
  /// The decoded questionnaire.
  public var questionnaire: Questionnaire
  /// Where it came from: a path, or "the bundled NAME".
  public var origin: String
  /// SHA-256 of its bytes.
  public var sha256: String

  /// Creates one.
  public init(questionnaire: Questionnaire, origin: String, sha256: String) {
    self.questionnaire = questionnaire
    self.origin = origin
    self.sha256 = sha256
  }
}
