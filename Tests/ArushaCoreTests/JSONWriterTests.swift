import ArushaCore
import Testing

@Suite struct JSONWriterTests {
  @Test func aWholeDocumentReadsAsWritten() {
    var json = JSONWriter()
    json.object { json in
      json.member("id")
      json.string("rad")
      json.member("empty")
      json.object { _ in }
      json.member("none")
      json.array { _ in }
      json.member("items")
      json.array([1.0, nil, 2.5, -0.0, 3.0000000001]) { $0.number($1) }
      json.member("flags")
      json.array { json in
        json.bool(true)
        json.null()
        json.integer(-4)
        json.string(nil)
      }
    }
    let expected = """
      {
        "id": "rad",
        "empty": {},
        "none": [],
        "items": [
          1.0,
          null,
          2.5,
          0.0,
          3.0
        ],
        "flags": [
          true,
          null,
          -4,
          null
        ]
      }
      """
    #expect(String(decoding: json.bytes, as: UTF8.self) == expected)
  }

  @Test func onOneLineItemsAreSeparatedByACommaAndASpace() {
    var json = JSONWriter(pretty: false)
    json.object { json in
      json.member("a")
      json.array([1, 2]) { $0.integer($1) }
      json.member("b")
      json.object { json in
        json.member("c")
        json.string("d")
      }
    }
    #expect(String(decoding: json.bytes, as: UTF8.self) == #"{"a": [1, 2], "b": {"c": "d"}}"#)
  }

  @Test func stringsAreSanitisedAndEscapedNamesToo() {
    var json = JSONWriter(pretty: false)
    json.object { json in
      json.member("k\u{1B}[31m\"")
      json.string("line\nnext\ttab \\ \u{7}bell \u{2028}")
    }
    #expect(
      String(decoding: json.bytes, as: UTF8.self)
        == #"{"k[31m\"": "line\nnext\ttab \\ bell \u2028"}"#)
  }

  /// Runs of plain bytes are copied at once; what sits between them is escaped, and other
  /// characters that start with the byte E2 (… ‘ ’ €) are written as they are.
  @Test func plainRunsAroundEscapesAndOtherE2CharactersStayWhole() {
    var json = JSONWriter(pretty: false)
    json.string("…‘a’ € \u{2029}\"z\"\u{2028}…")
    #expect(String(decoding: json.bytes, as: UTF8.self) == #""…‘a’ € \u2029\"z\"\u2028…""#)
  }

  @Test func aJSONValueIsWrittenByTheSameWriter() {
    let value = JSONValue.object([
      .init("n", .integer(3)), .init("list", .array([.string("x"), .object([])])),
      .init("score", .number(62.5)), .init("gone", .null),
    ])
    var json = JSONWriter()
    json.value(value)
    #expect(value.bytes() == json.bytes)
    #expect(
      value.serialized()
        == "{\n  \"n\": 3,\n  \"list\": [\n    \"x\",\n    {}\n  ],\n  \"score\": 62.5,\n  \"gone\": null\n}"
    )
  }
}
