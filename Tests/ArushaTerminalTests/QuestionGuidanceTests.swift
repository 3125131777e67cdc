import ArushaApp
import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaTestSupport
import ArushaText
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
    "Cette réponse appelle un justificatif (un document, un numéro de décision, un registre). Sans lui, les rapports la classent parmi les réponses sans justificatif."

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
    session.jump(to: 4)
    #expect(session.currentQuestion?.id == "audit-investigation.reporting")
    #expect(session.handle(.character("2")).save)
    #expect(session.field?.purpose == .evidence)
    #expect(shown(session).contains(Self.reason))
    #expect(session.lineText(width: 200).contains(Self.reason))
    _ = session.handle(.escape)  // still skippable
    #expect(session.currentQuestion?.id == "audit-investigation.cases")
    #expect(session.response.answers["audit-investigation.reporting"]?.evidence == nil)
    // The lowest level claims nothing: no evidence is asked for it (issue 26).
    session.jump(to: 4)
    #expect(session.handle(.character("0")).save)
    #expect(session.field?.purpose != .evidence)
    #expect(session.currentQuestion?.id == "audit-investigation.cases")
    #expect(!shown(session).contains("Evidence reference"))
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
    session.jump(to: 5)
    #expect(session.currentQuestion?.id == "audit-investigation.cases")
    _ = session.handle(.character("1"))
    _ = session.handle(.character("2"))
    #expect(session.screen(width: 80, style: .plain).contains("> 12 cases"))
    #expect(session.handle(.enter).save)
    session.jump(to: 5)
    #expect(session.lineText(width: 200).contains("Current answer: 12 cases"))
    var lines = try AssessmentSessionTests.session(language: "fr")
    lines.jump(to: 5)
    #expect(lines.lineText(width: 200).hasSuffix("Un nombre (dossiers)\u{A0}:\n"))
  }

  /// A terminal that answers nothing: the setup is given every identity it needs.
  final class SilentTerminal: TerminalIO {
    func write(_ text: String) {}
    func readByte(timeout: Int?) -> ReadResult { .endOfInput }
    func readLine() -> String? { nil }
    var size: (width: Int, height: Int) { (80, 24) }
  }

  static func prepare(_ path: String, language: String = "en") throws -> AssessmentSetup.Prepared {
    try AssessmentSetup.prepare(
      AssessmentSetup.Options(
        questionnaire: "example", output: path, administration: "Test Customs", round: "2024",
        role: nil, respondent: nil, language: language),
      io: SilentTerminal(), environment: [:], now: { "2024-07-02T09:00:00Z" })
  }

  @Test func theDescriptionStandsBeforeTheFirstQuestionOfANewSessionOnly() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-guidance-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("r.yaml").path
    let description = "A short example that shows every kind of question."
    do {
      var session = try Self.prepare(path).session
      // At the top of the first question's screen, and printed before it in line mode.
      let lines = session.screen(width: 100, style: .plain)
      #expect(Array(lines.prefix(3)) == ["Example integrity self-assessment", description, ""])
      #expect(lines.contains("Is there a written integrity strategy?"))
      #expect(
        session.lineText().hasPrefix(
          "\nExample integrity self-assessment\n\(description)\n\nFactor 1 · Leadership and Commitment (1/2)"
        ))
      // On a small terminal it stands on a page of its own before the question (issue 26);
      // the keys stay.
      let small = session.screen(width: 40, height: 12, style: .plain)
      #expect(small.last?.plainSpaces.contains("q quit") == true)
      #expect(small.joined().contains("A short example"))
      #expect(!small.joined().contains("Is there a written"))
      // It is not shown again once the first question is left.
      _ = session.handle(.character("s"))
      _ = session.handle(.character("b"))
      #expect(!shown(session).contains(description))
    }
    // A resumed session goes straight to the question.
    var resumed = try Self.prepare(path).session
    #expect(resumed.currentQuestion?.id == "leadership.strategy")
    #expect(!shown(resumed).contains(description))
    #expect(!resumed.lineText().contains(description))
    // `h` on the review screen shows it, and hides it again.
    _ = resumed.handle(.character("r"))
    #expect(!shown(resumed).contains(description))
    _ = resumed.handle(.character("h"))
    #expect(shown(resumed).contains(description))
    _ = resumed.handle(.character("h"))
    #expect(!shown(resumed).contains(description))
    _ = resumed.handle(line: "h")
    #expect(resumed.lineText().contains(description))
    // Without a description, the review screen offers no `h` and says why it does nothing.
    var plain = try OptionNumberingTests.session()
    _ = plain.handle(.character("r"))
    #expect(!shown(plain).contains("h: about this questionnaire"))
    _ = plain.handle(.character("h"))
    #expect(plain.notice == "This questionnaire has no description.")
  }
}
