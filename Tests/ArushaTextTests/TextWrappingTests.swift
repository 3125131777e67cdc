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
}
