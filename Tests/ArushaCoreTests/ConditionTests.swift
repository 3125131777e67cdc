import Testing

@testable import ArushaCore

@Suite struct ConditionTests {
  func parse(_ source: String) throws -> Condition {
    try ConditionParser.parse(source).0
  }

  /// The offset and message of the syntax error in `source`, or nil when it parses.
  func syntaxError(_ source: String) -> String? {
    do {
      _ = try ConditionParser.parse(source)
      return nil
    } catch {
      return "\(error.offset): \(error.message.text)"
    }
  }

  @Test func precedenceIsNotThenAndThenOr() throws {
    #expect(
      try parse("not a == yes and b >= 2 or answered(c)")
        == .or(
          .and(.not(.compare("a", .equal, .yes)), .compare("b", .greaterOrEqual, .number(2))),
          .answered("c")))
    #expect(
      try parse("a == yes and (b < 1 or c includes 3)")
        == .and(
          .compare("a", .equal, .yes), .or(.compare("b", .less, .number(1)), .includes("c", 3))))
    #expect(try parse(#"t != "a \"b\"""#) == .compare("t", .notEqual, .string(#"a "b""#)))
    #expect(try parse("n > -1.5") == .compare("n", .greater, .number(-1.5)))
  }

  @Test func syntaxErrorsCarryTheirOffset() {
    #expect(syntaxError("not ") == "4: expected a question id, found the end of the condition")
    #expect(syntaxError(#"t == "abc"#) == "5: unterminated string")
    #expect(syntaxError("a == yes && b == no") == "9: unexpected character '&'")
    #expect(
      syntaxError("a == maybe")
        == "5: expected a number, yes, no or a double-quoted string, found 'maybe'")
  }

  @Test func evaluationFollowsTheSpec() throws {
    let values: [String: AnswerValue] = [
      "s": .number(2), "y": .number(1), "m": .selection([1, 3]), "t": .text("oui"),
      "none": .selection([]),
    ]
    func holds(_ source: String) throws -> Bool { try parse(source).evaluate { values[$0] } }
    #expect(try holds("s >= 2 and s < 3 and s != 1"))
    #expect(try holds("y == yes") && !holds("y == no") && holds("y != no"))
    #expect(try holds("m includes 3") && !holds("m includes 2") && !holds("none includes 1"))
    #expect(try holds(#"t == "oui""#) && !holds(#"t == "non""#))
    // A question with no value (unanswered, hidden, na, unknown): comparisons are false…
    #expect(try !holds("missing == 0") && !holds("missing != 0") && !holds("missing includes 1"))
    // …so `not` of one is true, and answered() tells the difference.
    #expect(try holds("not missing == 0") && !holds("answered(missing)") && holds("answered(none)"))
  }

  @Test func referencesInSourceOrder() throws {
    #expect(try parse("a == yes or (b > 1 and answered(c))").references == ["a", "b", "c"])
  }
}
