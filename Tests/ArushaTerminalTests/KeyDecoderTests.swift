import Testing

@testable import ArushaTerminal

@Suite struct KeyDecoderTests {
  func keys(_ bytes: [UInt8], flush: Bool = true) -> [Key] {
    var decoder = KeyDecoder()
    var keys = bytes.compactMap { decoder.feed($0) }
    if flush, let key = decoder.flush() { keys.append(key) }
    return keys
  }

  @Test func arrowsInNormalAndApplicationMode() {
    #expect(
      keys([0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42, 0x1B, 0x5B, 0x43, 0x1B, 0x5B, 0x44]) == [
        .up, .down, .right, .left,
      ])
    #expect(keys([0x1B, 0x4F, 0x41, 0x1B, 0x4F, 0x44]) == [.up, .left])
  }

  @Test func homeEndPagingDeleteAndShiftTab() {
    #expect(
      keys(Array("\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[Z".utf8))
        == [.home, .end, .home, .end, .pageUp, .pageDown, .delete, .backTab])
  }

  @Test func enterTabBackspaceAndEndOfInput() {
    #expect(
      keys([0x0D, 0x0A, 0x09, 0x7F, 0x08, 0x04]) == [
        .enter, .enter, .tab, .backspace, .backspace, .endOfInput,
      ])
  }

  @Test func loneEscapeOnlyAfterFlush() {
    var decoder = KeyDecoder()
    #expect(decoder.feed(0x1B) == nil)
    #expect(decoder.isPending)
    #expect(decoder.flush() == .escape)
    #expect(!decoder.isPending)
  }

  @Test func sequenceSplitAcrossReadsStillDecodes() {
    var decoder = KeyDecoder()
    #expect(decoder.feed(0x1B) == nil)
    #expect(decoder.feed(0x5B) == nil)
    #expect(decoder.feed(0x42) == .down)
  }

  @Test func utf8Characters() {
    #expect(
      keys(Array("aé€🧭".utf8)) == [
        .character("a"), .character("é"), .character("€"), .character("🧭"),
      ])
  }
}

@Suite struct KeyDecoderPasteTests {
  /// Decodes `chunks` as separate reads, as the runner does: it flushes only when the
  /// decoder says bytes are pending (never inside a paste).
  func keys(_ chunks: [String]) -> [Key] {
    var decoder = KeyDecoder()
    var keys: [Key] = []
    for chunk in chunks {
      keys += Array(chunk.utf8).compactMap { decoder.feed($0) }
      if decoder.isPending, let key = decoder.flush() { keys.append(key) }
    }
    return keys
  }

  @Test func aBracketedPasteIsOneEvent() {
    #expect(
      keys(["a\u{1B}[200~line 1\nline 2\r\nq\u{1B}[201~b"]) == [
        .character("a"), .paste("line 1\nline 2\r\nq"), .character("b"),
      ])
  }

  @Test func aPasteSplitAcrossReadsIsStillOneEvent() {
    #expect(
      keys(["\u{1B}[200~Dé", "jà\u{1B}", "[20", "1~y"]) == [.paste("Déjà"), .character("y")])
    let text = "Déjà vu, 漢字\nyes"
    let bytes = Array("\u{1B}[200~\(text)\u{1B}[201~".utf8)
    // Every split point, inside a UTF-8 character and inside both markers too; once the
    // paste has begun, even a timeout's flush between the reads changes nothing.
    for split in 1..<bytes.count {
      var decoder = KeyDecoder()
      var keys: [Key] = []
      for chunk in [Array(bytes[..<split]), Array(bytes[split...])] {
        keys += chunk.compactMap { decoder.feed($0) }
        if split >= 6 { _ = decoder.flush() }
      }
      #expect(keys == [.paste(text)], "split at byte \(split)")
    }
  }

  @Test func escapeSequencesInsideAPasteAreText() {
    #expect(
      keys(["\u{1B}[200~a\u{1B}[Ab\u{1B}[20x\u{1B}[201~"]) == [.paste("a\u{1B}[Ab\u{1B}[20x")])
  }

  @Test func aPasteIsBoundedAndKeepsWholeCharacters() {
    let long = String(repeating: "é", count: KeyDecoder.maximumPasteBytes)
    let decoded = keys(["\u{1B}[200~" + long + "\u{1B}[201~", "z"])
    guard case .paste(let text)? = decoded.first else {
      Issue.record("no paste: \(decoded)")
      return
    }
    #expect(text.utf8.count <= KeyDecoder.maximumPasteBytes)
    #expect(text.allSatisfy { $0 == "é" })
    #expect(decoded.dropFirst() == [.character("z")], "keys after the paste are read again")
  }

  @Test func ctrlUAndCtrlZ() {
    #expect(keys(["\u{15}\u{1A}"]) == [.clearLine, .suspend])
  }
}
