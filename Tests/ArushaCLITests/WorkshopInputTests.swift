import ArushaCore
import ArushaFiles
import ArushaTestSupport
import Foundation
import Testing

/// Issue 26, items 1–4 ("the file must only ever hold what the team meant"), on a real pty
/// with the real binary: a paste without bracketed paste, an empty `multi`, a message in a
/// field and Esc, and Enter in an empty field; full screen and line mode.
///
/// The questionnaire is written by the test (`workshop.yaml`): a scale and a yes/no that ask
/// for evidence, a critical `multi` that expects it, a number and a text. Questions are
/// reached with Tab and found by their text, never by their number.
@Suite(.serialized) struct WorkshopInputTests {
  static let questionnaire = """
    format: arusha/questionnaire-1
    id: workshop
    version: "1"
    title: {en: Workshop check, fr: Contrôle d’atelier}
    languages: [en, fr]
    scales:
      maturity:
        - {value: 0, label: {en: Not in place, fr: Inexistant}}
        - {value: 1, label: {en: Partly in place, fr: Partiellement en place}}
        - {value: 2, label: {en: Fully in place, fr: Pleinement en place}}
    factors:
      - id: f
        number: 1
        title: {en: Reporting, fr: Signalement}
        questions:
          - id: f.strategy
            type: scale
            scale: maturity
            text: {en: Is there a written integrity strategy?, fr: Existe-t-il une stratégie écrite ?}
            evidence: true
            allow_na: true
          - id: f.channels
            type: multi
            text: {en: Which protections do the channels offer?, fr: Quelles protections les canaux offrent-ils ?}
            options:
              - {value: 2, label: {en: Anonymity, fr: Anonymat}}
              - {value: 1, label: {en: No cost, fr: Gratuité}}
            critical: true
            evidence: expected
            allow_unknown: false
          - id: f.reviewed
            type: yesno
            text: {en: Was it reviewed last year?, fr: A-t-elle été revue l’an dernier ?}
            evidence: true
          - id: f.cases
            type: number
            text: {en: How many cases were investigated?, fr: Combien de dossiers ?}
            min: 0
            max: 100000
            required: false
          - id: f.notes
            type: text
            text: {en: What would most improve investigations?, fr: Qu’est-ce qui aiderait ?}
            required: false

    """

  static let strategy = "Is there a written integrity strategy?"
  static let channels = "Which protections do the channels offer?"
  static let reviewed = "Was it reviewed last year?"
  static let cases = "How many cases were investigated?"
  static let notes = "What would most improve investigations?"

  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-workshop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try Self.questionnaire.write(
      to: url.appendingPathComponent("workshop.yaml"), atomically: true, encoding: .utf8)
    return url
  }

  static func command(_ language: String = "en", plain: Bool = false) -> [String] {
    [
      "assess", "workshop.yaml", "--administration", "Test Customs", "--round", "2024",
      "-o", "r.yaml", "--lang", language,
    ] + (plain ? ["--plain"] : [])
  }

  /// The answers saved in `directory`; empty when nothing was saved yet.
  func answers(_ directory: URL) throws -> [String: Answer] {
    let url = directory.appendingPathComponent("r.yaml")
    guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
    let questionnaire = try QuestionnaireChoice.resolve(
      UserPath(directory.appendingPathComponent("workshop.yaml").path)
    ).questionnaire
    let header = try #require(ResponseDecoder.header([UInt8](try Data(contentsOf: url))).header)
    return try #require(ResponseDecoder.decode(header, questionnaire: questionnaire).response)
      .answers
  }

  /// The rows' words joined by single spaces: a wrapped sentence reads whole again.
  static func words(_ screen: VirtualScreen) -> String {
    screen.lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
  }

  /// Waits until the screen shows `text` (words joined across wrapped rows).
  @discardableResult
  static func waitFor(_ pty: PseudoTerminal, _ text: String) -> VirtualScreen {
    pty.waitForScreen { words($0).contains(text) }
  }

  /// Starts a full-screen session at 80×24 on the first question.
  func start(_ directory: URL, language: String = "en") throws -> PseudoTerminal {
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    // The pty's terminal has no bracketed paste: `paste` writes the text at once.
    try pty.start(Self.command(language), directory: directory)
    #expect(pty.waitFor(language == "en" ? Self.strategy : "Existe-t-il une stratégie écrite"))
    return pty
  }

  // MARK: Item 1: a paste without bracketed paste

  /// The example: a three-line paste into a comment re-answered the question.
  ///
  /// The "3" of its second line answered, the rest filled the evidence, and the "r" of
  /// "revoir" opened the review. The whole text must stay in the comment, as one line, and confirm nothing.
  @Test func aThreeLinePasteIntoACommentStaysInTheComment() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("1")
    #expect(pty.waitFor("Evidence reference"))
    pty.type("\u{1B}")  // no evidence
    Self.waitFor(pty, Self.channels)
    pty.type("b")
    Self.waitFor(pty, Self.strategy)
    pty.type("c")
    #expect(pty.waitFor("Comment (Enter to save"))
    pty.paste("Plan adopted in 2023\n3 actions are late\nrevoir en mai\n")
    let screen = Self.waitFor(pty, "Plan adopted in 2023 3 actions are late revoir en mai")
    let shown = Self.words(screen)
    let pasted = "Plan adopted in 2023 3 actions are late revoir en mai"
    #expect(shown.contains(pasted), "\(screen.text)")
    #expect(shown.contains("Comment (Enter to save"), "the comment field is still open")
    #expect(!shown.contains("Review"), "no review opened")
    var saved = try answers(directory)
    #expect(saved["f.strategy"]?.value == .number(1), "not re-answered")
    #expect(saved["f.strategy"]?.comment == nil, "a paste confirms nothing")
    #expect(saved["f.strategy"]?.evidence == nil)
    pty.type("\r")  // the team confirms the comment; then the evidence prompt
    #expect(pty.waitFor("Evidence reference"))
    pty.type("\u{1B}")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    saved = try answers(directory)
    #expect(saved["f.strategy"]?.value == .number(1))
    #expect(saved["f.strategy"]?.comment == "Plan adopted in 2023 3 actions are late revoir en mai")
    #expect(saved["f.strategy"]?.evidence == nil)
    #expect(saved.count == 1)
  }

  /// A paste on a scale question answers nothing and says it was ignored.
  @Test func aPasteOnAScaleQuestionAnswersNothingAndSaysSo() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.paste("2\nREF-12\nr\n1\n")
    let screen = Self.waitFor(pty, "Paste ignored")
    #expect(Self.words(screen).contains("Paste ignored"), "\(screen.text)")
    #expect(Self.words(screen).contains(Self.strategy), "still on the question")
    pty.type("q")  // only dismisses the note
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory).isEmpty)
  }

  /// A paste into a number field goes into the field as one line; Enter then reads it.
  @Test func aPasteIntoANumberFieldFillsTheField() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("\t\t\t")
    Self.waitFor(pty, Self.cases)
    pty.paste("42\n")
    Self.waitFor(pty, "> 42")
    #expect(try answers(directory).isEmpty, "the line break confirms nothing")
    pty.type("\r")
    Self.waitFor(pty, Self.notes)
    pty.type(":q\r")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["f.cases"]?.value == .number(42))
  }

  /// A long paste comes in several reads (a pty passes about 4 KB at a time): it is still
  /// one paste, and every line goes into the field.
  @Test func aLongPasteIntoATextFieldIsOnePaste() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("\t\t\t\t")
    Self.waitFor(pty, Self.notes)
    let lines = (1...12).map { "Line \($0) " + String(repeating: "x", count: 600) + " end\($0)" }
    pty.paste(lines.joined(separator: "\n") + "\n")
    pty.waitForScreen { $0.text.contains("end12") }
    #expect(try answers(directory).isEmpty, "a paste confirms nothing")
    pty.type("\r")
    let screen = pty.waitForScreen { $0.line(0).hasPrefix("Review") }
    #expect(screen.line(0).hasPrefix("Review"), "\(screen.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["f.notes"]?.value == .text(lines.joined(separator: " ")))
  }

  // MARK: Item 2: an empty multi is chosen explicitly; no evidence for a claim of nothing

  /// Enter with nothing ticked saves nothing and says how to choose "none"; `0` chooses it,
  /// and no evidence is asked for it: the digits typed next answer the next question.
  @Test func enterWithNothingTickedSavesNothingAndZeroChoosesNone() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("\t")
    Self.waitFor(pty, Self.channels)
    pty.type("\r")
    let screen = Self.waitFor(pty, "Nothing is ticked")
    #expect(Self.words(screen).contains("Nothing is ticked"), "\(screen.text)")
    #expect(try answers(directory)["f.channels"] == nil, "Enter saved nothing")
    pty.type("x")  // dismisses the message
    pty.type("0")
    Self.waitFor(pty, Self.reviewed)
    #expect(try answers(directory)["f.channels"] == Answer(value: .selection([])))
    #expect(!pty.screenText.contains("Evidence reference"), "no evidence asked for none")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["f.channels"] == Answer(value: .selection([])))
  }

  /// No evidence is asked after the lowest level or "no": evidence could not change them.
  @Test func noEvidenceIsAskedForAnAnswerThatClaimsNothing() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("0")
    Self.waitFor(pty, Self.channels)
    pty.type("\t")
    Self.waitFor(pty, Self.reviewed)
    pty.type("n")
    Self.waitFor(pty, Self.cases)
    #expect(!pty.screenText.contains("Evidence reference"), "\(pty.screen.text)")
    pty.type(":q\r")
    #expect(pty.waitForExit() == 0)
    let saved = try answers(directory)
    #expect(saved["f.strategy"] == Answer(value: .number(0)))
    #expect(saved["f.reviewed"] == Answer(value: .number(0)))
  }

  /// Line mode: an empty line on a `multi` saves nothing and says how to answer; `0` is
  /// "none", without an evidence prompt; the lowest level asks no evidence either.
  @Test func lineModeNeedsZeroForNoneAndAsksNoEvidenceForIt() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command(plain: true), directory: directory)
    #expect(pty.waitFor(Self.strategy))
    pty.type("0\r")
    #expect(pty.waitFor(Self.channels))
    pty.clear()
    pty.type("\r")
    #expect(pty.waitFor("Nothing is ticked"))
    #expect(try answers(directory)["f.channels"] == nil)
    pty.clear()
    pty.type("0\r")
    #expect(pty.waitFor(Self.reviewed))
    #expect(!pty.screenText.contains("Evidence reference"))
    pty.type(":q\r")
    #expect(pty.waitForExit() == 0)
    let saved = try answers(directory)
    #expect(saved["f.strategy"] == Answer(value: .number(0)))
    #expect(saved["f.channels"] == Answer(value: .selection([])))
  }

  /// The same in French, as the Niger team ran it: the paste note, the empty `multi`.
  @Test func frenchPasteAndEmptyMulti() throws {
    let directory = try folder()
    let pty = try start(directory, language: "fr")
    pty.paste("2\nréf. 12\nrevoir\n")
    var screen = Self.waitFor(pty, "Collage ignoré")
    #expect(Self.words(screen).contains("Collage ignoré : aucune réponse"), "\(screen.text)")
    pty.type("x")
    pty.type("\t")
    Self.waitFor(pty, "Quelles protections les canaux offrent-ils ?")
    pty.type("\r")
    screen = Self.waitFor(pty, "Rien n’est coché.")
    #expect(Self.words(screen).contains("tapez 0 pour « aucune de ces options »"), "\(screen.text)")
    #expect(Self.words(screen).contains("0 aucune"), "the key help")
    pty.type("0")  // the key the hint names acts at once (a tester needed it twice)
    Self.waitFor(pty, "A-t-elle été revue l’an dernier ?")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory) == ["f.channels": Answer(value: .selection([]))])
  }

  // MARK: Item 3: a message in a field keeps the next key; Esc restores the field

  /// The example: after "a justification is required", Esc (« annuler ») was
  /// swallowed, and the "a" typed next began the justification saved.
  @Test func escAfterAMessageInAJustificationCancelsIt() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("a")
    #expect(pty.waitFor("Why does this question not apply?"))
    pty.type("\r")
    Self.waitFor(pty, "A justification is required")
    pty.clear()
    pty.type("\u{1B}")  // dismisses the message and cancels the prompt
    pty.type("a")  // N/A again: a fresh prompt, not an "a" typed into the old one
    #expect(pty.waitFor("Why does this question not apply?"))
    pty.type("Not relevant here\r")
    Self.waitFor(pty, Self.channels)
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    let saved = try answers(directory)
    #expect(saved["f.strategy"]?.state == .notApplicable)
    #expect(saved["f.strategy"]?.justification == "Not relevant here")
  }

  /// The example: in a number field "about 40" and "1.234" made "about 401.234".
  ///
  /// "about 40" brought a message, Esc was swallowed, and "1.234" was typed after. Esc now dismisses the message and leaves
  /// the field as it was before it was opened.
  @Test func escAfterAMessageInANumberFieldRestoresIt() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("\t\t\t")
    Self.waitFor(pty, Self.cases)
    pty.type("about 40\r")
    Self.waitFor(pty, "is not a number here")
    pty.type("\u{1B}")
    pty.type("1.234\r")
    Self.waitFor(pty, Self.notes)
    #expect(try answers(directory)["f.cases"]?.value == .number(1.234))
    // Back on it: the field holds the stored answer; an edit left with Esc is undone.
    pty.type("\u{1B}[Z")  // Shift-Tab
    Self.waitFor(pty, Self.cases)
    pty.type("\u{7F}\u{7F}99")
    Self.waitFor(pty, "> 1.299")
    pty.type("\u{1B}")
    let screen = Self.waitFor(pty, "> 1.234")
    #expect(Self.words(screen).contains("> 1.234"), "\(screen.text)")
    pty.type("\t")
    Self.waitFor(pty, Self.notes)
    pty.type(":q\r")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["f.cases"]?.value == .number(1.234))
  }

  /// A message in a text field is dismissed by the next key, which still types.
  @Test func theKeyAfterAMessageInAFieldStillTypes() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("\t\t\t")
    Self.waitFor(pty, Self.cases)
    pty.type("about 40\r")
    Self.waitFor(pty, "is not a number here")
    pty.type("\u{15}")  // Ctrl-U clears the field, and the message goes
    pty.type("41\r")
    Self.waitFor(pty, Self.notes)
    pty.type(":q\r")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["f.cases"]?.value == .number(41))
  }

  // MARK: Item 4: Enter in an empty field does not skip silently

  /// The example: the "40" meant for one question went to the next.
  ///
  /// Enter in the empty number field skipped it; now it stays and says how to skip.
  @Test func enterInAnEmptyNumberFieldStaysAndSaysHowToSkip() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("\t\t\t")
    Self.waitFor(pty, Self.cases)
    pty.type("\r")
    var screen = Self.waitFor(pty, "Type a number, or Tab (:s) to skip.")
    #expect(Self.words(screen).contains("Type a number, or Tab (:s) to skip."), "\(screen.text)")
    #expect(Self.words(screen).contains(Self.cases), "still on the number question")
    pty.type("40\r")  // the message does not swallow the "4"
    screen = Self.waitFor(pty, Self.notes)
    #expect(Self.words(screen).contains(Self.notes), "\(screen.text)")
    pty.type("\r")
    screen = Self.waitFor(pty, "Type an answer, or Tab (:s) to skip.")
    #expect(Self.words(screen).contains(Self.notes), "still on the text question")
    pty.type("\t")
    screen = pty.waitForScreen { $0.line(0).hasPrefix("Review") }
    #expect(screen.line(0).hasPrefix("Review"), "\(screen.text)")
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    let saved = try answers(directory)
    #expect(saved["f.cases"]?.value == .number(40))
    #expect(saved["f.notes"] == nil)
  }

  /// Line mode: an empty line still skips a text or number question (pipes rely on it), and
  /// the next prompt says the question was skipped.
  @Test func lineModeSaysAnEmptyLineSkipped() throws {
    let directory = try folder()
    let pty = try PseudoTerminal(columns: 80, rows: 24)
    try pty.start(Self.command(plain: true), directory: directory)
    #expect(pty.waitFor(Self.strategy))
    pty.type(":s\r")
    #expect(pty.waitFor(Self.channels))
    pty.type(":s\r")
    #expect(pty.waitFor(Self.reviewed))
    pty.type(":s\r")
    #expect(pty.waitFor(Self.cases))
    pty.clear()
    pty.type("\r")
    #expect(pty.waitFor(Self.notes))
    #expect(pty.waitFor("The previous question was skipped, with no answer (empty line)."))
    pty.type(":q\r")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory).isEmpty)
  }
}
