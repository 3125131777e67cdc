import ArushaCore

/// Text made safe for a cell or an attribute of SpreadsheetML.
///
/// Every text goes first through ``PrintableText`` for a document on one line (cli.md), then
/// loses what XML 1.0 forbids that the sanitiser keeps (U+FFFE, U+FFFF), is cut to Excel's
/// 32,767 characters a cell, has each `_xHHHH_` written `_x005F_xHHHH_` (Excel and openpyxl
/// read `_xHHHH_` in a string as the character HHHH, so a file could otherwise smuggle a
/// control character in), and is XML-escaped.
enum SpreadsheetText {
  /// Excel's limit on the characters of one cell (UTF-16 code units).
  static let cellLimit = 32_767

  /// `text` sanitised, cut to a cell's limit and escaped for element content or an attribute.
  static func cell(_ text: String) -> String {
    escape(encodeUnderscores(truncated(allowed(text))))
  }

  /// `text` sanitised and escaped, for the package's XML outside cells (titles, names).
  static func attribute(_ text: String) -> String {
    escape(allowed(text))
  }

  /// The sanitiser's output without the two code points XML 1.0 forbids beyond controls.
  static func allowed(_ text: String) -> String {
    let clean = PrintableText.sanitize(text, for: .document, keepLineBreaks: false)
    // What the sanitiser keeps is almost always allowed: the bytes below U+0020 and the
    // lead byte 0xEF (of U+FFFE and U+FFFF, among others) are the only ones to look at.
    guard
      containsByte(clean, where: { $0 < 0x20 || $0 == 0xEF }),
      !clean.unicodeScalars.allSatisfy(isXMLCharacter)
    else { return clean }
    var scalars = String.UnicodeScalarView()
    for scalar in clean.unicodeScalars where isXMLCharacter(scalar) {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  /// Whether XML 1.0 allows `scalar` (`#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
  /// [#x10000-#x10FFFF]`; Swift strings hold no surrogates).
  static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: return true
    case 0x20...0xFFFD: return true
    case 0x10000...0x10FFFF: return true
    default: return false
    }
  }

  /// `text` cut to ``cellLimit`` UTF-16 code units, on a character boundary.
  static func truncated(_ text: String) -> String {
    // No more UTF-16 code units than UTF-8 bytes: a short text is not counted.
    guard text.utf8.count > cellLimit, text.utf16.count > cellLimit else { return text }
    var kept = ""
    var units = 0
    for character in text {
      let size = character.utf16.count
      if units + size > cellLimit { break }
      kept.append(character)
      units += size
    }
    return kept
  }

  /// `text` with the underscore of each `_xHHHH_` (H a hexadecimal digit) escaped as `_x005F_`.
  static func encodeUnderscores(_ text: String) -> String {
    // Only text with an underscore can hold one (a byte scan; the walk below decides).
    guard containsByte(text, where: { $0 == UInt8(ascii: "_") }), text.contains("_x") else {
      return text
    }
    let characters = Array(text)
    var out = ""
    var index = 0
    while index < characters.count {
      if characters[index] == "_", index + 6 < characters.count, characters[index + 1] == "x",
        characters[index + 2...index + 5].allSatisfy(\.isHexDigit), characters[index + 6] == "_"
      {
        out += "_x005F_"
      } else {
        out.append(characters[index])
      }
      index += 1
    }
    return out
  }

  /// `text` with `&`, `<`, `>`, `"` and `'` as entities.
  static func escape(_ text: String) -> String {
    // Most text has nothing to escape: it is returned as it is (issue 29).
    guard containsByte(text, where: isHTMLSpecial) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default: out.append(character)
      }
    }
    return out
  }

  /// A sheet name Excel accepts: without `[]:*?/\`, not starting or ending with `'`, at most 31
  /// characters, never empty.
  static func sheetName(_ name: String) -> String {
    var cleaned = String(allowed(name).map { "[]:*?/\\".contains($0) ? " " : $0 })
    while cleaned.hasPrefix("'") { cleaned.removeFirst() }
    while cleaned.hasSuffix("'") { cleaned.removeLast() }
    if cleaned.utf16.count > 31 {
      var kept = ""
      for character in cleaned {
        if kept.utf16.count + character.utf16.count > 31 { break }
        kept.append(character)
      }
      cleaned = kept
    }
    return cleaned.isEmpty ? "Sheet" : cleaned
  }
}
