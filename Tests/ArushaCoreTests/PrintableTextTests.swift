import ArushaCore
import Foundation
import Testing

/// The one sanitiser, against cli.md's rule: C0 and DEL out, C1 out as code points (never the
/// bytes inside a letter), bidirectional format characters out on a terminal only.
@Suite struct PrintableTextTests {
  static let bidirectionalFormat: [Unicode.Scalar] = [
    "\u{061C}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
    "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
  ]

  /// Letters whose UTF-8 bytes include 0x80–0x9F: é C3 A9 is not one, Ā C4 80, ğ C4 9F,
  /// € E2 82 AC and 漢 E6 BC A2 are.
  static let letters = "é Ā ğ € 漢字 ا"

  @Test(arguments: [PrintableText.Destination.terminal, .document])
  func controlsOutLettersIn(_ destination: PrintableText.Destination) {
    var controls = String.UnicodeScalarView()
    for value in Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F) {
      if let scalar = Unicode.Scalar(UInt32(value)), scalar != "\n", scalar != "\t",
        scalar != "\r"
      {
        controls.append(scalar)
      }
    }
    let text = "a" + String(controls) + Self.letters + "\u{1B}]0;pwned\u{7}z"
    let clean = PrintableText.sanitize(text, for: destination, keepLineBreaks: true)
    #expect(clean == "a" + Self.letters + "]0;pwnedz")
    #expect(
      Array(Self.letters.utf8).contains { (0x80...0x9F).contains($0) },
      "the letters do hold bytes 0x80–0x9F")
  }

  @Test func bidirectionalFormatCharactersOutOnATerminalOnly() {
    let text = "ab" + String(String.UnicodeScalarView(Self.bidirectionalFormat)) + "الجمارك"
    #expect(PrintableText.sanitize(text, for: .terminal, keepLineBreaks: false) == "abالجمارك")
    #expect(PrintableText.sanitize(text, for: .document, keepLineBreaks: false) == text)
    for scalar in Self.bidirectionalFormat {
      #expect(PrintableText.isBidirectionalFormat(scalar))
      #expect(PrintableText.isRemoved(scalar, for: .terminal))
      #expect(!PrintableText.isRemoved(scalar, for: .document))
    }
    // Neighbours that are not format characters stay: ZWJ in emoji, the Arabic letters.
    for scalar: Unicode.Scalar in ["\u{200D}", "\u{2065}", "\u{202F}", "\u{0627}", "\u{FEFF}"] {
      #expect(!PrintableText.isRemoved(scalar, for: .terminal))
    }
  }

  @Test func lineBreaksKeptOnlyWhenAsked() {
    let text = "one\r\ntwo\nthree\rfour\tfive"
    #expect(
      PrintableText.sanitize(text, for: .terminal, keepLineBreaks: true)
        == "one\ntwo\nthree\nfour\tfive")
    #expect(
      PrintableText.sanitize(text, for: .document, keepLineBreaks: false)
        == "one two three four five")
  }

  @Test func wholeOutputForATerminalLosesOnlyBidirectionalFormatCharacters() {
    let output = "\u{1B}[1mtitle\u{1B}[0m\r\n\"a\u{202E}b\"\t\u{2067}c\u{2069}\n"
    #expect(PrintableText.forTerminal(output) == "\u{1B}[1mtitle\u{1B}[0m\r\n\"ab\"\tc\n")
    #expect(PrintableText.forTerminal("plain é 漢字\n") == "plain é 漢字\n")
  }

  @Test func jsonWritesNoControlCharacterEvenEscaped() {
    let value = JSONValue.object([
      .init("a\u{1B}]0;x\u{7}\u{9B}", .string("b\u{1B}[2J\u{85}c\nd\te\r\nf\u{202E}é"))
    ])
    #expect(value.serialized(pretty: false) == "{\"a]0;x\": \"b[2Jc\\nd\\te\\nf\u{202E}é\"}")
  }

  /// U+2028 and U+2029 end a line on a terminal: a line break where lines are kept, a space in
  /// a one-line message; a document keeps them (issue 28, hostile workbooks).
  @Test func lineAndParagraphSeparatorsAreLineBreaksOnATerminalOnly() {
    let text = "a\u{2028}b\u{2029}c"
    #expect(PrintableText.sanitize(text, for: .terminal, keepLineBreaks: false) == "a b c")
    #expect(PrintableText.sanitize(text, for: .terminal, keepLineBreaks: true) == "a\nb\nc")
    #expect(PrintableText.sanitize(text, for: .document, keepLineBreaks: false) == text)
  }
}
