import ArushaTestSupport
import Foundation
import Testing

@testable import ArushaCore

/// Issue 24: a `number` question's `per: {question: ID, scale: N}` reports its value also as
/// `value / denominator × N`, and compare averages the normalised values per group.
///
/// The fixture (`Fixtures/figures`): `sanctions` per 100 `staff`, `cases` per 10 `staff`;
/// `staff` is asked only when `register == yes`, and may be "don't know" or "not applicable".
/// Its responses, by hand:
/// - Alpha 2024: staff 400, sanctions 6 → 6 / 400 × 100 = 1.5; cases 8 → 8 / 400 × 10 = 0.2.
/// - Beta 2025 (three): staff 200, sanctions 3 → 1.5, cases 2 → 0.1; staff 50, sanctions 2
///   → 4, cases 0 → 0; staff "don't know", sanctions 5 → none. Means: sanctions (1.5 + 4) / 2
///   = 2.75 over 2 responses, cases (0.1 + 0) / 2 = 0.05 over 2.
/// - Gamma 2025: no register (staff hidden), sanctions 4 → none: no mean, 0 responses.
@Suite struct NormalizedFigureTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/figures")

  static func questionnaire() throws -> Questionnaire {
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
    let result = QuestionnaireDecoder().decode(bytes)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    return try #require(result.questionnaire)
  }

  /// The key figures of `answers` (register yes unless given), by question id.
  static func figures(_ answers: [String: Answer]) throws -> [String: KeyFigure] {
    var all: [String: Answer] = ["policy": .value(.number(1)), "register": .value(.number(1))]
    all.merge(answers) { _, new in new }
    let score = ResponseScorer.score(try questionnaire(), answers: all)
    return Dictionary(uniqueKeysWithValues: score.figures.map { ($0.question, $0) })
  }

  @Test func perIsReadIntoTheModel() throws {
    let questions = try Self.questionnaire().questions
    #expect(
      questions.first { $0.id == "sanctions" }?.per
        == Question.Per(question: "staff", scale: 100))
    #expect(questions.first { $0.id == "cases" }?.per == Question.Per(question: "staff", scale: 10))
    #expect(questions.first { $0.id == "staff" }?.per == nil)
  }

  /// 6 sanctions for 400 staff: 1.5 per 100; 8 cases: 0.2 per 10.
  ///
  /// The denominator itself has no `per`: no normalised value and no reason.
  @Test func theValueIsDividedByTheDenominatorTimesTheScale() throws {
    let figures = try Self.figures([
      "sanctions": .value(.number(6)), "cases": .value(.number(8)), "staff": .value(.number(400)),
    ])
    #expect(figures["sanctions"]?.normalized == 1.5)
    #expect(figures["sanctions"]?.unavailable == nil)
    #expect(figures["sanctions"]?.per == Question.Per(question: "staff", scale: 100))
    #expect(figures["cases"]?.normalized == 0.2)
    #expect(figures["staff"]?.value == 400)
    #expect(figures["staff"]?.normalized == nil && figures["staff"]?.unavailable == nil)
    #expect(figures["staff"]?.per == nil)
  }

  /// No normalised value, and why, for each answer of the denominator that gives none.
  @Test(
    arguments: [
      ("missing", nil, KeyFigure.Unavailable.missing),
      ("unknown", Answer(state: .unknown), .unknown),
      ("na", Answer.notApplicable("No register of staff"), .notApplicable),
      ("zero", Answer.value(.number(0)), .zero),
      ("negative", Answer.value(.number(-3)), .negative),
    ] as [(String, Answer?, KeyFigure.Unavailable)])
  func aDenominatorWithoutAPositiveValueGivesNone(
    _ name: String, _ staff: Answer?, _ reason: KeyFigure.Unavailable
  ) throws {
    var answers: [String: Answer] = ["sanctions": .value(.number(6))]
    answers["staff"] = staff
    let figure = try #require(try Self.figures(answers)["sanctions"], "\(name)")
    #expect(figure.value == 6)
    #expect(figure.normalized == nil, "\(name)")
    #expect(figure.unavailable == reason, "\(name)")
  }

  /// A denominator its condition hides gives none, even with an answer in the file (a hidden
  /// question's answer is ignored, as in scoring).
  @Test func aHiddenDenominatorGivesNone() throws {
    let figure = try #require(
      try Self.figures([
        "register": .value(.number(0)), "sanctions": .value(.number(6)),
        "staff": .value(.number(400)),
      ])["sanctions"])
    #expect(figure.normalized == nil && figure.unavailable == .hidden)
  }

  /// A figure "don't know" is listed as not available and has nothing to normalise (no
  /// value, no reason: the figure itself is missing); scores are not touched by `per` (the
  /// factor is the yes/no questions' mean).
  @Test func figuresAreNeverScored() throws {
    let questionnaire = try Self.questionnaire()
    let score = ResponseScorer.score(
      questionnaire,
      answers: [
        "policy": .value(.number(1)), "register": .value(.number(0)),
        "sanctions": Answer(state: .unknown), "staff": .value(.number(400)),
      ])
    // `register` is no, so `staff` is hidden and no figure.
    #expect(score.figures.map(\.question) == ["sanctions"])
    #expect(score.figures[0].value == nil && score.figures[0].normalized == nil)
    #expect(score.figures[0].unavailable == nil)
    #expect(score.factors[0].score == 50)
  }

  /// The compare fast path reads the same normalised values as the full decoder.
  @Test func theFastPathSummarisesTheSameFigures() throws {
    let questionnaire = try Self.questionnaire()
    let plan = ScoringPlan(questionnaire)
    for name in ["alpha-2024", "beta-2025-1", "beta-2025-2", "beta-2025-3", "gamma-2025"] {
      let bytes = [UInt8](
        try Data(contentsOf: Self.folder.appendingPathComponent("responses/\(name).yaml")))
      let fast = try #require(ResponseSummarizer.summarize(bytes) { _ in plan }, "\(name)")
      let header = try #require(ResponseDecoder.header(bytes).header, "\(name)")
      let response = try #require(
        ResponseDecoder.decode(header, questionnaire: questionnaire).response, "\(name)")
      let slow = ResponseSummary(
        response, score: ResponseScorer.score(plan, answers: response.answers))
      #expect(fast.summary == slow, "\(name)")
    }
    let alpha = [UInt8](
      try Data(contentsOf: Self.folder.appendingPathComponent("responses/alpha-2024.yaml")))
    #expect(
      ResponseSummarizer.summarize(alpha) { _ in plan }?.summary.figures
        == ["sanctions": 1.5, "cases": 0.2])
  }

  /// The tally of the five responses, compared.
  static func comparison(minimumRespondents: Int = 1) throws -> Comparison {
    let questionnaire = try questionnaire()
    let plan = ScoringPlan(questionnaire)
    var tally = ComparisonTally()
    for name in ["alpha-2024", "beta-2025-1", "beta-2025-2", "beta-2025-3", "gamma-2025"] {
      let bytes = [UInt8](
        try Data(contentsOf: folder.appendingPathComponent("responses/\(name).yaml")))
      tally.add(try #require(ResponseSummarizer.summarize(bytes) { _ in plan }).summary)
    }
    return Comparator.compare(
      tally, questionnaire: questionnaire,
      options: ComparisonOptions(minimumRespondents: minimumRespondents))
  }

  /// Each group's figure is the mean of its responses' normalised values, over those that
  /// have one.
  @Test func compareTakesTheMeanOfTheNormalisedValuesPerGroup() throws {
    let comparison = try Self.comparison()
    #expect(comparison.figureQuestions.map(\.id) == ["sanctions", "cases"])
    #expect(comparison.groups.map(\.administration) == ["Alpha", "Beta", "Gamma"])
    #expect(
      comparison.groups[0].figures
        == [.init(mean: 1.5, responses: 1), .init(mean: 0.2, responses: 1)])
    let beta = comparison.groups[1].figures
    #expect(beta.map(\.responses) == [2, 2])
    #expect(abs((beta[0].mean ?? 0) - 2.75) < 1e-12)
    #expect(abs((beta[1].mean ?? 0) - 0.05) < 1e-12)
    #expect(
      comparison.groups[2].figures
        == [.init(mean: nil, responses: 0), .init(mean: nil, responses: 0)])
  }

  /// A suppressed group shows no figure: not even its normalised means.
  @Test func aSuppressedGroupHasNoFigures() throws {
    let comparison = try Self.comparison(minimumRespondents: 2)
    #expect(comparison.groups.map(\.suppressed) == [true, false, true])
    #expect(comparison.groups[0].figures.isEmpty && comparison.groups[2].figures.isEmpty)
    #expect(comparison.groups[1].figures.map(\.responses) == [2, 2])
  }

  // MARK: validate

  /// Decodes `source` and checks its diagnostics are exactly `expected` (marker, severity,
  /// message), in order.
  func check(
    _ source: String, _ expected: [(String, Diagnostic.Severity, String)],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let marked = MarkedText(source)
    let result = QuestionnaireDecoder().decode(marked.bytes)
    let found = result.diagnostics.map { "\($0.mark) \($0.severity): \($0.message)" }
    let wanted = expected.map { "\(marked[$0.0]) \($0.1): \($0.2)" }
    #expect(found == wanted, sourceLocation: sourceLocation)
  }

  static let header = """
    format: arusha/questionnaire-1
    id: t
    version: "1"
    title: T
    factors:
      - id: f
        title: F
        questions:

    """

  /// Each wrong `per`, at the place to fix.
  @Test func validateSaysWhereAPerIsWrong() {
    check(
      Self.header + """
            - {id: staff, type: number, text: S?, help: H, unit: staff}
            - {id: kind, type: yesno, text: K?, help: H, 1️⃣per: {question: staff, scale: 100}}
            - {id: a, type: number, text: A?, help: H, per: {question: 2️⃣stuff, scale: 100}}
            - {id: b, type: number, text: B?, help: H, per: {question: 3️⃣kind, scale: 100}}
            - {id: c, type: number, text: C?, help: H, per: {question: 4️⃣c, scale: 100}}
            - {id: d, type: number, text: D?, help: H, per: 5️⃣{question: staff}}
            - {id: e, type: number, text: E?, help: H, per: {question: staff, scale: 6️⃣0}}
            - {id: g, type: number, text: G?, help: H, per: {question: staff, scale: 7️⃣-5}}
            - {id: h, type: number, text: H?, help: H, per: {question: staff, scale: 100, 8️⃣unit: staff}}
            - {id: i, type: number, text: I?, help: H, per: 9️⃣100}
        """,
      [
        ("1️⃣", .error, "'per' does not apply to a 'yesno' question"),
        ("2️⃣", .error, "unknown question 'stuff' in 'per'; did you mean 'staff'?"),
        (
          "3️⃣", .error,
          "'per' needs a 'number' question as its denominator; 'kind' is a 'yesno' question"
        ),
        (
          "4️⃣", .error,
          "'per' of 'c' names the question itself: name the number question that counts the denominator (e.g. the staff headcount)"
        ),
        ("5️⃣", .error, "missing required key 'scale' in 'per'"),
        ("6️⃣", .error, "'per' scale must be greater than 0, found 0"),
        ("7️⃣", .error, "'per' scale must be greater than 0, found -5"),
        ("8️⃣", .error, "unknown key 'unit' in 'per'"),
        ("9️⃣", .error, "expected 'per' (a mapping), found '100'"),
      ])
  }

  /// A denominator without `unit` is a warning: reports can only name it by its number.
  @Test func aDenominatorWithoutAUnitIsAWarning() {
    check(
      Self.header + """
            - {id: a, type: number, text: A?, help: H, per: {question: 1️⃣staff, scale: 100}}
            - {id: staff, type: number, text: S?, help: H}
        """,
      [
        (
          "1️⃣", .warning,
          "question 'staff', the denominator of 'per', has no 'unit': reports name it by its number ('1.0 per 100 (Q2)'); give it one, e.g. 'unit: {en: staff, fr: agents}'"
        )
      ])
  }
}
