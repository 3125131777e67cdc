import ArushaCore
import ArushaFiles
import ArushaText
import Testing

@testable import ArushaTerminal

/// Every question screen of the bundled Revised Arusha Declaration questionnaire in French at
/// 80×24 (full screen, with and without help, and line mode) and its review screen: no line
/// starts with `;` `:` `?` `!` `»` or ends with `«`, and no straight apostrophe appears (the
/// questionnaire's French uses ’, so one would be the interface's).
@Suite struct FrenchScreenTests {
  static func check(_ lines: [String], _ place: String) {
    for line in lines {
      let trimmed = line.drop { $0 == " " }
      if let first = trimmed.first {
        let next = trimmed.dropFirst().first
        let isSign = first == "»" || (";:?!".contains(first) && (next == nil || next == " "))
        #expect(!isSign, "\(place): a line starts with \(first): \(line)")
      }
      #expect(!line.hasSuffix("«"), "\(place): a line ends with «: \(line)")
      #expect(!line.contains("'"), "\(place): straight apostrophe: \(line)")
      #expect(displayWidth(line) <= 80, "\(place): wider than 80: \(line)")
    }
  }

  @Test func everyQuestionOfTheDeclarationInFrenchAt80Columns() throws {
    let choice = try QuestionnaireChoice.resolve("rad-self-assessment")
    let response = Response(
      questionnaire: choice.reference, administration: "Douanes du Niger", round: "2024")
    var session = AssessmentSession(
      questionnaire: choice.questionnaire, response: response, language: "fr", isNew: true,
      now: { "2024-07-02T09:00:00Z" })
    Self.check(session.screen(width: 80, height: 24, style: .plain), "first screen")
    #expect(choice.questionnaire.questions.count >= 70)
    for question in choice.questionnaire.questions {
      session.enter(question.id)
      Self.check(session.screen(width: 80, height: 24, style: .plain), question.id)
      Self.check(session.screen(width: 80, style: .plain), question.id + " (whole)")
      Self.check(
        session.lineText(width: 80).split(separator: "\n").map(String.init), question.id + " (line)"
      )
      if question.help != nil {
        session.toggleHelp()
        Self.check(session.screen(width: 80, style: .plain), question.id + " (help)")
        Self.check(
          session.screen(width: 80, height: 24, style: .plain), question.id + " (help, 24)")
        let small = session.screen(width: 40, height: 12, style: .plain)
        Self.check(small, question.id + " (help, 40×12)")
        #expect(small.count <= 12 && small.allSatisfy { displayWidth($0) <= 40 }, "\(small)")
        let opening = session.localized(question.text).split(separator: " ").prefix(3)
          .joined(separator: " ")
        #expect(small.joined(separator: " ").contains(opening), "\(question.id): \(small)")
        session.toggleHelp()
      }
      // A refused key's message (a comment before any answer).
      _ = session.startComment()
      Self.check(session.screen(width: 80, style: .plain), question.id + " (message)")
    }
    session.openReview()
    Self.check(session.screen(width: 80, style: .plain), "review")
    Self.check(session.screen(width: 80, height: 24, style: .plain), "review (24)")
    Self.check(session.lineText(width: 80).split(separator: "\n").map(String.init), "review (line)")
    _ = session.complete()
    Self.check(session.screen(width: 80, style: .plain), "review (cannot complete)")
  }
}
