import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 25: RAD and internal affairs 2027.2 answer the 2027.1 review's content points that a
/// test can hold: the recommended keys, no N/A that scores higher than an honest answer, the
/// channel a critical gap unless anonymous or independent, and shares within 4 times.
@Suite struct Declaration2027_2Tests {
  static func load(_ name: String) throws -> (Questionnaire, [Diagnostic]) {
    let url = TestPaths.questionnaires.appendingPathComponent(name)
    let result = QuestionnaireDecoder().decode([UInt8](try Data(contentsOf: url)))
    return (try #require(result.questionnaire, "\(result.diagnostics)"), result.diagnostics)
  }

  /// Both files are 2027.2, set `critical_below: 0.5` and `unsupported_indicative: 0.1`, have
  /// no finding, and no share is more than 4 times another (what `validate --strict` warns of).
  @Test(arguments: ["revised-arusha-declaration.yaml", "internal-affairs.yaml"])
  func theNewVersionSetsTheKeysAndIsClean(_ name: String) throws {
    let (questionnaire, diagnostics) = try Self.load(name)
    #expect(questionnaire.version == "2027.2")
    #expect(questionnaire.scoring.criticalBelow == 0.5)
    #expect(questionnaire.scoring.unsupportedIndicative == 0.1)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(EffectiveWeight.uneven(questionnaire) == nil)
  }

  /// The review's two N/A examples: rotation and officer assignment no longer offer N/A (a
  /// scored "alternative controls" path instead), and neither does the AEO question, which
  /// now asks about every authorisation Customs grants.
  @Test func theReviewsNotApplicableExamplesAreGone() throws {
    let (rad, _) = try Self.load("revised-arusha-declaration.yaml")
    for id in ["hr.rotation", "automation.officer-assignment", "private-sector.aeo-integrity"] {
      let question = try #require(rad.questions.first { $0.id == id }, "\(id)")
      #expect(!question.allowNotApplicable, "\(id)")
    }
  }

  /// Launching an AEO programme with integrity criteria never lowers a score: with every
  /// other answer fixed, each level of `private-sector.aeo-integrity` scores the factor and
  /// the overall score strictly higher than the level below.
  @Test func eachLevelOfTheAEOQuestionScoresHigher() throws {
    let (rad, _) = try Self.load("revised-arusha-declaration.yaml")
    var answers: [String: Answer] = [:]
    for question in rad.questions where question.kind.isScored {
      switch question.kind {
      case .yesno: answers[question.id] = .value(.number(1))
      case .multi(let options): answers[question.id] = .value(.selection(options.map(\.value)))
      default: answers[question.id] = .value(.number(2))
      }
    }
    var previous: (factor: Double, overall: Double)?
    for level in 0...4 {
      answers["private-sector.aeo-integrity"] = .value(.number(Double(level)))
      let score = ResponseScorer.score(rad, answers: answers)
      let factor = try #require(score.factors.first { $0.factor == "private-sector" }?.score)
      let overall = try #require(score.overall)
      if let previous {
        #expect(factor > previous.factor && overall > previous.overall, "level \(level)")
      }
      previous = (factor, overall)
    }
  }

  /// The reporting channel (RAD) and its internal-affairs twin: a critical gap unless the
  /// channel offers anonymity (9 of 20: 0.45) or independence (8 of 20: 0.40), each enough on
  /// its own at the question's `critical_below: 0.4`; feedback and no cost (3 of 20: 0.15)
  /// are not.
  @Test(arguments: [
    ("revised-arusha-declaration.yaml", "audit-investigation.reporting-channels"),
    ("internal-affairs.yaml", "reporting.channel-protection"),
  ])
  func theChannelIsACriticalGapUnlessAnonymousOrIndependent(_ name: String, _ id: String) throws {
    let (questionnaire, _) = try Self.load(name)
    let question = try #require(questionnaire.questions.first { $0.id == id })
    #expect(question.critical && question.criticalBelow == 0.4)
    for (selection, gap) in [([9.0], false), ([8], false), ([2, 1], true), ([], true)] {
      var answer = Answer.value(.selection(selection))
      answer.evidence = "Circular 3/2026"
      let score = ResponseScorer.score(questionnaire, answers: [id: answer])
      #expect(score.critical.contains(id) == gap, "\(selection)")
    }
  }
}
