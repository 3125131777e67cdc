import ArushaTestSupport
import Testing

@testable import ArushaYAML

/// A loader error as plain text and places, so that the tests pin the exact wording (a
/// ``YAMLError`` can only be made from a message of YAMLMessages.swift).
struct Found: Hashable {
  /// A note as plain text and place.
  struct Note: Hashable {
    var message: String
    var mark: SourceMark

    init(_ message: String, at mark: SourceMark) {
      self.message = message
      self.mark = mark
    }
  }

  var message: String
  var mark: SourceMark
  var notes: [Note]

  init(_ message: String, at mark: SourceMark, notes: [Note] = []) {
    self.message = message
    self.mark = mark
    self.notes = notes
  }

  init(_ error: YAMLError) {
    self.init(
      error.message, at: error.mark, notes: error.notes.map { Note($0.message, at: $0.mark) })
  }
}

@Suite struct YAMLLoaderTests {
  let loader = YAMLLoader()

  func load(_ text: String) throws(YAMLError) -> YAMLDocument {
    try loader.load(Array(text.utf8))
  }

  func error(_ text: String, limits: YAMLLoader.Limits = .init()) -> Found? {
    error(Array(text.utf8), limits: limits)
  }

  func error(_ bytes: [UInt8], limits: YAMLLoader.Limits = .init()) -> Found? {
    do {
      _ = try YAMLLoader(limits: limits).load(bytes)
      return nil
    } catch {
      return Found(error)
    }
  }

  @Test func buildsTreeWithOneBasedMarks() throws {
    let source = MarkedText(
      """
      1️⃣title: 2️⃣Intégrité
      3️⃣factors:
        - 4️⃣id: 5️⃣'leadership'
          6️⃣weight: 7️⃣2
      """)
    let document = try loader.load(source.bytes)
    #expect(document.problems.isEmpty)
    let pairs = try #require(document.root.mapping)
    #expect(document.root.start == source["1️⃣"])
    #expect(pairs[0].key.start == source["1️⃣"])
    #expect(pairs[0].value.scalar == YAMLScalar("Intégrité"))
    #expect(pairs[0].value.start == source["2️⃣"])
    #expect(pairs[1].key.start == source["3️⃣"])
    let factor = try #require(pairs[1].value.sequence?.first?.mapping)
    #expect(factor[0].key.start == source["4️⃣"])
    #expect(factor[0].value.scalar == YAMLScalar("leadership", style: .singleQuoted))
    #expect(factor[0].value.start == source["5️⃣"])
    #expect(factor[1].key.start == source["6️⃣"])
    #expect(factor[1].value.start == source["7️⃣"])
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let source = MarkedText("{é: ü, ñ: 1️⃣x}")
    let document = try loader.load(source.bytes)
    let pairs = try #require(document.root.mapping)
    #expect(pairs[1].value.start == source["1️⃣"])
  }

  @Test func keepsScalarsAsTextWithoutYAML11Typing() throws {
    let document = try load("[no, yes, on, off, ~, 0x10, 1.0, 2024-07-02, '', \"no\"]")
    let items = try #require(document.root.sequence).compactMap(\.scalar)
    #expect(
      items.map(\.text) == ["no", "yes", "on", "off", "~", "0x10", "1.0", "2024-07-02", "", "no"])
    #expect(items[4].isNull)
    #expect(!items[9].isNull && items[9].style == .doubleQuoted)
  }

  @Test func scalarWithEscapedNulKeepsItsLength() throws {
    let document = try load("\"a\\0b\"")
    #expect(document.root.scalar?.text == "a\u{0}b")
  }

  @Test func duplicateKeyNamesBothPlacesAndKeepsTheFirstValue() throws {
    let source = MarkedText(
      """
      a: 1
      1️⃣id: first
      b:
        2️⃣id: x
        3️⃣id: y
      4️⃣id: second
      """)
    let document = try loader.load(source.bytes)
    #expect(
      document.problems.map(Found.init) == [
        Found(
          "duplicate key 'id'", at: source["3️⃣"],
          notes: [.init("'id' is first defined here", at: source["2️⃣"])]),
        Found(
          "duplicate key 'id'", at: source["4️⃣"],
          notes: [.init("'id' is first defined here", at: source["1️⃣"])]),
      ])
    let pairs = try #require(document.root.mapping)
    #expect(pairs.map { $0.key.scalar?.text } == ["a", "id", "b"])
    #expect(pairs[1].value.scalar?.text == "first")
    #expect(pairs[2].value.mapping?.count == 1)
  }

  /// A mapping with more keys than the loader scans (16) switches to an index: duplicates are
  /// found the same before and after the switch, against the first place each key was written.
  @Test func duplicateKeysInALargeMappingAreFoundBeforeAndAfterTheIndex() throws {
    let keys = (0..<40).map { "k\($0)" }
    var lines = keys.map { "\($0): \($0)" }
    lines.insert("k3: again", at: 10)  // line 11, before the switch
    lines.append("k20: again")  // line 42, after it
    lines.append("k0: again")  // line 43, a key from before the switch
    let document = try loader.load(Array(lines.joined(separator: "\n").utf8))
    #expect(
      document.problems.map(Found.init) == [
        Found(
          "duplicate key 'k3'", at: SourceMark(line: 11, column: 1),
          notes: [.init("'k3' is first defined here", at: SourceMark(line: 4, column: 1))]),
        Found(
          "duplicate key 'k20'", at: SourceMark(line: 42, column: 1),
          notes: [.init("'k20' is first defined here", at: SourceMark(line: 22, column: 1))]),
        Found(
          "duplicate key 'k0'", at: SourceMark(line: 43, column: 1),
          notes: [.init("'k0' is first defined here", at: SourceMark(line: 1, column: 1))]),
      ])
    let pairs = try #require(document.root.mapping)
    #expect(pairs.map { $0.key.scalar?.text } == keys)
    #expect(pairs[3].value.scalar?.text == "k3")
  }

  @Test func aliasesAreExpandedWithTheAliasMark() throws {
    let source = MarkedText(
      """
      scale: &m [0, 1, 2]
      copy: 1️⃣*m
      """)
    let document = try loader.load(source.bytes)
    let pairs = try #require(document.root.mapping)
    #expect(pairs[1].value.sequence?.compactMap(\.scalar?.text) == ["0", "1", "2"])
    #expect(pairs[1].value.aliasMark == source["1️⃣"])
    #expect(pairs[1].value.reportMark == source["1️⃣"])
  }

  @Test func unknownAliasIsAnErrorAtTheAlias() {
    let source = MarkedText("a: &x [1, 1️⃣*x]")
    #expect(
      error(source.text)
        == Found("unknown alias '*x': no anchor '&x' is defined before it", at: source["1️⃣"]))
  }

  @Test func billionLaughsStopsAtTheAliasThatCrossesTheBudget() {
    var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    let names = Array("abcdefghij")
    for index in 1..<names.count {
      let alias = "*\(names[index - 1])"
      lines.append(
        "\(names[index]): &\(names[index]) [\(Array(repeating: alias, count: 10).joined(separator: ", "))]"
      )
    }
    // Sizes: a = 11 nodes, b = 1 + 10 × 11 = 111, c = 1,111, d = 11,111. Expansion so far:
    // b adds 10 × 11 = 110, c adds 1,110, d adds 11,110: 12,330. Each '*d' in e adds 11,111,
    // and 12,330 + 8 × 11,111 = 101,218 > 100,000: the 8th '*d' on line 5 crosses the budget,
    // at column 8 + 7 × 4 = 36 ("e: &e [" is 7 characters, each "*d, " 4).
    let found = error(lines.joined(separator: "\n"))
    #expect(
      found
        == Found(
          "alias '*d' would expand the document past 100000 nodes",
          at: SourceMark(line: 5, column: 36)))
  }

  @Test func deepFlowNestingFailsAtTheFirstContainerPastTheLimit() {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(
      error(text)
        == Found("nesting is deeper than 64 levels", at: SourceMark(line: 1, column: 65)))
  }

  @Test func deepBlockNestingFails() {
    let text =
      (0..<200).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " x"
    let found = error(text)
    #expect(found?.message == "nesting is deeper than 64 levels")
    // Line k opens the k-th mapping at column k; the 65th is one too many.
    #expect(found?.mark == SourceMark(line: 65, column: 65))
  }

  @Test func tooLargeFileIsRefusedBeforeParsing() throws {
    let bytes = [UInt8](repeating: 0x61, count: 100 << 20)
    #expect(
      error(bytes)
        == Found(
          "the file is 104857600 bytes, more than the 4194304 bytes accepted", at: .start))
  }

  @Test func emptyAndCommentOnlyFiles() {
    #expect(error("") == Found("the file is empty", at: .start))
    #expect(
      error("# just a comment\n\n")
        == Found("the file holds no YAML document (only comments or blank lines)", at: .start))
  }

  @Test func secondDocumentIsAnError() {
    let source = MarkedText("a: 1\n1️⃣---\nb: 2\n")
    #expect(
      error(source.text)
        == Found(
          "a second document starts here; a file holds exactly one document", at: source["1️⃣"],
          notes: [.init("the first document", at: .start)]))
  }

  @Test func invalidUTF8IsPositioned() throws {
    var bytes = Array("a: 1\nb: caf".utf8)
    bytes.append(0xFF)
    #expect(
      error(bytes)
        == Found(
          "the file is not valid UTF-8: invalid leading UTF-8 octet (byte 0xFF)",
          at: SourceMark(line: 2, column: 7)))
  }

  @Test func controlCharacterIsPositioned() throws {
    let bytes = Array("a: b\u{1}c".utf8)
    #expect(
      error(bytes)
        == Found(
          "control characters are not allowed (U+0001)", at: SourceMark(line: 1, column: 5)))
  }

  @Test func syntaxErrorCarriesLibyamlProblemAndContext() {
    let source = MarkedText(
      """
      1️⃣title: x
      factors: [a, b
      2️⃣
      """)
    #expect(
      error(source.text)
        == Found(
          "did not find expected ',' or ']'", at: source["2️⃣"],
          notes: [.init("while parsing a flow sequence", at: SourceMark(line: 2, column: 10))]))
    let mapping = MarkedText("a: b: 1️⃣c")
    #expect(error(mapping.text)?.message == "mapping values are not allowed in this context")
    #expect(error(mapping.text)?.mark == SourceMark(line: 1, column: 5))
  }

  @Test func binaryGarbageFailsCleanly() {
    var generator = SplitMix64(seed: 42)
    for _ in 0..<200 {
      let bytes = (0..<512).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      #expect(throws: YAMLError.self) { try loader.load(bytes) }
    }
  }
}
