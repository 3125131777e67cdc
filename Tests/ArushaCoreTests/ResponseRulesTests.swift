import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// The response format's rules are stated once (``ResponseRules``, ``AnswerRule``) and both
/// readers follow them: the full decoder and compare's fast path give the same verdict and
/// the same answer on every shape of answer for every question type (issue 23, item 3).
@Suite struct ResponseRulesTests {
  /// One question of each type, with and without `na` and `unknown`, and evidence expected
  /// where the type allows it.
  static let questionnaireText = """
    format: arusha/questionnaire-1
    id: matrix
    version: "1"
    title: {en: Matrix}
    languages: [en, fr]
    scales:
      m:
        - {value: 0, label: {en: None}}
        - {value: 1, label: {en: Some}}
        - {value: 2, label: {en: Full}}
    factors:
      - id: f
        title: {en: F}
        questions:
          - {id: q-scale, type: scale, scale: m, allow_na: true, evidence: expected, text: {en: Q}, help: {en: H}}
          - {id: q-choice, type: choice, allow_unknown: false, options: [{value: 0, label: {en: A}}, {value: 5, label: {en: B}}, {value: 10, label: {en: C}}], text: {en: Q}, help: {en: H}}
          - {id: q-yesno, type: yesno, allow_na: true, text: {en: Q}, help: {en: H}}
          - {id: q-multi, type: multi, evidence: expected, options: [{value: 1, label: {en: A}}, {value: 2, label: {en: B}}, {value: -1, label: {en: C}}], text: {en: Q}, help: {en: H}}
          - {id: q-number, type: number, min: -5, max: 100, required: false, text: {en: Q}, help: {en: H}}
          - {id: q-text, type: text, required: false, text: {en: Q}, help: {en: H}}
    """

  static let questionnaire: Questionnaire? = QuestionnaireDecoder().decode(
    Array(questionnaireText.utf8)
  ).questionnaire

  /// Values as they may be written after `value: `: fitting some types, none or all.
  static let values: [String] = [
    "0", "1", "2", "5", "10", "-1", "-5", "-6", "100", "101", "1.0", "1e0", "01", "+1", "0x1",
    ".5", "1e400", ".nan", ".inf", "'1'", "\"1\"", "yes", "true", "null", "~", "''", "\"\"",
    "[]", "[1]", "[1, 2]", "[2, 1, -1]", "[1, 1]", "[3]", "['1']", "[null]", "[[1]]", "{}",
    "{a: 1}", "text", "\"two words\"", "!!str 1", "&a 1", "!!int 1", "[&b 1]",
    "'" + String(repeating: "x", count: ResponseLimits.textLength) + "'",
    "'" + String(repeating: "x", count: ResponseLimits.textLength + 1) + "'",
    // Two bytes a character: within the limit in characters, over it in bytes.
    "'" + String(repeating: "é", count: ResponseLimits.textLength) + "'",
    "'" + String(repeating: "é", count: ResponseLimits.textLength + 1) + "'",
  ]

  /// Whole answers: a value, a state, and how the keys go together.
  static let answers: [String] =
    values.map { "{value: \($0)}" } + [
      "{state: na, justification: Does not apply}", "{state: na}",
      "{state: na, justification: ' '}",
      "{state: unknown}", "{state: Unknown}", "{state: n/a}", "{state: 1}", "{state: [na]}",
      "{state: null}", "{value: null}", "{value: null, state: null}", "{}", "null", "[1]", "1",
      "{value: 1, state: unknown}", "{value: 1, state: null}", "{value: null, state: unknown}",
      "{value: 1, justification: Why}", "{state: unknown, justification: Why}",
      "{value: 1, comment: Seen}", "{value: 1, comment: 3}", "{value: 1, comment: [a]}",
      "{value: 1, comment: null}", "{value: 1, evidence: Decision 12}", "{value: 1, evidence: ' '}",
      "{value: 1, evidence: 0}", "{value: 2, evidence: Decision 12}",
      "{value: [1, 2], evidence: D}",
      "{value: 1, evidence: {a: 1}}", "{value: 1, extra: 1}", "{value: 1, Value: 1}",
      "{value: 1, value: 2}", "{value: 1, comment: !!str x}", "{value: 1, state: !!str na}",
      "{state: &s unknown}",
      "{value: 1, comment: '"
        + String(repeating: "é", count: ResponseLimits.textLength) + "'}",
      "{value: 1, comment: '" + String(repeating: "x", count: ResponseLimits.textLength + 1) + "'}",
      "{state: na, justification: '" + String(repeating: "x", count: ResponseLimits.textLength + 1)
        + "'}",
    ]

  /// A response in arusha's shape whose only answer is `answer` to `id`.
  static func response(_ id: String, _ answer: String) -> [UInt8] {
    Array(
      """
      format: arusha/response-1
      questionnaire:
        id: matrix
        version: "1"
        sha256: \(String(repeating: "ab", count: 32))
      administration: Customs
      round: "2024"
      role: null
      language: en
      status: in-progress
      started: 2024-07-02T09:00:00Z
      updated: 2024-07-02T10:00:00Z
      completed: null
      answers:
        \(id): \(answer)

      """.utf8)
  }

  /// What the decoder reads: nil when it refuses the file.
  static func slow(_ bytes: [UInt8], _ questionnaire: Questionnaire) -> Response? {
    guard let header = ResponseDecoder.header(bytes).header else { return nil }
    return ResponseDecoder.decode(header, questionnaire: questionnaire).response
  }

  /// What the fast path reads: nil when it leaves the file to the decoder.
  static func fast(_ bytes: [UInt8], _ plan: ScoringPlan) -> ResponseSummarizer.Outcome? {
    ResponseSummarizer.summarize(bytes) { $0.id == plan.questionnaire.id ? plan : nil }
  }

  /// Whether the fast path must leave `text` to the decoder whatever it holds: an anchor, an
  /// alias or a tag (the shape it takes is the one arusha writes).
  static func hasProperties(_ text: String) -> Bool {
    text.contains("!!") || text.contains("&")
  }

  @Test func bothReadersGiveTheSameVerdictAndAnswerOnEveryShapeForEveryType() throws {
    let questionnaire = try #require(Self.questionnaire)
    let plan = ScoringPlan(questionnaire)
    var accepted = 0
    var refused = 0
    for question in questionnaire.questions {
      for answer in Self.answers {
        let bytes = Self.response(question.id, answer)
        let slow = Self.slow(bytes, questionnaire)
        let fast = Self.fast(bytes, plan)
        let what = "\(question.kind.typeName) \(question.id): \(answer.prefix(60))"
        if Self.hasProperties(answer) {
          #expect(fast == nil, "the fast path takes \(what)")
          continue
        }
        #expect((fast != nil) == (slow != nil), "verdicts differ on \(what)")
        guard let fast, let slow else {
          refused += 1
          continue
        }
        accepted += 1
        // The same answer, as the kernel reads it, for every question (evidence is compared
        // through the scores: the fast path reads it only where an answer can be unsupported).
        let decoded = questionnaire.questions.map {
          ScoringKernel.ItemAnswer(slow.answers[$0.id]).state
        }
        #expect(fast.answers.map(\.state) == decoded, "answers differ on \(what)")
        var header = slow
        header.answers = [:]
        #expect(fast.response == header, "headers differ on \(what)")
        let score = ResponseScorer.score(questionnaire, answers: slow.answers)
        #expect(fast.summary == ResponseSummary(slow, score: score), "scores differ on \(what)")
      }
    }
    // Each type accepts some shapes and refuses others, so the matrix checks something.
    #expect(accepted >= 6 * 8 && refused >= 6 * 40, "\(accepted) accepted, \(refused) refused")
  }

  /// Header values that each reader must judge alike.
  @Test func bothReadersJudgeTheHeaderAlike() throws {
    let questionnaire = try #require(Self.questionnaire)
    let plan = ScoringPlan(questionnaire)
    let identity = ResponseLimits.identityLength
    let replacements: [(old: String, new: String)] = [
      ("role: null", "role: null"),
      ("role: null", "role: management"),
      ("role: null", "role: ' '"),
      ("role: null", "role: [a]"),
      ("role: null", "role: ~"),
      ("role: null", "respondent: " + String(repeating: "é", count: identity)),
      ("role: null", "respondent: " + String(repeating: "é", count: identity + 1)),
      ("completed: null", "completed: null\nextra: 1"),
      ("format: arusha/response-1", "format: arusha/response-2"),
      ("language: en", "language: fr"),
      ("language: en", "language: de"),
      ("language: en", "language: EN"),
      ("language: en", "language: null"),
      ("status: in-progress", "status: complete"),
      ("status: in-progress", "status: done"),
      ("round: \"2024\"", "round: 2024"),
      ("round: \"2024\"", "round: ''"),
      ("updated: 2024-07-02T10:00:00Z", "updated: yesterday"),
      ("updated: 2024-07-02T10:00:00Z", "updated: null"),
      ("id: matrix", "id: Matrix"),
      ("version: \"1\"", "version: ' '"),
      ("sha256: ab", "sha256: AB"),
      ("administration: Customs", "administration: null"),
      ("completed: null", ""),
      ("format: arusha/response-1\n", ""),
    ]
    let base = String(decoding: Self.response("q-yesno", "{value: 1}"), as: UTF8.self)
    let variants = replacements.map {
      Array(base.replacingOccurrences(of: $0.old, with: $0.new).utf8)
    }
    for bytes in variants {
      let slow = Self.slow(bytes, questionnaire)
      let fast = Self.fast(bytes, plan)
      let text = String(decoding: bytes, as: UTF8.self)
      #expect((fast != nil) == (slow != nil), "verdicts differ on\n\(text)")
      if let fast, var slow {
        slow.answers = [:]
        #expect(fast.response == slow, "\(text)")
      }
    }
  }

  @Test func everyQuestionTypeHasItsRuleAndIsInTheMatrix() throws {
    let questionnaire = try #require(Self.questionnaire)
    // A type added to the format without a rule, or without a row in the matrix above, fails
    // here: the matrix is the proof that both readers follow the one rule.
    #expect(Set(questionnaire.questions.map(\.kind.typeName)) == Set(FormatSchema.questionTypes))
    for question in questionnaire.questions {
      let rule = AnswerRule(question.kind)
      switch (question.kind, rule) {
      case (.scale(_, let options), .option(let values)),
        (.choice(let options), .option(let values)),
        (.multi(let options), .selection(let values)):
        #expect(options.map(\.value) == values)
      case (.yesno, .yesno), (.text, .text): break
      case (.number(let low, let high), .number(let min, let max)):
        #expect(low == min && high == max)
      default:
        Issue.record("\(question.kind.typeName) has the rule \(rule)")
      }
    }
  }

  @Test func theSchemaIsMadeFromTheTables() {
    for (object, keys) in [
      (ResponseSchema.response, ResponseRules.response),
      (ResponseSchema.reference, ResponseRules.reference),
      (ResponseSchema.answer, ResponseRules.answer),
    ] {
      #expect(object.properties.map(\.name) == keys.map(\.name))
      #expect(object.properties.map(\.required) == keys.map(\.required))
    }
  }

  /// The readers hold no rule of their own: no key of the format and no question type is
  /// named in them; they take both from the tables.
  @Test func theReadersNameNoKeyAndNoType() throws {
    let words =
      (ResponseRules.response + ResponseRules.reference + ResponseRules.answer).map(\.name)
      + ResponseRules.Words.status.list + ResponseRules.Words.answerState.list
    for path in [
      "Sources/ArushaCore/Response/ResponseDecoder.swift",
      "Sources/ArushaCore/Comparison/ResponseSummarizer.swift",
      "Sources/ArushaFiles/ComparisonLoader.swift",
    ] {
      let text = try String(
        contentsOf: TestPaths.packageRoot.appendingPathComponent(path), encoding: .utf8)
      for word in words {
        #expect(!text.contains("\"\(word)\""), "\(path) names '\(word)'")
      }
      for type in FormatSchema.questionTypes {
        #expect(!text.contains("case .\(type)"), "\(path) reads the type '\(type)' itself")
      }
      #expect(!text.contains("ItemKind"), "\(path) reads the plan's scoring kinds")
      #expect(!text.contains("ResponseLimits."), "\(path) applies a limit itself")
    }
  }
}
