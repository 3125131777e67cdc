#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Breaks `text` into lines of at most `width` columns at spaces, by display width.
///
/// Only U+0020 is a break point: a no-break space (U+00A0) or a narrow no-break space
/// (U+202F) binds the words around it, as in a key and its label in the key help. French
/// typography holds too, whatever space the text uses: no line starts with `;` `:` `?` `!`
/// or `»`, and none ends with `«`. A unit wider than `width` (words bound by no-break
/// spaces) is broken at its no-break spaces only as a last resort, never before those
/// signs. ANSI escape sequences take no column. Continuation lines start with `indent`.
public func wrapText(_ text: String, width: Int, indent: String = "") -> [String] {
  let indentWidth = displayWidth(indent)
  var lines: [String] = []
  var current = ""
  var currentWidth = 0
  var started = false
  for unit in WrapUnits.units(of: text) {
    for piece in WrapUnits.fit(unit, width: max(1, width - indentWidth)) {
      let pieceWidth = displayWidth(piece)
      if !started {
        current = piece
        currentWidth = pieceWidth
        started = true
      } else if currentWidth + 1 + pieceWidth > width {
        lines.append(current)
        current = indent + piece
        currentWidth = indentWidth + pieceWidth
      } else {
        current += " " + piece
        currentWidth += 1 + pieceWidth
      }
    }
  }
  lines.append(current)
  return lines
}

/// How ``wrapText(_:width:indent:)`` cuts a text into units that no line break enters.
enum WrapUnits {
  /// The signs French typography keeps on the line of the word before them.
  static let closing: Set<Character> = [";", ":", "?", "!", "»"]
  /// The no-break spaces, which bind the words around them.
  static let noBreakSpaces: Set<Character> = ["\u{A0}", "\u{202F}"]

  /// The words of `text` at its spaces (U+0020), bound into units: a word starting with a
  /// closing sign joins the one before it, and a word after one that ends with `«` joins it.
  static func units(of text: String) -> [String] {
    var units: [String] = []
    for word in words(of: text) {
      let word = String(word)
      if let last = units.last, !word.isEmpty, !last.isEmpty,
        startsClosing(word) || endsOpening(last)
      {
        units[units.count - 1] = last + " " + word
      } else {
        units.append(word)
      }
    }
    return units
  }

  /// `text` split at its spaces (U+0020), empty words kept.
  ///
  /// Split at the bytes when each scalar is a grapheme of its own (printable ASCII and
  /// Latin-1, ``latinWidth(_:)``), where a space cannot start a grapheme with an accent after
  /// it; else at the characters.
  static func words(of text: String) -> [Substring] {
    guard latinWidth(text.utf8) != nil else {
      return text.split(separator: " ", omittingEmptySubsequences: false)
    }
    var words: [Substring] = []
    var start = text.utf8.startIndex
    var index = start
    let end = text.utf8.endIndex
    while index < end {
      if text.utf8[index] == UInt8(ascii: " ") {
        words.append(text[start..<index])
        start = text.utf8.index(after: index)
      }
      index = text.utf8.index(after: index)
    }
    words.append(text[start..<end])
    return words
  }

  /// `unit` in pieces of at most `width` columns where it can be cut at a no-break space
  /// that stands neither before a closing sign nor after `«`; `unit` itself when it fits.
  static func fit(_ unit: String, width: Int) -> [String] {
    guard displayWidth(unit) > width else { return [unit] }
    let characters = Array(unit)
    // Each segment with the no-break space before it (none for the first).
    var segments: [(space: String, text: String)] = []
    var space = ""
    var segment = ""
    for (index, character) in characters.enumerated() {
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      let previous = index > 0 ? characters[index - 1] : nil
      let afterNext = index + 2 < characters.count ? characters[index + 2] : nil
      if noBreakSpaces.contains(character), let next, !isSign(next, before: afterNext),
        !noBreakSpaces.contains(next), next != "·", previous != "«", !segment.isEmpty
      {
        segments.append((space, segment))
        space = String(character)
        segment = ""
      } else {
        segment.append(character)
      }
    }
    segments.append((space, segment))
    var pieces: [String] = []
    for (space, segment) in segments {
      if let last = pieces.last, displayWidth(last) + 1 + displayWidth(segment) <= width {
        pieces[pieces.count - 1] = last + space + segment
      } else {
        pieces.append(segment)
      }
    }
    return pieces
  }

  /// Whether the first visible character of `word` (after escape sequences) is a closing sign.
  static func startsClosing(_ word: String) -> Bool {
    // A word that starts with printable ASCII other than the signs starts with a character
    // that is no sign, whatever follows (issue 29: no grapheme to walk).
    if let first = word.utf8.first, first >= 0x20, first < 0x7F,
      first != UInt8(ascii: ";"), first != UInt8(ascii: ":"), first != UInt8(ascii: "?"),
      first != UInt8(ascii: "!")
    {
      return false
    }
    let characters = visibleCharacters(word)
    return characters.first.map { isSign($0, before: characters.dropFirst().first) } ?? false
  }

  /// Whether `character`, followed by `next`, is a closing sign: `»` always; `;` `:` `?`
  /// `!` before a space, another sign or the end (`:r` is a command, `1:3` a ratio).
  static func isSign(_ character: Character, before next: Character?) -> Bool {
    guard closing.contains(character) else { return false }
    guard character != "»", let next else { return true }
    return next.isWhitespace || closing.contains(next) || next == "\u{1B}" || next == ")"
  }

  /// Whether the last visible character of `word` (before escape sequences) is `«`.
  static func endsOpening(_ word: String) -> Bool {
    // A word without escape sequences that ends with printable ASCII ends with a character
    // other than `«` (issue 29: no grapheme to walk).
    if let last = word.utf8.last, last >= 0x20, last < 0x7F,
      !word.utf8.contains(0x1B)
    {
      return false
    }
    return visibleLast(word) == "«"
  }

  /// The last visible character of `word`, escape sequences left out.
  static func visibleLast(_ word: String) -> Character? {
    visibleCharacters(word).last
  }

  private static func visibleCharacters(_ word: String) -> [Character] {
    var result: [Character] = []
    forEachCharacter(of: word) { character, isEscape in
      if !isEscape { result.append(character) }
    }
    return result
  }
}

/// Calls `body` with each character of `text` and whether it belongs to an ANSI escape
/// sequence (`ESC`, then up to and including a final byte `@`…`~` other than `[`): the one
/// escape scanner of width, wrapping and truncation.
@inline(__always)
func forEachCharacter(
  of text: some StringProtocol, _ body: (Character, _ isEscape: Bool) -> Void
) {
  var inEscape = false
  for character in text {
    guard let first = character.unicodeScalars.first else { continue }
    if inEscape {
      if ("@"..."~").contains(first), first != "[" { inEscape = false }
      body(character, true)
    } else if first == "\u{1B}" {
      inEscape = true
      body(character, true)
    } else {
      body(character, false)
    }
  }
}

/// The columns `text` takes on a terminal, grapheme by grapheme.
///
/// Escape sequences (`ESC [ … letter`) and control characters take none. A grapheme takes
/// the width of its widest scalar by the C library's `wcwidth` (``scalarWidth(_:)``):
/// combining marks add nothing, wide and fullwidth characters take two. An emoji sequence
/// (a presentation selector, a skin tone, a ZWJ sequence) or a flag takes two as one grapheme.
public func displayWidth(_ text: some StringProtocol) -> Int {
  // Printable ASCII, the common case, is one column a byte, and Latin-1's letters and signs
  // (no-break space, « », é) one scalar a grapheme: no grapheme to walk (issue 29).
  if let width = latinWidth(text.utf8) { return width }
  return graphemeWalkWidth(text)
}

/// ``displayWidth(_:)`` by walking the graphemes: what any text takes.
func graphemeWalkWidth(_ text: some StringProtocol) -> Int {
  var width = 0
  forEachCharacter(of: text) { character, isEscape in
    if !isEscape { width += characterWidth(character) }
  }
  return width
}

/// The columns of text made only of printable ASCII and of U+00A0–U+00FF but the soft
/// hyphen, read from its UTF-8 bytes; nil for any other text.
///
/// Each of those scalars is a grapheme of its own (none extends, joins or controls), so the
/// text takes what its scalars take one by one: a column each for ASCII, ``latinWidths`` for
/// the others (the C library's, as ``graphemeWidth(_:)`` gives them).
@inline(__always)
func latinWidth(_ bytes: some Collection<UInt8>) -> Int? {
  let counted = bytes.withContiguousStorageIfAvailable { latinWidth(buffer: $0) }
  return counted ?? Array(bytes).withUnsafeBufferPointer { latinWidth(buffer: $0) }
}

private func latinWidth(buffer bytes: UnsafeBufferPointer<UInt8>) -> Int? {
  var width = 0
  var index = 0
  let count = bytes.count
  while index < count {
    let byte = bytes[index]
    if byte >= 0x20 && byte < 0x7F {
      width += 1
      index += 1
      continue
    }
    // U+00A0–U+00BF is C2 A0…BF, U+00C0–U+00FF is C3 80…BF.
    guard byte == 0xC2 || byte == 0xC3, index + 1 < count else { return nil }
    let next = bytes[index + 1]
    guard next >= 0x80 && next <= 0xBF else { return nil }
    let scalar = Int(byte & 0x03) << 6 | Int(next & 0x3F)
    guard scalar >= 0xA0, scalar != 0xAD else { return nil }
    width += latinWidths[scalar - 0xA0]
    index += 2
  }
  return width
}

/// The columns of U+00A0…U+00FF, each as a grapheme of its own (the soft hyphen's is unused).
let latinWidths: [Int] = (0xA0...0xFF).map { value in
  Unicode.Scalar(UInt32(value)).map { graphemeWidth(Character($0)) } ?? 1
}

/// The columns one character (a grapheme, not part of an escape sequence) takes: ASCII
/// controls none, other ASCII one, the rest ``graphemeWidth(_:)``.
@inline(__always)
func characterWidth(_ character: Character) -> Int {
  let scalars = character.unicodeScalars
  guard let first = scalars.first else { return 0 }
  if first.isASCII, scalars.count == 1 {
    return first.value < 0x20 || first.value == 0x7F ? 0 : 1
  }
  return graphemeWidth(character)
}

/// The columns one grapheme takes (see ``displayWidth(_:)``).
func graphemeWidth(_ character: Character) -> Int {
  let scalars = Array(character.unicodeScalars)
  guard let first = scalars.first else { return 0 }
  if (0x1F1E6...0x1F1FF).contains(first.value) { return scalars.count > 1 ? 2 : 1 }
  if first.properties.isEmoji,
    scalars.count > 1
      && scalars.dropFirst().contains(where: {
        $0 == "\u{FE0F}" || $0 == "\u{200D}" || $0.properties.isEmojiModifier
          || $0 == "\u{20E3}"
      })
  {
    return 2
  }
  return min(2, scalars.map(scalarWidth).max() ?? 0)
}

/// The columns one scalar takes on its own: the C library's `wcwidth` where there is one
/// (glibc, Darwin), else ``fallbackScalarWidth(_:)``; never negative.
///
/// glibc's `wcwidth` reads the character classes of `LC_CTYPE`, and the program's locale is
/// "C" (arusha never calls `setlocale`): there every non-ASCII character is unprintable.
/// Rather than change the process's locale with `setlocale` (which would also change what
/// Foundation and libyaml see), the lookup switches this thread alone to a `C.UTF-8`
/// `LC_CTYPE` for the call (`newlocale` once, `uselocale` around `wcwidth`), as `wcwidth_l`
/// would if glibc had it. Where no UTF-8 locale exists, the Swift table answers.
func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
  #if canImport(Glibc) || canImport(Darwin)
  if let locale = WidthLocale.shared.locale {
    let previous = uselocale(locale)
    let width = cWidth(wchar_t(bitPattern: scalar.value))
    uselocale(previous)
    return Int(max(0, width))
  }
  #endif
  return fallbackScalarWidth(scalar)
}

#if canImport(Glibc) || canImport(Darwin)
// glibc declares `wcwidth` only under _XOPEN_SOURCE, which the Swift module does not set:
// the symbol is declared here (int wcwidth(wchar_t)).
@_silgen_name("wcwidth")
private func cWidth(_ character: wchar_t) -> Int32

/// The UTF-8 `LC_CTYPE` locale that `wcwidth` is asked in, made once.
private struct WidthLocale: @unchecked Sendable {
  let locale: locale_t?

  static let shared = WidthLocale()

  private init() {
    let mask = Int32(LC_CTYPE_MASK)
    var found: locale_t?
    for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
      if let locale = newlocale(mask, name, nil) {
        found = locale
        break
      }
    }
    locale = found
  }
}
#endif

/// The columns of `scalar` by Unicode's own properties and the East Asian wide ranges, for a
/// platform without `wcwidth`.
func fallbackScalarWidth(_ scalar: Unicode.Scalar) -> Int {
  let value = scalar.value
  if value == 0 { return 0 }
  switch scalar.properties.generalCategory {
  case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator,
    .paragraphSeparator:
    return value == 0xAD ? 1 : 0
  default: break
  }
  if (0x1160...0x11FF).contains(value) { return 0 }
  if scalar.properties.isEmojiPresentation { return 2 }
  let wide: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
  return wide.contains { $0.contains(value) } ? 2 : 1
}
