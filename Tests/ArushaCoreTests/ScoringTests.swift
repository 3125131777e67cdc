import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// scoring.md on a fixture that exercises every rule; each expectation shows its arithmetic.
@Suite struct ScoringTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/scoring")

  static func fixture() throws -> (Questionnaire, Response) {
    let questionnaireBytes = [UInt8](
      try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
    let questionnaire = try #require(
      QuestionnaireDecoder().decode(questionnaireBytes).questionnaire)
    let header = ResponseDecoder.header(
      [UInt8](try Data(contentsOf: folder.appendingPathComponent("response.yaml"))))
    let result = ResponseDecoder.decode(
      try #require(header.header, "\(header.diagnostics)"), questionnaire: questionnaire)
    return (questionnaire, try #require(result.response, "\(result.diagnostics)"))
  }

  func close(
    _ actual: Double?, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let actual else {
      Issue.record("expected \(expected), found nil", sourceLocation: sourceLocation)
      return
    }
    #expect(
      abs(actual - expected) < 1e-9, "\(actual) ≠ \(expected)", sourceLocation: sourceLocation)
  }

  @Test func everyRuleOnTheFixture() throws {
    let (questionnaire, response) = try Self.fixture()
    let score = ResponseScorer.score(questionnaire, answers: response.answers)
    let byID = Dictionary(uniqueKeysWithValues: score.factors.map { ($0.factor, $0) })

    // alpha (mean, weight 2). Scored visible questions with a score, as (w, s):
    //   a1 scale 3 of 0..4 → (2, 3/4); a2 yes → (1, 1); a3 choice 2 of {1,2,5} → (1, (2-1)/(5-1) = 1/4);
    //   a4 multi {2,3} of positive sum P = 1+2+3 = 6 → (1, 5/6); a6 unknown → (1, 0).
    //   a5 na: no score; a7 hidden (a2 is yes, `when: a2 == no`): not counted; a8 missing; a9 text: unscored.
    //   F = 100 × (2·3/4 + 1 + 1/4 + 5/6 + 0) / (2+1+1+1+1) = 100 × (43/12) / 6 = 1075/18 = 59.7222…
    let alpha = try #require(byID["alpha"])
    close(alpha.score, 1075.0 / 18.0)
    #expect(alpha.level?.label.translations["en"] == "Established")
    #expect((alpha.answered, alpha.unknown, alpha.notApplicable, alpha.missing) == (4, 1, 1, 1))
    // coverage = with a score / (visible scored − na) = 5 / (7 − 1)
    close(alpha.coverage, 5.0 / 6.0)
    #expect(!alpha.strength && !alpha.improvement)

    // beta (minimum): b1 4/4 → 1, b2 no → 0 (critical), b3 2/4 → 1/2. F = 100 × min = 0.
    let beta = try #require(byID["beta"])
    close(beta.score, 0)
    #expect(beta.level?.label.translations["en"] == "Initial")
    close(beta.coverage, 1)
    #expect(!beta.strength && beta.improvement)

    // gamma: every question na → no score, coverage denominator 2 − 2 = 0 → null.
    let gamma = try #require(byID["gamma"])
    #expect(gamma.score == nil && gamma.coverage == nil && gamma.level == nil)
    #expect((gamma.answered, gamma.notApplicable) == (0, 2))
    #expect(!gamma.strength && !gamma.improvement)

    // delta: d1 4/4 → 1; d2 visible (d1 >= 3), 3/4. F = 100 × (1 + 3/4) / 2 = 87.5.
    let delta = try #require(byID["delta"])
    close(delta.score, 87.5)
    #expect(delta.strength && delta.level?.label.translations["en"] == "Advanced")

    // overall = (2 × 1075/18 + 1 × 0 + 1 × 87.5) / (2 + 1 + 1), gamma left out (null)
    //         = (1075/9 + 87.5) / 4 = 1862.5 / 36 = 51.7361…
    close(score.overall, 1862.5 / 36.0)
    #expect(score.overallLevel?.label.translations["en"] == "Established")
    #expect(score.strengths == ["delta"])
    #expect(score.improvements == ["beta"])
    // a7 is critical and "yes" would not matter: it is hidden, so it is never a critical gap.
    #expect(score.critical == ["b2"])
    // Priority w × (1 − s): a6 1, b2 1, a3 3/4, a1 2 × 1/4 = 1/2, b3 1/2, d2 1/4, a4 1/6;
    // ties in file order.
    #expect(score.gaps.map(\.question) == ["a6", "b2", "a3", "a1", "b3", "d2", "a4"])
    close(score.gaps.last?.score, 5.0 / 6.0)
    #expect(score.gaps.map(\.weight) == [1, 1, 1, 2, 1, 1, 1])
    #expect(score.missing == 1)
  }

  @Test func hiddenAnswerIsKeptButIgnored() throws {
    let (questionnaire, response) = try Self.fixture()
    #expect(response.answers["a7"] == .value(.number(1)))
    let a7 = ResponseScorer.score(questionnaire, answers: response.answers).items.first {
      $0.question == "a7"
    }
    #expect(a7?.state == .hidden && a7?.score == nil)
  }

  @Test func unknownOnACriticalQuestionIsACriticalGap() throws {
    let (questionnaire, response) = try Self.fixture()
    var answers = response.answers
    answers["a1"] = .unknown
    let score = ResponseScorer.score(questionnaire, answers: answers)
    #expect(score.critical == ["a1", "b2"])
    // alpha now: (2·0 + 1 + 1/4 + 5/6 + 0) / 6 = (25/12) / 6 → 100 × 25/72 = 34.72…, an area for improvement.
    close(score.factors[0].score, 2500.0 / 72.0)
    #expect(score.improvements == ["alpha", "beta"])
  }

  @Test func emptyMultiScoresZeroAndConditionsFollowChangedAnswers() throws {
    let (questionnaire, response) = try Self.fixture()
    var answers = response.answers
    answers["a4"] = .value(.selection([]))
    // a7 (`when: a2 == no`) now shows, with its kept answer "yes"; d2 (`when: d1 >= 3`) hides.
    answers["a2"] = .value(.number(0))
    answers["d1"] = .value(.number(2))
    let score = ResponseScorer.score(questionnaire, answers: answers)
    let items = Dictionary(uniqueKeysWithValues: score.items.map { ($0.question, $0) })
    #expect(items["a4"]?.score == 0)
    #expect(items["a7"]?.state == .answered && items["a7"]?.score == 1)
    #expect(items["d2"]?.state == .hidden)
    // delta: only d1, 2/4 → 50.
    close(score.factors[3].score, 50)
  }

  @Test func nothingAnsweredHasNoScores() throws {
    let (questionnaire, _) = try Self.fixture()
    let score = ResponseScorer.score(questionnaire, answers: [:])
    #expect(score.overall == nil && score.overallLevel == nil)
    #expect(
      score.factors.allSatisfy { $0.score == nil && $0.coverage == 0 || $0.factor == "gamma" })
    #expect(
      score.gaps.isEmpty && score.critical.isEmpty && score.strengths.isEmpty
        && score.improvements.isEmpty)
  }
}
