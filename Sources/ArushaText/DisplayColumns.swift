#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Terminal cells by character (a grapheme cluster), for a cursor or a caret that must stand
/// under the right cell.
///
/// A character takes what ``displayWidth(_:)`` gives it, but never more than two cells (a
/// ZWJ emoji sequence is one picture), and two when it is wide: an emoji shown as a picture, or
/// a character the C library's `wcwidth` (in the built-in `C.UTF-8` locale) says is wide (CJK,
/// kana, Hangul, full-width forms). Combining marks take none.
public enum DisplayColumns {
  /// The cells `character` takes on a terminal: 0, 1 or 2.
  ///
  /// Built on ``displayWidth(_:)`` of the character, so both agree on what takes no cell.
  public static func width(of character: Character) -> Int {
    let base = displayWidth(String(character))
    guard base > 0, let first = character.unicodeScalars.first else { return base }
    if first.value < 0x1100 && character.unicodeScalars.count == 1 { return min(base, 1) }
    let scalars = character.unicodeScalars
    let properties = first.properties
    if properties.isEmojiPresentation
      || (properties.isEmoji && scalars.contains { $0 == "\u{FE0F}" || $0 == "\u{200D}" })
    {
      return 2
    }
    if isWide(first) { return 2 }
    return 1
  }

  /// The cells `text` takes, character by character.
  public static func width(of text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + width(of: $1) }
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
    guard displayWidth(text) > cells || width(of: plain(text)) > cells else { return text }
    var out = ""
    var used = 0
    var escape = false
    var styled = false
    for character in text {
      if escape {
        out.append(character)
        if let scalar = character.unicodeScalars.first, ("@"..."~").contains(scalar),
          scalar != "["
        {
          escape = false
        }
        continue
      }
      if character == "\u{1B}" {
        escape = true
        styled = true
        out.append(character)
        continue
      }
      let cell = width(of: character)
      if used + cell > cells - 1 { break }
      out.append(character)
      used += cell
    }
    return out + "…" + (styled ? "\u{1B}[0m" : "")
  }

  /// `text` without its ANSI escape sequences.
  static func plain(_ text: String) -> String {
    var out = ""
    var escape = false
    for scalar in text.unicodeScalars {
      if escape {
        if ("@"..."~").contains(scalar), scalar != "[" { escape = false }
        continue
      }
      if scalar == "\u{1B}" {
        escape = true
        continue
      }
      out.unicodeScalars.append(scalar)
    }
    return out
  }

  /// Whether the C library says `scalar` takes two cells (East Asian wide or full-width).
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    #if canImport(Glibc)
    guard let locale = utf8Locale.value else { return false }
    let previous = uselocale(locale)
    defer { uselocale(previous) }
    return systemWCWidth(Int32(bitPattern: scalar.value)) == 2
    #else
    return false
    #endif
  }

  #if canImport(Glibc)
  /// The built-in `C.UTF-8` locale (glibc 2.35 and later), made once; nil where it is missing.
  private static let utf8Locale = LocaleHandle(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil))

  private struct LocaleHandle: @unchecked Sendable {
    let value: locale_t?
    init(_ value: locale_t?) { self.value = value }
  }
  #endif
}

#if canImport(Glibc)
/// glibc's `wcwidth`, which Swift's Glibc module does not export (it needs `_XOPEN_SOURCE`).
@_silgen_name("wcwidth")
private func systemWCWidth(_ character: Int32) -> Int32
#endif
