import ArushaCore
import ArushaFiles
import ArushaTestSupport
import ArushaText
import Testing

@testable import ArushaTerminal

/// Issue 26, item 12: every line line mode prints wraps at the width it uses (the terminal's,
/// 80 when unknown): the field prompts, the notices and save errors the runner prints, and the
/// administration and round prompts.
@Suite struct LineModeWidthTests {
  /// A terminal of `width` columns that plays `lines`, then ends.
  final class LineTerminal: TerminalIO {
    var lines: [String]
    var written = ""
    let width: Int
    init(_ lines: [String], width: Int = 80) {
      self.lines = lines
      self.width = width
    }
    func write(_ text: String) { written += text }
    func readByte(timeout: Int?) -> ReadResult { .endOfInput }
    func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    var size: (width: Int, height: Int) { (width, 24) }
  }

  static func overWidth(_ text: String, _ width: Int) -> [String] {
    text.split(separator: "\n").map(String.init).filter { displayWidth($0) > width }
  }

  @Test(arguments: ["en", "fr"])
  func fieldPromptsNoticesAndSaveErrorsWrapAt80Columns(_ language: String) throws {
    // Level 2 asks for evidence (the prompt is 90 columns in English, 125 in French); a long
    // unknown word on the next question gives a notice that quotes it; every save fails.
    let long = String(repeating: "mot ", count: 30)
    let io = LineTerminal(["2", "", long, "q"])
    var runner = AssessmentRunner(
      session: try AssessmentSessionTests.session(language: language), io: io, style: .plain,
      save: { _ in
        struct Refused: Error, CustomStringConvertible {
          var description: String {
            "cannot write the response to a/very/long/folder/name/for/the/response.yaml: the disk is full, and nothing else can be written there"
          }
        }
        throw Refused()
      })
    #expect(runner.runLines() == .quit)
    let long80 = Self.overWidth(io.written, 80)
    #expect(long80.isEmpty, "\(long80)")
    #expect(io.written.replacingOccurrences(of: "\n", with: " ").contains("the disk is full"))
  }

  /// The worked example's whole French session (RAD 2027.2) in line mode on a terminal of 40
  /// and 80 columns: nothing the session prints is wider (what the terminal echoes of the
  /// typed answers is the terminal's).
  @Test(arguments: [40, 80])
  func aWholeFrenchSessionFitsItsWidth(_ width: Int) throws {
    let input = try String(
      contentsOf: TestPaths.packageRoot.appendingPathComponent(
        "docs/worked-example/rad-2027.2-atelier-input.txt"), encoding: .utf8)
    let choice = try QuestionnaireChoice.resolve(UserPath("rad-self-assessment@2027.2"))
    let response = Response(
      questionnaire: choice.reference, administration: "Douanes", round: "2027", answers: [:])
    let session = AssessmentSession(
      questionnaire: choice.questionnaire, response: response, language: "fr",
      now: { "2027-07-02T09:00:00Z" })
    let io = LineTerminal(input.components(separatedBy: "\n"), width: width)
    var runner = AssessmentRunner(session: session, io: io, style: .plain, save: { _ in })
    #expect(runner.runLines() == .completed)
    let over = Self.overWidth(io.written, width)
    #expect(over.isEmpty, "\(over.count) lines: \(over.prefix(5))")
  }

  @Test(arguments: ["en", "fr"])
  func theAdministrationPromptWrapsAtTheTerminalsWidth(_ language: String) {
    let io = LineTerminal(["", String(repeating: "x", count: 500), "Douanes"], width: 24)
    let answer = LinePrompt.ask(
      LinePrompt.administrationLabel(language), io: io, language: language)
    #expect(answer == "Douanes")
    // The prompt, "cannot be empty" and "too long" wrap; nothing is wider than 24 columns.
    let over = Self.overWidth(io.written, 24)
    #expect(over.isEmpty, "\(over)")
  }
}
