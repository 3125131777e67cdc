/// One questionnaire file compiled into the executable, byte for byte.
public struct BundledFile: Sendable, Hashable {
  /// The file's name in `Questionnaires/`.
  public let name: String
  /// The file's text.
  public let text: String

  /// Creates a bundled file.
  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }

  /// The file's bytes (UTF-8), as hashed for a response's `questionnaire.sha256`.
  public var bytes: [UInt8] { Array(text.utf8) }
}
