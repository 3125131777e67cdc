/// One questionnaire file compiled into the executable, byte for byte.
public struct BundledFile: Sendable, Hashable {
  /// The file's name in `Questionnaires/`.
  public let name: String
  /// The `id` its text declares, read when the file was embedded, so that a lookup by id
  /// decodes nothing (a test checks it against the decoder).
  public let id: String
  /// The `version` its text declares, read like ``id``.
  public let version: String
  /// The SHA-256 of the file's bytes, lowercase hex, computed when the file was embedded, so
  /// that matching a response's `questionnaire.sha256` hashes nothing (a test checks it).
  public let sha256: String
  /// The file's text.
  public let text: String

  /// Creates a bundled file.
  ///
  /// - Parameters:
  ///   - name: The file's name in `Questionnaires/`.
  ///   - id: The questionnaire's `id`, as its text declares it.
  ///   - version: The questionnaire's `version`, as its text declares it.
  ///   - sha256: The SHA-256 of the text's UTF-8 bytes, lowercase hex.
  ///   - text: The file's text.
  public init(name: String, id: String, version: String, sha256: String, text: String) {
    self.name = name
    self.id = id
    self.version = version
    self.sha256 = sha256
    self.text = text
  }

  /// The file's bytes (UTF-8), as hashed for a response's `questionnaire.sha256`.
  public var bytes: [UInt8] { Array(text.utf8) }
}
