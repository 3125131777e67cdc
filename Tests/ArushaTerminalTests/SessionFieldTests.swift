import ArushaCore
import ArushaFiles
import ArushaTestSupport
import ArushaText
import Testing

@testable import ArushaTerminal

/// What a newcomer found in a real terminal after the first round of issue 12 (the note
/// lists them): fields keep the focus after a comment, `:h` leaves no trace, ← → move by
/// whole characters, Tab keeps typed text, French `1,500` is asked again, and small screens
/// keep the question, the insertion point and the way out.
@Suite struct SessionFieldTests {
  typealias Session = AssessmentSession

  func session(_ answers: [String: Answer] = [:], language: String = "en") throws -> Session {
    try AssessmentSessionTests.session(answers, language: language)
  }

  func type(_ text: String, _ session: inout Session) {
    for scalar in text.unicodeScalars { _ = session.handle(.character(Character(scalar))) }
  }

  @Test func aCommentOnATextQuestionGivesTheFocusBackToItsAnswer() throws {
    var s = try session([
      "audit-investigation.notes": .value(.text("More staff")),
      "audit-investigation.cases": .value(.number(12)),
    ])
    s.enter("audit-investigation.notes")
    _ = s.handle(.clearLine)
    type(":c", &s)
    _ = s.handle(.enter)
    #expect(s.field?.purpose == .comment)
    type("Draft", &s)
    _ = s.handle(.enter)
    // The evidence prompt may follow; Esc leaves it. Then the answer field has the focus.
    if s.field?.purpose == .evidence { _ = s.handle(.escape) }
    #expect(s.field?.purpose == .answer && s.field?.string == "More staff")
    type("r", &s)  // a letter types: it does not open the review
    #expect(s.place == .question("audit-investigation.notes") && s.field?.string == "More staffr")
    // Esc on the comment prompt gives the focus back too.
    s.enter("audit-investigation.cases")
    _ = s.handle(.clearLine)
    type(":c", &s)
    _ = s.handle(.enter)
    #expect(s.field?.purpose == .comment)
    _ = s.handle(.escape)
    #expect(s.field?.purpose == .answer && s.field?.string == "12")
  }

  @Test func aCommandTypedInAFieldLeavesNoTrace() throws {
    var s = try session()
    s.enter("audit-investigation.notes")
    type(":h", &s)
    _ = s.handle(.enter)
    #expect(s.showHelp && s.field?.string == "")
    type("Plus", &s)
    _ = s.handle(.enter)
    #expect(s.response.answers["audit-investigation.notes"]?.value == .text("Plus"))
  }

  @Test func arrowsMoveByWholeCharactersWhateverTheScalarsTyped() throws {
    var s = try session()
    s.enter("audit-investigation.notes")
    type("ae\u{301}👨‍👩‍👧b", &s)  // arrives scalar by scalar
    #expect(s.field?.text.count == 4, "a, é, the family, b: \(String(describing: s.field?.text))")
    _ = s.handle(.left)
    _ = s.handle(.left)
    type("X", &s)
    #expect(s.field?.string == "aéX👨‍👩‍👧b")
    _ = s.handle(.home)
    _ = s.handle(.right)
    _ = s.handle(.right)
    type("Y", &s)
    #expect(s.field?.string == "aéYX👨‍👩‍👧b", "the accent stays on its e")
  }

  @Test func tabConfirmsTypedTextInsteadOfDroppingIt() throws {
    var s = try session()
    s.enter("audit-investigation.cases")
    type("1200", &s)
    #expect(s.handle(.tab).save)
    #expect(s.response.answers["audit-investigation.cases"]?.value == .number(1200))
    #expect(s.currentQuestion?.id != "audit-investigation.cases", "and on to the next")
    // An unchanged answer: Tab only moves on.
    s.enter("audit-investigation.cases")
    #expect(!s.handle(.tab).save)
  }

  @Test func shiftTabConfirmsTypedTextAndGoesBack() throws {
    var s = try session()
    s.enter("audit-investigation.cases")
    let before = s.visible[try #require(s.currentIndex) - 1].id
    type("75", &s)
    #expect(s.handle(.backTab).save)
    #expect(s.response.answers["audit-investigation.cases"]?.value == .number(75))
    #expect(s.currentQuestion?.id == before, "and back to the question before")
  }

  /// Ctrl-D in a field (the runner does the same on Ctrl-C, SIGTERM or a closed terminal):
  /// what was typed and reads as an answer is kept; a field command or an unreadable number
  /// keeps nothing.
  @Test func leavingTheSessionKeepsTypedText() throws {
    var s = try session()
    s.enter("audit-investigation.notes")
    type("Two new investigators", &s)
    #expect(s.handle(.endOfInput).save)
    #expect(s.place == .quit)
    #expect(
      s.response.answers["audit-investigation.notes"]?.value == .text("Two new investigators"))
    var command = try session()
    command.enter("audit-investigation.notes")
    type(":h", &command)
    #expect(!command.keepTypedText().save)
    var unreadable = try session()
    unreadable.enter("audit-investigation.cases")
    type("douze", &unreadable)
    #expect(!unreadable.keepTypedText().save && unreadable.notice == nil)
    #expect(unreadable.response.answers["audit-investigation.cases"] == nil)
  }

  @Test func backOnTheFirstQuestionSaysSo() throws {
    var s = try session(language: "fr")
    let first = s.currentQuestion?.id
    _ = s.handle(.character("b"))
    #expect(s.currentQuestion?.id == first && s.notice == "C’est la première question.")
  }

  @Test func frenchOneCommaFiveHundredIsAskedAgainAndAShownAnswerStays() throws {
    var s = try session(language: "fr")
    s.enter("audit-investigation.cases")
    type("1,500", &s)
    #expect(!s.handle(.enter).save)
    #expect(s.notice != nil && s.response.answers["audit-investigation.cases"] == nil)
    // 42,125 shown as the answer and confirmed unchanged stays 42.125.
    var kept = try session(["audit-investigation.cases": .value(.number(42.125))], language: "fr")
    kept.enter("audit-investigation.cases")
    #expect(kept.field?.string == "42,125")
    _ = kept.handle(.enter)
    #expect(kept.notice == nil)
    #expect(kept.response.answers["audit-investigation.cases"]?.value == .number(42.125))
  }

  /// "About this questionnaire" on the review screen reads from its start at any size.
  @Test func theReviewHelpShowsTheDescriptionFromItsStart() throws {
    let choice = try QuestionnaireChoice.resolve("rad-self-assessment")
    var s = AssessmentSession(
      questionnaire: choice.questionnaire,
      response: Response(questionnaire: choice.reference, administration: "A", round: "1"),
      language: "fr", now: { "2024-07-02T09:00:00Z" })
    s.openReview()
    s.toggleHelp()
    let description = try #require(choice.questionnaire.description)
    let start = s.localized(description).split(separator: " ").prefix(3).joined(separator: " ")
    for (width, height) in [(79, 24), (39, 10)] {
      let frame = s.frame(width: width, height: height, style: .plain)
      #expect(frame.lines.count <= height)
      // A reading page (issue 26): the title, then the description from its start (on a small
      // screen the title keeps one line and the blank lines go), and the way out.
      let first = frame.lines.firstIndex { $0.plainSpaces.hasPrefix(start.plainSpaces) }
      #expect(first != nil && first! <= 3, "\(frame.lines)")
      #expect(frame.lines.joined().plainSpaces.contains("q quitter"))
    }
  }

  /// Every question of the bundled questionnaires, answered or not, with a long field open
  /// and help shown, at the smallest size and a little above: the frame fits, the question
  /// starts it whole, the insertion point is on screen, and the key help says how to quit.
  @Test(arguments: ["example", "rad-self-assessment", "internal-affairs"])
  func smallScreensKeepTheQuestionTheCursorAndTheWayOut(_ id: String) throws {
    let choice = try QuestionnaireChoice.resolve(UserPath(id))
    for language in ["en", "fr"] {
      var s = AssessmentSession(
        questionnaire: choice.questionnaire,
        response: Response(questionnaire: choice.reference, administration: "A", round: "1"),
        language: language, now: { "2024-07-02T09:00:00Z" })
      let quit = Phrases(language).pick("q quit", "q quitter")
      for question in choice.questionnaire.questions {
        for (width, height) in [(39, 10), (39, 12), (44, 10), (79, 12)] {
          s.enter(question.id)
          var states: [String: AssessmentSession.Frame] = [
            "plain": s.frame(width: width, height: height, style: .plain)
          ]
          if question.help != nil {
            s.toggleHelp()
            states["help"] = s.frame(width: width, height: height, style: .plain)
            s.toggleHelp()
          }
          if s.field != nil {
            type(String(repeating: "Décision 2024-117 ", count: 8), &s)
            states["long field"] = s.frame(width: width, height: height, style: .plain)
          }
          for (state, frame) in states {
            let place = "\(id) \(language) \(question.id) \(width)×\(height) \(state)"
            #expect(frame.lines.count <= height, "\(place): \(frame.lines.count) lines")
            #expect(
              frame.lines.allSatisfy { displayWidth($0) <= width },
              "\(place): \(frame.lines.filter { displayWidth($0) > width })")
            let words = frame.lines.joined(separator: " ").plainSpaces.split(separator: " ")
              .joined(separator: " ")
            let opening = s.localized(question.text).plainSpaces.split(separator: " ")
              .joined(separator: " ")
            // Whole; or, when the question alone is taller than the screen, its start fills
            // every row but the highlighted option (or the field) and the key help; or, the
            // help on a page of its own (issue 26), the question's start heads it.
            let start = opening.split(separator: " ").prefix(4).joined(separator: " ")
            #expect(
              words.contains(opening) || (state == "help" && words.hasPrefix(opening.prefix(20)))
                || (frame.lines.count == height && words.hasPrefix(start)
                  && frame.lines[height - 3].hasSuffix("…")),
              "\(place): question missing\n\(frame.lines)")
            if s.field != nil, state == "long field" {
              let cursor = try #require(frame.cursor, "\(place): no cursor")
              #expect(cursor.row < frame.lines.count, "\(place)")
            }
            if width >= 44 {
              #expect(words.contains(quit), "\(place): no way out\n\(frame.lines)")
            }
          }
        }
      }
    }
  }
}
