import ArushaTestSupport
import Foundation
import Testing

@testable import ArushaCore

/// Issue 24, "effective weight": each scored question's share of the overall score, from the
/// questionnaire alone, and the warning of `validate --strict` when the largest share is more
/// than 4 times the smallest.
///
/// The questionnaire, by hand: factor `a` (weight 2) has q1 (weight 2), q2 and q3 (1 each; q3
/// is conditional: it counts as if shown) and an unscored number; `b` (weight 1) has r1 (1)
/// and r2 (3, or `r2` as given); `c` (weight 1) is scored by its lowest item; `d` (weight 5)
/// has only a number question, so it has no score and no share. ΣW = 2 + 1 + 1 = 4:
/// - q1 = 2/4 × 2/4 = 0.25; q2 = q3 = 2/4 × 1/4 = 0.125;
/// - r1 = 1/4 × 1/4 = 0.0625; r2 = 1/4 × 3/4 = 0.1875;
/// - m1, m2: none (the lowest decides `c`, a quarter of the overall score).
/// The largest, 0.25, is exactly 4 times the smallest, 0.0625: not more, no warning. With r2
/// of weight 4, r1 = 1/4 × 1/5 = 0.05 and 0.25 / 0.05 = 5: warned.
@Suite struct EffectiveWeightTests {
  static func source(r2: String = "3") -> String {
    """
    format: arusha/questionnaire-1
    id: t
    version: "1"
    title: T
    factors:
      - id: a
        title: A
        weight: 2
        questions:
          - {id: 1️⃣q1, type: yesno, text: Q1?, help: H, weight: 2}
          - {id: q2, type: yesno, text: Q2?, help: H}
          - {id: q3, type: yesno, text: Q3?, help: H, when: q2 == yes, when_hidden: excluded}
          - {id: n1, type: number, text: N1?, help: H}
      - id: b
        title: B
        questions:
          - {id: 2️⃣r1, type: yesno, text: R1?, help: H}
          - {id: r2, type: yesno, text: R2?, help: H, weight: \(r2)}
      - id: c
        title: C
        method: minimum
        questions:
          - {id: m1, type: yesno, text: M1?, help: H}
          - {id: m2, type: yesno, text: M2?, help: H}
      - id: d
        title: D
        weight: 5
        questions:
          - {id: n2, type: number, text: N2?, help: H}
    """
  }

  static func questionnaire(r2: String = "3") throws -> Questionnaire {
    let result = QuestionnaireDecoder().decode(MarkedText(source(r2: r2)).bytes)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    return try #require(result.questionnaire)
  }

  @Test func eachShareIsTheFactorsShareTimesTheQuestionsShareInItsFactor() throws {
    let shares = EffectiveWeight.shares(try Self.questionnaire())
    #expect(shares == ["q1": 0.25, "q2": 0.125, "q3": 0.125, "r1": 0.0625, "r2": 0.1875])
    // With c's quarter, the whole.
    #expect(shares.values.reduce(0, +) + 0.25 == 1)
  }

  @Test func exactlyFourTimesIsNotUneven() throws {
    #expect(EffectiveWeight.uneven(try Self.questionnaire()) == nil)
  }

  /// r2 of weight 4: 0.25 against 0.05, 5 times; the warning points at q1's id and notes r1's.
  @Test func moreThanFourTimesIsAWarningAtTheLargest() throws {
    let questionnaire = try Self.questionnaire(r2: "4")
    let uneven = try #require(EffectiveWeight.uneven(questionnaire))
    #expect(uneven.largest.id == "q1" && uneven.largest.share == 0.25)
    #expect(uneven.smallest.id == "r1" && abs(uneven.smallest.share - 0.05) < 1e-15)
    let marked = MarkedText(Self.source(r2: "4"))
    let decoded = QuestionnaireDecoder().decode(marked.bytes)
    let warning = try #require(
      EffectiveWeight.warning(questionnaire, marks: decoded.questionMarks))
    #expect(warning.severity == .warning)
    #expect(warning.mark == marked["1️⃣"])
    #expect(
      warning.message
        == "question 'q1' carries 25.00% of the overall score, 5.0 times as much as 'r1' (5.00%), more than 4 times: check the factor and question weights ('arusha explain' gives every share)"
    )
    #expect(warning.notes.map(\.mark) == [marked["2️⃣"]])
    #expect(warning.notes.map(\.message) == ["'r1' carries 5.00% of the overall score"])
  }

  /// The released RAD 2027.1 (its bytes unchanged) is flagged, as the issue says.
  ///
  /// Its 10 factors weigh 1; factor 5's 3 scored questions give reform.programme 1/10 × 1/3
  /// = 3.33%, factor 6's 22 give each 1/10 × 1/22 = 0.45%, 7.3 times less. RAD 2026.1 (3.25 times) and internal-affairs
  /// 2027.1 (3.14 times) are not.
  @Test func theReleasedDeclaration2027IsFlagged() throws {
    func load(_ name: String) throws -> QuestionnaireDecoder.Result {
      QuestionnaireDecoder().decode(
        [UInt8](try Data(contentsOf: TestPaths.questionnaires.appendingPathComponent(name))))
    }
    let result = try load("revised-arusha-declaration-2027.1.yaml")
    let questionnaire = try #require(result.questionnaire)
    #expect(questionnaire.version == "2027.1")
    let uneven = try #require(EffectiveWeight.uneven(questionnaire))
    #expect(uneven.largest.id == "reform.programme")
    #expect(abs(uneven.largest.share - 1.0 / 30) < 1e-15)
    // Every question of factor 6 has 0.45%; the first in file order is named.
    #expect(uneven.smallest.id == "audit-investigation.internal-control")
    #expect(abs(uneven.smallest.share - 1.0 / 220) < 1e-15)
    let warning = try #require(
      EffectiveWeight.warning(questionnaire, marks: result.questionMarks))
    #expect(warning.message.contains("carries 3.33% of the overall score, 7.3 times as much"))
    #expect(warning.message.contains("(0.45%)"))
    #expect("\(warning.mark)" == "602:13")
    for name in ["revised-arusha-declaration-2026.1.yaml", "internal-affairs-2027.1.yaml"] {
      let other = try #require(try load(name).questionnaire)
      #expect(EffectiveWeight.uneven(other) == nil, "\(name)")
    }
  }

  /// Explain's items carry the share; a `minimum` factor's none.
  @Test func explainGivesEachItemItsShare() throws {
    let questionnaire = try Self.questionnaire()
    let answers: [String: Answer] = ["q1": .value(.number(1)), "q2": .value(.number(0))]
    let explanation = ScoreExplanation(
      questionnaire, answers: answers,
      score: ResponseScorer.score(questionnaire, answers: answers))
    let shares = explanation.factors.map { $0.items.map(\.share) }
    #expect(shares == [[0.25, 0.125, 0.125], [0.0625, 0.1875], [nil, nil], []])
  }
}
