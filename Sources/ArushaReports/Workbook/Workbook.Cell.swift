extension Workbook {
  /// One cell's value and how it is shown.
  public enum Cell: Sendable, Hashable {
    /// Text, from anywhere: written as an inline string, never a formula.
    case text(String)
    /// Text in bold (the overall row's title).
    case heading(String)
    /// A figure the tool computed, as a numeric cell shown with `format`; nil is an empty cell.
    case number(Double?, NumberFormat)
    /// A whole number (a count, a rank).
    case integer(Int)
    /// Yes or no, written as the report language's word ("Yes", « Non »).
    case bool(Bool)
    /// Nothing.
    case empty
    /// A cell the team fills in on a protected sheet: unlocked, shaded, wrapped, with `text`
    /// prefilled (an empty text is an empty cell that keeps its style, so it stays editable).
    case input(String)
    /// ``input(_:)`` in the text format (`@`): what is typed there stays text, so a comment
    /// typed `=…` or `-5 cases` is not taken for a formula.
    case textInput(String)
    /// A sheet's title, in a larger bold font.
    case title(String)
    /// Lines of text in one wrapped cell, each sanitised on its own (a level per line).
    case lines([String])
  }

  /// How a numeric cell is shown; the value itself keeps all its digits.
  public enum NumberFormat: Sendable, Hashable, CaseIterable {
    /// One decimal, `0.0`: scores on 0–100.
    case score
    /// One decimal in bold: the overall score.
    case overall
    /// A percentage with one decimal, `0.0%`: coverage, a fraction 0–1.
    case percent
    /// Two decimals, `0.00`: item scores, 0–1.
    case fraction
    /// One decimal with its sign, `+0.0;-0.0;0.0`: changes between rounds.
    case signed
    /// As Excel shows any number: weights.
    case general
  }
}
