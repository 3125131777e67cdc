import ArushaTestSupport
import Testing

@testable import ArushaYAML

@Suite struct YAMLWriterTests {
  static let awkwardStrings = [
    "no", "yes", "on", "off", "No", "OFF", "y", "n", "true", "False", "null", "Null", "~", "",
    "1.0", "0x10", "0o17", "017", "1_000", "+1", "-1", ".5", ".inf", "-.inf", ".NaN", "1e3",
    "2024-07-02", "2024-07-02T09:00:00Z", "12:30:00", "<<", "=",
    " leading", "trailing ", "  both  ", "line\nbreak", "two\n\nblank", "trailing newline\n",
    "\n leading newline", "tab\there", "quote ' single", "quote \" double", "# not a comment",
    "a # hash", "key: value", "- dash", "[flow]", "{map}", "&anchor", "*alias", "!tag", "%dir",
    "@at", "`tick", "|", ">", "?", ":", "-", "---", "...", "Intégrité", "Contrôle et enquête ?",
    "日本語", "emoji 🧭", "crlf\r\nline", "nul\u{0}byte", "bell\u{7}", "nbsp\u{A0}", "\u{FEFF}bom",
    "line sep\u{2028}x", "  \n  ", "trailing spaces  \nnext", "a\\b",
  ]

  func roundTrip(_ value: YAMLValue) throws -> YAMLNode {
    let bytes = try YAMLWriter().write(value)
    return try YAMLLoader().load(bytes).root
  }

  @Test(arguments: awkwardStrings)
  func stringReadsBackIdentical(_ text: String) throws {
    let node = try roundTrip(
      .mapping([.init("value", .string(text)), .init(text, .string("key"))]))
    let pairs = try #require(node.mapping)
    #expect(pairs[0].value.scalar?.text == text)
    #expect(pairs[1].key.scalar?.text == text)
    #expect(pairs[0].value.scalar?.isNull == false, "a string must never read back as null")
  }

  @Test func randomStringsReadBackIdentical() throws {
    var generator = SplitMix64(seed: 7)
    let alphabet = Array("ab yn01.:-#'\"\n\t\\ é~!&*?|>%@`[]{},\r\u{85}\u{2028}")
    for _ in 0..<2_000 {
      let length = Int(generator.next() % 12)
      let text = String(
        (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      let node = try roundTrip(.sequence([.string(text)]))
      #expect(node.sequence?.first?.scalar?.text == text, "\(text.debugDescription)")
    }
  }

  @Test func writesAReadableDocument() throws {
    let value = YAMLValue.mapping([
      .init("format", .plain("arusha/response-1")),
      .init("round", .string("2024")),
      .init("respondent", .null),
      .init("started", .plain("2024-07-02T09:00:00Z")),
      .init(
        "answers",
        .mapping([
          .init(
            "leadership.strategy",
            .mapping([.init("value", .number(2)), .init("comment", .string("Adopté en 2021."))])),
          .init(
            "audit.channels",
            .mapping([.init("value", .sequence([.number(1), .number(3)], flow: true))])),
          .init("hr.scale", .mapping([.init("value", .number(2.5))])),
          .init("none", .mapping([.init("value", .sequence([], flow: true))])),
        ])),
    ])
    let text = String(
      decoding: try YAMLWriter().write(value, header: ["written by a test"]), as: UTF8.self)
    #expect(
      text == """
        # written by a test
        format: arusha/response-1
        round: "2024"
        respondent: null
        started: 2024-07-02T09:00:00Z
        answers:
          leadership.strategy:
            value: 2
            comment: Adopté en 2021.
          audit.channels:
            value: [1, 3]
          hr.scale:
            value: 2.5
          none:
            value: []

        """)
  }

  @Test func multilineTextUsesALiteralBlock() throws {
    let text = String(
      decoding: try YAMLWriter().write(.mapping([.init("comment", .string("one\ntwo\n"))])),
      as: UTF8.self)
    #expect(text == "comment: |\n  one\n  two\n")
  }
}
