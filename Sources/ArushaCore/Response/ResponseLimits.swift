public import ArushaYAML

/// The bounds of a response file (response-format.md, "Lengths"), checked by the reader, by
/// `arusha assess` before it accepts input, and before a response is written, so that what
/// arusha saves always reads back.
///
/// Lengths count Unicode scalars (code points), so that a bound in characters is also a bound
/// in bytes (at most four per scalar), whatever combining marks a text holds.
public enum ResponseLimits {
  /// Longest `administration`, `round`, `role` or `respondent`: 200 characters.
  public static let identityLength = 200
  /// Longest `text` answer, `comment`, `evidence` or `justification`: 10,000 characters.
  public static let textLength = 10_000
  /// Largest response file that is read back, in bytes: the YAML loader's bound (4 MiB).
  public static let fileBytes = YAMLLoader.Limits().maxBytes

  /// Whether `text` shows nothing: only spaces, line breaks, control characters and invisible
  /// format characters (U+200B zero width space, U+FEFF, the bidirectional marks), so that an
  /// administration named by one zero width space counts as blank (issue 28, hostile
  /// workbooks).
  public static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy {
      $0.properties.isWhitespace || $0.properties.generalCategory == .format
        || $0.properties.generalCategory == .control
    }
  }

  /// What is wrong with an identity field's value (`administration`, `round`, `role`,
  /// `respondent`): blank, or longer than ``identityLength``.
  ///
  /// - Parameters:
  ///   - text: The value.
  ///   - what: The field's name, as messages say it.
  /// - Returns: The problem, or nil when the value is acceptable.
  public static func identityProblem(_ text: String, _ what: String) -> Diagnostic.Message? {
    if isBlank(text) { return .empty(what) }
    return lengthProblem(text, what, limit: identityLength)
  }

  /// What is wrong with a long text (a `text` answer, `comment`, `evidence`,
  /// `justification`): more than ``textLength`` characters.
  ///
  /// - Parameters:
  ///   - text: The value.
  ///   - what: The field's name, as messages say it.
  /// - Returns: The problem, or nil when the value is acceptable.
  public static func textProblem(_ text: String, _ what: String) -> Diagnostic.Message? {
    lengthProblem(text, what, limit: textLength)
  }

  /// The length of `text` in characters (Unicode scalars) when it is over `limit`, else nil:
  /// the one count behind every length rule, in the reader and in the session.
  public static func length(of text: String, over limit: Int) -> Int? {
    // Cheap first: no more bytes than the limit means no more scalars either.
    guard text.utf8.count > limit else { return nil }
    let count = text.unicodeScalars.count
    return count > limit ? count : nil
  }

  private static func lengthProblem(_ text: String, _ what: String, limit: Int)
    -> Diagnostic.Message?
  {
    length(of: text, over: limit).map { .tooLong(what, length: $0, limit: limit) }
  }
}
