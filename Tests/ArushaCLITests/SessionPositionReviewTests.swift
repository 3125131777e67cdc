import ArushaCore
import ArushaFiles
import ArushaTestSupport
import Foundation
import Testing

/// Issue 26, "Where the team is", on a real pty with the real binary: the session resumes where
/// it was left (`position`), an answer given from the review returns to it, the review lists
/// every answer with its marks and jumps, and one numbering everywhere (the session, its review,
/// `explain` and the action plan).
@Suite(.serialized) struct SessionPositionReviewTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-position-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static let command = [
    "assess", "example", "--administration", "Test Customs", "--round", "2024", "-o", "r.yaml",
    "--lang", "en",
  ]

  static let strategy = "Is there a written integrity strategy?"
  static let reviewed = "Was it reviewed in the last two years?"
  static let channels = "How does leadership communicate on integrity?"
  static let reporting = "Who can report suspected corruption?"
  static let cases = "How many cases were investigated last year?"

  /// The words of `text`, joined by single spaces: key help binds its words with no-break
  /// spaces, and a wrapped sentence reads whole again.
  static func words(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Waits until the screen shows `text` (by its words).
  @discardableResult
  func waitForWords(_ pty: PseudoTerminal, _ text: String) -> Bool {
    let wanted = Self.words(text)
    return Self.words(pty.waitForScreen { Self.words($0.text).contains(wanted) }.text).contains(
      wanted)
  }

  /// The fields of a CSV line (quoted fields may hold commas).
  static func fields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
      } else if character == ",", !quoted {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    return fields + [field]
  }

  func text(_ directory: URL) throws -> String {
    String(
      decoding: try Data(contentsOf: directory.appendingPathComponent("r.yaml")), as: UTF8.self)
  }

  func response(_ directory: URL) throws -> Response {
    let choice = try QuestionnaireChoice.resolve("example")
    let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent("r.yaml")))
    let header = try #require(ResponseDecoder.header(bytes).header)
    return try #require(
      ResponseDecoder.decode(header, questionnaire: choice.questionnaire).response)
  }

  /// Writes `r.yaml` in progress with `answers` (and `position`), as a session would.
  func write(
    _ directory: URL, _ answers: [String: Answer], position: String? = nil,
    status: Response.Status = .inProgress
  ) throws {
    let choice = try QuestionnaireChoice.resolve("example")
    let response = Response(
      questionnaire: choice.reference, administration: "Test Customs", round: "2024",
      language: "en", status: status, started: "2024-07-02T09:00:00Z",
      updated: "2024-07-02T09:00:00Z",
      completed: status == .complete ? "2024-07-02T09:00:00Z" : nil, position: position,
      answers: answers)
    try Data(try response.yamlBytes(order: choice.questionnaire)).write(
      to: directory.appendingPathComponent("r.yaml"))
  }

  /// Leaving right after a move that answered nothing (Shift-Tab), by each way out: the file keeps
  /// the question the team stood on, and the next session opens there, numbered as in the file.
  @Test(arguments: ["q", "SIGTERM", "SIGHUP", "SIGINT"])
  func quittingInTheMiddleResumesAtTheSameQuestion(_ way: String) throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 100, rows: 40)
    try pty.start(Self.command, directory: directory)
    #expect(pty.waitFor(Self.strategy))
    pty.type("1")
    pty.type("\u{1B}")  // no evidence
    #expect(pty.waitFor(Self.reviewed))
    pty.type("y")
    #expect(pty.waitFor(Self.channels))
    pty.type("s")
    #expect(pty.waitFor(Self.reporting))
    pty.type("s")
    #expect(pty.waitFor(Self.cases))
    pty.clear()
    pty.type("\u{1B}[Z")  // Shift-Tab, back from the number field: a move, nothing to save yet
    #expect(pty.waitFor(Self.reporting))
    switch way {
    case "q": pty.type("q")
    case "SIGTERM": pty.signal(SIGTERM)
    case "SIGHUP": pty.signal(SIGHUP)
    default: pty.signal(SIGINT)
    }
    #expect(pty.waitForExit() != nil)
    let saved = try text(directory)
    #expect(saved.contains("status: in-progress"))
    #expect(saved.contains("\nposition: audit-investigation.reporting\nanswers:\n"), "\(saved)")
    // The next session opens where this one was left, not at the first unanswered (channels).
    let again = try PseudoTerminal(columns: 100, rows: 40)
    try again.start(Self.command, directory: directory)
    let screen = again.waitForScreen { $0.text.contains(Self.reporting) }
    #expect(screen.text.contains(Self.reporting), "\(screen.text)")
    #expect(screen.text.contains("Question 4/6 · 2 answered"), "\(screen.text)")
    // `s` walks on in order from there.
    again.type("s")
    #expect(again.waitFor(Self.cases))
    again.signal(SIGTERM)
    #expect(again.waitForExit() != nil)
    #expect(try response(directory).position == "audit-investigation.cases")
  }

  /// A file written before `position` existed resumes at its first unanswered question, and
  /// carries the position once the session has saved it.
  @Test func anOldFileWithoutAPositionResumesAtTheFirstUnanswered() throws {
    let directory = try folder()
    try write(
      directory,
      [
        "leadership.strategy": .value(.number(1)),
        "leadership.strategy-reviewed": .value(.number(1)),
        "audit-investigation.reporting": Answer(value: .number(0)),
      ])
    #expect(try !text(directory).contains("position"))
    let pty = try PseudoTerminal(columns: 100, rows: 40)
    try pty.start(Self.command, directory: directory)
    let screen = pty.waitForScreen { $0.text.contains(Self.channels) }
    #expect(screen.text.contains(Self.channels), "\(screen.text)")
    #expect(screen.text.contains("Question 3/6 · 3 answered"), "\(screen.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try response(directory).position == "leadership.channels")
  }

  /// A completed session leaves no position, and browsing a complete file adds none.
  @Test func aCompleteFileHasNoPosition() throws {
    let directory = try folder()
    try write(
      directory,
      [
        "leadership.strategy": .value(.number(1)),
        "leadership.strategy-reviewed": .value(.number(1)),
        "leadership.channels": .value(.selection([3])),
        "audit-investigation.reporting": Answer(value: .number(0)),
      ], position: "audit-investigation.reporting")
    let pty = try PseudoTerminal(columns: 100, rows: 40)
    try pty.start(Self.command, directory: directory)
    #expect(pty.waitFor(Self.reporting))
    pty.type("r")
    #expect(waitForWords(pty, "Enter: finish the assessment"))
    pty.type("\r")
    #expect(waitForWords(pty, "q quit"))  // the last screen
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    let complete = try text(directory)
    #expect(complete.contains("status: complete"))
    #expect(!complete.contains("position"), "\(complete)")
    // Opened again (on its review), a question visited, then left: still none, same bytes.
    let again = try PseudoTerminal(columns: 100, rows: 40)
    try again.start(Self.command, directory: directory)
    #expect(waitForWords(again, "Enter: finish the assessment"))
    again.type("4\r")
    #expect(again.waitFor(Self.reporting))
    again.type("q")
    #expect(again.waitForExit() == 0)
    #expect(try text(directory) == complete)
  }

  /// An answer given to a question opened from the review goes back to the review (its row
  /// highlighted), whether opened by its number or by Enter on its row; a hidden question's
  /// number says so.
  @Test func anAnswerFromTheReviewReturnsToTheReview() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 100, rows: 40)
    try pty.start(Self.command, directory: directory)
    #expect(pty.waitFor(Self.strategy))
    pty.type("r")
    #expect(waitForWords(pty, "Enter: finish the assessment"))
    pty.type("2\r")  // hidden while the strategy has no answer
    #expect(
      pty.waitFor("Question 2 is not asked: its condition depends on earlier answers."),
      "\(pty.screen.text)")
    pty.type("x")  // dismisses
    pty.type("4\r")
    #expect(pty.waitFor(Self.reporting))
    #expect(pty.screen.text.contains("Question 4/6 · 0 answered"), "\(pty.screen.text)")
    pty.type("2")  // Staff and the public: expects evidence
    #expect(pty.waitFor("Evidence reference"))
    pty.type("Decision 5\r")
    var screen = pty.waitForScreen { $0.line(0).hasPrefix("Review") }
    #expect(screen.line(0).hasPrefix("Review"), "back on the review:\n\(screen.text)")
    #expect(
      screen.lines.contains { $0.hasPrefix("❯ 4  Who can report") && $0.hasSuffix("E") },
      "\(screen.text)")
    #expect(Self.words(screen.text).contains("Enter: open question 4"), "\(screen.text)")
    // Home highlights the first row; Enter opens it; its answer comes back here too.
    pty.type("\u{1B}[H")
    screen = pty.waitForScreen { Self.words($0.text).contains("Enter: open question 1") }
    #expect(screen.lines.contains { $0.hasPrefix("❯ 1  Is there a written") }, "\(screen.text)")
    pty.type("\r")
    #expect(pty.waitFor(Self.strategy))
    pty.type("0")  // level 0 claims nothing: no evidence is asked, back to the review
    screen = pty.waitForScreen { $0.line(0).hasPrefix("Review") }
    #expect(screen.lines.contains { $0.hasPrefix("❯ 1  Is there a written") }, "\(screen.text)")
    // Esc takes the highlight away: Enter finishes again (here: says what is missing).
    pty.type("\u{1B}")
    #expect(waitForWords(pty, "Enter: finish the assessment"))
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    let saved = try response(directory)
    #expect(saved.answers["audit-investigation.reporting"]?.evidence == "Decision 5")
    #expect(saved.answers["leadership.strategy"]?.value == .number(0))
  }

  /// Line mode too: a number on the review opens that question, and its answer prints the
  /// review again.
  @Test func inLineModeAnAnswerFromTheReviewReturnsToTheReview() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 40)
    try pty.start(Self.command + ["--plain"], directory: directory)
    #expect(pty.waitFor(Self.strategy))
    pty.type(":r\r")
    #expect(waitForWords(pty, "Empty line: finish"))
    pty.type("4\r")
    #expect(pty.waitFor(Self.reporting))
    pty.type("1\r")
    #expect(pty.waitFor("Evidence reference"))
    pty.clear()
    pty.type("Circular 12\r")
    #expect(pty.waitFor("Review — Example integrity self-assessment"), "\(pty.screenText)")
    #expect(!pty.screenText.contains("Question 5/6"), "not on to the next question")
    #expect(pty.screenText.contains("Answer: 1 Staff only · evidence"), "\(pty.screenText)")
    pty.type("q\r")
    #expect(pty.waitForExit() == 0)
    #expect(
      try response(directory).answers["audit-investigation.reporting"]?.evidence == "Circular 12")
  }

  /// The review of all answers: every question asked now with its number, a short text, the
  /// answer and the marks (C comment, E evidence, † unsupported, n/a), in full screen at 80×24
  /// and in line mode (wrapped, never cut, marks in words).
  @Test func theReviewListsEveryAnswerWithItsMarks() throws {
    let directory = try folder()
    try write(
      directory,
      [
        "leadership.strategy": Answer(value: .number(2), comment: "Draft only"),
        "leadership.strategy-reviewed": .value(.number(1)),
        "leadership.channels": Answer(value: .selection([3, 1]), evidence: "Minutes"),
        "audit-investigation.reporting": Answer(
          state: .notApplicable, justification: "No reporting here"),
        "audit-investigation.cases": .value(.number(12)),
      ], position: "leadership.channels")
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command, directory: directory)
    #expect(pty.waitFor(Self.channels))
    pty.type("r")
    let screen = pty.waitForScreen { $0.line(0).hasPrefix("Review") }
    let lines = screen.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    func row(_ prefix: String) -> String { lines.first { $0.hasPrefix(prefix) } ?? "" }
    #expect(screen.text.contains("5 of 6 questions answered."), "\(screen.text)")
    #expect(screen.text.contains("Every required question has an answer."))
    #expect(row("  1  Is there a written").contains("2 Fully in place"), "\(screen.text)")
    #expect(row("  1  Is there a written").hasSuffix("C   †"), "\(screen.text)")
    #expect(row("  2  Was it reviewed").contains("Yes"), "\(screen.text)")
    #expect(row("  3  How does leadership").contains("1, 3"), "\(screen.text)")
    #expect(row("  3  How does leadership").hasSuffix("E"), "\(screen.text)")
    #expect(row("  4  Who can report").contains("n/a"), "\(screen.text)")
    #expect(row("  5  How many cases").contains("12 cases"), "\(screen.text)")
    #expect(row("  6  What would most").hasSuffix("–"), "\(screen.text)")
    #expect(
      Self.words(screen.text).contains("C comment · E evidence · † no evidence where expected"))
    #expect(
      (0..<screen.rows).allSatisfy { screen.cells[$0][screen.columns - 1].text == " " },
      "nothing in the last column:\n\(screen.text)")
    // ↓ highlights a row and the key line says Enter opens it.
    pty.type("\u{1B}[B\u{1B}[B")
    let moved = pty.waitForScreen { Self.words($0.text).contains("Enter: open question 2") }
    #expect(moved.lines.contains { $0.hasPrefix("❯ 2  Was it reviewed") }, "\(moved.text)")
    pty.type("\r")
    #expect(pty.waitFor(Self.reviewed))
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    // Line mode: the same list, each text whole, the marks in words.
    let lineMode = try runArusha(
      Self.command + ["--plain"], input: ":r\nq\n", directory: directory)
    #expect(lineMode.stdout.contains("  1. Is there a written integrity strategy?"))
    #expect(
      lineMode.stdout.contains(
        "      Answer: 2 Fully in place · comment · no evidence where expected"),
      "\(lineMode.stdout)")
    #expect(
      lineMode.stdout.contains("      Answer: Not applicable — No reporting here"),
      "\(lineMode.stdout)")
    #expect(lineMode.stdout.contains("      no answer"), "\(lineMode.stdout)")
    #expect(!lineMode.stdout.contains("…"))
  }

  /// One numbering: the question hidden before it does not shift a question's number in the
  /// session, its review, `explain` or the action plan.
  @Test func theSessionReviewExplainAndPlanNumberAQuestionAlike() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 100, rows: 40)
    try pty.start(Self.command, directory: directory)
    #expect(pty.waitFor(Self.strategy))
    pty.type("0")  // not in place (claims nothing: no evidence asked); question 2 stays hidden
    #expect(pty.waitFor(Self.channels))
    #expect(pty.screen.text.contains("Question 3/6 · 1 answered"), "\(pty.screen.text)")
    pty.type("s")
    #expect(pty.waitFor(Self.reporting))
    #expect(pty.screen.text.contains("Question 4/6 · 1 answered"), "\(pty.screen.text)")
    pty.type("0")  // no channel: a gap for the plan (claims nothing: no evidence asked)
    #expect(pty.waitFor(Self.cases))
    pty.type(":r\r")
    let review = pty.waitForScreen { $0.line(0).hasPrefix("Review") }
    #expect(
      review.lines.contains { $0.hasPrefix("  4  Who can report") || $0.hasPrefix("❯ 4  Who can") },
      "\(review.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    let explain = try runArusha(
      ["explain", "r.yaml", "--format", "markdown"], directory: directory)
    #expect(
      explain.stdout.contains("| 4 | Who can report suspected corruption? |"), "\(explain.stdout)")
    let plan = try runArusha(
      ["score", "r.yaml", "--action-plan", "--format", "csv"], directory: directory)
    let header = plan.stdout.split(whereSeparator: \.isNewline).first.map(Self.fields)
    let column = try #require(header?.firstIndex { $0 == "question_number" }, "\(plan.stdout)")
    let line = try #require(
      plan.stdout.split(whereSeparator: \.isNewline).first {
        $0.contains("audit-investigation.reporting")
      },
      "\(plan.stdout)")
    #expect(Self.fields(line)[column] == "4", "\(line)")
  }
}
