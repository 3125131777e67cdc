import ArushaCore
import ArushaFiles
import ArushaTestSupport
import ArushaText
import Testing

@testable import ArushaTerminal

/// Issue 26 as pure state, on the bundled example (see ``AssessmentSessionTests``): where a
/// session starts and what it records, the review's keys and rows, and the numbering.
@Suite struct SessionPositionReviewStateTests {
  static func session(
    _ answers: [String: Answer] = [:], position: String? = nil,
    status: Response.Status = .inProgress, language: String = "en"
  ) throws -> AssessmentSession {
    let choice = try QuestionnaireChoice.resolve("example")
    let response = Response(
      questionnaire: choice.reference, administration: "Test Customs", round: "2024",
      status: status, position: position, answers: answers)
    return AssessmentSession(
      questionnaire: choice.questionnaire, response: response, language: language,
      now: { "2024-07-02T09:00:00Z" })
  }

  @Test func theSessionStartsAtItsPositionAndRecordsEveryMove() throws {
    var session = try Self.session(
      ["leadership.strategy": .value(.number(0))], position: "audit-investigation.cases")
    #expect(session.place == .question("audit-investigation.cases"))
    _ = session.handle(.backTab)  // back from the number field: a move that answers nothing
    #expect(session.response.position == "audit-investigation.reporting")
    // A position hidden by its condition now: the next question asked after it.
    let hidden = try Self.session(
      ["leadership.strategy": .value(.number(0))], position: "leadership.strategy-reviewed")
    #expect(hidden.place == .question("leadership.channels"))
    // None: the first unanswered, as before.
    let old = try Self.session(["leadership.strategy": .value(.number(0))])
    #expect(old.place == .question("leadership.channels"))
  }

  @Test func completingRemovesThePositionAndAChangeThatReopensRecordsIt() throws {
    var session = try Self.session(
      [
        "leadership.strategy": .value(.number(0)), "leadership.channels": .value(.selection([3])),
        "audit-investigation.reporting": .value(.number(0)),
      ], position: "audit-investigation.notes")
    _ = session.handle(line: ":r")  // from the text field
    #expect(session.handle(.enter).save)
    #expect(session.place == .completed)
    #expect(session.response.status == .complete && session.response.position == nil)
    // A complete response: moves record nothing.
    var complete = try Self.session(
      [
        "leadership.strategy": .value(.number(0)), "leadership.channels": .value(.selection([3])),
        "audit-investigation.reporting": .value(.number(0)),
      ], status: .complete)
    #expect(complete.place == .review)
    let opened = complete.jump(to: 1)
    #expect(opened)
    #expect(complete.response.position == nil)
    // Level 1 shows the follow-up, unanswered: in progress again, with where it stands.
    #expect(complete.handle(.character("1")).save)
    #expect(complete.response.status == .inProgress)
    #expect(complete.response.position == "leadership.strategy")
  }

  @Test func theReviewHighlightsOpensAndFinishes() throws {
    var session = try Self.session()
    _ = session.handle(.character("r"))
    #expect(session.reviewRow == nil)
    var keys = session.screen(width: 100, style: .plain).joined(separator: " ").plainSpaces
    #expect(keys.contains("Enter: finish the assessment"))
    _ = session.handle(.down)
    #expect(session.reviewRow == 0)
    _ = session.handle(.end)
    #expect(session.reviewRow == 4)  // five questions asked: 1, 3, 4, 5, 6
    keys = session.screen(width: 100, style: .plain).joined(separator: " ").plainSpaces
    #expect(keys.contains("Enter: open question 6"))
    _ = session.handle(.pageUp)
    #expect(session.reviewRow == 0)
    _ = session.handle(.pageDown)
    #expect(session.reviewRow == 4)
    _ = session.handle(.up)
    _ = session.handle(.enter)
    #expect(session.place == .question("audit-investigation.cases"))
    for character in "7" { _ = session.handle(.character(character)) }
    #expect(session.handle(.enter).save)
    #expect(session.place == .review)
    #expect(session.reviewRow == 3)
    _ = session.handle(.escape)
    #expect(session.reviewRow == nil)
    _ = session.handle(.enter)
    #expect(session.place == .review)
    #expect(session.notice == "3 required questions have no answer yet: answer them to finish.")
  }

  @Test func everyReviewRowFitsItsWidthAndStandsOut() throws {
    for language in ["en", "fr"] {
      var session = try Self.session(
        [
          "leadership.strategy": Answer(value: .number(2), comment: "c"),
          "leadership.channels": Answer(value: .selection([3, 2, 1]), evidence: "e"),
        ], language: language)
      _ = session.handle(.character("r"))
      for width in [30, 40, 60, 80, 120] {
        for height in [10, 14, 24, 60] {
          let frame = session.frame(width: width, height: height, style: .plain)
          #expect(frame.lines.count <= height, "\(width)×\(height)")
          for line in frame.lines {
            #expect(displayWidth(line) <= width, "\(language) \(width): \(line)")
          }
        }
      }
      let rows = session.screen(width: 80, style: .plain)
      let missing = language == "en" ? "! required" : "! obligatoire"
      #expect(rows.contains { $0.hasPrefix("  4  ") && $0.hasSuffix(missing) }, "\(rows)")
      #expect(rows.contains { $0.hasPrefix("  1  ") && $0.hasSuffix("C   †") }, "\(rows)")
      // A hidden question's number says so.
      let beyond = session.jump(to: 9)
      #expect(!beyond)
      session = try Self.session(language: language)
      let hidden = session.jump(to: 2)
      #expect(!hidden)
      #expect(
        session.notice
          == (language == "en"
            ? "Question 2 is not asked: its condition depends on earlier answers."
            : "La question 2 n’est pas posée\u{A0}: sa condition dépend de réponses précédentes."))
    }
  }

  @Test func theProgressLineNumbersByTheFile() throws {
    var session = try Self.session(["leadership.strategy": .value(.number(0))], language: "fr")
    #expect(session.currentQuestion?.id == "leadership.channels")
    #expect(
      session.screen(width: 80, style: .plain).contains {
        $0.hasPrefix("Question 3/6 · 1 réponse ")
      })
    _ = session.handle(line: "s")
    #expect(session.lineText().contains("Question 4/6 · 1 réponse\n"))
  }
}
