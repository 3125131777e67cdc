import ArushaCore
import ArushaFiles
import ArushaTestSupport
import Foundation
import Testing

@testable import ArushaTerminal

/// The input rules of "The session in a real terminal" (cli.md): on the engine, modal
/// messages on every refusal, paste, the yes/no keys by language, Ctrl-U and Ctrl-Z in the
/// runner; then on a real pseudo-terminal through the binary, Ctrl-Z and `fg`, bracketed
/// paste, the yes/no keys and modal messages as a user meets them.
///
/// One suite (issue 23: it was two files of the same name in two targets); serialized for the
/// pseudo-terminal sessions.
@Suite(.serialized) struct SessionInputTests {
  typealias Session = AssessmentSession

  /// What a key may change: everything but the message.
  struct Snapshot: Equatable {
    var place: Session.Place
    var response: Response
    var field: Session.Field?
    var typedNumber: String
    var highlight: Int
    var selection: [Double]
    var showHelp: Bool

    init(_ session: Session) {
      place = session.place
      response = session.response
      field = session.field
      typedNumber = session.typedNumber
      highlight = session.highlight
      selection = session.selection
      showHelp = session.showHelp
    }
  }

  /// Runs `keys` (the last one refused), then checks that each of `probes` only dismisses the
  /// message it finds.
  func expectModal(
    _ name: String, _ session: inout Session, _ keys: [Key], probe: Key,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for key in keys { _ = session.handle(key) }
    #expect(session.notice != nil, "\(name): a message", sourceLocation: sourceLocation)
    let before = Snapshot(session)
    #expect(!session.handle(probe).save, "\(name)", sourceLocation: sourceLocation)
    #expect(
      Snapshot(session) == before, "\(name): \(probe) did something", sourceLocation: sourceLocation
    )
    #expect(session.notice == nil, "\(name): dismissed", sourceLocation: sourceLocation)
  }

  func session(_ answers: [String: Answer] = [:], language: String = "en") throws -> Session {
    try AssessmentSessionTests.session(answers, language: language)
  }

  @Test func everyRefusalIsModal() throws {
    var s = try session()
    expectModal("answer first", &s, [.character("c")], probe: .character("u"))
    s = try session()
    expectModal("n/a not offered", &s, [.character("a")], probe: .character("2"))
    s = try session()
    expectModal("not an option", &s, [.character("7")], probe: .character("1"))
    s = try session(["leadership.strategy": .value(.number(0))])
    expectModal("don't know not offered", &s, [.character("u")], probe: .enter)
    s = try session(["leadership.strategy": .value(.number(0))])
    expectModal("multi: not an option", &s, [.character("9")], probe: .character("1"))
    // In a text or number field a message is dismissed and the key still acts (issue 26).
    s = try session()
    s.jump(to: 4)
    _ = s.handle(.character("a"))
    _ = s.handle(.enter)
    #expect(s.notice != nil, "justification required")
    _ = s.handle(.character("x"))
    #expect(s.notice == nil && s.field?.string == "x")
    s = try session()
    s.jump(to: 5)
    for key in Array("-4").map(Key.character) + [.enter] { _ = s.handle(key) }
    #expect(s.notice != nil, "number out of range")
    _ = s.handle(.character("5"))
    #expect(s.notice == nil && s.field?.string == "-45", "the typed text stays, to correct")
    s = try session()
    s.jump(to: 6)
    let long = String(repeating: "x", count: ResponseLimits.textLength + 1)
    _ = s.handle(.paste(long))
    _ = s.handle(.enter)
    #expect(s.notice != nil, "too long")
    _ = s.handle(.backspace)
    #expect(s.notice == nil && s.field?.string.count == ResponseLimits.textLength)
    s = try session()
    // (A digit after it types into the review's number prompt, a number field: issue 26.)
    expectModal("review: cannot complete", &s, [.character("r"), .enter], probe: .character("b"))
    s = try session()
    expectModal(
      "review: no such question", &s, [.character("r"), .character("9"), .enter], probe: .enter)
    s = try session()
    expectModal("paste outside a text field", &s, [.paste("2\ny\n")], probe: .character("s"))
    s = try session()
    expectModal("paste on the review screen", &s, [.character("r"), .paste("1\n")], probe: .enter)
    // After the dismissal, keys act again.
    s = try session()
    _ = s.handle(.character("c"))
    _ = s.handle(.character("u"))
    #expect(s.handle(.character("u")).save)
    #expect(s.response.answers["leadership.strategy"] == .unknown)
  }

  /// In a field, a paste dismisses a message and goes in (issue 26); elsewhere it only
  /// brings its note, in place of the message.
  @Test func aMessageShownWhileAPasteArrivesIsDismissed() throws {
    var s = try session()
    s.jump(to: 6)
    _ = s.handle(.paste(String(repeating: "x", count: ResponseLimits.textLength + 1)))
    _ = s.handle(.enter)
    #expect(s.notice != nil)
    _ = s.handle(.paste("more"))
    #expect(s.notice == nil)
    #expect(s.field!.string.hasSuffix("more"))
    s = try session()
    _ = s.handle(.character("c"))
    #expect(s.notice != nil)
    #expect(!s.handle(.paste("2\n")).save)
    #expect(s.notice?.hasPrefix("Paste ignored") == true)
    #expect(s.response.answers.isEmpty)
  }

  @Test func aPasteGoesIntoTheFieldAtTheCursorAsOneLine() throws {
    var s = try session()
    s.jump(to: 6)  // the text question
    for character in "AD" { _ = s.handle(.character(character)) }
    _ = s.handle(.left)
    #expect(!s.handle(.paste("B\nC\r\n\tX\u{7}\u{85}")).save)
    // Each run of line breaks and controls is one space (issue 26: CR LF left two).
    #expect(s.field?.string == "AB C X D")
    #expect(s.field?.cursor == 7)
    #expect(s.place == .question("audit-investigation.notes"))
    #expect(s.response.answers.isEmpty)
    // In a comment too; Ctrl-U clears the field, and Home End ← → move in it.
    _ = s.handle(.enter)
    s.jump(to: 6)
    _ = s.handle(.paste(":c hello"))
    #expect(s.field?.string == "AB C X D:c hello")
    _ = s.handle(.clearLine)
    #expect(s.field?.string == "" && s.field?.cursor == 0)
    for character in "bd" { _ = s.handle(.character(character)) }
    _ = s.handle(.home)
    _ = s.handle(.character("a"))
    _ = s.handle(.end)
    _ = s.handle(.left)
    _ = s.handle(.character("c"))
    #expect(s.field?.string == "abcd")
  }

  @Test func ctrlUClearsTheNumberBeingTyped() throws {
    var s = try session()
    _ = s.handle(.character("r"))
    _ = s.handle(.character("4"))
    _ = s.handle(.clearLine)
    #expect(s.typedNumber == "")
    _ = s.handle(.character("3"))  // its number in the file (issue 26)
    _ = s.handle(.enter)
    #expect(s.place == .question("leadership.channels"))
  }

  @Test func yesNoKeysFollowTheLanguageInEitherCase() throws {
    let reviewed = "leadership.strategy-reviewed"
    for (language, yes, no, other) in [("en", "y", "n", "o"), ("fr", "o", "n", "y")] {
      for (key, value) in [(yes, 1.0), (yes.uppercased(), 1), (no, 0), (no.uppercased(), 0)] {
        var s = try session(["leadership.strategy": .value(.number(1))], language: language)
        #expect(s.place == .question(reviewed))
        #expect(s.handle(.character(Character(key))).save, "\(language) \(key)")
        #expect(s.response.answers[reviewed]?.value == .number(value), "\(language) \(key)")
      }
      for key in [other, other.uppercased()] {
        var s = try session(["leadership.strategy": .value(.number(1))], language: language)
        #expect(!s.handle(.character(Character(key))).save, "\(language) \(key)")
        #expect(s.place == .question(reviewed))
      }
      // Line mode: the words of the language, in any case.
      let words = language == "en" ? ["Y", "yes", "YES"] : ["O", "oui", "OUI"]
      for word in words {
        var s = try session(["leadership.strategy": .value(.number(1))], language: language)
        _ = s.handle(line: word)
        #expect(s.response.answers[reviewed]?.value == .number(1), "\(language) \(word)")
      }
      for word in language == "en" ? ["o", "oui"] : ["y", "yes"] {
        var s = try session(["leadership.strategy": .value(.number(1))], language: language)
        _ = s.handle(line: word)
        #expect(s.response.answers[reviewed] == nil, "\(language) \(word)")
        #expect(s.notice != nil)
      }
    }
  }

  /// A terminal that plays `bytes`, then ends; `flush` drops what is left (tcflush).
  final class ScriptedTerminal: TerminalIO {
    var bytes: [UInt8]
    var written = ""
    init(_ text: String) { bytes = Array(text.utf8) }
    func write(_ text: String) { written += text }
    func readByte(timeout: Int?) -> ReadResult {
      bytes.isEmpty ? .endOfInput : .byte(bytes.removeFirst())
    }
    func readLine() -> String? { nil }
    var size: (width: Int, height: Int) { (80, 24) }
  }

  @Test func ctrlZReadAsAByteSuspendsAndRedraws() throws {
    // 0x1A arrives when the terminal does not turn Ctrl-Z into SIGTSTP; what follows it is
    // what was typed while stopped, dropped by the terminal's flush on the way back.
    let io = ScriptedTerminal("\u{1A}y")
    var suspensions: [Bool] = []
    var runner = AssessmentRunner(
      session: try session(["leadership.strategy": .value(.number(1))]), io: io, style: .plain,
      jobControl: { now in
        suspensions.append(now)
        guard now else { return false }
        io.bytes = []
        io.written = ""
        return true
      },
      save: { _ in })
    #expect(runner.runFullScreen() == .quit)
    #expect(suspensions.contains(true))
    #expect(io.written.contains("Was it reviewed in the last two years?"), "redrawn")
    #expect(runner.response.answers["leadership.strategy-reviewed"] == nil)
  }

  // MARK: - On a real pseudo-terminal, through the binary

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
    pty.type("6\r")  // the text question, the sixth of the file (issue 26)
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
    #expect(pty.waitFor("Paste ignored"))
    pty.type("q")  // only dismisses the note
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory).isEmpty)
  }

  @Test func yesNoKeysFollowTheLanguageInEitherCaseOnAPty() throws {
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
    pty.type("b")  // only dismisses: were it acted on, it would go back to a question
    #expect(!pty.screenText.contains("Question 6/"))
    // A digit types into the review's number prompt, a number field (issue 26: after a
    // refused number, an eaten digit let the next Enter finish the assessment).
    pty.type("\r")
    #expect(pty.waitFor("required questions have no answer yet"))
    pty.type("4")
    pty.type("\r")
    #expect(pty.waitFor("Question 4/"))
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory).count == 1)
  }
}
