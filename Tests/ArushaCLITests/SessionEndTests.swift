import ArushaTestSupport
import Foundation
import Testing

/// Issue 26, items 11 and 12: the end of a session fits the screen a workshop team projects,
/// and line mode prints nothing wider than 80 columns and cuts no text with "…".
///
/// The response is the worked example's (RAD 2027.2, in French), piped into line mode as
/// `docs/worked-example-rad-2027.2.md` does; the full-screen tests resume it with every answer
/// given and finish it on a real pty.
@Suite(.serialized) struct SessionEndTests {
  static let input = TestPaths.packageRoot.appendingPathComponent(
    "docs/worked-example/rad-2027.2-atelier-input.txt")
  static let questionnaire = TestPaths.questionnaires.appendingPathComponent(
    "revised-arusha-declaration.yaml")
  static let arguments = [
    "assess", questionnaire.path, "--lang", "fr", "--administration",
    "Douanes de Sahelia (fictive)", "--round", "2027", "-o", "atelier.yaml",
  ]
  /// The ten factors' titles, as the bars carry them.
  static let factors = [
    "1. Conduite et engagement des responsables", "2. Cadre réglementaire", "3. Transparence",
    "4. Automatisation", "5. Réforme et modernisation", "6. Contrôle et enquête",
    "7. Code de conduite", "8. Gestion des ressources humaines", "9. Esprit de corps",
    "10. Relations avec le secteur privé",
  ]
  /// A question of the critical gaps, 190 characters long.
  static let longQuestion =
    "Existe-t-il des règles écrites garantissant la confidentialité de l’identité des auteurs de signalement et les protégeant contre les représailles, et sont-elles appliquées ?"

  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-end-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A folder holding `atelier.yaml` with every answer of the worked example given, still in
  /// progress (left with `q` on the review screen instead of finishing).
  func almostComplete() throws -> URL {
    let directory = try folder()
    let lines = try String(contentsOf: Self.input, encoding: .utf8).components(separatedBy: "\n")
    // The input ends with the empty line that finishes on the review screen, and a newline.
    var kept = lines
    while kept.last == "" { kept.removeLast() }
    let result = try runArusha(
      Self.arguments + ["--plain"], input: kept.joined(separator: "\n") + "\nq\n",
      directory: directory)
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(
      contentsOf: directory.appendingPathComponent("atelier.yaml"), encoding: .utf8)
    #expect(text.contains("status: in-progress"))
    return directory
  }

  /// Words joined by single spaces, no-break spaces as spaces: a wrapped line reads whole.
  static func words(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(
      of: "\u{202F}", with: " "
    ).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The rows of `screen` that reach its last column (a line that wraps or is cut there).
  static func lastColumn(_ screen: VirtualScreen) -> [String] {
    (0..<screen.rows).filter { screen.cells[$0][screen.columns - 1].text != " " }.map(
      screen.line)
  }

  /// Resumes the almost complete response on a pty of `columns` × `rows` and finishes it from
  /// the review screen; returns the pty and the screen once the last screen shows.
  func finish(columns: Int, rows: Int) throws -> (PseudoTerminal, VirtualScreen) {
    let directory = try almostComplete()
    let pty = try PseudoTerminal(columns: columns, rows: rows)
    // Found on PATH as `arusha`: the hint says `arusha score atelier.yaml`.
    try pty.start(
      Self.arguments, directory: directory, environment: AssessCommandTests.pathWithArusha)
    // Wherever the session resumes, `r` opens the review, where Enter finishes.
    var screen = pty.waitForScreen {
      $0.alternateScreen && !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
    // The review's counts line stays on screen at every size (its title may give way).
    func onReview(_ screen: VirtualScreen) -> Bool {
      Self.words(screen.text).contains("avec une réponse")
    }
    if !onReview(screen) {
      pty.type("r")
      screen = pty.waitForScreen(onReview)
    }
    #expect(onReview(screen), "\(screen.text)")
    pty.type("\r")
    screen = pty.waitForScreen { Self.words($0.text).contains("q quitter") }
    return (pty, screen)
  }

  @Test func aFrenchSessionCompletedAt80x24ShowsTheScoreAndEveryFactorOnTheLastScreen() throws {
    let (pty, screen) = try finish(columns: 80, rows: 24)
    let text = Self.words(screen.text)
    #expect(screen.alternateScreen, "the last screen is part of the session:\n\(screen.text)")
    // The overall score and the last factor at once, and every factor's whole title.
    #expect(text.contains("Score global : 48,9 — En développement"), "\(screen.text)")
    #expect(text.contains("Score étayé : 48,3"), "\(screen.text)")
    for factor in Self.factors {
      #expect(text.contains(factor), "\(factor):\n\(screen.text)")
    }
    #expect(text.contains("Lacunes critiques : 3"), "\(screen.text)")
    #expect(text.contains("Rapport complet"), "\(screen.text)")
    #expect(text.contains("arusha score atelier.yaml"), "\(screen.text)")
    #expect(text.contains("Entrée rapport complet · q quitter"), "\(screen.text)")
    #expect(!screen.text.contains("…"), "\(screen.text)")
    #expect(Self.lastColumn(screen).isEmpty, "\(screen.text)")
    #expect(FrenchSessionTests.check(screen, "last screen").isEmpty)

    // q leaves; the terminal keeps the score and the bars, above the shell's prompt.
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    let after = pty.waitForScreen { !$0.alternateScreen }
    let shown = Self.words(after.text)
    #expect(!after.alternateScreen)
    #expect(shown.contains("Score global : 48,9"), "\(after.text)")
    #expect(shown.contains("10. Relations avec le secteur privé"), "\(after.text)")
    #expect(shown.contains("Lacunes critiques : 3"), "\(after.text)")
    #expect(shown.contains("score atelier.yaml"), "\(after.text)")
    // The rest is in `arusha score`, not printed here.
    #expect(!shown.contains("Lacunes prioritaires"), "\(after.text)")
  }

  @Test func at40x10TheLastScreenKeepsTheScoreAndTheKeysAndCutsNoLine() throws {
    let (pty, screen) = try finish(columns: 40, rows: 10)
    let text = Self.words(screen.text)
    #expect(text.contains("Score global : 48,9"), "\(screen.text)")
    #expect(text.contains("Lacunes critiques : 3"), "\(screen.text)")
    #expect(text.contains("Entrée rapport complet · q quitter"), "\(screen.text)")
    #expect(Self.lastColumn(screen).isEmpty, "\(screen.text)")
    #expect(FrenchSessionTests.check(screen, "last screen at 40×10").isEmpty)
    pty.type("q")
    #expect(pty.waitForExit() == 0)
  }

  @Test func theLastScreenIsDrawnAgainForANewSize() throws {
    let (pty, _) = try finish(columns: 80, rows: 24)
    pty.resize(columns: 60, rows: 15)
    let screen = pty.waitForScreen {
      Self.words($0.text).contains("Score global : 48,9")
        && Self.words($0.text).contains("Entrée rapport complet · q quitter")
    }
    let text = Self.words(screen.text)
    #expect(text.contains("Score global : 48,9"), "\(screen.text)")
    #expect(text.contains("Lacunes critiques : 3"), "\(screen.text)")
    #expect(text.contains("Entrée rapport complet · q quitter"), "\(screen.text)")
    #expect(Self.lastColumn(screen).isEmpty, "\(screen.text)")
    pty.type("\u{1B}")  // Esc leaves too
    #expect(pty.waitForExit() == 0)
  }

  @Test func enterOnTheLastScreenPrintsTheFullReport() throws {
    let (pty, _) = try finish(columns: 80, rows: 24)
    // Not before it is asked for: the session is still on its last screen.
    #expect(!pty.screenText.contains("Lacunes prioritaires"))
    #expect(pty.waitForExit(seconds: 0) == nil)
    pty.type("\r")
    #expect(pty.waitForExit() == 0)
    #expect(pty.waitFor("Lacunes prioritaires (les 10 premières)"))
    #expect(
      Self.words(pty.screenText).contains("Évaluation terminée. Enregistrée dans atelier.yaml."))
  }

  /// Line mode through a pipe: every line of standard output and error is at most 80 columns,
  /// and the summary says every factor's title and a long question in full, with no "…".
  @Test func lineModeAt80ColumnsWrapsEveryLineAndCutsNoText() throws {
    let directory = try folder()
    let input = try String(contentsOf: Self.input, encoding: .utf8)
    let result = try runArusha(Self.arguments + ["--plain"], input: input, directory: directory)
    #expect(result.status == 0, "\(result.stderr)")
    // The command to copy is never wrapped; it starts with the path the binary was run by, which
    // is the test machine's and can be any length (CI checks out under a longer path).
    let command = "  \(TestPaths.arusha.path) score atelier.yaml"
    for (name, output) in [("stdout", result.stdout), ("stderr", result.stderr)] {
      let long = output.components(separatedBy: "\n").filter {
        displayColumns($0) > 80 && $0 != command
      }
      #expect(
        long.isEmpty,
        "\(name): \(long.count) lines over 80 columns:\n\(long.prefix(5).joined(separator: "\n"))")
    }
    let summary = try #require(
      result.stdout.range(of: "Score global\u{A0}:").map { result.stdout[$0.lowerBound...] })
    #expect(!summary.contains("…"), "\(summary.prefix(2000))")
    let text = Self.words(String(summary))
    for factor in Self.factors {
      #expect(text.contains(factor), "\(factor)")
    }
    #expect(text.contains(Self.words(Self.longQuestion)), "\(summary.prefix(3000))")
    #expect(text.contains("Évaluation terminée. Enregistrée dans atelier.yaml."))
    // The questionnaire named by its path is bundled byte for byte: `score` finds it alone.
    #expect(text.contains("Rapport complet (plan d’action : ajoutez --action-plan) :"))
    #expect(text.contains(" score atelier.yaml"))
    #expect(!text.contains("--questionnaire"))
  }

  /// A questionnaire that is not bundled as it is: the hint passes it to `score`, and works.
  @Test func theHintForAnUnbundledQuestionnaireNamesItsFile() throws {
    let directory = try folder()
    let example = try String(
      contentsOf: TestPaths.questionnaires.appendingPathComponent("example.yaml"), encoding: .utf8)
    try (example + "\n# edited here\n").write(
      to: directory.appendingPathComponent("custom.yaml"), atomically: true, encoding: .utf8)
    // Level 2 (no evidence), yes, channels 1 and 3, option 1 (no evidence), 12, a note, finish.
    let result = try runArusha(
      [
        "assess", "custom.yaml", "--plain", "--administration", "T", "--round", "1", "-o",
        "c.yaml",
      ], input: "2\n\ny\n1,3\n1\n\n12\nMore\n\n", environment: AssessCommandTests.pathWithArusha,
      directory: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      Self.words(result.stdout).contains(
        "Full report (add --action-plan for the action plan): arusha score c.yaml --questionnaire custom.yaml"
      ), "\(result.stdout.suffix(400))")
    let score = try runArusha(
      ["score", "c.yaml", "--questionnaire", "custom.yaml", "--format", "json"],
      directory: directory)
    #expect(score.status == 0, "\(score.stderr)")
  }

  /// The columns a line takes on a terminal: wide characters two, combining marks none.
  func displayColumns(_ line: String) -> Int {
    line.unicodeScalars.reduce(0) { width, scalar in
      if scalar.properties.generalCategory == .nonspacingMark { return width }
      let value = scalar.value
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
        || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
        || (0xFF00...0xFF60).contains(value) || (0x1F300...0x1FAFF).contains(value)
      return width + (wide ? 2 : 1)
    }
  }
}
