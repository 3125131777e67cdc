import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 24, blocking point 1: `critical_below`, a critical gap below "in force".
///
/// Questionnaire: one factor `f` (mean, critical_cap 49) with a critical 0–4 scale question
/// `c` (weight 1) and a yes/no question `y` (weight 1, answered yes, item score 1). The factor's
/// score is 100 × (s + 1) / 2 for `c`'s item score s = level / 4; with a gap it is capped at 49.
@Suite struct CriticalBelowTests {
  /// The questionnaire with `scoring` lines and `c`'s extra keys.
  static func questionnaire(scoring: String = "", question: String = "") throws -> Questionnaire {
    let text = """
      format: arusha/questionnaire-1
      id: t
      version: "1"
      title: T
      scales:
        maturity:
          - {value: 0, label: None}
          - {value: 1, label: Started}
          - {value: 2, label: Adopted}
          - {value: 3, label: Applied}
          - {value: 4, label: Reviewed}
      scoring:
        critical_cap: 49
      \(scoring)
      factors:
        - id: f
          title: F
          questions:
            - {id: c, type: scale, scale: maturity, text: C?, help: H, critical: true\(question)}
            - {id: y, type: yesno, text: Y?, help: H}
      """
    let result = QuestionnaireDecoder().decode(Array(text.utf8))
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  /// The factor's score, whether `c` is a critical gap, and the list of critical gaps.
  static func score(_ questionnaire: Questionnaire, level: Double) -> (Double?, Bool, [String]) {
    let score = ResponseScorer.score(
      questionnaire, answers: ["c": .value(.number(level)), "y": .value(.number(1))])
    return (score.factors[0].score, score.factors[0].criticalGap, score.critical)
  }

  /// Without the key, the old rule: only level 0 (item score 0) is a gap.
  ///
  /// Level 1 (0.25) scores 100 × 1.25 / 2 = 62.5, uncapped. Released questionnaires score as
  /// before.
  @Test func withoutTheKeyOnlyZeroIsAGap() throws {
    let questionnaire = try Self.questionnaire()
    #expect(Self.score(questionnaire, level: 0) == (49, true, ["c"]))  // 50 capped at 49
    #expect(Self.score(questionnaire, level: 1) == (62.5, false, []))
  }

  /// `critical_below: 0.5`: levels 0 (0) and 1 (0.25) are gaps, capped at 49 (62.5 → 49);
  /// level 2 (0.5) is not below 0.5: 100 × 1.5 / 2 = 75, no gap.
  @Test(arguments: [(0.0, 49.0, true), (1, 49, true), (2, 75, false), (3, 87.5, false)])
  func belowTheThresholdIsAGap(level: Double, expected: Double, gap: Bool) throws {
    let questionnaire = try Self.questionnaire(scoring: "  critical_below: 0.5")
    #expect(Self.score(questionnaire, level: level) == (expected, gap, gap ? ["c"] : []))
  }

  /// A question's own `critical_below: 0.75` wins over the questionnaire's 0.5: level 2
  /// (0.5) is a gap there (75 capped at 49), level 3 (0.75) is not (87.5).
  @Test func aQuestionsThresholdWins() throws {
    let questionnaire = try Self.questionnaire(
      scoring: "  critical_below: 0.5", question: ", critical_below: 0.75")
    #expect(Self.score(questionnaire, level: 2) == (49, true, ["c"]))
    #expect(Self.score(questionnaire, level: 3) == (87.5, false, []))
  }

  /// "Don't know" scores 0 and is a gap; "not applicable" has no score and is none.
  @Test func unknownIsAGapAndNotApplicableIsNot() throws {
    let questionnaire = try Self.questionnaire(
      scoring: "  critical_below: 0.5", question: ", allow_na: true")
    let unknown = ResponseScorer.score(
      questionnaire, answers: ["c": Answer(state: .unknown), "y": .value(.number(1))])
    #expect(unknown.critical == ["c"])
    let notApplicable = ResponseScorer.score(
      questionnaire, answers: ["c": .notApplicable("No such office"), "y": .value(.number(1))])
    #expect(notApplicable.critical.isEmpty && notApplicable.factors[0].score == 100)
  }

  /// The compare fast path reads the same plan: a summary's factor is capped alike.
  @Test func compareSummariesFollowTheRule() throws {
    let questionnaire = try Self.questionnaire(scoring: "  critical_below: 0.5")
    let plan = ScoringPlan(questionnaire)
    let score = ResponseScorer.score(
      plan, answers: ["c": .value(.number(1)), "y": .value(.number(1))])
    #expect(score.overall == 49)
  }

  /// A critical `multi`: the options' values decide which selections are below the threshold.
  ///
  /// Options worth 1, 2 and 3 (P = 6): "free" alone scores 1/6, "anonymous" alone 2/6, both
  /// gaps below 0.5; "free" and "anonymous" (1 + 2)/6 = 0.5 and "independent" alone 3/6 = 0.5
  /// are not below. The factor (with `y` at 1): 100 × (1/6 + 1) / 2 = 58.3, capped at 49;
  /// at 0.5, 100 × 1.5 / 2 = 75.
  @Test func aCriticalMultiIsAGapBelowTheThreshold() throws {
    let text = """
      format: arusha/questionnaire-1
      id: t
      version: "1"
      title: T
      scoring:
        critical_cap: 49
        critical_below: 0.5
      factors:
        - id: f
          title: F
          questions:
            - id: c
              type: multi
              text: C?
              help: H
              critical: true
              options:
                - {value: 1, label: Free}
                - {value: 2, label: Anonymous}
                - {value: 3, label: Independent}
            - {id: y, type: yesno, text: Y?, help: H}
      """
    let result = QuestionnaireDecoder().decode(Array(text.utf8))
    let questionnaire = try #require(result.questionnaire, "\(result.diagnostics)")
    func score(_ selected: [Double]) -> (Double?, [String]) {
      let score = ResponseScorer.score(
        questionnaire, answers: ["c": .value(.selection(selected)), "y": .value(.number(1))])
      return (score.factors[0].score, score.critical)
    }
    #expect(score([1]) == (49, ["c"]))
    #expect(score([2]) == (49, ["c"]))
    #expect(score([1, 2]) == (75, []))
    #expect(score([3]) == (75, []))
  }
}
