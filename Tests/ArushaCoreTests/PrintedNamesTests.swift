import ArushaCore
import Foundation
import Testing

/// Names from files as every format prints them (issue 22, kind 7): controls shown as
/// pictures, and two different names never printed alike.
@Suite struct PrintedNamesTests {
  @Test func controlsBecomePicturesAndNothingElseChanges() {
    #expect(PrintableText.name("\tNiger\nCustoms\r") == "␉Niger␊Customs␍")
    #expect(PrintableText.name("\u{0}\u{1B}\u{1F}\u{7F}") == "␀␛␟␡")
    #expect(PrintableText.name("a\u{85}b\u{9B}c") == "a<U+0085>b<U+009B>c")
    // Letters whose UTF-8 bytes hold 0x80–0x9F are letters, not C1 controls.
    #expect(PrintableText.name("Ā ğ € 漢字 Sénégal") == "Ā ğ € 漢字 Sénégal")
    #expect(PrintableText.name(" Niger  Customs ") == " Niger  Customs ")
  }

  @Test func theFourNamesOfTheIssuePrintApart() {
    let names = ["\tX Customs", "\nX Customs", "\rX Customs", " X Customs"]
    let printed = PrintableText.distinctNames(names + names)
    #expect(printed.count == 4)
    #expect(
      names.map { printed[Array($0.utf8)] }
        == ["␉X Customs", "␊X Customs", "␍X Customs", " X Customs"])
    // With a plain "X Customs" among them, the name with a leading space shows it.
    let withPlain = PrintableText.distinctNames(names + ["X Customs"])
    #expect(withPlain[Array(" X Customs".utf8)] == "␠X Customs")
    #expect(withPlain[Array("X Customs".utf8)] == "X Customs")
  }

  @Test func namesAloneAreNotSpelledOut() {
    // A Persian name needs its zero-width non-joiner; alone, nothing is spelled out.
    let persian = "گمرک\u{200C}ها"
    let printed = PrintableText.distinctNames([persian, " Benin", "Niger  Customs", "Togo"])
    #expect(printed[Array(persian.utf8)] == persian)
    #expect(printed[Array(" Benin".utf8)] == " Benin")
    #expect(printed[Array("Niger  Customs".utf8)] == "Niger  Customs")
  }

  @Test func namesThatReadAlikeAreSpelledOut() {
    let names = [
      "Niger Customs", "Niger\u{200B} Customs", "Niger  Customs", "Niger Customs ",
      "Niger\u{A0}Customs", "Niger\u{202E} Customs",
    ]
    let printed = PrintableText.distinctNames(names)
    #expect(
      names.map { printed[Array($0.utf8)] ?? "" }
        == [
          "Niger Customs", "Niger<U+200B> Customs", "Niger ␠Customs", "Niger Customs␠",
          "Niger<U+00A0>Customs", "Niger<U+202E> Customs",
        ])
    // Case is seen: those print apart as they are.
    let cased = PrintableText.distinctNames(["Niger Customs", "niger customs"])
    #expect(cased[Array("niger customs".utf8)] == "niger customs")
  }

  @Test func whatSpellingCannotTellApartIsNumbered() {
    // The same text in two Unicode forms, and a name that holds the picture itself.
    let composed = "S\u{E9}n\u{E9}gal"
    let decomposed = "Se\u{301}ne\u{301}gal"
    let printed = PrintableText.distinctNames([decomposed, composed, "␉Togo", "\tTogo", "Togo (2)"])
    let shown = [composed, decomposed, "␉Togo", "\tTogo"].map { printed[Array($0.utf8)] ?? "" }
    // In code-point order the decomposed form (e U+0065) comes before the composed (é U+00E9).
    #expect(shown[1] == decomposed && shown[0] == composed + " (2)")
    // "\tTogo" (U+0009) comes first and prints ␉Togo; the literal ␉Togo is numbered.
    #expect(shown[3] == "␉Togo" && shown[2] == "␉Togo (2)")
    #expect(Set(printed.values).count == printed.count)
  }
}
