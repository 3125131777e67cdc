/// Numbers as people type and read them in the session's language (cli.md, "Numbers by
/// language"), for the full-screen session and line mode alike.
///
/// In English a comma groups thousands (`1,500`, `12,345`) and a point is the decimal
/// separator (`3.5`). In French a comma is the decimal separator (`3,5`) and a space, a
/// no-break space or a narrow no-break space groups thousands (`12 345`); a point is read as
/// a decimal point (`3.5`) unless it looks like grouping (`12.345`, `1.500`), which is
/// ambiguous. Input that could mean two numbers (`1,5` in English) is never guessed at: the
/// session asks again with an example.
public enum NumberReading {
  /// What a typed number reads as.
  public enum Outcome: Sendable, Hashable {
    /// A number.
    case number(Double)
    /// It could be two different numbers (`1,5` in English, `12.345` in French).
    case ambiguous
    /// It is not a number.
    case invalid
  }

  /// The spaces that group thousands.
  static let groupSpaces: Set<Character> = [" ", "\u{A0}", "\u{202F}"]

  /// Reads `text` (trimmed) as a number in `language` (`fr`, or else English).
  public static func read(_ text: String, language: String) -> Outcome {
    var body = Substring(text)
    while let first = body.first, first.isWhitespace { body.removeFirst() }
    while let last = body.last, last.isWhitespace { body.removeLast() }
    var sign = ""
    if let first = body.first, first == "-" || first == "+" || first == "\u{2212}" {
      sign = first == "+" ? "" : "-"
      body.removeFirst()
    }
    guard !body.isEmpty else { return .invalid }
    let french = language.hasPrefix("fr")
    let decimalMark: Character = french ? "," : "."
    let otherMark: Character = french ? "." : ","
    // The digits before the decimal mark, with what groups them, and the fraction.
    let parts = body.split(separator: decimalMark, omittingEmptySubsequences: false)
    guard parts.count <= 2 else {
      // Several decimal marks: `1,500,000` in French could be grouping, `1.5.3` is nothing.
      return french && parts.allSatisfy(isDigits) ? .ambiguous : .invalid
    }
    var whole = parts[0]
    let fraction = parts.count == 2 ? parts[1] : nil
    if let fraction, !fraction.isEmpty, !isDigits(fraction) && !hasExponent(fraction) {
      return containsOnlyNumberCharacters(body) ? .ambiguous : .invalid
    }
    // French `1,500`: a decimal comma, or the English habit of grouping thousands? Asked
    // again, as English `1,5` is (three digits after it, one to three before, not `0,125`).
    if french, let fraction, fraction.count == 3, isDigits(fraction), isDigits(whole),
      (1...3).contains(whole.count), whole.first != "0"
    {
      return .ambiguous
    }
    if whole.contains(otherMark) {
      if french {
        // A point alone: a decimal point, unless the digits after it come in threes.
        guard fraction == nil else { return .ambiguous }
        let pieces = whole.split(separator: ".", omittingEmptySubsequences: false)
        if isGrouped(pieces) { return .ambiguous }
        guard pieces.count == 2, isDigits(pieces[0]) || pieces[0].isEmpty,
          isDigits(pieces[1]) || hasExponent(pieces[1])
        else { return .invalid }
        return parse(sign + whole)
      }
      // English: a comma groups thousands, only in groups of three.
      let pieces = whole.split(separator: ",", omittingEmptySubsequences: false)
      guard isGrouped(pieces) else {
        return pieces.allSatisfy(isDigits) ? .ambiguous : .invalid
      }
      whole = Substring(pieces.joined())
    } else if whole.contains(where: groupSpaces.contains) {
      let pieces = whole.split(omittingEmptySubsequences: false) { groupSpaces.contains($0) }
      guard isGrouped(pieces) else { return .invalid }
      whole = Substring(pieces.joined())
    }
    return parse(sign + whole + (fraction.map { "." + $0 } ?? ""))
  }

  /// `value` as the session shows it in `language`: `3.5` / `3,5`, and from 10 000 on with
  /// thousands grouped (`12,345` / `12 345`, a narrow no-break space).
  public static func format(_ value: Double, language: String) -> String {
    let french = language.hasPrefix("fr")
    guard value.isFinite, abs(value) < 1e15 else { return String(value) }
    var text = value == value.rounded() ? String(Int64(value)) : String(value)
    if text.contains("e") { return french ? text.replacingDot() : text }
    let negative = text.hasPrefix("-")
    if negative { text.removeFirst() }
    let split = text.split(separator: ".", maxSplits: 1)
    var whole = String(split[0])
    if whole.count >= 5 {
      var grouped: [Character] = []
      for (index, digit) in whole.reversed().enumerated() {
        if index > 0, index % 3 == 0 { grouped.append(french ? "\u{202F}" : ",") }
        grouped.append(digit)
      }
      whole = String(grouped.reversed())
    }
    let fraction = split.count > 1 ? (french ? "," : ".") + split[1] : ""
    return (negative ? "-" : "") + whole + fraction
  }

  private static func parse(_ text: String) -> Outcome {
    NumberSyntax.parse(text).map { .number($0) } ?? .invalid
  }

  private static func isDigits(_ text: Substring) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
  }

  private static func hasExponent(_ text: Substring) -> Bool {
    NumberSyntax.parse("0." + text) != nil
  }

  /// Whether `pieces` are digit groups: 1 to 3 digits, then groups of exactly 3.
  private static func isGrouped(_ pieces: [Substring]) -> Bool {
    guard pieces.count >= 2, let first = pieces.first, isDigits(first), first.count <= 3 else {
      return false
    }
    return pieces.dropFirst().allSatisfy { isDigits($0) && $0.count == 3 }
  }

  private static func containsOnlyNumberCharacters(_ text: Substring) -> Bool {
    text.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }
  }
}

extension String {
  fileprivate func replacingDot() -> String {
    String(map { $0 == "." ? "," : $0 })
  }
}
