import ArushaCore
import ArushaFiles
import ArushaTestSupport
import Foundation
import Testing

/// The screen side of "The session in a real terminal" (cli.md), on a real pty, read back
/// through ``VirtualScreen`` (what xterm would show): the cursor in a text field after wide
/// characters, small terminals (80×12, 40×10, under 40×10 and a resize), and the review screen
/// of the bundled RAD questionnaire at 80×24.
///
/// The RAD tests name version 2026.1, which stays bundled byte for byte, so that new content
/// does not change what they see.
@Suite(.serialized) struct SessionScreenTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-screen-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The response saved in `directory` as `r.yaml`, decoded against its questionnaire.
  func saved(_ directory: URL, _ questionnaire: String) throws -> Response? {
    let url = directory.appendingPathComponent("r.yaml")
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let choice = try QuestionnaireChoice.resolve(UserPath(questionnaire))
    let header = try #require(ResponseDecoder.header([UInt8](try Data(contentsOf: url))).header)
    return try #require(
      ResponseDecoder.decode(header, questionnaire: choice.questionnaire).response)
  }

  static func command(_ questionnaire: String, _ language: String = "en") -> [String] {
    [
      "assess", questionnaire, "--administration", "Test Customs", "--round", "2024",
      "-o", "r.yaml", "--lang", language,
    ]
  }

  static let rad = "rad-self-assessment@2026.1"
  static let firstQuestion =
    "Has the head of Customs formally committed to preventing corruption, in a signed policy statement or directive that makes the executive team responsible for the integrity programme?"
  static let scale = [
    "Not in place", "Planned or ad hoc", "Partly implemented", "Implemented",
    "Implemented, monitored and reviewed",
  ]

  /// The rows' words joined by single spaces: a wrapped sentence reads whole again.
  static func words(_ screen: VirtualScreen) -> String {
    screen.lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
  }

  /// What every frame of a question must show (cli.md "Small terminals"): nothing drawn in
  /// the last column (so nothing wrapped or scrolled off), the question's words, and one
  /// highlighted option whose label is on its row.
  static func expectReadable(
    _ screen: VirtualScreen, question: String, highlighted label: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let lastColumn = (0..<screen.rows).filter {
      screen.cells[$0][screen.columns - 1].text != " "
    }
    #expect(
      lastColumn.isEmpty, "drawn in the last column:\n\(screen.text)",
      sourceLocation: sourceLocation)
    #expect(
      words(screen).contains(question), "question not whole:\n\(screen.text)",
      sourceLocation: sourceLocation)
    let marked = (0..<screen.rows).filter { screen.line($0).hasPrefix("❯") }
    #expect(
      marked.count == 1, "one highlighted option:\n\(screen.text)", sourceLocation: sourceLocation)
    if let row = marked.first {
      // The label may wrap onto the next rows.
      let option = (row..<min(screen.rows, row + 3)).map(screen.line).joined(separator: " ")
        .split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(
        option.contains(label), "highlighted \(label):\n\(screen.text)",
        sourceLocation: sourceLocation)
    }
  }

  @Test func theCursorStandsAtTheInsertionPointByDisplayWidth() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command("example"), directory: directory)
    #expect(pty.waitFor("Is there a written integrity strategy?"))
    pty.type("r")
    #expect(pty.waitFor("Review"))
    pty.type("6\r")  // the text question, the sixth of the file (issue 26)
    #expect(pty.waitFor("What would most improve investigations?"))
    pty.type("漢字テスト")
    pty.type("\u{1B}[D\u{1B}[D")  // ← ←: between テ and ス
    var screen = pty.waitForScreen { $0.row(containing: "漢字テスト") != nil && $0.cursorVisible }
    let row = try #require(screen.row(containing: "漢字テスト"), "\(screen.text)")
    #expect(screen.cursorVisible, "a text field shows the cursor")
    #expect(screen.cursor.row == row)
    #expect(screen.cells[row][screen.cursor.column].text == "ス", "\(screen.cursor)\n\(screen.text)")
    pty.type("X")
    screen = pty.waitForScreen { $0.row(containing: "漢字テXスト") != nil }
    #expect(screen.row(containing: "漢字テXスト") == row, "the edit lands where the cursor stood")
    #expect(screen.cells[row][screen.cursor.column].text == "ス")
    // Combining marks take no cell; End goes after them.
    pty.type("\u{1B}[F cafe\u{301}")
    screen = pty.waitForScreen { $0.row(containing: "café") != nil }
    #expect(screen.cells[row][screen.cursor.column - 1].text == "e\u{301}", "\(screen.text)")
    #expect(screen.cells[row][screen.cursor.column].text == " ")
    pty.type("\u{1B}[H")  // Home
    screen = pty.waitForScreen { $0.cells[row][$0.cursor.column].text == "漢" }
    #expect(screen.cells[row][screen.cursor.column].text == "漢")
    pty.type("\r")
    #expect(pty.waitFor("Review"))
    #expect(!pty.screen.cursorVisible, "no field, no cursor")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    let response = try #require(try saved(directory, "example"))
    #expect(response.answers["audit-investigation.notes"]?.value == .text("漢字テXスト café"))
  }

  @Test func at80x12TheHighlightedOptionIsAlwaysDrawnAndEnterRecordsIt() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 12)
    try pty.start(Self.command(Self.rad), directory: directory)
    // The description does not fit above the question: it stands on a page of its own, which
    // any key leaves (issue 26).
    _ = pty.waitForScreen { Self.words($0).contains("Enter start") }
    pty.type("\r")
    var screen = pty.waitForScreen { Self.words($0).contains(Self.firstQuestion) }
    Self.expectReadable(screen, question: Self.firstQuestion, highlighted: Self.scale[0])
    for index in 1..<Self.scale.count {
      pty.type("\u{1B}[B")  // ↓
      screen = pty.waitForScreen { Self.words($0).contains("❯ \(index) ") }
      Self.expectReadable(screen, question: Self.firstQuestion, highlighted: Self.scale[index])
    }
    // Help open: it does not fit beside the options, so it has a page of its own, where
    // Enter only closes it (issue 26); the question and the highlighted option come back.
    pty.type("h")
    screen = pty.waitForScreen { Self.words($0).contains("Help:") }
    #expect(Self.words(screen).contains("Esc/h close"), "\(screen.text)")
    pty.type("\r")
    screen = pty.waitForScreen { !Self.words($0).contains("Help:") }
    Self.expectReadable(screen, question: Self.firstQuestion, highlighted: Self.scale[4])
    pty.type("\r")
    #expect(pty.waitFor("Evidence reference"))
    pty.type("\u{1B}")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    let response = try #require(try saved(directory, Self.rad))
    #expect(response.answers.count == 1)
    #expect(response.answers.values.first?.value == .number(4), "the option shown, not another")
  }

  @Test func at40x10TheQuestionAndItsHighlightedOptionShowWithHelpOpen() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 40, rows: 10)
    try pty.start(Self.command(Self.rad), directory: directory)
    // The description's page (issue 26).
    _ = pty.waitForScreen { Self.words($0).contains("Enter start") }
    pty.type("\r")
    var screen = pty.waitForScreen { Self.words($0).contains(Self.firstQuestion) }
    Self.expectReadable(screen, question: Self.firstQuestion, highlighted: Self.scale[0])
    #expect(Self.words(screen).contains("↓ 3 more"), "the list scrolls:\n\(screen.text)")
    for index in 1..<Self.scale.count {
      pty.type("\u{1B}[B")
      screen = pty.waitForScreen { Self.words($0).contains("❯ \(index) ") }
      Self.expectReadable(screen, question: Self.firstQuestion, highlighted: Self.scale[index])
    }
    #expect(Self.words(screen).contains("↑ "), "\(screen.text)")
    // Help open: a page of its own, where ↑↓ read and no key answers (issue 26);
    // Esc goes back to the question and its highlighted option.
    pty.type("h")
    screen = pty.waitForScreen { Self.words($0).contains("Help:") }
    #expect(Self.words(screen).contains("Esc/h close"), "\(screen.text)")
    pty.type("3")
    pty.type("\u{1B}")
    screen = pty.waitForScreen { Self.words($0).contains("❯ 4 ") }
    Self.expectReadable(screen, question: Self.firstQuestion, highlighted: Self.scale[4])
    for index in (0..<(Self.scale.count - 1)).reversed() {
      pty.type("\u{1B}[A")  // ↑
      screen = pty.waitForScreen { Self.words($0).contains("❯ \(index) ") }
      Self.expectReadable(screen, question: Self.firstQuestion, highlighted: Self.scale[index])
    }
    pty.type("\u{1B}[B\u{1B}[B\u{1B}[B")
    screen = pty.waitForScreen { Self.words($0).contains("❯ 3 ") }
    pty.type("\r")
    pty.type("\u{1B}")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try saved(directory, Self.rad)?.answers.values.first?.value == .number(3))
  }

  @Test func underTheMinimumSizeOnlyQuitActsUntilTheTerminalGrows() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 8)
    try pty.start(Self.command(Self.rad), directory: directory)
    var screen = pty.waitForScreen { Self.words($0).contains("too small") }
    #expect(Self.words(screen).contains("The terminal is too small (80×8)."), "\(screen.text)")
    #expect(Self.words(screen).contains("at least 40×10"))
    pty.type("3")  // would answer "Implemented"
    pty.type("\r")
    #expect(try saved(directory, Self.rad)?.answers.isEmpty ?? true, "no key acts")
    pty.resize(columns: 80, rows: 24)
    // The description's page (issue 26).
    _ = pty.waitForScreen { Self.words($0).contains("Enter start") }
    pty.type("\r")
    screen = pty.waitForScreen { Self.words($0).contains(Self.firstQuestion) }
    Self.expectReadable(screen, question: Self.firstQuestion, highlighted: Self.scale[0])
    pty.resize(columns: 30, rows: 24)
    screen = pty.waitForScreen { Self.words($0).contains("(30×24)") }
    #expect(Self.words(screen).contains("too small (30×24)"), "\(screen.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try saved(directory, Self.rad)?.answers.isEmpty ?? true)
  }

  @Test func theReviewOfTheRADQuestionnaireFitsAt80x24AndKeepsItsMessagesOnScreen() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command(Self.rad), directory: directory)
    // The description's page (issue 26).
    _ = pty.waitForScreen { Self.words($0).contains("Enter start") }
    pty.type("\r")
    #expect(pty.waitFor("Has the head of Customs"))
    pty.type("r")
    var screen = pty.waitForScreen { $0.line(0).hasPrefix("Review") }
    func expectFits(_ screen: VirtualScreen, sourceLocation: SourceLocation = #_sourceLocation) {
      #expect(
        (0..<screen.rows).allSatisfy { screen.cells[$0][screen.columns - 1].text == " " },
        "nothing in the last column:\n\(screen.text)", sourceLocation: sourceLocation)
      #expect(
        screen.line(0).hasPrefix("Review"), "the title is not scrolled away",
        sourceLocation: sourceLocation)
      #expect(
        Self.words(screen).contains("q: save and quit"), "the key help stays:\n\(screen.text)",
        sourceLocation: sourceLocation)
    }
    expectFits(screen)
    #expect(Self.words(screen).contains("↓ 57 more"), "the list scrolls:\n\(screen.text)")
    // Issue 26: every question asked now, by factor with its counts, numbered as in the file
    // (question 3 is hidden by its condition).
    #expect(screen.row(containing: "Leadership and Commitment: 0 answered, 7 missing") != nil)
    #expect(screen.lines.contains { $0.hasPrefix("   4  ") && $0.hasSuffix("! required") })
    // Missing answers: the message is on screen, under the list.
    pty.type("\r")
    screen = pty.waitForScreen { Self.words($0).contains("required questions have no answer yet") }
    expectFits(screen)
    #expect(
      Self.words(screen).contains("70 required questions have no answer yet"), "\(screen.text)")
    pty.type("x")  // dismisses
    // Scrolling the list to its end: the last missing question shows, the title stays.
    pty.type("\u{1B}[F")
    screen = pty.waitForScreen { Self.words($0).contains("↑ ") }
    expectFits(screen)
    #expect(
      screen.lines.contains { $0.hasPrefix("❯ 77  ") && $0.hasSuffix("! required") },
      "\(screen.text)")
    // The typed number echoes on screen; Enter goes there.
    pty.type("65")
    screen = pty.waitForScreen { Self.words($0).contains("Go to question: 65") }
    expectFits(screen)
    let echo = try #require(screen.row(containing: "Go to question: 65"))
    #expect(screen.cursor.row == echo && screen.cursorVisible, "the cursor follows the typing")
    pty.type("\r")
    // Question 65 is hidden by its condition (issue 26: numbers are the file's).
    screen = pty.waitForScreen { Self.words($0).contains("Question 65 is not asked") }
    expectFits(screen)
    pty.type("x")  // dismisses
    pty.type("66\r")
    screen = pty.waitForScreen { Self.words($0).contains("Question 66/77") }
    #expect(Self.words(screen).contains("Question 66/77 · 0 answered"), "\(screen.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
  }
}

/// The issue's "Done when": a complete French session of the bundled RAD questionnaire (its
/// newest version) at 80×24 on a real pty, every frame read back as a terminal shows it.
@Suite(.serialized) struct FrenchSessionTests {
  /// The French typography rules of cli.md on every row, and nothing in the last column.
  static func check(_ screen: VirtualScreen, _ place: String) -> [String] {
    var problems: [String] = []
    for row in 0..<screen.rows {
      let line = screen.line(row)
      let trimmed = line.drop { $0 == " " }
      if let first = trimmed.first {
        let next = trimmed.dropFirst().first
        if first == "»" || (";:?!".contains(first) && (next == nil || next == " ")) {
          problems.append("\(place): row \(row) starts with \(first): \(line)")
        }
      }
      if line.hasSuffix("«") { problems.append("\(place): row \(row) ends with «: \(line)") }
      if line.contains("'") { problems.append("\(place): straight apostrophe: \(line)") }
      if screen.cells[row][screen.columns - 1].text != " " {
        problems.append("\(place): row \(row) reaches the last column: \(line)")
      }
    }
    return problems
  }

  /// The rows' words joined by single spaces, no-break spaces as spaces.
  static func plainWords(_ screen: VirtualScreen) -> String {
    screen.lines.joined(separator: " ").replacingOccurrences(of: "\u{A0}", with: " ")
      .replacingOccurrences(of: "\u{202F}", with: " ")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test func theCheckFindsWhatItLooksFor() {
    let screen = VirtualScreen(columns: 12, rows: 3, output: "? l'aide\r\n» fin «\r\nabcdefghijkl")
    #expect(Self.check(screen, "t").count == 5, "\(Self.check(screen, "t"))")
  }

  @Test func aCompleteFrenchSessionOfTheDeclarationAt80x24() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-french-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(
      [
        "assess", "rad-self-assessment", "--administration", "Douanes du Niger", "--round",
        "2024", "-o", "r.yaml", "--lang", "fr",
      ], directory: directory)
    // The description's page (issue 26).
    _ = pty.waitForScreen { Self.plainWords($0).contains("Entrée commencer") }
    pty.type("\r")
    var screen = pty.waitForScreen { $0.lines.contains { $0.contains("Question 1/") } }
    var problems: [String] = []
    var keys = 0
    var frames = 0
    // A session that stops progressing fails with its screen within minutes, instead of
    // waiting 5 s per key for 600 keys (seen once on a loaded machine).
    let deadline = Date().addingTimeInterval(240)
    while keys < 600, pty.waitForExit(seconds: 0) == nil {
      if Date() > deadline {
        Issue.record("the session did not finish in 240 s, at:\n\(screen.text)")
        break
      }
      frames += 1
      // The key help: the last rows drawn.
      let bottom = screen.lines.filter { !$0.isEmpty }.suffix(3).joined(separator: " ")
        .replacingOccurrences(of: "\u{A0}", with: " ")
      let place = screen.lines.first { $0.contains("Question ") && $0.contains("/") } ?? "?"
      problems += Self.check(screen, place)
      let number =
        place.split(separator: " ").dropFirst().first.flatMap {
          Int($0.split(separator: "/").first ?? "")
        } ?? 0
      // A frame drawn between the keys of one answer (a typed line not yet confirmed): wait
      // for the next, so that a line is never typed twice, its second copy landing on the
      // next screen (on a loaded machine: typed on the review, "12" + Enter opened question
      // 12).
      if screen.lines.contains(where: { $0.hasPrefix("> ") && $0.dropFirst(2).first != " " }) {
        let stale = screen.lines
        screen = pty.waitForScreen(seconds: 5) { $0.lines != stale || !$0.alternateScreen }
        if !screen.alternateScreen { break }
        continue
      }
      let key: String
      if screen.line(0).hasPrefix("Récapitulatif") {
        key = "\r"  // every required question answered: finish
      } else if bottom.contains("Entrée rapport complet") {
        key = "q"  // the last screen, with the score (issue 26)
      } else if bottom.contains("o oui") {
        key = "o"
      } else if bottom.contains("Espace cocher") {
        key = "1\r"
      } else if bottom.contains("Tab suivante") || bottom.contains("Échap annuler") {
        // A number within the question's range (its hint: « Saisissez un nombre de 1 999 à
        // 2 100 »), else 12; a text; an evidence reference.
        let words = Self.plainWords(screen)
        let low = words.range(
          of: #"nombre (de|supérieur ou égal à) [0-9  ]+"#, options: .regularExpression
        )
        .map { String(words[$0]).filter(\.isNumber) }
        key = (low.flatMap { $0.isEmpty ? nil : $0 } ?? "12") + "\r"
      } else if bottom.contains("↑↓ Entrée") {
        key = number % 3 == 0 ? "3" : "2"  // a mid-maturity administration
      } else {
        Issue.record("no key help understood:\n\(screen.text)")
        break
      }
      let before = screen.lines
      pty.type(key)
      keys += 1
      screen = pty.waitForScreen(seconds: 5) { $0.lines != before || !$0.alternateScreen }
      if !screen.alternateScreen { break }
    }
    #expect(pty.waitForExit() == 0)
    #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    #expect(frames > 70, "every question was drawn")
    let text = try String(
      contentsOf: directory.appendingPathComponent("r.yaml"), encoding: .utf8)
    #expect(text.contains("status: complete"), "\(text.prefix(400))")
  }
}
