import ArushaCore
import ArushaFiles
import ArushaTestSupport
import Foundation
import Testing

/// Issue 26, faults a fresh tester found in the merged session (a French workshop at 80×24),
/// each a pty test of the real binary that failed before.
@Suite(.serialized) struct WorkshopFollowUpTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-follow-up-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func command(_ language: String) -> [String] {
    [
      "assess", "example", "--administration", "Test Customs", "--round", "2024", "-o", "r.yaml",
      "--lang", language,
    ]
  }

  /// The answers saved in `directory` as `r.yaml`, against the bundled example.
  func answers(_ directory: URL) throws -> [String: Answer] {
    let url = directory.appendingPathComponent("r.yaml")
    let choice = try QuestionnaireChoice.resolve(UserPath("example"))
    let header = try #require(ResponseDecoder.header([UInt8](try Data(contentsOf: url))).header)
    return try #require(
      ResponseDecoder.decode(header, questionnaire: choice.questionnaire).response
    ).answers
  }

  static func words(_ screen: VirtualScreen) -> String {
    screen.lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
  }

  /// The description stood above question 1; answering it opened the evidence prompt, which
  /// left no room for the description, so the description came back as a page and took the
  /// first key typed into the prompt ("Décision 12" was saved as "écision 12").
  @Test func theFirstKeyTypedIntoTheEvidencePromptAfterQuestion1IsKept() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command("fr"), directory: directory)
    var screen = pty.waitForScreen { Self.words($0).contains("Existe-t-il une stratégie") }
    #expect(!Self.words(screen).contains("Entrée commencer"), "above question 1:\n\(screen.text)")
    pty.type("2")
    screen = pty.waitForScreen { Self.words($0).contains("Référence du justificatif") }
    #expect(!Self.words(screen).contains("Entrée commencer"), "no page:\n\(screen.text)")
    pty.type("Décision 12\r")
    pty.waitForScreen { !Self.words($0).contains("Référence du justificatif") }
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["leadership.strategy"]?.evidence == "Décision 12")
  }

  /// `:r` typed after the number a field shows ("7:r") was read as a number, not the command
  /// the key help offers.
  @Test func aCommandTypedAfterAStoredNumberIsACommand() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command("en"), directory: directory)
    pty.waitForScreen { Self.words($0).contains("Is there a written integrity strategy?") }
    pty.type("\t\t\t")
    var screen = pty.waitForScreen {
      Self.words($0).contains("How many cases were investigated")
    }
    // One numbering: the factor is "6" as every report names it, and 2nd of 2 here.
    #expect(
      Self.words(screen).contains("Factor 6 · Audit and Investigation (2/2)"), "\(screen.text)")
    pty.type("7\r")
    pty.waitForScreen { Self.words($0).contains("What would most improve investigations?") }
    pty.type("\u{1B}[Z")  // Shift-Tab: back to the number, its field holding "7"
    pty.waitForScreen { Self.words($0).contains("How many cases were investigated") }
    pty.type(":r\r")
    screen = pty.waitForScreen { Self.words($0).contains("questions answered") }
    #expect(Self.words(screen).contains("questions answered"), "the review:\n\(screen.text)")
    #expect(!Self.words(screen).contains("is not a number"), "\(screen.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["audit-investigation.cases"]?.value == .number(7))
  }

  /// A number out of its bounds cleared the field, and the message only repeated the bounds
  /// shown above it: the typed text now stays, to correct, and the message names it.
  @Test func aNumberOutOfBoundsStaysInTheFieldAndIsNamed() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command("fr"), directory: directory)
    pty.waitForScreen { Self.words($0).contains("Existe-t-il une stratégie") }
    pty.type("\t\t\t")
    pty.waitForScreen { Self.words($0).contains("Combien de dossiers") }
    pty.type("200 000\r")
    let screen = pty.waitForScreen { Self.words($0).contains("hors des bornes") }
    #expect(
      Self.words(screen).contains("« 200 000 » est hors des bornes. Saisissez un nombre de 0 à"),
      "\(screen.text)")
    #expect(Self.words(screen).contains("> 200 000"), "\(screen.text)")
    pty.type("\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}")  // Backspace ×7
    pty.type("20\r")
    pty.waitForScreen { !Self.words($0).contains("Combien de dossiers") }
    pty.type("\u{1B}[Z")
    pty.waitForScreen { Self.words($0).contains("Combien de dossiers") }
    pty.type("\u{1B}")  // Esc: the field as stored
    pty.type(":q\r")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["audit-investigation.cases"]?.value == .number(20))
  }

  /// A second tester: `:r` typed after a stored text answer was saved into it
  /// ("…résultats:r"), and `:q` did not quit; a number typed over a stored one was appended
  /// to it ("45" then "2020" saved 452020); and a factor's heading mixed "1/2" with "6 (2/2)".
  @Test func commandsAfterAStoredTextAndNumbersTypedOverAStoredOne() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command("en"), directory: directory)
    var screen = pty.waitForScreen {
      Self.words($0).contains("Is there a written integrity strategy?")
    }
    #expect(
      Self.words(screen).contains("Factor 1 · Leadership and Commitment (1/2)"), "\(screen.text)")
    pty.type("\t\t\t")
    pty.waitForScreen { Self.words($0).contains("How many cases were investigated") }
    pty.type("45\r")
    pty.waitForScreen { Self.words($0).contains("What would most improve investigations?") }
    pty.type("More staff\r")
    screen = pty.waitForScreen { Self.words($0).contains("questions answered") }
    pty.type("6\r")  // back to the text: its field holds "More staff"
    pty.waitForScreen { Self.words($0).contains("> More staff") }
    pty.type(":q\r")
    #expect(pty.waitForExit() == 0, "`:q` after the stored text quits")
    #expect(try answers(directory)["audit-investigation.notes"]?.value == .text("More staff"))
    // Resumed on the text (its position): back to the number, typed over.
    let again = try PseudoTerminal(columns: 80, rows: 24)
    try again.start(Self.command("en"), directory: directory)
    again.waitForScreen { Self.words($0).contains("> More staff") }
    again.type("\u{1B}[Z")
    again.waitForScreen { Self.words($0).contains("> 45") }
    again.type("50\r")
    again.waitForScreen { Self.words($0).contains("What would most improve investigations?") }
    #expect(try answers(directory)["audit-investigation.cases"]?.value == .number(50))
    again.type("\u{1B}[Z")
    screen = again.waitForScreen { Self.words($0).contains("How many cases were investigated") }
    again.type("12:r\r")  // a command after a new number: 12 is kept (as Tab keeps it), review
    screen = again.waitForScreen { Self.words($0).contains("questions answered") }
    #expect(Self.words(screen).contains("questions answered"), "\(screen.text)")
    again.type("q")
    #expect(again.waitForExit() == 0)
    #expect(try answers(directory)["audit-investigation.cases"]?.value == .number(12))
  }

  /// Enter on the review of a complete (perhaps signed) file changed its `completed` time,
  /// so the file changed and a signature would be voided: finishing again changes nothing.
  @Test func finishingAgainLeavesACompleteFileAsItWas() throws {
    let directory = try folder()
    let input = "2\n\n1\n\n1\n\n1\n\n7\nMore staff\n\n"
    let first = try runArusha(
      [
        "assess", "example", "--plain", "--administration", "Test Customs", "--round", "2024",
        "-o", "r.yaml", "--lang", "en",
      ], input: input, directory: directory)
    let url = directory.appendingPathComponent("r.yaml")
    let complete = try String(contentsOf: url, encoding: .utf8)
    #expect(complete.contains("status: complete"), "\(first.stdout)\n\(complete)")
    sleep(1)
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command("en"), directory: directory)
    pty.waitForScreen { Self.words($0).contains("Enter: finish the assessment") }
    pty.type("\r")
    pty.waitForScreen { Self.words($0).contains("q quit") }
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try String(contentsOf: url, encoding: .utf8) == complete)
  }

  /// A third tester: "More training:c" was saved as the answer, with no comment prompt; a
  /// reference typed over the one shown after a changed answer was appended to it; after a
  /// refused number on the review, the next digit only dismissed the message and the Enter
  /// after it finished the assessment; a paste on the last screen was taken for Enter.
  @Test func textThenACommandAndAReferenceTypedOverAndTheReviewsNumber() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command("en"), directory: directory)
    pty.waitForScreen { Self.words($0).contains("Is there a written integrity strategy?") }
    pty.type("2")
    pty.waitForScreen { Self.words($0).contains("Evidence reference") }
    pty.type("12\r")
    pty.waitForScreen { !Self.words($0).contains("Evidence reference") }
    pty.type("b")
    pty.waitForScreen { Self.words($0).contains("Is there a written integrity strategy?") }
    pty.type("1")
    pty.waitForScreen { Self.words($0).contains("> 12") }
    pty.type("Note 45\r")
    pty.waitForScreen { !Self.words($0).contains("Evidence reference") }
    #expect(try answers(directory)["leadership.strategy"]?.evidence == "Note 45")
    pty.type("r")
    pty.waitForScreen { Self.words($0).contains("questions answered") }
    pty.type("55\r")
    pty.waitForScreen { Self.words($0).contains("from 1 to 6") }
    pty.type("6\r")
    var screen = pty.waitForScreen {
      Self.words($0).contains("What would most improve investigations?")
    }
    pty.type("More training:c\r")
    screen = pty.waitForScreen { Self.words($0).contains("Comment (Enter to save") }
    #expect(Self.words(screen).contains("Comment (Enter to save"), "\(screen.text)")
    pty.type("Ask the academy\r")
    pty.waitForScreen { Self.words($0).contains("Comment: Ask the academy") }
    pty.type(":q\r")  // after the stored text: a command
    #expect(pty.waitForExit() == 0)
    let saved = try answers(directory)
    #expect(saved["audit-investigation.notes"]?.value == .text("More training"))
    #expect(saved["audit-investigation.notes"]?.comment == "Ask the academy")
    #expect(
      try String(contentsOf: directory.appendingPathComponent("r.yaml"), encoding: .utf8)
        .contains("status: in-progress"))
  }

  /// A paste without bracketed paste on the last screen: its line break is no Enter (it
  /// printed the full report, left, and the shell ran the rest of the paste).
  @Test func aPasteOnTheLastScreenChoosesNothing() throws {
    let directory = try folder()
    let input = "2\n\n1\n\n1\n\n1\n\n7\nMore staff\n\n"  // complete
    _ = try runArusha(
      [
        "assess", "example", "--plain", "--administration", "Test Customs", "--round", "2024",
        "-o", "r.yaml", "--lang", "en",
      ], input: input, directory: directory)
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command("en"), directory: directory)
    pty.waitForScreen { Self.words($0).contains("Enter: finish the assessment") }
    pty.type("\r")
    pty.waitForScreen { Self.words($0).contains("q quit") }
    pty.paste("abc\necho PASTE-REACHED-SHELL\n")
    usleep(300_000)
    #expect(pty.waitForExit(seconds: 0.5) == nil, "the paste left the last screen")
    let screen = pty.screen
    #expect(
      screen.alternateScreen && Self.words(screen).contains("q quit"),
      "still on the last screen:\n\(screen.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
  }

  /// A fourth tester: `b` on the review went to the last question from anywhere, and ↑ on the
  /// first option (which does not move) then Enter saved level 0.
  @Test func backFromTheReviewAndAnUpThatDoesNotMove() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command("en"), directory: directory)
    pty.waitForScreen { Self.words($0).contains("Is there a written integrity strategy?") }
    pty.type("\u{1B}[A")  // ↑ on the first option: it does not move
    pty.type("\r")
    var screen = pty.waitForScreen { Self.words($0).contains("Nothing chosen yet") }
    #expect(Self.words(screen).contains("Nothing chosen yet"), "\(screen.text)")
    pty.type("\t\t")
    pty.waitForScreen { Self.words($0).contains("Who can report suspected corruption?") }
    pty.type("r")
    pty.waitForScreen { Self.words($0).contains("questions answered") }
    pty.type("b")
    screen = pty.waitForScreen { Self.words($0).contains("Who can report suspected corruption?") }
    #expect(
      Self.words(screen).contains("Who can report suspected corruption?"),
      "back where the team was:\n\(screen.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["leadership.strategy"] == nil)
  }

  /// Line mode: `c TEXT` before the answer was refused and the text thrown away; it is kept
  /// and saved with the answer.
  @Test func aCommentBeforeTheAnswerInLineModeIsKept() throws {
    let directory = try folder()
    let result = try runArusha(
      [
        "assess", "example", "--plain", "--administration", "Test Customs", "--round", "2024",
        "-o", "r.yaml", "--lang", "fr",
      ], input: "c Point à revoir en atelier\n2\n\nq\n", directory: directory)
    #expect(result.stdout.contains("Commentaire gardé"), "\(result.stdout)")
    let saved = try answers(directory)["leadership.strategy"]
    #expect(saved?.value == .number(2))
    #expect(saved?.comment == "Point à revoir en atelier")
  }
}
