import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaTestSupport
import Testing

@testable import ArushaTerminal

/// The engine driven by scripted keys and lines, on the bundled example (every question type):
/// 1 leadership.strategy (scale 0…2, keyed by value; critical, evidence), 2
/// leadership.strategy-reviewed (yesno, when strategy >= 1), 3 leadership.channels (multi: 3, 2,
/// 1, numbered 1…3; no "don't know"), 4 audit-investigation.reporting (choice 0…2, keyed by
/// value; allow_na, evidence expected), 5 …cases (number 0..100000, optional), 6 …notes (text,
/// optional).
@Suite struct AssessmentSessionTests {
  static func session(_ answers: [String: Answer] = [:], language: String = "en") throws
    -> AssessmentSession
  {
    let choice = try QuestionnaireChoice.resolve("example")
    let response = Response(
      questionnaire: choice.reference, administration: "Test Customs", round: "2024",
      answers: answers)
    return AssessmentSession(
      questionnaire: choice.questionnaire, response: response, language: language,
      now: { "2024-07-02T09:00:00Z" })
  }

  func type(_ text: String, into session: inout AssessmentSession) -> [Bool] {
    text.map { session.handle(.character($0)).save }
  }

  @Test func everyKeyAndTypeThroughToCompletion() throws {
    var session = try Self.session()
    #expect(session.place == .question("leadership.strategy"))
    // A digit answers the scale (its value: 0…2); the question wants evidence, asked at once.
    #expect(session.handle(.character("2")).save)
    #expect(session.response.answers["leadership.strategy"]?.value == .number(2))
    #expect(session.screen(width: 80, style: .plain).contains("> "))
    _ = type("Decision 2021-045", into: &session)
    #expect(session.handle(.enter).save)
    #expect(session.response.answers["leadership.strategy"]?.evidence == "Decision 2021-045")
    // strategy >= 1, so the follow-up shows: arrows and Enter answer it.
    #expect(session.place == .question("leadership.strategy-reviewed"))
    _ = session.handle(.down)
    #expect(session.handle(.enter).save)
    #expect(session.response.answers["leadership.strategy-reviewed"]?.value == .number(0))
    // Multi: toggle 1 and 3 with digits, 3 off again with space on the highlight, then 2.
    #expect(session.place == .question("leadership.channels"))
    _ = type("13", into: &session)
    _ = session.handle(.character(" "))
    _ = type("2", into: &session)
    #expect(session.screen(width: 80, style: .plain).contains { $0.contains("◉ 2 ") })
    // "Don't know" is not offered here.
    #expect(!session.handle(.character("u")).save)
    #expect(
      session.screen(width: 80, style: .plain).contains(
        "“Don't know” is not offered for this question."))
    // The message is modal: this Enter only dismisses it; the next one confirms.
    #expect(!session.handle(.enter).save)
    #expect(session.response.answers["leadership.channels"] == nil)
    #expect(session.handle(.enter).save)
    #expect(session.response.answers["leadership.channels"]?.value == .selection([3, 2]))
    // Not applicable needs a justification; Esc leaves the prompt unchanged.
    #expect(session.place == .question("audit-investigation.reporting"))
    _ = session.handle(.character("a"))
    _ = session.handle(.escape)
    #expect(session.response.answers["audit-investigation.reporting"] == nil)
    _ = session.handle(.character("a"))
    #expect(!session.handle(.enter).save)
    #expect(
      session.screen(width: 80, style: .plain).contains(
        "A justification is required for “not applicable”."))
    // In a field the next key dismisses the message and still types (issue 26).
    _ = type("No public window", into: &session)
    #expect(session.handle(.enter).save)
    #expect(
      session.response.answers["audit-investigation.reporting"]
        == .notApplicable("No public window"))
    // A number out of range is refused, naming it, with the bounds; the typed text stays.
    #expect(session.place == .question("audit-investigation.cases"))
    _ = type("-4", into: &session)
    #expect(!session.handle(.enter).save)
    #expect(
      session.screen(width: 80, style: .plain).joined(separator: " ").contains(
        "'-4' is outside the bounds. Enter a number from 0 to 100,000."))
    #expect(session.field?.string == "-4")
    _ = session.handle(.clearLine)  // Ctrl-U dismisses the message and clears
    _ = type("12", into: &session)
    #expect(session.handle(.enter).save)
    #expect(session.response.answers["audit-investigation.cases"]?.value == .number(12))
    // Text: letters type into the field (even 'q'), Backspace and arrows edit, Enter confirms.
    _ = type("Mor staff", into: &session)
    _ = session.handle(.home)
    _ = session.handle(.right)
    _ = session.handle(.right)
    _ = session.handle(.right)
    _ = session.handle(.character("e"))
    _ = session.handle(.end)
    _ = type(" q", into: &session)
    _ = session.handle(.backspace)
    _ = session.handle(.backspace)
    #expect(session.handle(.enter).save)
    #expect(session.response.answers["audit-investigation.notes"]?.value == .text("More staff"))
    // After the last question: the review screen; Enter completes.
    #expect(session.place == .review)
    #expect(session.handle(.enter).save)
    #expect(session.place == .completed)
    #expect(
      session.response.status == .complete && session.response.completed == "2024-07-02T09:00:00Z")
  }

  @Test func backSkipHelpCommentAndTabNavigation() throws {
    var session = try Self.session()
    _ = session.handle(.character("s"))  // skip strategy: its follow-up stays hidden
    #expect(session.place == .question("leadership.channels"))
    _ = session.handle(.backTab)
    #expect(session.place == .question("leadership.strategy"))
    _ = session.handle(.character("h"))
    #expect(
      session.screen(width: 100, style: .plain).contains {
        $0.hasPrefix("Help: A strategy or action plan")
      })
    _ = session.handle(.character("c"))
    #expect(
      session.screen(width: 80, style: .plain).contains(
        "Answer the question first, then add a comment."))
    _ = session.handle(.character("x"))  // only dismisses the message
    _ = session.handle(.character("0"))
    _ = session.handle(.escape)  // no evidence
    // strategy = 0 keeps the follow-up hidden; back returns to the scale with its answer marked.
    #expect(session.place == .question("leadership.channels"))
    _ = session.handle(.left)
    #expect(session.screen(width: 80, style: .plain).contains { $0.contains("● 0 ") })
    _ = session.handle(.character("c"))
    _ = type("Draft only", into: &session)
    #expect(session.handle(.enter).save)
    #expect(session.response.answers["leadership.strategy"]?.comment == "Draft only")
    _ = session.handle(.escape)  // the evidence prompt that follows a comment
    #expect(session.place == .question("leadership.strategy"))
    _ = session.handle(.tab)
    _ = session.handle(.right)
    #expect(session.place == .question("audit-investigation.reporting"))
    _ = session.handle(.character("u"))
    #expect(session.response.answers["audit-investigation.reporting"] == .unknown)
  }

  @Test func reviewListsMissingAndJumpsByNumber() throws {
    var session = try Self.session()
    _ = session.handle(.character("r"))
    let review = session.screen(width: 100, style: .plain)
    #expect(review.contains("Leadership and Commitment: 0 answered, 2 missing"))
    // Issue 26: every question by its number in the file, a required one without an answer
    // marked so.
    #expect(
      review.contains {
        $0.hasPrefix("  1  Is there a written integrity strategy?") && $0.hasSuffix("! required")
      })
    _ = session.handle(.enter)
    #expect(session.place == .review)
    #expect(
      session.screen(width: 100, style: .plain).contains(
        "3 required questions have no answer yet: answer them to finish."))
    _ = session.handle(.character("x"))  // only dismisses the message
    _ = session.handle(.character("4"))  // its number in the file (issue 26)
    _ = session.handle(.enter)
    #expect(session.place == .question("audit-investigation.reporting"))
    _ = session.handle(.character("r"))
    _ = session.handle(.character("9"))
    _ = session.handle(.enter)
    #expect(
      session.screen(width: 100, style: .plain).contains("Type a question number from 1 to 6."))
  }

  @Test func changingAnAnswerHidesAFollowUpButKeepsItsAnswer() throws {
    var session = try Self.session([
      "leadership.strategy": .value(.number(2)), "leadership.strategy-reviewed": .value(.number(1)),
    ])
    // Resumes at the first unanswered visible question.
    #expect(session.place == .question("leadership.channels"))
    _ = session.handle(.character("b"))
    _ = session.handle(.character("b"))
    _ = session.handle(.character("0"))  // strategy 0: the follow-up hides
    _ = session.handle(.escape)
    #expect(session.place == .question("leadership.channels"))
    #expect(session.response.answers["leadership.strategy-reviewed"]?.value == .number(1))
    #expect(!session.visible.contains { $0.id == "leadership.strategy-reviewed" })
  }

  @Test func completeResponseOpensOnTheReviewScreen() throws {
    var response = try Self.session().response
    response.status = .complete
    let choice = try QuestionnaireChoice.resolve("example")
    let session = AssessmentSession(
      questionnaire: choice.questionnaire, response: response, language: "en", now: { "" })
    #expect(session.place == .review)
  }

  @Test func lineModeForms() throws {
    var session = try Self.session(language: "fr")
    #expect(session.lineText().contains("  0) Inexistant — Aucune politique ni pratique n'existe."))
    _ = session.handle(line: "5")
    #expect(session.lineText().contains("Choisissez un nombre de 0 à 2."))
    _ = session.handle(line: "1")
    _ = session.handle(line: "")  // no evidence
    _ = session.handle(line: "oui")
    #expect(session.response.answers["leadership.strategy-reviewed"]?.value == .number(1))
    _ = session.handle(line: "1,3")
    #expect(session.response.answers["leadership.channels"]?.value == .selection([3, 1]))
    _ = session.handle(line: "na Pas de guichet public")
    #expect(
      session.response.answers["audit-investigation.reporting"]
        == .notApplicable("Pas de guichet public"))
    _ = session.handle(line: "douze")
    #expect(session.lineText().contains("«\u{A0}douze\u{A0}» n’est pas un nombre ici."))
    #expect(session.lineText().contains("Saisissez un nombre de 0 à 100\u{202F}000."))
    _ = session.handle(line: "12,5")
    #expect(session.response.answers["audit-investigation.cases"]?.value == .number(12.5))
    _ = session.handle(line: ":b")
    #expect(session.place == .question("audit-investigation.cases"))
    _ = session.handle(line: ":s")
    _ = session.handle(line: "b")  // on a text question, a plain line is the answer
    #expect(session.response.answers["audit-investigation.notes"]?.value == .text("b"))
    #expect(session.place == .review)
    _ = session.handle(line: "")
    #expect(session.place == .completed)
  }

  @Test func everyWordInFrench() throws {
    var session = try Self.session(language: "fr")
    let screen = session.screen(width: 120, style: .plain).joined(separator: "\n").plainSpaces
    #expect(screen.contains("Facteur 1 · Conduite et engagement des responsables (1/2)"))
    #expect(screen.contains("Question 1/6 · 0 réponse"))
    #expect(
      screen.contains(
        "u ne sait pas · h aide · c commentaire · b retour · s passer · r récapitulatif · q quitter"
      ))
    _ = session.handle(.character("r"))
    #expect(
      session.screen(width: 120, style: .plain).contains(
        "Conduite et engagement des responsables\u{A0}: 0 réponse, 2 manquantes"))
  }

  /// Numbers by language, in both modes: in English a comma groups thousands, and what could
  /// be two numbers is asked again with an example, never stored.
  @Test(arguments: [false, true])
  func numbersAreReadByTheSessionsLanguage(lineMode: Bool) throws {
    let skip = ["leadership.strategy", "leadership.channels", "audit-investigation.reporting"]
    var answers: [String: Answer] = [:]
    for id in skip { answers[id] = .notApplicable("n/a") }
    for language in ["en", "fr"] {
      var session = try Self.session(answers, language: language)
      #expect(session.place == .question("audit-investigation.cases"))
      func enter(_ text: String) -> Bool {
        if lineMode { return session.handle(line: text).save }
        _ = session.handle(.end)
        for _ in 0..<20 { _ = session.handle(.backspace) }
        _ = type(text, into: &session)
        return session.handle(.enter).save
      }
      let (grouped, ambiguous, example) =
        language == "en"
        ? ("12,345", "1,5", "Type a number, e.g. 1,500 or 3.5.")
        : ("12 345", "12.345", "Tapez un nombre, par ex. 1\u{202F}500 ou 3,5.")
      #expect(!enter(ambiguous))
      #expect(session.response.answers["audit-investigation.cases"] == nil)
      #expect(session.place == .question("audit-investigation.cases"))
      let shown =
        lineMode
        ? session.lineText() : session.screen(width: 100, style: .plain).joined(separator: "\n")
      #expect(shown.contains(example), "\(shown)")
      #expect(enter(grouped))
      #expect(session.response.answers["audit-investigation.cases"]?.value == .number(12345))
      _ = session.handle(line: ":b")
      #expect(enter(language == "en" ? "1,500" : "3,5"))
      #expect(
        session.response.answers["audit-investigation.cases"]?.value
          == .number(language == "en" ? 1500 : 3.5))
      _ = session.handle(line: ":b")
      #expect(
        session.screen(width: 100, style: .plain).contains {
          $0.hasPrefix("> " + (language == "en" ? "1500 " : "3,5 "))
        })
    }
  }

  @Test func tallQuestionsKeepTheirKeysVisible() throws {
    let session = try Self.session()
    let lines = session.screen(width: 40, height: 12, style: .plain)
    #expect(lines.count <= 12)
    #expect(lines.last?.plainSpaces.contains("q quit") == true)
  }

  @Test func controlCharactersFromFilesNeverReachTheScreen() throws {
    var session = try Self.session()
    _ = session.handle(.character("1"))
    _ = type("\u{1B}]0;x\u{7}", into: &session)
    _ = session.handle(.enter)
    _ = session.handle(.character("b"))
    let screen = session.screen(width: 80, style: .plain).joined()
    #expect(!screen.unicodeScalars.contains { $0.value < 0x20 })
  }

  @Test func changingACompleteResponseSoThatAFollowUpShowsReopensIt() throws {
    let choice = try QuestionnaireChoice.resolve("example")
    var response = try Self.session([
      "leadership.strategy": .value(.number(0)), "leadership.channels": .value(.selection([1])),
      "audit-investigation.reporting": .value(.number(2)),
    ]).response
    response.status = .complete
    response.completed = "2024-07-01T00:00:00Z"
    var session = AssessmentSession(
      questionnaire: choice.questionnaire, response: response, language: "en", now: { "t" })
    #expect(session.place == .review)
    session.jump(to: 1)
    _ = session.handle(.character("2"))  // strategy 2: "Was it reviewed?" now shows, unanswered
    #expect(session.response.status == .inProgress && session.response.completed == nil)
  }
}
