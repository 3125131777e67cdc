import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 26: no evidence is asked for an answer that evidence could not change
/// (``Question/claimsNothing(_:)``), and such an answer is never unsupported, so scoring
/// does not move.
@Suite struct ClaimsNothingTests {
  func question(_ kind: Question.Kind, evidence: Question.Evidence) -> Question {
    var question = Question(id: "q", kind: kind, text: LocalizedText(["en": "Q"]))
    question.evidence = evidence
    return question
  }

  static let levels = (0...4).map { value in
    AnswerOption(value: Double(value), label: LocalizedText(["en": "L\(value)"]))
  }

  @Test func theLowestLevelNoAndAnEmptyMultiClaimNothing() {
    for mode in [Question.Evidence.asked, .expected] {
      let scale = question(.choice(Self.levels), evidence: mode)
      #expect(scale.claimsNothing(.number(0)))
      #expect(!scale.asksForEvidence(after: .number(0)))
      #expect(!scale.claimsNothing(.number(1)))
      #expect(scale.asksForEvidence(after: .number(1)))
      let yesno = question(.yesno, evidence: mode)
      #expect(!yesno.asksForEvidence(after: .number(0)))
      #expect(yesno.asksForEvidence(after: .number(1)))
      let multi = question(
        .multi([
          AnswerOption(value: 2, label: LocalizedText(["en": "A"])),
          AnswerOption(value: 0, label: LocalizedText(["en": "Other"])),
        ]), evidence: mode)
      #expect(!multi.asksForEvidence(after: .selection([])))
      #expect(!multi.asksForEvidence(after: .selection([0])), "an item score of 0")
      #expect(multi.asksForEvidence(after: .selection([2])))
      let number = question(.number(min: 0, max: nil), evidence: mode)
      #expect(number.asksForEvidence(after: .number(0)), "a count claims something")
      #expect(!number.asksForEvidence(after: nil), "don't know, not applicable")
    }
    #expect(!question(.yesno, evidence: .none).asksForEvidence(after: .number(1)))
  }

  /// An option that itself expects evidence is still asked for, even at the lowest level.
  @Test func anOptionThatExpectsEvidenceIsAlwaysAsked() {
    var options = Self.levels
    options[0].evidenceExpected = true
    let scale = question(.choice(options), evidence: .none)
    #expect(scale.claimsNothing(.number(0)))
    #expect(scale.asksForEvidence(after: .number(0)))
  }

  /// In every bundled questionnaire, an answer that claims nothing expects no evidence: it is
  /// never unsupported, so not asking for evidence changes no evidence-checked figure.
  @Test(arguments: TestPaths.questionnaireFiles())
  func anAnswerThatClaimsNothingIsNeverUnsupported(_ url: URL) throws {
    let questionnaire = try #require(
      QuestionnaireDecoder().decode([UInt8](try Data(contentsOf: url))).questionnaire)
    for question in questionnaire.questions {
      var values: [AnswerValue] = question.kind.options.map { .number($0.value) }
      switch question.kind {
      case .yesno: values = [.number(0), .number(1)]
      case .multi(let options): values = [.selection([])] + options.map { .selection([$0.value]) }
      default: break
      }
      for value in values where question.claimsNothing(value) {
        #expect(!question.expectsEvidence(for: value), "\(question.id) \(value)")
      }
    }
  }
}
