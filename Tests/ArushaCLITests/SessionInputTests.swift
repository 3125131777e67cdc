import ArushaCore
import ArushaFiles
import ArushaTestSupport
import Foundation
import Testing

/// The input side of "The session in a real terminal" (cli.md), on a real pty: Ctrl-Z and
/// `fg`, bracketed paste, the yes/no keys of the session's language, and modal messages.
@Suite(.serialized) struct SessionInputTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The response saved in `directory`, or nil when none was saved yet.
  func saved(_ directory: URL) throws -> Response? {
    let url = directory.appendingPathComponent("r.yaml")
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let choice = try QuestionnaireChoice.resolve("example")
    let header = try #require(ResponseDecoder.header([UInt8](try Data(contentsOf: url))).header)
    return try #require(
      ResponseDecoder.decode(header, questionnaire: choice.questionnaire).response)
  }

  func answers(_ directory: URL) throws -> [String: Answer] {
    try saved(directory)?.answers ?? [:]
  }

  static func command(_ language: String = "en") -> [String] {
    [
      "assess", "example", "--administration", "Test Customs", "--round", "2024", "-o", "r.yaml",
      "--lang", language,
    ]
  }

  @Test func ctrlZRestoresTheTerminalStopsAndFgRedrawsWithoutAnsweringTypedKeys() throws {
    let directory = try folder()
    let pty = try PseudoTerminal()
    let before = pty.settings()
    try pty.start(Self.command(), directory: directory)
    #expect(pty.waitFor("Is there a written integrity strategy?"))
    pty.type("1")  // "Partly in place"
    pty.type("\u{1B}")  // no evidence
    #expect(pty.waitFor("Was it reviewed in the last two years?"))
    pty.clear()
    pty.signal(SIGTSTP)  // what Ctrl-Z sends from a terminal that is the session's own
    #expect(pty.waitUntilStopped(), "SIGTSTP stops the process for real")
    pty.waitForOutput("\u{1B}[?1049l")  // what it wrote before stopping, read by now
    let left = pty.output
    #expect(left.contains("\u{1B}[?2004l"), "bracketed paste is turned off")
    #expect(left.contains("\u{1B}[?25h"), "the cursor is shown")
    #expect(left.contains("\u{1B}[?1049l"), "the alternate screen is left")
    #expect(pty.settings() == before, "the shell gets the terminal in its own mode")
    // Keys typed while stopped, in the shell's cooked mode: none may answer anything.
    pty.type("y\r2\r")
    pty.clear()
    pty.signal(SIGCONT)  // what `fg` sends
    #expect(pty.waitFor("Was it reviewed in the last two years?"), "the screen is redrawn")
    pty.waitForOutput("\u{1B}[?2004h")
    let back = pty.output
    #expect(back.contains("\u{1B}[?1049h") && back.contains("\u{1B}[?2004h"))
    #expect(pty.settings() != before, "raw mode again")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(pty.settings() == before)
    let kept = try answers(directory)
    #expect(kept["leadership.strategy"]?.value == .number(1))
    #expect(kept["leadership.strategy-reviewed"] == nil, "the key typed while stopped is dropped")
    #expect(kept.count == 1)
  }

  @Test func aPasteOfThreeLinesIntoATextQuestionIsOneLineAndAnswersNothingElse() throws {
    let directory = try folder()
    let pty = try PseudoTerminal()
    try pty.start(Self.command(), directory: directory)
    #expect(pty.waitFor("Is there a written integrity strategy?"))
    #expect(pty.output.contains("\u{1B}[?2004h"), "bracketed paste is on")
    pty.type("r")
    #expect(pty.waitFor("Review"))
    pty.type("5\r")  // the text question, the fifth visible one
    #expect(pty.waitFor("What would most improve investigations?"))
    pty.clear()
    pty.type("\u{1B}[200~More investigators\nNo follow-up needed\r\nyes\n\u{1B}[201~")
    #expect(pty.waitFor("More investigators No follow-up needed yes"))
    #expect(try answers(directory).isEmpty, "a paste confirms nothing")
    pty.clear()
    pty.type("\r")
    #expect(pty.waitFor("Review"))
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(pty.output.contains("\u{1B}[?2004l"), "bracketed paste is off again")
    let response = try #require(try saved(directory))
    #expect(
      response.answers["audit-investigation.notes"]?.value
        == .text("More investigators No follow-up needed yes"))
    #expect(response.answers.count == 1, "the following questions stay unanswered")
    #expect(response.status == .inProgress)
  }

  @Test func aPasteOnAChoiceQuestionAnswersNothing() throws {
    let directory = try folder()
    let pty = try PseudoTerminal()
    try pty.start(Self.command(), directory: directory)
    #expect(pty.waitFor("Is there a written integrity strategy?"))
    pty.type("\u{1B}[200~2\ny\n1\n\u{1B}[201~")
    #expect(pty.waitFor("Paste is only for text answers."))
    pty.type("q")  // only dismisses the note
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory).isEmpty)
  }

  @Test func yesNoKeysFollowTheLanguageInEitherCase() throws {
    let directory = try folder()
    let pty = try PseudoTerminal()
    try pty.start(Self.command(), directory: directory)
    #expect(pty.waitFor("Is there a written integrity strategy?"))
    pty.type("1")
    pty.type("\u{1B}")
    #expect(pty.waitFor("Was it reviewed in the last two years?"))
    pty.clear()
    pty.type("o")  // oui is no key in English: nothing happens
    pty.type("N")
    #expect(pty.waitFor("How does leadership communicate on integrity?"))
    #expect(try answers(directory)["leadership.strategy-reviewed"]?.value == .number(0))
    pty.type("b")
    #expect(pty.waitFor("Current answer: No"))
    pty.clear()
    pty.type("Y")
    #expect(pty.waitFor("How does leadership communicate on integrity?"))
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["leadership.strategy-reviewed"]?.value == .number(1))

    // In French, o (oui) and O answer yes, and y does nothing.
    let french = try folder()
    try pty.start(Self.command("fr"), directory: french)
    #expect(pty.waitFor("Existe-t-il une stratégie d'intégrité écrite"))
    pty.type("1")
    pty.type("\u{1B}")
    #expect(pty.waitFor("A-t-elle été revue"))
    pty.clear()
    pty.type("y")
    pty.type("O")
    #expect(pty.waitFor("Comment la direction communique-t-elle"))
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(french)["leadership.strategy-reviewed"]?.value == .number(1))
  }

  /// The scenario: `c` on an unanswered question is refused, and the comment typed
  /// next must not be read as commands.
  @Test func aRefusedKeyOnlyLetsTheNextKeyDismissItsMessage() throws {
    let directory = try folder()
    let pty = try PseudoTerminal()
    try pty.start(Self.command(), directory: directory)
    #expect(pty.waitFor("Is there a written integrity strategy?"))
    pty.type("c")
    #expect(pty.waitFor("Answer the question first, then add a comment."))
    pty.clear()
    pty.type("u")  // would save "don't know": it only dismisses the message
    pty.type("2")
    #expect(pty.waitFor("Evidence reference"))
    #expect(try answers(directory)["leadership.strategy"] == Answer(value: .number(2)))
    // A missing required answer on the review screen: the next key only dismisses it.
    pty.type("\u{1B}")
    pty.type("r")
    #expect(pty.waitFor("Review"))
    pty.clear()
    pty.type("\r")
    #expect(pty.waitFor("required questions have no answer yet"))
    pty.clear()
    pty.type("4")  // only dismisses: were it typed, Enter would go to question 4
    pty.type("\r")
    #expect(pty.waitFor("required questions have no answer yet"))
    #expect(!pty.screenText.contains("Question 4/"))
    pty.type("x")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory).count == 1)
  }
}
