import ArushaCore
import ArushaText

extension ScoreReport {
  /// The terminal report (``scoreDocument()`` by the terminal writer): a bar per factor
  /// coloured by level, the overall score, strengths, areas for improvement, critical gaps,
  /// the first ten priority gaps, unsupported answers, key figures and what is missing.
  ///
  /// No value is cut: a long question wraps before its value, and every listed question
  /// carries its number. Text from files is printable on a terminal: no control or
  /// bidirectional format character.
  ///
  /// - Parameters:
  ///   - style: Colour or not.
  ///   - width: The terminal's width in columns.
  /// - Returns: The report's lines, each ending with a newline.
  public func table(style: TextStyle, width: Int = 80) -> String {
    scoreDocument().terminal(style: style, width: width)
  }
}

/// `text` cut to `width` characters, with "…" when cut.
func truncate(_ text: String, to width: Int) -> String {
  text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
}
