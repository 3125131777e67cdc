import ArushaCore
import ArushaFiles
import ArushaTestSupport
import Foundation
import Testing

/// Issue 26, items 8, 9 and 10, on a real pty with the real binary: the level definitions of
/// the bundled Revised Arusha Declaration questionnaire (`assess`, `--lang fr`) show when they
/// fit, `d` shows the highlighted level's whole definition, long help scrolls on a page of its
/// own, the questionnaire's description has a page of its own before question 1, and a
/// revisited question shows its current answer whatever its type.
///
/// The questions are matched by their text, not their number (issue 26 renumbers them).
@Suite(.serialized) struct ReadingPagesSessionTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-reading-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The response saved in `directory` as `r.yaml`, decoded against `questionnaire`.
  func saved(_ directory: URL, _ questionnaire: String = "rad-self-assessment") throws -> Response?
  {
    let url = directory.appendingPathComponent("r.yaml")
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let choice = try QuestionnaireChoice.resolve(UserPath(questionnaire))
    let header = try #require(ResponseDecoder.header([UInt8](try Data(contentsOf: url))).header)
    return try #require(
      ResponseDecoder.decode(header, questionnaire: choice.questionnaire).response)
  }

  /// `assess` of the bundled RAD questionnaire (no questionnaire argument), in French.
  static let french = [
    "assess", "--administration", "Douanes du Niger", "--round", "2024", "-o", "r.yaml",
    "--lang", "fr",
  ]
  static let firstQuestion = "Le Chef de la douane s’est-il formellement engagé à prévenir"
  static let secondQuestion = "Existe-t-il une stratégie en matière d’éthique"
  /// The common maturity scale's definitions of levels 0, 1 and 2.
  static let level0 =
    "Il n’existe ni règle écrite ni trace de la pratique dans les dossiers ou les registres."
  static let level1 = "Le travail est engagé, mais aucune règle n’est en vigueur."
  static let level2 = "Une règle est adoptée et en vigueur (signée, publiée ou notifiée)"
  /// The last words of the first question's help, and of the questionnaire's description.
  static let helpEnd = "relève de la question sur le suivi de l’avancement."
  static let descriptionStart =
    "Auto-évaluation du dispositif d’éthique d’une administration des douanes"
  static let descriptionEnd = "avec la même version du questionnaire."

  /// The rows' words joined by single spaces (no-break spaces too): a wrapped sentence reads
  /// whole again.
  static func words(_ screen: VirtualScreen) -> String {
    screen.lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
  }

  /// Goes on to the first question: past the description's page where there is one.
  func toFirstQuestion(_ pty: PseudoTerminal) -> VirtualScreen {
    var screen = pty.waitForScreen {
      Self.words($0).contains(Self.firstQuestion) || Self.words($0).contains("Entrée commencer")
    }
    if Self.words(screen).contains("Entrée commencer") {
      pty.type("\r")
      screen = pty.waitForScreen { Self.words($0).contains(Self.firstQuestion) }
    }
    return screen
  }

  /// Item 8 at 80×24: on the common scale the highlighted level's definition shows (the other
  /// levels by their labels), also with the help open; `d` shows it whole on a page of its
  /// own, ← → read the next level, and nothing is answered meanwhile.
  @Test func theHighlightedLevelsDefinitionShowsAt80x24InFrench() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.french, directory: directory)
    _ = toFirstQuestion(pty)
    pty.type("s")
    var screen = pty.waitForScreen { Self.words($0).contains(Self.secondQuestion) }
    #expect(Self.words(screen).contains(Self.level0), "\(screen.text)")
    pty.type("j")
    screen = pty.waitForScreen { Self.words($0).contains(Self.level1) }
    #expect(Self.words(screen).contains(Self.level1), "\(screen.text)")
    #expect(!Self.words(screen).contains(Self.level0), "one definition, the highlighted one's")
    #expect(Self.words(screen).contains("4 Appliqué, suivi et réexaminé"), "every label shows")
    // The help opens beside them; Esc closes it.
    pty.type("h")
    screen = pty.waitForScreen { Self.words($0).contains("Aide :") }
    #expect(Self.words(screen).contains(Self.level1), "\(screen.text)")
    pty.type("\u{1B}")
    screen = pty.waitForScreen { !Self.words($0).contains("Aide :") }
    // `d`: the whole definition on a page of its own; → the next level; a digit answers nothing.
    pty.type("d")
    screen = pty.waitForScreen { Self.words($0).contains("Niveau 1 : Amorcé, non adopté") }
    #expect(Self.words(screen).contains(Self.level1), "\(screen.text)")
    #expect(Self.words(screen).contains("Échap/d fermer"), "\(screen.text)")
    pty.type("\u{1B}[C")
    screen = pty.waitForScreen { Self.words($0).contains("Niveau 2 : Adopté, appliqué en partie") }
    #expect(Self.words(screen).contains(Self.level2), "\(screen.text)")
    pty.type("3")
    pty.type("\u{1B}")
    screen = pty.waitForScreen { Self.words($0).contains(Self.secondQuestion) }
    #expect(Self.words(screen).contains("❯ 2 Adopté, appliqué en partie"), "\(screen.text)")
    #expect(Self.words(screen).contains(Self.level2), "\(screen.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try saved(directory)?.answers.isEmpty ?? true, "reading answers nothing")
  }

  /// Item 8 where the definitions do not fit (80×12): the key help offers `d`.
  @Test func whereDefinitionsDoNotFitTheKeyHelpOffersD() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 12)
    try pty.start(Self.french, directory: directory)
    _ = toFirstQuestion(pty)
    pty.type("s")
    var screen = pty.waitForScreen { Self.words($0).contains(Self.secondQuestion) }
    #expect(!Self.words(screen).contains(Self.level0), "\(screen.text)")
    #expect(Self.words(screen).contains("d définition"), "\(screen.text)")
    pty.type("d")
    screen = pty.waitForScreen { Self.words($0).contains("Niveau 0 : Inexistant") }
    #expect(Self.words(screen).contains(Self.level0), "\(screen.text)")
    pty.type("d")
    screen = pty.waitForScreen { Self.words($0).contains("d définition") }
    pty.type("q")
    #expect(pty.waitForExit() == 0)
  }

  /// Item 8 at 60×15: the help, cut to one line before, is read whole on a page of its own,
  /// where no key answers; at 40×10 it scrolls (PgDn) to its end.
  @Test func longHelpIsReadWholeAt60x15AndScrollsAt40x10() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 60, rows: 15)
    try pty.start(Self.french, directory: directory)
    _ = toFirstQuestion(pty)
    pty.type("h")
    var screen = pty.waitForScreen { Self.words($0).contains("Aide :") }
    #expect(Self.words(screen).contains(Self.helpEnd), "\(screen.text)")
    #expect(Self.words(screen).contains("Échap/h fermer"), "\(screen.text)")
    pty.type("3")  // would answer level 3
    pty.type("\r")  // closes the help, answers nothing
    screen = pty.waitForScreen { !Self.words($0).contains("Aide :") }
    #expect(Self.words(screen).contains("❯ 0 Inexistant"), "\(screen.text)")
    pty.type("h")
    screen = pty.waitForScreen { Self.words($0).contains("Aide :") }
    pty.resize(columns: 40, rows: 10)
    screen = pty.waitForScreen { Self.words($0).contains("lignes de plus") }
    #expect(!Self.words(screen).contains(Self.helpEnd), "\(screen.text)")
    for _ in 0..<4 { pty.type("\u{1B}[6~") }  // PgDn
    screen = pty.waitForScreen { Self.words($0).contains(Self.helpEnd) }
    #expect(Self.words(screen).contains(Self.helpEnd), "\(screen.text)")
    pty.type("h")
    screen = pty.waitForScreen { !Self.words($0).contains("Aide :") }
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try saved(directory)?.answers.isEmpty ?? true, "reading help answers nothing")
  }

  /// Item 9 at 80×24: the description, which does not fit above the first question, stands
  /// whole on a page of its own; any key goes on to question 1 and answers nothing.
  @Test func theDescriptionHasAPageOfItsOwnAt80x24() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.french, directory: directory)
    var screen = pty.waitForScreen {
      Self.words($0).contains(Self.descriptionStart) || Self.words($0).contains(Self.firstQuestion)
    }
    #expect(Self.words(screen).contains(Self.descriptionStart), "\(screen.text)")
    #expect(Self.words(screen).contains(Self.descriptionEnd), "\(screen.text)")
    #expect(!Self.words(screen).contains(Self.firstQuestion))
    pty.type("3")
    screen = pty.waitForScreen { Self.words($0).contains(Self.firstQuestion) }
    #expect(!Self.words(screen).contains(Self.descriptionStart))
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try saved(directory)?.answers.isEmpty ?? true, "the key only went on")
  }

  /// Item 9 at 60×15: the description scrolls (End shows its end), and `q` leaves from it.
  @Test func theDescriptionScrollsAt60x15AndQQuits() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 60, rows: 15)
    try pty.start(Self.french, directory: directory)
    var screen = pty.waitForScreen { Self.words($0).contains(Self.descriptionStart) }
    #expect(Self.words(screen).contains("lignes de plus"), "\(screen.text)")
    pty.type("\u{1B}[F")  // End
    screen = pty.waitForScreen { Self.words($0).contains(Self.descriptionEnd) }
    #expect(Self.words(screen).contains(Self.descriptionEnd), "\(screen.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
  }

  /// Item 9, line mode at 60 columns: the title and the description print before question 1,
  /// wrapped at the width.
  @Test func lineModePrintsTheDescriptionWrapped() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 60, rows: 24)
    try pty.start(Self.french + ["--plain"], directory: directory)
    #expect(pty.waitFor(Self.firstQuestion))
    let text = pty.screenText
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.replacingOccurrences(of: "\r", with: "")
    }
    #expect(text.contains("Auto-évaluation de l’éthique en douane"))
    #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines.filter { $0.count > 60 })")
    pty.type(":q\r")
    #expect(pty.waitForExit() == 0)
  }

  // MARK: Item 10

  /// A questionnaire whose number and text questions offer "don't know" and "not applicable".
  static let questionnaire = """
    format: arusha/questionnaire-1
    id: current-answers
    version: "1"
    title: {en: Current answers}
    languages: [en]
    scales:
      levels:
        - {value: 0, label: {en: None}}
        - {value: 1, label: {en: Some}}
    factors:
      - id: f
        number: 1
        title: {en: One}
        questions:
          - id: f.level
            type: scale
            scale: levels
            text: {en: Which level applies?}
          - id: f.cases
            type: number
            text: {en: How many cases were investigated last year?}
            allow_unknown: true
            allow_na: true
            required: false
          - id: f.notes
            type: text
            text: {en: What would most improve investigations?}
            allow_unknown: true
            allow_na: true
            required: false

    """
  static let cases = "How many cases were investigated last year?"
  static let notes = "What would most improve investigations?"

  /// "Don't know" and "not applicable" on a number or text question show as the current
  /// answer when revisited, as a scale answer does, in full screen (drafted by an earlier
  /// helper; issue 26, item 10) and line mode.
  @Test func dontKnowOnANumberOrTextQuestionShowsWhenRevisited() throws {
    let directory = try folder()
    try Self.questionnaire.write(
      to: directory.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
    let path = directory.appendingPathComponent("q.yaml").path
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(
      ["assess", "q.yaml", "--administration", "T", "--round", "1", "-o", "r.yaml"],
      directory: directory)
    #expect(pty.waitFor("Which level applies?"))
    pty.type("1")
    var screen = pty.waitForScreen { Self.words($0).contains("A number: >") }
    pty.type(":u\r")
    screen = pty.waitForScreen { Self.words($0).contains("Your answer: >") }
    pty.type(":a\r")
    screen = pty.waitForScreen { Self.words($0).contains("Why does this question not apply?") }
    pty.type("No investigation unit\r")
    screen = pty.waitForScreen { $0.line(0).hasPrefix("Review") }
    pty.type("2\r")
    screen = pty.waitForScreen { Self.words($0).contains("Current answer: Don't know") }
    #expect(Self.words(screen).contains(Self.cases), "\(screen.text)")
    #expect(Self.words(screen).contains("Current answer: Don't know"), "\(screen.text)")
    pty.type("\t")  // the empty field of an answered question moves on
    screen = pty.waitForScreen { Self.words($0).contains(Self.notes) }
    screen = pty.waitForScreen { Self.words($0).contains("Current answer: Not applicable") }
    #expect(
      Self.words(screen).contains("Current answer: Not applicable — No investigation unit"),
      "\(screen.text)")
    // A typed answer replaces it; then the field holds it, and it shows once.
    pty.type("More staff\r")
    screen = pty.waitForScreen { $0.line(0).hasPrefix("Review") }
    pty.type("3\r")
    screen = pty.waitForScreen { Self.words($0).contains("> More staff") }
    #expect(!Self.words(screen).contains("Current answer"), "\(screen.text)")
    pty.type("\t")
    screen = pty.waitForScreen { $0.line(0).hasPrefix("Review") }
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    let response = try #require(try saved(directory, path))
    #expect(response.answers["f.cases"]?.state == .unknown)
    #expect(response.answers["f.notes"]?.value == .text("More staff"))
  }

  /// Line mode says the current answer of a number question answered "don't know".
  @Test func lineModeShowsDontKnowOnANumberQuestion() throws {
    let directory = try folder()
    try Self.questionnaire.write(
      to: directory.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(
      ["assess", "q.yaml", "--administration", "T", "--round", "1", "-o", "r.yaml", "--plain"],
      directory: directory)
    #expect(pty.waitFor("Which level applies?"))
    pty.type("1\r")
    #expect(pty.waitFor(Self.cases))
    pty.type(":u\r")
    #expect(pty.waitFor(Self.notes))
    pty.clear()
    pty.type(":b\r")
    #expect(pty.waitFor(Self.cases))
    #expect(pty.waitFor("Current answer: Don't know"))
    pty.type(":q\r")
    #expect(pty.waitForExit() == 0)
  }
}
