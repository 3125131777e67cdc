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
}
