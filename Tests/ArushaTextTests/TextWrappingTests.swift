import Testing

@testable import ArushaText

/// Display width from the C library's table, and line breaking by display width with French
/// typography (cli.md, "The session in a real terminal").
@Suite struct TextWrappingTests {
  @Test(arguments: [
    ("abc", 3),
    ("é", 1),
    ("e\u{301}", 1),
    ("漢字", 4),
    ("テスト", 6),
    ("👍", 2),
    ("👍🏽", 2),
    ("👨‍👩‍👧", 2),
    ("🇫🇷", 2),
    ("🇳🇪🇸🇳", 4),
    ("❤️", 2),
    ("a\u{7}b", 2),
    ("\u{1B}[1mbold\u{1B}[0m", 4),
    ("Entrée\u{A0}:", 8),
    ("漢字テスト", 10),
  ])
  func widths(_ text: String, _ width: Int) {
    #expect(
      displayWidth(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
  }

  @Test func theSwiftTableAgreesWithTheCLibrary() {
    for scalar in "aé\u{301}漢字テスト👍\u{7}\u{A0}\u{202F}".unicodeScalars {
      #expect(
        fallbackScalarWidth(scalar) == scalarWidth(scalar), "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test func wideCharactersWrapByTheirWidth() {
    let lines = wrapText("漢字 漢字 漢字 漢字", width: 10)
    #expect(lines == ["漢字 漢字", "漢字 漢字"])
    #expect(lines.allSatisfy { displayWidth($0) <= 10 })
  }

  @Test(arguments: [" ", "\u{A0}", "\u{202F}"])
  func noLineStartsWithAClosingSign(_ space: String) {
    for sign in [";", ":", "?", "!", "»"] {
      let text = "« Est-ce que toutes les questions\(space)\(sign) sont\(space)» remplies"
      for width in 10...40 {
        let lines = wrapText(text, width: width)
        for line in lines {
          let first = line.first { !$0.isWhitespace }
          #expect(first.map { !WrapUnits.closing.contains($0) } ?? true, "\(width): \(lines)")
          #expect(line.last != "«", "\(width): \(lines)")
        }
      }
    }
  }

  @Test func aGuillemetStaysWithTheWordAfterIt() {
    #expect(wrapText("pour « sans objet »", width: 6) == ["pour", "« sans", "objet »"])
  }

  @Test func noBreakSpacesBind() {
    let help = "h\u{A0}aide\u{A0}· r\u{A0}récapitulatif\u{A0}· q\u{A0}quitter"
    #expect(
      wrapText(help, width: 20) == [
        "h\u{A0}aide\u{A0}·", "r\u{A0}récapitulatif\u{A0}·", "q\u{A0}quitter",
      ])
  }

  @Test func aUnitWiderThanTheLineBreaksAtItsNoBreakSpacesButNotBeforeASign() {
    let unit = "un\u{A0}numéro\u{A0}+\u{A0}Entrée\u{A0}:\u{A0}aller\u{A0}à\u{A0}cette\u{A0}question"
    let lines = wrapText(unit, width: 20)
    #expect(lines.allSatisfy { displayWidth($0) <= 20 }, "\(lines)")
    #expect(lines.allSatisfy { $0.first != ":" }, "\(lines)")
    #expect(lines.joined(separator: "\u{A0}") == unit)
  }

  @Test func escapesDoNotHideASign() {
    let text = "Toutes les questions \u{1B}[2m?\u{1B}[0m"
    let lines = wrapText(text, width: 12)
    #expect(lines.allSatisfy { !$0.hasPrefix("\u{1B}[2m?") }, "\(lines)")
  }

  @Test func theIndentCountsByWidth() {
    let lines = wrapText("aa bb cc", width: 6, indent: "漢")
    #expect(lines == ["aa bb", "漢cc"])
  }

  /// Every pair of printable ASCII and Latin-1 scalars (the soft hyphen left out, an
  /// escape and an accent as neighbours too): the byte count of ``displayWidth(_:)`` gives
  /// what walking its graphemes gives (issue 29).
  @Test func latinWidthIsTheGraphemeWalksWidth() {
    let scalars = (0x20...0x7E).map { $0 } + (0xA0...0xFF).map { $0 } + [0xAD, 0x1B, 0x301, 0x202F]
    var differing: [String] = []
    for first in scalars {
      for second in scalars {
        let text = String(
          String.UnicodeScalarView(
            [first, second, 0x41].compactMap { Unicode.Scalar(UInt32($0)) }))
        if displayWidth(text) != graphemeWalkWidth(text)
          || displayWidth(text[...]) != graphemeWalkWidth(text)
        {
          differing.append(text)
        }
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
    #expect(latinWidth("a\u{A0}b\u{E9}".utf8) == 4)
    #expect(latinWidth("e\u{301}".utf8) == nil)
    #expect(latinWidth("soft\u{AD}".utf8) == nil)
  }

  /// The byte checks of a word's first and last characters agree with the characters'.
  @Test(arguments: [
    "word", ";", ": ok", "?", "!x", "»", "\u{37E}", "a\u{301}", "«", "x«", "«\u{1B}[0m",
    "\u{1B}[1m;",
    "", " ", "1.\u{A0}Title", "Entrée\u{A0}:", "end:", "(a)", "a\u{1B}[0m",
  ])
  func wordEdgesAsTheirCharacters(_ word: String) {
    let characters = Array(word.filter { _ in true })
    let visible = word.contains("\u{1B}") ? nil : characters
    #expect(WrapUnits.endsOpening(word) == (WrapUnits.visibleLast(word) == "«"))
    if let visible {
      let closing =
        visible.first.map {
          WrapUnits.isSign($0, before: visible.dropFirst().first)
        } ?? false
      #expect(WrapUnits.startsClosing(word) == closing)
    }
  }

  /// Words split at the bytes are the words split at the characters.
  @Test(arguments: [
    "", " ", "  a  b ", "1.\u{A0}Title; 2.\u{A0}Other", "a \u{301}b", "Entrée : fin", "x\u{AD} y",
    "漢字 テスト", "\u{1B}[1m a",
  ])
  func wordsAsTheCharactersSplitThem(_ text: String) {
    #expect(
      WrapUnits.words(of: text) == text.split(separator: " ", omittingEmptySubsequences: false))
  }
}
