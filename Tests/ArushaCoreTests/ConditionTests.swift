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

  // MARK: Conditions that can never be true (issue 22, kind 6)

  /// Questions of every type, in this order: s (scale 0–2), c (choice 1, 3), y (yesno),
  /// m (multi 1, 2, 4), n (number 0–10), lo (number ≥ 5), hi (number ≤ 5), free (number),
  /// t (text).
  static let questions: [Question] = {
    func option(_ value: Double) -> AnswerOption {
      AnswerOption(value: value, label: LocalizedText(["en": "o"]))
    }
    let kinds: [(String, Question.Kind)] = [
      ("s", .scale(name: "s", options: [0, 1, 2].map(option))),
      ("c", .choice([1, 3].map(option))),
      ("y", .yesno),
      ("m", .multi([1, 2, 4].map(option))),
      ("n", .number(min: 0, max: 10)),
      ("lo", .number(min: 5, max: nil)),
      ("hi", .number(min: nil, max: 5)),
      ("free", .number(min: nil, max: nil)),
      ("t", .text),
    ]
    return kinds.map { Question(id: $0.0, kind: $0.1, text: LocalizedText(["en": "Q"])) }
  }()

  /// The problems of `source` as the condition of a question after all of ``questions``
  /// (`earlier` replaces them when given), as "OFFSET: MESSAGE".
  func problems(_ source: String, questions: [Question] = Self.questions) -> [String] {
    var positions: [String: Int] = [:]
    for (index, question) in questions.enumerated() { positions[question.id] = index }
    let checker = ConditionChecker(
      questions: questions, positions: positions, allIDs: Set(positions.keys))
    var budget = ConditionSatisfiability.fileBudget
    return checker.check(source, at: questions.count, budget: &budget).1.map {
      "\($0.offset): \($0.message.text)"
    }
  }

  @Test func everyOrderingOperatorOnAScaleOrChoice() {
    // Never true: no option value makes it hold; the finding is at the compared value.
    #expect(problems("s >= 5") == ["5: 's >= 5' can never be true: the values of 's' are 0, 1, 2"])
    #expect(problems("s > 2") == ["4: 's > 2' can never be true: the values of 's' are 0, 1, 2"])
    #expect(problems("s < 0") == ["4: 's < 0' can never be true: the values of 's' are 0, 1, 2"])
    #expect(
      problems("s <= -1") == ["5: 's <= -1' can never be true: the values of 's' are 0, 1, 2"])
    #expect(problems("c > 3") == ["4: 'c > 3' can never be true: the values of 'c' are 1, 3"])
    #expect(problems("c < 1") == ["4: 'c < 1' can never be true: the values of 'c' are 1, 3"])
    // Possible: some value makes it hold (the bounds themselves included).
    for source in ["s >= 2", "s > 1.5", "s < 1", "s <= 0", "c > 1", "c <= 1", "s != 1", "c == 3"] {
      #expect(problems(source) == [], "\(source)")
    }
    // Equality with a value the question does not have (unchanged: its own message).
    #expect(problems("c == 2") == ["5: 2 is not an option value of 'c' (1, 3)"])
    #expect(problems("s != 7") == ["5: 7 is not an option value of 's' (0, 1, 2)"])
  }

  @Test func everyOperatorOnANumberWithBounds() {
    #expect(
      problems("n > 10") == ["4: 'n > 10' can never be true: 'n' is a number from 0 to 10"])
    #expect(
      problems("n >= 11") == ["5: 'n >= 11' can never be true: 'n' is a number from 0 to 10"])
    #expect(problems("n < 0") == ["4: 'n < 0' can never be true: 'n' is a number from 0 to 10"])
    #expect(
      problems("n <= -0.5") == ["5: 'n <= -0.5' can never be true: 'n' is a number from 0 to 10"])
    #expect(
      problems("n == 12") == ["5: 'n == 12' can never be true: 'n' is a number from 0 to 10"])
    #expect(
      problems("lo < 5") == ["5: 'lo < 5' can never be true: 'lo' is a number of at least 5"])
    #expect(
      problems("hi > 5") == ["5: 'hi > 5' can never be true: 'hi' is a number of at most 5"])
    for source in [
      "n > 9.5", "n >= 10", "n < 0.5", "n <= 0", "n == 10", "n != 10", "lo > 1000", "hi < -1000",
      "free > 1e9", "free < -1e9", "free == 3",
    ] {
      #expect(problems(source) == [], "\(source)")
    }
  }

  @Test func yesNoMultiAndTextComparisonsStayPossible() {
    for source in [
      "y == yes", "y == no", "y != yes", "m includes 4", #"t == "x""#, #"t != "x""#,
      "answered(t)", "not answered(y)",
    ] {
      #expect(problems(source) == [], "\(source)")
    }
    // A multi value it does not offer (unchanged: its own message).
    #expect(problems("m includes 3") == ["11: 3 is not an option value of 'm' (1, 2, 4)"])
  }

  @Test func conditionsFalseByConstruction() {
    let never = { (ids: String) in
      "0: this condition can never be true, whatever the answers to \(ids), so the question is never shown"
    }
    #expect(problems("s == 0 and s == 2") == [never("'s'")])
    #expect(problems("s > 0 and s < 1") == [never("'s'")])
    #expect(problems("n > 4 and n < 3") == [never("'n'")])
    #expect(problems("y == yes and y == no") == [never("'y'")])
    #expect(problems("y == yes and not answered(y)") == [never("'y'")])
    #expect(problems("not answered(c) and c == 3") == [never("'c'")])
    #expect(problems(#"t == "a" and t == "b""#) == [never("'t'")])
    #expect(problems("m includes 1 and not m includes 1") == [never("'m'")])
    #expect(problems("(s == 0 or s == 1) and s == 2 and y == yes") == [never("'s', 'y'")])
    // Possible ones, including every answer missing.
    for source in [
      "s == 0 or s == 2", "n > 3 and n < 4", "not (s == 0 and s == 2)", "not answered(s)",
      "m includes 1 and m includes 4", #"t == "a" or t == "b""#, "y == no and s == 2",
      "free > 1 and free < 2", "not s == 1",
    ] {
      #expect(problems(source) == [], "\(source)")
    }
  }

  @Test func aQuestionHiddenByItsOwnConditionHasNoValue() {
    // b is asked only when a is 0: `a == 2 and b == yes` can never be true.
    var follow = Question(id: "b", kind: .yesno, text: LocalizedText(["en": "B"]))
    follow.condition = .compare("a", .equal, .number(0))
    let scale = Question(
      id: "a",
      kind: .scale(
        name: "s",
        options: [0, 1, 2].map { AnswerOption(value: $0, label: LocalizedText(["en": "o"])) }),
      text: LocalizedText(["en": "A"]))
    #expect(
      problems("a == 2 and b == yes", questions: [scale, follow]) == [
        "0: this condition can never be true, whatever the answers to 'a', 'b' (a question hidden by its own condition has no value), so the question is never shown"
      ])
    #expect(problems("a == 0 and b == yes", questions: [scale, follow]) == [])
    #expect(problems("a == 2 and not answered(b)", questions: [scale, follow]) == [])
  }

  @Test func tooManyCombinationsAreNotJudged() {
    // 13 yes/no questions: 3^13 combinations, past the bound; nothing is said, nothing hangs.
    let many = (0..<13).map {
      Question(id: "y\($0)", kind: .yesno, text: LocalizedText(["en": "Q"]))
    }
    let source = (0..<13).map { "y\($0) == yes" }.joined(separator: " and ") + " and y0 == no"
    #expect(problems(source, questions: many) == [])
    #expect(ConditionSatisfiability.maxCombinations == 4096)
  }

  @Test func theFileBudgetIsSpentAndThenNothingIsJudged() throws {
    let checker = ConditionChecker(
      questions: Self.questions,
      positions: Dictionary(
        uniqueKeysWithValues: Self.questions.enumerated().map { ($0.element.id, $0.offset) }),
      allIDs: Set(Self.questions.map(\.id)))
    var budget = ConditionSatisfiability.fileBudget
    // The condition has 3 nodes: one pass to make the candidates, then 's' has 4 (none, 0,
    // 1, 2): 3 + 12 evaluations.
    #expect(
      checker.check("s == 0 and s == 2", at: Self.questions.count, budget: &budget).1.count == 1)
    #expect(budget == ConditionSatisfiability.fileBudget - 15)
    // Too little left: the pass is charged, the condition not judged.
    var spent = 11
    #expect(checker.check("s == 0 and s == 2", at: Self.questions.count, budget: &spent).1.isEmpty)
    #expect(spent == 8)
    var none = 0
    #expect(checker.check("s == 0 and s == 2", at: Self.questions.count, budget: &none).1.isEmpty)
    #expect(none == 0)
  }
}
