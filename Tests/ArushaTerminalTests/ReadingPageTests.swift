import ArushaCore
import ArushaFiles
import ArushaTestSupport
import ArushaText
import Testing

@testable import ArushaTerminal

/// Issue 26, items 8 and 9, as pure state over every question of the bundled questionnaires:
/// at 40×10, 60×15, 80×24 and 120×40 the screen fits; the key help offers `d` exactly where
/// the highlighted level's definition is not on screen; and the help, a definition and the
/// description can each be read whole, line by line, by scrolling their page.
@Suite struct ReadingPageTests {
  static let sizes = [(39, 10), (59, 15), (79, 24), (119, 40)]

  /// Every line a page shows while scrolled from its top to its end (↓ each time).
  static func everyLineRead(_ session: inout AssessmentSession, width: Int, height: Int) -> [String]
  {
    var seen: [String] = []
    for _ in 0..<200 {
      let frame = session.frame(width: width, height: height, style: .plain)
      #expect(frame.lines.count <= height)
      #expect(frame.lines.allSatisfy { displayWidth($0) <= width }, "\(frame.lines)")
      seen += frame.lines
      let before = frame.lines
      _ = session.handle(.down, width: width, height: height)
      if session.frame(width: width, height: height, style: .plain).lines == before { break }
    }
    return seen
  }

  static func words(_ lines: [String]) -> String {
    lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test(arguments: ["rad-self-assessment", "internal-affairs", "example"])
  func everyHelpAndDefinitionReadsWholeAtEverySize(_ id: String) throws {
    let choice = try QuestionnaireChoice.resolve(UserPath(id))
    for language in ["en", "fr"] {
      var s = AssessmentSession(
        questionnaire: choice.questionnaire,
        response: Response(questionnaire: choice.reference, administration: "A", round: "1"),
        language: language, now: { "2024-07-02T09:00:00Z" })
      for question in choice.questionnaire.questions {
        for (width, height) in Self.sizes {
          s.enter(question.id)
          let place = "\(id) \(language) \(question.id) \(width)×\(height)"
          let frame = s.frame(width: width, height: height, style: .plain)
          #expect(frame.lines.count <= height, "\(place)")
          let shown = Self.words(frame.lines)
          if s.hasDefinitions(question), s.field == nil {
            let definition = s.localized(question.optionDescription(at: 0))
            let first = Self.words([definition]).split(separator: " ").prefix(4)
              .joined(separator: " ")
            let offered = shown.contains(Phrases(language).definitionKey)
            let shortKeys = frame.lines.last?.contains("…") == true
            #expect(
              shown.contains(first) != offered || (shortKeys && !shown.contains(first)),
              "\(place): `d` offered \(offered)\n\(frame.lines.joined(separator: "\n"))")
            // `d`: the highlighted level's definition, whole.
            _ = s.handle(.character("d"), width: width, height: height)
            let read = Set(Self.everyLineRead(&s, width: width, height: height))
            let lines = wrapText(definition, width: width)
            #expect(
              lines.allSatisfy(read.contains), "\(place): definition\n\(read)\n\(lines)")
            _ = s.handle(.escape, width: width, height: height)
            #expect(!s.showsDefinition)
          }
          if let help = question.help {
            s.toggleHelp()
            let read = Set(Self.everyLineRead(&s, width: width, height: height))
            let lines = wrapText(
              Phrases(language).colon(Phrases(language).help) + " " + s.localized(help),
              width: width)
            #expect(lines.allSatisfy(read.contains), "\(place): help\n\(read)\n\(lines)")
            _ = s.handle(.escape, width: width, height: height)
            #expect(!s.showHelp, "\(place): Esc closes the help")
          }
        }
      }
    }
  }

  @Test(arguments: ["rad-self-assessment", "internal-affairs", "example"])
  func theDescriptionReadsWholeBeforeQuestion1AndAKeyGoesOn(_ id: String) throws {
    let choice = try QuestionnaireChoice.resolve(UserPath(id))
    for language in ["en", "fr"] {
      for (width, height) in Self.sizes {
        var s = AssessmentSession(
          questionnaire: choice.questionnaire,
          response: Response(questionnaire: choice.reference, administration: "A", round: "1"),
          language: language, isNew: true, now: { "2024-07-02T09:00:00Z" })
        let description = wrapText(s.localized(choice.questionnaire.description), width: width)
        let first = s.currentQuestion?.id
        let read = Set(Self.everyLineRead(&s, width: width, height: height))
        #expect(description.allSatisfy(read.contains), "\(id) \(language) \(width)×\(height)")
        // A key that is not for reading goes on (from a page) or acts on question 1 (above it).
        let page = s.page(width: width, height: height) == .description
        _ = s.handle(.character("x"), width: width, height: height)
        #expect(s.currentQuestion?.id == first)
        #expect(s.response.answers.isEmpty)
        if page { #expect(!s.showsDescription) }
      }
    }
  }

  /// `h` on the review screen: the description reads whole by scrolling, and Enter closes it
  /// rather than finishing the assessment.
  @Test func theReviewsDescriptionScrollsAndEnterClosesIt() throws {
    let choice = try QuestionnaireChoice.resolve(UserPath("rad-self-assessment"))
    for (width, height) in Self.sizes {
      var s = AssessmentSession(
        questionnaire: choice.questionnaire,
        response: Response(questionnaire: choice.reference, administration: "A", round: "1"),
        language: "fr", now: { "2024-07-02T09:00:00Z" })
      s.openReview()
      _ = s.handle(.character("h"), width: width, height: height)
      let description = wrapText(s.localized(choice.questionnaire.description), width: width)
      let read = Set(Self.everyLineRead(&s, width: width, height: height))
      #expect(description.allSatisfy(read.contains), "\(width)×\(height)")
      _ = s.handle(.enter, width: width, height: height)
      #expect(s.place == .review)
      #expect(!s.showHelp)
      #expect(s.notice == nil, "Enter did not try to finish")
    }
  }
}
