/// Terminal cells by character (a grapheme cluster), for a cursor or a caret that must stand
/// under the right cell.
///
/// The widths are ``displayWidth(_:)``'s (the C library's `wcwidth` in a `C.UTF-8` locale,
/// emoji sequences and flags as one picture of two cells): one width table for wrapping,
/// cutting and placing the cursor. Combining marks take none.
public enum DisplayColumns {
  /// The cells `character` takes on a terminal: 0, 1 or 2.
  public static func width(of character: Character) -> Int {
    characterWidth(character)
  }

  /// The cells `text` takes; ANSI escape sequences take none.
  public static func width(of text: some StringProtocol) -> Int {
    displayWidth(text)
  }

  /// The cell offset of the character at `index` in `characters`: the cells of those before it.
  public static func offset(of index: Int, in characters: [Character]) -> Int {
    characters.prefix(max(0, index)).reduce(0) { $0 + width(of: $1) }
  }

  /// `text` cut to at most `cells` cells, ending with "…" when something was cut.
  ///
  /// ANSI escape sequences are kept whole and take no cell; a cut line ends with `ESC[0m` when
  /// it had any, so no style runs on.
  public static func truncated(_ text: String, to cells: Int) -> String {
    guard displayWidth(text) > cells else { return text }
    var out = ""
    var used = 0
    var styled = false
    var full = false
    forEachCharacter(of: text) { character, isEscape in
      guard !full else { return }
      if isEscape {
        out.append(character)
        styled = true
        return
      }
      let cell = width(of: character)
      if used + cell > cells - 1 {
        full = true
        return
      }
      out.append(character)
      used += cell
    }
    return out + "…" + (styled ? "\u{1B}[0m" : "")
  }
}
