/// Text from files made safe to print: the one sanitiser of arusha.
///
/// cli.md: "Text from YAML files (questionnaires, responses) and file names are printed with
/// control characters removed, in every command and every format". A file from another
/// administration must not be able to drive the terminal, a spreadsheet or a browser, so every
/// renderer passes each text it takes from a file (and each file name) through
/// ``sanitize(_:for:keepLineBreaks:)``, saying where the text goes.
///
/// Removed in every ``Destination``:
/// - the C0 controls U+0000–U+001F, except newline and tab (see `keepLineBreaks`);
/// - DEL, U+007F;
/// - the C1 controls U+0080–U+009F, as code points: letters whose UTF-8 bytes include
///   0x80–0x9F, such as "é" (C3 A9) or "漢" (E6 BC A2), are not touched.
///
/// Removed on a ``Destination/terminal`` only: the bidirectional format characters U+061C,
/// U+200E, U+200F, U+202A–U+202E and U+2066–U+2069 (an unterminated U+202E would reverse the
/// rest of the line). A ``Destination/document`` keeps them: they can be part of Arabic or
/// Hebrew text, and HTML isolates text from files in `<bdi>` instead. The line and paragraph
/// separators U+2028 and U+2029 are line breaks on a terminal (kept as "\n" or made a space
/// as `keepLineBreaks` says): a text quoted in a one-line message cannot start a line of its
/// own (issue 28, hostile workbooks).
public enum PrintableText {
  /// Where a sanitised text is printed.
  public enum Destination: Sendable, Hashable {
    /// A terminal (the table reports, messages, the interactive session): bidirectional
    /// format characters are removed as well.
    case terminal
    /// A document file (CSV, JSON, Markdown, HTML): bidirectional format characters are kept.
    case document
  }

  /// `text` without the control characters that `destination` must not receive.
  ///
  /// - Parameters:
  ///   - text: Text from a file, or a file name.
  ///   - destination: Where the text is printed.
  ///   - keepLineBreaks: Whether the field is shown on several lines. If so, newline and tab
  ///     are kept, and "\r\n" or a lone carriage return becomes "\n". If not, each line
  ///     break ("\n", "\r\n", "\r") and each tab becomes one space (cli.md).
  /// - Returns: The text, with only printable characters and, when asked, line breaks.
  public static func sanitize(
    _ text: String, for destination: Destination, keepLineBreaks: Bool
  ) -> String {
    guard mayNeedCleaning(text, for: destination),
      text.unicodeScalars.contains(where: { isRemoved($0, for: destination) })
    else { return text }
    var result = String.UnicodeScalarView()
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\r":
        result.append(keepLineBreaks ? "\n" : " ")
      case "\n":
        // "\r\n" is one line break, already given by its carriage return.
        if !previousWasCarriageReturn { result.append(keepLineBreaks ? "\n" : " ") }
      case "\t":
        result.append(keepLineBreaks ? scalar : " ")
      case "\u{2028}" where destination == .terminal,
        "\u{2029}" where destination == .terminal:
        // Line and paragraph separators: a line break where one is kept, else a space.
        result.append(keepLineBreaks ? "\n" : " ")
      default:
        if !isRemoved(scalar, for: destination) { result.append(scalar) }
      }
    }
    return String(result)
  }

  /// A whole rendered output (Markdown, JSON, CSV) about to be written to a terminal, without
  /// the bidirectional format characters that its document destination kept.
  ///
  /// The command layer calls this when standard output is a terminal. It removes nothing
  /// else: the renderers have already sanitised each text from a file, and their own line
  /// ends, tabs and colour codes must stay. arusha's own words never contain these
  /// characters, so only text from files loses them.
  ///
  /// - Parameter wholeOutput: The rendered text.
  /// - Returns: The text without U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069.
  public static func forTerminal(_ wholeOutput: String) -> String {
    guard wholeOutput.unicodeScalars.contains(where: isBidirectionalFormat) else {
      return wholeOutput
    }
    var result = String.UnicodeScalarView()
    for scalar in wholeOutput.unicodeScalars where !isBidirectionalFormat(scalar) {
      result.append(scalar)
    }
    return String(result)
  }

  /// Whether ``sanitize(_:for:keepLineBreaks:)`` removes `scalar` for `destination`, line
  /// breaks and tabs included (they are controls: a caller that keeps them decides so itself).
  ///
  /// - Parameters:
  ///   - scalar: One code point.
  ///   - destination: Where it would be printed.
  /// - Returns: True for C0, DEL and C1, and, on a terminal, the bidirectional format
  ///   characters.
  public static func isRemoved(_ scalar: Unicode.Scalar, for destination: Destination) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x2028, 0x2029: return destination == .terminal
    default: return destination == .terminal && isBidirectionalFormat(scalar)
    }
  }

  /// Whether `scalar` is one of the bidirectional format characters of cli.md: ALM U+061C,
  /// LRM U+200E, RLM U+200F, the embeddings and overrides U+202A–U+202E, and the isolates
  /// U+2066–U+2069.
  ///
  /// - Parameter scalar: One code point.
  /// - Returns: True for those eleven characters.
  public static func isBidirectionalFormat(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// Whether `text` may hold a character that `destination` must not receive.
  ///
  /// Judged from its UTF-8 bytes without decoding (thousands of strings go through a
  /// comparison's JSON): a C0 byte or DEL, a C1 code point (C2 80…C2 9F), or, on a terminal,
  /// the lead bytes of the bidirectional format characters (D8 9C; E2 80 and E2 81). False
  /// positives only cost the exact check.
  static func mayNeedCleaning(_ text: String, for destination: Destination) -> Bool {
    let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F { return true }
        if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
          return true
        }
        if destination == .terminal, byte == 0xD8 || byte == 0xE2 { return true }
        index += 1
      }
      return false
    }
    return fast ?? text.unicodeScalars.contains { isRemoved($0, for: destination) }
  }
}
