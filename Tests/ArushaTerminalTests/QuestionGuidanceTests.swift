import ArushaCore
import ArushaFiles
import ArushaReports
import Foundation
import Testing

@testable import ArushaTerminal

/// What the session says around a question, from the bundled example (version 2): a question's
/// own level descriptions, why evidence is asked, a number's unit, and the questionnaire's
/// description before the first question of a new session.
@Suite struct QuestionGuidanceTests {
  static let reason =
    "This answer expects evidence (a document, a decision number, a record). Without it, reports list the answer as unsupported."
  static let frenchReason =
    "Cette réponse appelle un justificatif (un document, un numéro de décision, un registre). Sans lui, les rapports la signalent comme non étayée."

  func shown(_ session: AssessmentSession, width: Int = 200) -> String {
    session.screen(width: width, style: .plain).joined(separator: "\n")
  }

  @Test func aQuestionsOwnLevelDescriptionsStandInPlaceOfTheScales() throws {
    let session = try AssessmentSessionTests.session()
    let screen = shown(session)
    // Level 0 keeps the scale's description; levels 1 and 2 show the question's own.
    #expect(screen.contains("Not in place — No policy or practice exists."))
    #expect(
      screen.contains(
        "Partly in place — A draft or an old strategy exists, but no one is accountable for its actions."
      ))
    #expect(
      screen.contains(
        "Fully in place — An adopted strategy names an owner and a deadline for every action."))
    #expect(!screen.contains("Some elements exist but are not applied everywhere."))
    #expect(!screen.contains("The practice is applied and reviewed."))
    let lines = try AssessmentSessionTests.session(language: "fr").lineText(width: 200)
    #expect(
      lines.contains(
        "Partiellement en place — Un projet ou une ancienne stratégie existe, mais personne ne répond de ses actions."
      ))
    #expect(!lines.contains("Certains éléments existent"))
  }

  @Test func theEvidencePromptSaysWhyWhenTheAnswerExpectsIt() throws {
    // audit-investigation.reporting has `evidence: expected` (a choice of 0…2, keyed by value).
    var session = try AssessmentSessionTests.session()
    session.jump(to: 3)
    #expect(session.currentQuestion?.id == "audit-investigation.reporting")
    #expect(session.handle(.character("2")).save)
    #expect(session.field?.purpose == .evidence)
    #expect(shown(session).contains(Self.reason))
    #expect(session.lineText(width: 200).contains(Self.reason))
    _ = session.handle(.escape)  // still skippable
    #expect(session.currentQuestion?.id == "audit-investigation.cases")
    #expect(session.response.answers["audit-investigation.reporting"]?.evidence == nil)
    // The lowest level claims nothing: the prompt is there, without the reason.
    session.jump(to: 3)
    #expect(session.handle(.character("0")).save)
    #expect(session.field?.purpose == .evidence)
    #expect(shown(session).contains("Evidence reference"))
    #expect(!shown(session).contains("This answer expects evidence"))
    #expect(!session.lineText(width: 200).contains("This answer expects evidence"))
    // leadership.strategy asks for evidence (`evidence: true`); its level 2 expects it.
    var strategy = try AssessmentSessionTests.session(language: "fr")
    #expect(strategy.handle(.character("1")).save)
    #expect(strategy.field?.purpose == .evidence)
    #expect(!shown(strategy).contains(Self.frenchReason))
    _ = strategy.handle(line: "")
    strategy.jump(to: 1)
    #expect(strategy.handle(line: "2").save)
    #expect(strategy.field?.purpose == .evidence)
    #expect(shown(strategy).contains(Self.frenchReason))
    #expect(strategy.lineText(width: 200).contains(Self.frenchReason))
    #expect(strategy.handle(line: "Décision 12").save)
    #expect(strategy.response.answers["leadership.strategy"]?.evidence == "Décision 12")
  }

  @Test func aNumberShowsItsUnitAfterTheFieldAndInTheLinePrompt() throws {
    var session = try AssessmentSessionTests.session()
    session.jump(to: 4)
    #expect(session.currentQuestion?.id == "audit-investigation.cases")
    _ = session.handle(.character("1"))
    _ = session.handle(.character("2"))
    #expect(session.screen(width: 80, style: .plain).contains("> 12 cases"))
    #expect(session.handle(.enter).save)
    session.jump(to: 4)
    #expect(session.lineText(width: 200).contains("Current answer: 12 cases"))
    var lines = try AssessmentSessionTests.session(language: "fr")
    lines.jump(to: 4)
    #expect(lines.lineText(width: 200).hasSuffix("Un nombre (dossiers)\u{A0}:\n"))
  }
}
