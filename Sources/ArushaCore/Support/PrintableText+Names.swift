import Foundation

extension PrintableText {
  /// A name from a file (an administration, a round, a role, a respondent) as every format
  /// prints it: its control characters shown, not removed, so that `"\tNiger Customs"` prints
  /// `␉Niger Customs` and not the ` Niger Customs` of a name with a leading space.
  ///
  /// Issue 22 (kind 7, "two different names printed the same"): the sanitiser turns tabs and
  /// line breaks into spaces and removes other controls, which is right for text but makes
  /// two different groups look like one. Names keep a visible trace instead:
  /// - the C0 controls U+0000–U+001F become their control pictures U+2400–U+241F
  ///   (␀ … ␉ ␊ ␋ ␌ ␍ … ␛ … ␟), and DEL becomes ␡ (U+2421);
  /// - the C1 controls U+0080–U+009F, which have no picture, are spelled `<U+0085>`.
  ///
  /// Everything else is kept; renderers still pass the result through
  /// ``sanitize(_:for:keepLineBreaks:)`` for their destination (which then finds no control).
  ///
  /// - Parameter name: The name as the file has it.
  /// - Returns: The name with every control character visible; the same string when it has none.
  public static func name(_ name: String) -> String {
    guard name.unicodeScalars.contains(where: isControl) else { return name }
    var result = ""
    for scalar in name.unicodeScalars {
      switch scalar.value {
      case 0x00...0x1F:
        result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
      case 0x7F: result.unicodeScalars.append("\u{2421}")
      case 0x80...0x9F: result += spelled(scalar)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The printed form of each of `names` such that two different names never print alike, in
  /// any format: a terminal table, a CSV opened in a spreadsheet, HTML (which collapses
  /// spaces), JSON.
  ///
  /// Each name is ``name(_:)``. Names that would then read the same (the same text once
  /// invisible characters are dropped, runs of spaces made one, spaces at either end removed
  /// and Unicode composed, NFC) are spelled out, each of them: invisible characters (format
  /// controls such as U+200B, bidirectional controls, other default-ignorable code points) as
  /// `<U+200B>`, a space at either end or after another space as `␠` (U+2420), other spaces
  /// (U+00A0…) as `<U+00A0>`. Names that still read the same after that (another Unicode
  /// form of one text, a name that holds `␉` itself) get ` (2)`, ` (3)`… after the first, in
  /// code-point order. Groups are never merged: this only changes how names print.
  ///
  /// - Parameter names: Names from files, in any order, repeats allowed.
  /// - Returns: The printed form of each distinct name, keyed by its UTF-8 bytes (names are
  ///   compared byte for byte, as ``ComparisonTally/Key`` does).
  public static func distinctNames(_ names: some Sequence<String>) -> [[UInt8]: String] {
    var unique: [String] = []
    var seen: Set<[UInt8]> = []
    for name in names where seen.insert(Array(name.utf8)).inserted { unique.append(name) }
    unique.sort(by: NaturalOrder.codePointPrecedes)

    let shown = unique.map(self.name)
    var byKey: [String: Int] = [:]
    for name in shown { byKey[readingKey(name), default: 0] += 1 }
    var printed: [[UInt8]: String] = [:]
    var taken: Set<String> = []
    var clashing: [String] = []
    for (name, shown) in zip(unique, shown) {
      if byKey[readingKey(shown)] == 1 {
        printed[Array(name.utf8)] = shown
        taken.insert(readingKey(shown))
      } else {
        clashing.append(name)
      }
    }
    // Spelled out, then numbered where spelling is not enough; `taken` holds what reads the
    // same as a name already printed, so a number never lands on another name.
    for name in clashing {
      var shown = spelledOut(self.name(name))
      if taken.contains(readingKey(shown)) {
        var number = 2
        while taken.contains(readingKey("\(shown) (\(number))")) { number += 1 }
        shown += " (\(number))"
      }
      taken.insert(readingKey(shown))
      printed[Array(name.utf8)] = shown
    }
    return printed
  }

  /// What a reader sees of `text`: composed (NFC), without invisible characters, each run
  /// of spaces one space, no space at either end.
  static func readingKey(_ text: String) -> String {
    visibleWords(text.precomposedStringWithCanonicalMapping.unicodeScalars)
  }

  /// `scalars` without invisible characters, each run of spaces one space, no space at either
  /// end: what a reader sees, whatever the spacing (also ``AdministrationNames/folded(_:)``'s).
  static func visibleWords(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in scalars {
      if isInvisible(scalar) { continue }
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(" ") }
      pendingSpace = false
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  /// `text` with its invisible characters and its hidden spaces spelled out.
  static func spelledOut(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = ""
    for (index, scalar) in scalars.enumerated() {
      if isInvisible(scalar) {
        result += spelled(scalar)
      } else if scalar == " " {
        let hidden =
          index == 0 || index == scalars.count - 1 || scalars[index - 1].properties.isWhitespace
        result += hidden ? "\u{2420}" : " "
      } else if scalar.properties.isWhitespace {
        result += spelled(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `<U+200B>`: a code point by its number, four hexadecimal digits at least.
  static func spelled(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ">"
  }

  /// Whether `scalar` prints as nothing: a control, a format character (U+200B, U+00AD,
  /// U+FEFF, the bidirectional controls…) or another default-ignorable code point.
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    let category = scalar.properties.generalCategory
    return category == .format || category == .control
      || scalar.properties.isDefaultIgnorableCodePoint
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    default: return false
    }
  }
}
