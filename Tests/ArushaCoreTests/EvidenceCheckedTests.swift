import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 24, blocking point 2: the evidence-checked score, "N of M answers that expect
/// evidence have none", and `scoring.unsupported_indicative`.
///
/// The maturity scale is 0–4 with levels 3 and 4 `evidence: expected`: an unsupported 3 or 4
/// counts as 2 (item score 0.5) in the evidence-checked score.
@Suite struct EvidenceCheckedTests {
  /// A questionnaire with `scoring` lines and the questions of factor `f` (one per line, in a
  /// flow mapping each).
  static func questionnaire(scoring: String = "", questions: [String]) throws -> Questionnaire {
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
          - {value: 3, label: Applied, evidence: expected}
          - {value: 4, label: Reviewed, evidence: expected}
      scoring:
        critical_cap: 49
      \(scoring)
      factors:
        - id: f
          title: F
          questions:
      \(questions.map { "      - \($0)" }.joined(separator: "\n"))
      """
    let result = QuestionnaireDecoder().decode(Array(text.utf8))
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  /// An answer with a value, with or without an evidence reference.
  static func answer(_ value: AnswerValue, evidence: Bool = false) -> Answer {
    var answer = Answer.value(value)
    answer.evidence = evidence ? "Decree 12/2023, art. 4" : nil
    return answer
  }

  /// `s` (0–4, weight 1) at each level without evidence, beside `y` (a "no", item score 0).
  ///
  /// Both weigh 1. Declared: 100 × (L/4) / 2. Evidence-checked: levels 3 and 4
  /// count as 2, so 100 × 0.5 / 2 = 25. N of M: 1 of 1 at 3 and 4 (only they expect
  /// evidence; "no" claims nothing), 0 of 0 below.
  @Test(arguments: [
    (0.0, 0.0, 0.0, 0, 0), (1, 12.5, 12.5, 0, 0), (2, 25, 25, 0, 0), (3, 37.5, 25, 1, 1),
    (4, 50, 25, 1, 1),
  ])
  func anUnsupportedAnswerCountsAsTheHighestLevelBelowItWithoutEvidence(
    level: Double, declared: Double, checked: Double, unsupported: Int, expecting: Int
  ) throws {
    let questionnaire = try Self.questionnaire(questions: [
      "{id: s, type: scale, scale: maturity, text: S?, help: H}",
      "{id: y, type: yesno, text: Y?, help: H, evidence: expected}",
    ])
    let score = ResponseScorer.score(
      questionnaire, answers: ["s": Self.answer(.number(level)), "y": Self.answer(.number(0))])
    #expect(score.factors[0].score == declared)
    #expect(score.factors[0].evidenceChecked == checked)
    #expect(score.overall == declared)
    #expect(score.evidenceChecked == checked)
    #expect(score.unsupported.count == unsupported)
    #expect(score.expectingEvidence == expecting)
  }

  /// With evidence, a level 4 keeps its score in both: 50 and 50, 0 of 1 unsupported.
  @Test func anAnswerWithEvidenceKeepsItsScoreInBoth() throws {
    let questionnaire = try Self.questionnaire(questions: [
      "{id: s, type: scale, scale: maturity, text: S?, help: H}",
      "{id: y, type: yesno, text: Y?, help: H}",
    ])
    let score = ResponseScorer.score(
      questionnaire,
      answers: ["s": Self.answer(.number(4), evidence: true), "y": Self.answer(.number(0))])
    #expect(score.overall == 50)
    #expect(score.evidenceChecked == 50)
    #expect((score.unsupported.count, score.expectingEvidence) == (0, 1))
  }

  /// A `multi`, a `yesno` and a question-level `evidence: expected` count as their lowest
  /// value (the empty set, no, 0), and the evidence-checked pipeline applies the cap to the
  /// critical gap this makes, while the critical list keeps the declared scores.
  ///
  /// `m`: critical multi (values 1 and 3, positive sum 4), question-level evidence, answered
  /// both: 1, checked 0 (a critical gap at `critical_below: 0.5` in the checked pipeline
  /// only). `y`: yes without evidence: 1, checked 0. `s`: level 4 with evidence, weight 2: 1.
  /// Declared: 100 × (1 + 1 + 2) / 4 = 100. Checked: 100 × (0 + 0 + 2) / 4 = 50, capped at 49.
  @Test func multiYesNoAndQuestionLevelEvidenceCountAsTheLowestValue() throws {
    let questionnaire = try Self.questionnaire(
      scoring: "  critical_below: 0.5",
      questions: [
        """
        {id: m, type: multi, text: M?, help: H, critical: true, evidence: expected, options: \
        [{value: 1, label: Free}, {value: 3, label: Anonymous}]}
        """,
        "{id: y, type: yesno, text: Y?, help: H, evidence: expected}",
        "{id: s, type: scale, scale: maturity, text: S?, help: H, weight: 2}",
      ])
    let score = ResponseScorer.score(
      questionnaire,
      answers: [
        "m": Self.answer(.selection([1, 3])), "y": Self.answer(.number(1)),
        "s": Self.answer(.number(4), evidence: true),
      ])
    #expect(score.overall == 100)
    #expect(score.evidenceChecked == 49)
    #expect(score.critical.isEmpty)
    #expect(score.factors[0].capped == false)
    #expect(score.unsupported == ["m", "y"])
    #expect(score.expectingEvidence == 3)
  }

  /// `scoring.unsupported_indicative: 0.25` and four yes/no questions that expect evidence.
  ///
  /// All answered yes: 1 of 4 unsupported (0.25) is not more than 0.25, so not indicative; 2
  /// of 4 is. Without the key, 4 of 4 is not (the old rule); with it, 0 of 0 never is.
  @Test func theIndicativeThreshold() throws {
    let questions = (1...4).map {
      "{id: y\($0), type: yesno, text: Y?, help: H, evidence: expected}"
    }
    let keyed = try Self.questionnaire(
      scoring: "  unsupported_indicative: 0.25", questions: questions)
    func answers(unsupported: Int, value: Double = 1) -> [String: Answer] {
      Dictionary(
        uniqueKeysWithValues: (1...4).map {
          ("y\($0)", Self.answer(.number(value), evidence: $0 > unsupported))
        })
    }
    let one = ResponseScorer.score(keyed, answers: answers(unsupported: 1))
    #expect((one.unsupported.count, one.expectingEvidence) == (1, 4))
    #expect(one.isIndicative(status: .complete) == false)
    let two = ResponseScorer.score(keyed, answers: answers(unsupported: 2))
    #expect(two.isIndicative(status: .complete))
    #expect(two.evidenceChecked == 50)
    let none = ResponseScorer.score(keyed, answers: answers(unsupported: 4, value: 0))
    #expect((none.unsupported.count, none.expectingEvidence) == (0, 0))
    #expect(none.isIndicative(status: .complete) == false)
    let unkeyed = try Self.questionnaire(questions: questions)
    let all = ResponseScorer.score(unkeyed, answers: answers(unsupported: 4))
    #expect(all.isIndicative(status: .complete) == false)
    #expect(all.evidenceChecked == 0)
  }

  /// `unsupported_indicative` outside 0..1 is refused at its value.
  @Test func unsupportedIndicativeOutsideZeroToOneIsAnError() throws {
    let text = """
      format: arusha/questionnaire-1
      id: t
      version: "1"
      title: T
      scoring:
        unsupported_indicative: 10
      factors:
        - id: f
          title: F
          questions:
            - {id: y, type: yesno, text: Y?, help: H}
      """
    let result = QuestionnaireDecoder().decode(Array(text.utf8))
    #expect(result.questionnaire == nil)
    let diagnostic = try #require(result.diagnostics.first)
    #expect((diagnostic.mark.line, diagnostic.mark.column) == (6, 27))
    #expect(
      diagnostic.message
        == "'unsupported_indicative' must be within 0..1 (a share of the answers), found 10")
  }
}
