/// Which questionnaire a response answers: id and version, checked by the file's SHA-256.
public struct QuestionnaireReference: Sendable, Hashable {
  /// The questionnaire's id.
  public var id: String
  /// Its version label.
  public var version: String
  /// SHA-256 of the questionnaire file's bytes, lowercase hex.
  public var sha256: String

  /// Creates a reference.
  public init(id: String, version: String, sha256: String) {
    self.id = id
    self.version = version
    self.sha256 = sha256
  }
}
