import ArushaTestSupport
import Foundation
import Testing

@testable import ArushaCore

/// Issue 24's findings in the scorer, hand-computed on `Fixtures/findings`: the "not
/// applicable" answers listed, a key figure answered "don't know" kept as not available, and
/// the relative strengths of a response without a strength; and compare's count of "not
/// applicable" answers on both of its paths.
///
/// The fixture's scale `m` has the values 0..4; every factor is a `mean`, `strength: 75`,
/// `improvement: 50`, no `critical_cap`.
@Suite struct FindingsTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/findings")

  static func questionnaire() throws -> Questionnaire {
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
    let result = QuestionnaireDecoder().decode(bytes)
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent("responses/\(name).yaml")))
  }

  static func response(_ name: String, _ questionnaire: Questionnaire) throws -> Response {
    let header = try #require(ResponseDecoder.header(try bytes(name)).header)
    let result = ResponseDecoder.decode(header, questionnaire: questionnaire)
    return try #require(result.response, "\(result.diagnostics)")
  }

  static func score(_ name: String) throws -> ResponseScore {
    let questionnaire = try questionnaire()
    return ResponseScorer.score(questionnaire, answers: try response(name, questionnaire).answers)
  }

  /// The relative strengths of `middling.yaml`, which has no strength.
  ///
  /// One = (¾ + ½) / 2 = 62.5 (o1 n/a); two = (3 × 1 + 0) / 4 = 75 with the
  /// critical t2 "no"; three, four, five = ½ → 50 each; low = ¼ → 25; six has only x1, n/a:
  /// no score. No factor is a strength (two reaches 75 but has a critical gap), so the best
  /// three by score are named, with the ties of the third: one, then three, four and five
  /// (all 50, file order). Two is left out for its critical gap though it scores best, low
  /// for being below the third, six for having no score.
  @Test func relativeStrengthsIncludeTiesAndLeaveOutACriticalGap() throws {
    let score = try Self.score("middling")
    let byID = Dictionary(uniqueKeysWithValues: score.factors.map { ($0.factor, $0) })
    #expect(byID["one"]?.score == 62.5)
    #expect(byID["two"]?.score == 75 && byID["two"]?.criticalGap == true)
    #expect(byID["two"]?.strength == false)
    #expect(["three", "four", "five"].allSatisfy { byID[$0]?.score == 50 })
    #expect(byID["low"]?.score == 25 && byID["six"]?.score == nil)
    #expect(abs((score.overall ?? 0) - 312.5 / 6) < 1e-9)
    #expect(score.strengths.isEmpty)
    #expect(score.relativeStrengths == ["one", "three", "four", "five"])
    #expect(score.improvements == ["two", "low"])
  }

  /// `strong.yaml`: two = 100 (t2 "yes"), three = 100, six = 75: three strengths, so no
  /// relative strength.
  @Test func noRelativeStrengthWhenAFactorIsAStrength() throws {
    let score = try Self.score("strong")
    #expect(score.strengths == ["two", "three", "six"])
    #expect(score.relativeStrengths.isEmpty)
  }

  /// `empty.yaml` (in progress) answers only o1 and x1, both n/a: no factor has a score, so
  /// none is a relative strength.
  @Test func noRelativeStrengthWhenNoFactorHasAScore() throws {
    let score = try Self.score("empty")
    #expect(score.factors.allSatisfy { $0.score == nil })
    #expect(score.strengths.isEmpty && score.relativeStrengths.isEmpty)
  }

  /// The rule on its own: best first, ties of the third within 1e-9 kept, fewer than three
  /// when fewer qualify, never a factor with a critical gap, without a score, or at 0.
  @Test func theRuleOnFactorLists() {
    func factor(_ id: String, _ score: Double?, gap: Bool = false, strength: Bool = false)
      -> FactorScore
    {
      FactorScore(
        factor: id, score: score, uncapped: score, capped: false, level: nil, coverage: nil,
        answered: 0, unknown: 0, notApplicable: 0, missing: 0, absent: 0, unsupported: 0,
        criticalGap: gap, strength: strength, improvement: false)
    }
    let rule = ResponseScorer.relativeStrengths
    // 40 and 40 + 1e-12 tie; the third is 30, and both 30s are kept; 20 is not.
    #expect(
      rule(
        [
          factor("a", 30), factor("b", 40), factor("c", 20), factor("d", 40 + 1e-12),
          factor("e", 30),
        ], 3) == ["b", "d", "a", "e"])
    // A critical gap is never named, however high; no score and 0 neither.
    #expect(
      rule([factor("a", 70, gap: true), factor("b", nil), factor("c", 0), factor("d", 10)], 3)
        == ["d"])
    #expect(rule([factor("a", 0), factor("b", nil)], 3).isEmpty)
    // Some strength: none.
    #expect(rule([factor("a", 80, strength: true), factor("b", 60)], 3).isEmpty)
    #expect(rule([factor("a", 60), factor("b", 50), factor("c", 40)], 2) == ["a", "b"])
  }

  /// The "not applicable" answers, scored or not, in file order; a hidden question's stored
  /// `na` answer is ignored, as every answer to a hidden question is.
  @Test func notApplicableAnswersAreListed() throws {
    #expect(try Self.score("middling").notApplicable == ["o1", "x1"])
    #expect(try Self.score("strong").notApplicable == ["o1"])
    // The rules fixture: d3 is shown only when d1 >= 2.
    let rules = try #require(
      QuestionnaireDecoder().decode(
        [UInt8](
          try Data(
            contentsOf: TestPaths.packageRoot.appendingPathComponent(
              "Tests/ArushaCoreTests/Fixtures/rules/questionnaire.yaml")))
      ).questionnaire)
    let hidden = ResponseScorer.score(
      rules, answers: ["d1": .value(.number(1)), "d3": .notApplicable("Hidden.")])
    #expect(hidden.notApplicable.isEmpty)
    let shown = ResponseScorer.score(rules, answers: ["d1": .notApplicable("No such office.")])
    #expect(shown.notApplicable == ["d1"])
  }

  /// `middling.yaml`: n1 = 1 is a key figure; n2 "don't know" stays one, not available;
  /// `empty.yaml` leaves both unanswered: no key figure.
  @Test func aKeyFigureAnsweredDontKnowIsNotAvailable() throws {
    let figures = try Self.score("middling").figures
    #expect(figures.map(\.question) == ["n1", "n2"])
    #expect(figures[0].value == 1 && figures[0].isAvailable)
    #expect(figures[1].value == nil && !figures[1].isAvailable)
    #expect(figures[1].unit == LocalizedText(["en": "days", "fr": "jours"]))
    #expect(try Self.score("empty").figures.isEmpty)
  }

  /// compare counts the "not applicable" answers of each response on its fast path and
  /// through the full decoder alike, and a group adds its responses' counts.
  @Test func compareCountsNotApplicableOnBothPaths() throws {
    let questionnaire = try Self.questionnaire()
    let plan = ScoringPlan(questionnaire)
    let fast = try #require(
      ResponseSummarizer.summarize(try Self.bytes("middling")) { _ in plan })
    #expect(fast.summary.notApplicable == 2)
    let middling = try Self.response("middling", questionnaire)
    #expect(
      ResponseSummary(middling, score: ResponseScorer.score(plan, answers: middling.answers))
        .notApplicable == 2)
    // Its answers out of order: only the full decoder reads it.
    #expect(ResponseSummarizer.summarize(try Self.bytes("middling-b")) { _ in plan } == nil)
    let other = try Self.response("middling-b", questionnaire)
    let slow = ResponseSummary(other, score: ResponseScorer.score(plan, answers: other.answers))
    #expect(slow.notApplicable == 1)
    var tally = ComparisonTally()
    tally.add(fast.summary)
    tally.add(slow)
    #expect(tally.groups.values.map(\.notApplicable) == [3])
  }
}
