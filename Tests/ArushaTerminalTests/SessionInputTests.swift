import ArushaCore
import Testing

@testable import ArushaTerminal

/// The input rules of "The session in a real terminal" (cli.md) on the engine: modal messages
/// on every refusal, paste, the yes/no keys by language, Ctrl-U, and Ctrl-Z in the runner.
@Suite struct SessionInputUnitTests {
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
    s = try session()
    s.jump(to: 3)
    expectModal("justification required", &s, [.character("a"), .enter], probe: .character("x"))
    s = try session()
    s.jump(to: 4)
    expectModal(
      "number out of range", &s, Array("-4").map(Key.character) + [.enter], probe: .character("5"))
    s = try session()
    s.jump(to: 5)
    let long = String(repeating: "x", count: ResponseLimits.textLength + 1)
    expectModal("too long", &s, [.paste(long), .enter], probe: .backspace)
    s = try session()
    expectModal("review: cannot complete", &s, [.character("r"), .enter], probe: .character("3"))
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

  @Test func aMessageShownWhileAPasteArrivesIsOnlyDismissed() throws {
    var s = try session()
    s.jump(to: 5)
    _ = s.handle(.paste(String(repeating: "x", count: ResponseLimits.textLength + 1)))
    _ = s.handle(.enter)
    #expect(s.notice != nil)
    _ = s.handle(.paste("more"))
    #expect(s.notice == nil)
    #expect(!s.field!.string.hasSuffix("more"))
  }

  @Test func aPasteGoesIntoTheFieldAtTheCursorAsOneLine() throws {
    var s = try session()
    s.jump(to: 5)  // the text question
    for character in "AD" { _ = s.handle(.character(character)) }
    _ = s.handle(.left)
    #expect(!s.handle(.paste("B\nC\r\n\tX\u{7}\u{85}")).save)
    #expect(s.field?.string == "AB C  X  D")
    #expect(s.field?.cursor == 9)
    #expect(s.place == .question("audit-investigation.notes"))
    #expect(s.response.answers.isEmpty)
    // In a comment too; Ctrl-U clears the field, and Home End ← → move in it.
    _ = s.handle(.enter)
    s.jump(to: 5)
    _ = s.handle(.paste(":c hello"))
    #expect(s.field?.string == "AB C  X  D:c hello")
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
    _ = s.handle(.character("2"))
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
}
