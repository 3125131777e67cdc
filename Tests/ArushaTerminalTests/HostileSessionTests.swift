import ArushaCore
import ArushaReports
import ArushaTestSupport
import ArushaText
import Testing

@testable import ArushaTerminal

/// The session's screens and line mode on the hostile fixture (HostileText): no control and no
/// bidirectional format character of the questionnaire or the response reaches the terminal.
@Suite struct HostileSessionTests {
  static func session() throws -> AssessmentSession {
    AssessmentSession(
      questionnaire: try HostileText.questionnaire(), response: try HostileText.response(),
      language: "en", now: { "2024-07-02T09:00:00Z" })
  }

  /// What a screen and line mode show of `session`, one after the other.
  static func shown(_ session: AssessmentSession) -> String {
    session.screen(width: 200, style: .plain).joined(separator: "\n") + "\n"
      + session.lineText(width: 200)
  }

  static func expectClean(
    _ text: String, _ place: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let forbidden = HostileText.forbidden(in: text, terminal: true)
    #expect(forbidden.isEmpty, "\(place): \(forbidden)", sourceLocation: sourceLocation)
  }

  @Test func everyScreenAndLineOfTheSession() throws {
    var session = try Self.session()
    // A complete response opens on the review screen: factor titles, the questionnaire's title.
    #expect(session.place == .review)
    var everything = Self.shown(session)
    Self.expectClean(everything, "review")
    #expect(everything.contains("Review — Title]0;pwned 31mé 漢字 الجمارك"))
    // Every question, with its help shown.
    for number in 1...6 {
      session.jump(to: number)
      session.toggleHelp()
      let shown = Self.shown(session)
      Self.expectClean(shown, "question \(number)")
      everything += shown
    }
    #expect(HostileText.missingSurvivors(in: everything).isEmpty)
    for text in [
      "Factor 1/2 · Alpha]0;pwned é 漢字 الجمارك", "Summary]0;pwned é next line",
      "Topic: Topic]0;pwned é", "Scale question]0;pwned 31mé 漢字 الجمارك",
      "None]0;pwned é — Nothing 漢字", "Help: Help]0;pwned  Tab Line é",
      "Comment: Comment]0;pwned 31mé 漢字 الجمارك", "Evidence: Evidence]0;pwned é 漢字",
      "> Answer]0;pwned 31mé 漢字 الجمارك",
      "Current answer: Not applicable — Justification]0;pwned é 漢字",
    ] {
      #expect(everything.contains(text), "\(text.debugDescription)")
    }
    // What is typed in line mode comes back in a notice: printable too (input can be a file).
    session.jump(to: 6)
    _ = session.handle(line: "\u{1B}]0;typed\u{7}\u{202E}x")
    let notice = session.lineText(width: 200)
    Self.expectClean(notice, "notice")
    #expect(notice.contains("Unknown answer ']0;typedx'."))
  }

  /// The texts of the scoring rules' keys: the questionnaire's description, a question's own
  /// level descriptions and a unit.
  @Test func descriptionsAndUnitsArePrintable() throws {
    let yaml = """
      format: arusha/questionnaire-1
      id: hostile-keys
      version: "1"
      title: {en: "Title\\e]0;pwned\\a é"}
      description: {en: "About\\e]0;pwned\\a \\x9B31m\\u202E é\\r\\nnext"}
      scales:
        m:
          - {value: 0, label: {en: None}}
          - {value: 1, label: {en: Some}, description: {en: Scale's}}
      factors:
        - id: f
          title: {en: F}
          questions:
            - id: f.scale
              type: scale
              scale: m
              text: {en: Scale?}
              help: {en: H}
              descriptions: {1: {en: "Own\\e]0;pwned\\a \\u202E 漢字"}}
            - {id: f.count, type: number, min: 0, max: 9, text: {en: Count?}, help: {en: H}, unit: {en: "cases\\e]0;pwned\\a \\u202Eالجمارك"}}

      """
    let result = QuestionnaireDecoder().decode(Array(yaml.utf8))
    let questionnaire = try #require(result.questionnaire, "\(result.diagnostics)")
    let response = Response(
      questionnaire: QuestionnaireReference(
        id: questionnaire.id, version: questionnaire.version,
        sha256: String(repeating: "0", count: 64)),
      administration: "A", round: "1")
    var session = AssessmentSession(
      questionnaire: questionnaire, response: response, language: "en", isNew: true,
      now: { "2024-07-02T09:00:00Z" })
    var everything = Self.shown(session)
    session.jump(to: 2)
    _ = session.handle(.character("3"))
    everything += Self.shown(session)
    _ = session.handle(.tab)  // the review screen
    _ = session.handle(.character("h"))
    everything += Self.shown(session)
    Self.expectClean(everything, "descriptions and units")
    #expect(HostileText.missingSurvivors(in: everything).isEmpty)
    for text in ["About]0;pwned 31m é next", "Some — Own]0;pwned  漢字", "> 3 cases]0;pwned الجمارك"]
    {
      #expect(everything.contains(text), "\(text.debugDescription)")
    }
  }

  @Test func runnerMessagesShowPathsPrintable() {
    let text = SessionText("en")
    let path = "out\u{1B}]0;x\u{7}\u{202E}.yaml"
    for line in [
      text.saved(path), text.completed(path), text.resume("arusha assess -o '\(path)'"),
    ] {
      Self.expectClean(line, line)
      #expect(line.contains("out]0;x.yaml"))
    }
  }
}
