import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

@testable import ArushaTerminal

/// Issue 26, items 1–4, on the engine and the runner: a burst of keys with a line break is a
/// paste; an empty `multi` only with `0`; no evidence asked for an answer that claims nothing;
/// a message in a field keeps the key and Esc restores the field; Enter in an empty field
/// does not skip silently.
@Suite struct WorkshopInputStateTests {
  typealias Session = AssessmentSession

  func session(_ answers: [String: Answer] = [:], language: String = "en") throws -> Session {
    try AssessmentSessionTests.session(answers, language: language)
  }

  /// A terminal whose bytes all arrive at once: one burst.
  typealias BurstTerminal = SessionInputTests.ScriptedTerminal

  @Test func aBurstWithALineBreakIsAPaste() {
    #expect(AssessmentRunner.pasted([.character("3"), .enter]) == .paste("3\n"))
    #expect(
      AssessmentRunner.pasted([.character("a"), .tab, .character("b"), .down, .enter])
        == .paste("a\tb\n"))
    #expect(AssessmentRunner.pasted([.enter]) == nil, "one key is typed")
    #expect(AssessmentRunner.pasted([.character("a"), .character("b")]) == nil, "no line break")
    #expect(AssessmentRunner.pasted([.down, .down]) == nil)
    #expect(AssessmentRunner.pasted([.paste("x\ny")]) == nil, "a bracketed paste stays one")
  }

  /// Three lines arriving at once on a scale question answer nothing: the note says so.
  @Test func aBurstOnAScaleQuestionAnswersNothing() throws {
    let io = BurstTerminal("2\nREF\nr\n")
    var saves = 0
    var runner = AssessmentRunner(
      session: try session(), io: io, style: .plain, save: { _ in saves += 1 })
    #expect(runner.runFullScreen() == .quit)
    #expect(saves == 0)
    #expect(runner.response.answers.isEmpty)
    #expect(io.written.contains("Paste ignored"))
  }

  /// A terminal that plays bytes with pauses: a pause of `n` ms is a timeout for a read
  /// that waits less, and is waited through by one that waits longer; a pause of 0 is a
  /// read interrupted by a signal.
  final class PacedTerminal: TerminalIO {
    enum Item {
      case byte(UInt8)
      case pause(Int)
    }
    var script: [Item] = []
    var written = ""
    /// `parts` alternate text and pauses in milliseconds.
    init(_ parts: [Any]) {
      for part in parts {
        if let text = part as? String { script += text.utf8.map(Item.byte) }
        if let pause = part as? Int { script.append(.pause(pause)) }
      }
    }
    func write(_ text: String) { written += text }
    func readByte(timeout: Int?) -> ReadResult {
      while case .pause(let left)? = script.first {
        if left == 0 {
          script.removeFirst()
          return .interrupted
        }
        if let timeout, timeout < left {
          script[0] = .pause(left - timeout)
          return .timeout
        }
        script.removeFirst()
      }
      guard case .byte(let byte)? = script.first else { return .endOfInput }
      script.removeFirst()
      return .byte(byte)
    }
    func readLine() -> String? { nil }
    var size: (width: Int, height: Int) { (80, 24) }
  }

  /// A signal in the middle of a paste (a resize, here an interrupted read) does not cut
  /// it in two, and a person typing after a pause is not part of it.
  @Test func aPasteIsOneBurstThroughASignalButNotPastAPause() throws {
    let io = PacedTerminal(["2\nREF\n", 0, "revoir", 400, "x", 400, "1", 400])
    var runner = AssessmentRunner(session: try session(), io: io, style: .plain, save: { _ in })
    #expect(runner.runFullScreen() == .quit)
    #expect(!io.written.contains("Review —"), "the r of revoir opened no review")
    #expect(io.written.contains("Paste ignored"))
    #expect(runner.response.answers["leadership.strategy"]?.value == .number(1))
    #expect(runner.response.answers.count == 1)
  }

  /// CR LF, sent by some clients for the Enter key, is one Enter, not a paste: it confirms
  /// the stored answer and moves on once (a second Enter would say nothing is chosen on the
  /// next question; a paste would be ignored).
  @Test func carriageReturnLineFeedIsOneEnter() throws {
    let io = BurstTerminal("\r\n")
    var start = try session([
      "leadership.strategy": .value(.number(1)),
      "leadership.strategy-reviewed": .value(.number(0)),
    ])
    start.jump(to: 2)
    #expect(start.currentQuestion?.id == "leadership.strategy-reviewed")
    var runner = AssessmentRunner(session: start, io: io, style: .plain, save: { _ in })
    #expect(runner.runFullScreen() == .quit)
    #expect(runner.response.position == "leadership.channels")
    #expect(!io.written.contains("Paste ignored"))
    #expect(!io.written.contains("Nothing chosen yet"))
    #expect(runner.response.answers["leadership.strategy-reviewed"]?.value == .number(0))
  }

  /// Ctrl-Z inside a burst ends it: what follows is the terminal's to drop.
  @Test func ctrlZEndsABurst() throws {
    let io = BurstTerminal("\u{1A}2\n")
    var suspended = false
    var runner = AssessmentRunner(
      session: try session(), io: io, style: .plain,
      jobControl: { now in
        guard now else { return false }
        suspended = true
        io.bytes = []
        return true
      },
      save: { _ in })
    #expect(runner.runFullScreen() == .quit)
    #expect(suspended)
    #expect(runner.response.answers.isEmpty)
  }

  @Test func enterWithNothingTickedOnAMultiSavesNothing() throws {
    var s = try session(["leadership.strategy": .value(.number(0))])
    #expect(s.currentQuestion?.id == "leadership.channels")
    #expect(!s.handle(.enter).save)
    #expect(s.notice?.hasPrefix("Nothing is ticked.") == true)
    #expect(s.response.answers["leadership.channels"] == nil)
    // The message is a hint: the key it names dismisses it and acts (it ticks).
    _ = s.handle(.character("1"))
    #expect(s.notice == nil && s.selection == [3])
    // Ticked then unticked: still nothing.
    _ = s.handle(.character("1"))
    #expect(!s.handle(.enter).save)
    _ = s.handle(.escape)
    // 0 with an option ticked is refused (a stray key must not drop the ticks)...
    _ = s.handle(.character("2"))
    #expect(!s.handle(.character("0")).save)
    #expect(s.notice?.hasPrefix("Options are ticked") == true)
    #expect(s.selection == [2])
    _ = s.handle(.escape)
    // ...and chooses "none" once nothing is ticked.
    _ = s.handle(.character("2"))
    #expect(s.selection.isEmpty)
    #expect(s.handle(.character("0")).save)
    #expect(s.response.answers["leadership.channels"] == Answer(value: .selection([])))
    #expect(s.currentQuestion?.id == "audit-investigation.reporting")
    // Back on it: Enter keeps "none" as chosen before.
    _ = s.handle(.character("b"))
    #expect(s.handle(.enter).save)
    #expect(s.currentQuestion?.id == "audit-investigation.reporting")
  }

  @Test func lineModeAnEmptyLineOnAMultiSavesNothing() throws {
    for language in ["en", "fr"] {
      var s = try session(["leadership.strategy": .value(.number(0))], language: language)
      #expect(!s.handle(line: "").save)
      #expect(s.response.answers["leadership.channels"] == nil)
      let text = s.lineText(width: 300).replacingOccurrences(of: "\u{A0}", with: " ")
      #expect(text.contains(language == "en" ? "Nothing is ticked." : "Rien n’est coché."))
      #expect(text.contains(language == "en" ? "0 for none" : "0 si aucun"))
      #expect(s.handle(line: language == "en" ? "none" : "aucune").save)
      #expect(s.response.answers["leadership.channels"] == Answer(value: .selection([])))
    }
  }

  /// leadership.strategy asks for evidence (`evidence: true`): not after level 0.
  @Test func noEvidencePromptForTheLowestLevelInBothModes() throws {
    var s = try session()
    #expect(s.handle(.character("0")).save)
    #expect(s.field?.purpose != .evidence)
    var line = try session()
    #expect(line.handle(line: "0").save)
    #expect(line.field?.purpose != .evidence)
    #expect(line.currentQuestion?.id == "leadership.channels")
    // A comment on it asks no evidence either.
    s.jump(to: 1)
    _ = s.handle(.character("c"))
    for character in "Old draft only" { _ = s.handle(.character(character)) }
    #expect(s.handle(.enter).save)
    #expect(s.response.answers["leadership.strategy"]?.comment == "Old draft only")
    #expect(s.field?.purpose != .evidence)
    // Level 1 still asks.
    line.jump(to: 1)
    #expect(line.handle(line: "1").save)
    #expect(line.field?.purpose == .evidence)
  }

  /// Evidence given for a level that claimed something stays when the answer is lowered to
  /// one that claims nothing (no prompt), and `c` still opens it to change or clear it.
  @Test func evidenceGivenBeforeStaysEditable() throws {
    var s = try session()
    #expect(s.handle(.character("1")).save)
    for character in "Decision 12" { _ = s.handle(.character(character)) }
    #expect(s.handle(.enter).save)
    s.jump(to: 1)
    #expect(s.handle(.character("0")).save)
    #expect(s.field?.purpose != .evidence)
    #expect(s.response.answers["leadership.strategy"]?.evidence == "Decision 12")
    s.jump(to: 1)
    _ = s.handle(.character("c"))
    #expect(s.handle(.enter).save)
    #expect(s.field?.purpose == .evidence)
    _ = s.handle(.clearLine)
    #expect(s.handle(.enter).save)
    #expect(s.response.answers["leadership.strategy"]?.evidence == nil)
  }

  @Test func escInTheAnswerFieldRestoresTheStoredAnswer() throws {
    var s = try session()
    s.jump(to: 5)
    for character in "12" { _ = s.handle(.character(character)) }
    #expect(s.handle(.enter).save)
    s.jump(to: 5)
    #expect(s.field?.string == "12")
    _ = s.handle(.backspace)
    _ = s.handle(.character("9"))
    #expect(s.field?.string == "19")
    _ = s.handle(.escape)
    #expect(s.field?.string == "12")
    #expect(s.currentQuestion?.id == "audit-investigation.cases")
    _ = s.handle(.tab)
    #expect(s.response.answers["audit-investigation.cases"]?.value == .number(12))
  }

  @Test func enterInAnEmptyFieldSaysHowToSkip() throws {
    for (number, phrase) in [(5, "Type a number"), (6, "Type an answer")] {
      var s = try session()
      s.jump(to: number)
      let id = s.currentQuestion?.id
      #expect(!s.handle(.enter).save)
      #expect(s.currentQuestion?.id == id)
      #expect(s.notice?.hasPrefix(phrase) == true)
      _ = s.handle(.tab)
      #expect(s.currentQuestion?.id != id)
    }
    // Answered "don't know": the empty field moves on, the answer kept.
    var s = try session(["audit-investigation.cases": .unknown])
    s.jump(to: 5)
    _ = s.handle(.enter)
    #expect(s.currentQuestion?.id == "audit-investigation.notes")
    #expect(s.response.answers["audit-investigation.cases"] == .unknown)
  }

  @Test func frenchPhrases() throws {
    var s = try session(["leadership.strategy": .value(.number(0))], language: "fr")
    _ = s.handle(.enter)
    #expect(
      s.notice
        == "Rien n’est coché. Cochez les options qui s’appliquent (1–3 ou Espace, puis Entrée), ou tapez 0 pour «\u{A0}aucune de ces options\u{A0}»."
    )
    _ = s.handle(.escape)
    _ = s.handle(.paste("1\n"))
    #expect(s.notice?.hasPrefix("Collage ignoré\u{A0}: aucune réponse") == true)
    #expect(s.screen(width: 200, style: .plain).joined().contains("0\u{A0}aucune"))
  }
}

extension WorkshopInputStateTests {
  /// Shift-Tab in the field of a first question that is a number: the message says there is
  /// nothing before, and the field stays open (the next key types into it).
  @Test func shiftTabOnAFirstNumberQuestionKeepsItsField() throws {
    let yaml = """
      format: arusha/questionnaire-1
      id: first-number
      version: "1"
      title: {en: First number}
      languages: [en]
      factors:
        - id: f
          number: 1
          title: {en: F}
          questions:
            - {id: f.count, type: number, text: {en: How many?}, required: false}
            - {id: f.yes, type: yesno, text: {en: Is it so?}}
      """
    let questionnaire = try #require(QuestionnaireDecoder().decode(Array(yaml.utf8)).questionnaire)
    var s = AssessmentSession(
      questionnaire: questionnaire,
      response: Response(
        questionnaire: QuestionnaireReference(id: "first-number", version: "1", sha256: ""),
        administration: "A", round: "1"),
      language: "en", now: { "2024-07-02T09:00:00Z" })
    _ = s.handle(.backTab)
    #expect(s.notice != nil)
    #expect(s.field?.purpose == .answer)
    _ = s.handle(.character("7"))
    #expect(s.field?.string == "7")
    #expect(s.handle(.enter).save)
    #expect(s.response.answers["f.count"]?.value == .number(7))
  }
}

extension WorkshopInputStateTests {
  /// Esc drops a number being typed on a choice of more than nine options.
  @Test func escDropsANumberBeingTyped() throws {
    let options = (1...11).map { "{value: \($0), label: {en: O\($0)}}" }.joined(separator: ", ")
    let yaml = """
      format: arusha/questionnaire-1
      id: long-choice
      version: "1"
      title: {en: Long choice}
      languages: [en]
      factors:
        - id: f
          number: 1
          title: {en: F}
          questions:
            - {id: f.pick, type: choice, text: {en: Which?}, options: [\(options)]}
      """
    let questionnaire = try #require(QuestionnaireDecoder().decode(Array(yaml.utf8)).questionnaire)
    var s = AssessmentSession(
      questionnaire: questionnaire,
      response: Response(
        questionnaire: QuestionnaireReference(id: "long-choice", version: "1", sha256: ""),
        administration: "A", round: "1"),
      language: "en", now: { "2024-07-02T09:00:00Z" })
    _ = s.handle(.character("1"))
    _ = s.handle(.character("1"))
    #expect(s.typedNumber == "11")
    _ = s.handle(.escape)
    #expect(s.typedNumber.isEmpty)
    _ = s.handle(.character("3"))
    #expect(s.handle(.enter).save)
    #expect(s.response.answers["f.pick"]?.value == .number(3))
  }
}
