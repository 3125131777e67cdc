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
