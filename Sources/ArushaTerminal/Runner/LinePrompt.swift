import ArushaCore
import ArushaText

/// Asks for a line before the session starts (administration, round), re-asking when empty
/// or longer than a response keeps (``ResponseLimits/identityLength``).
public enum LinePrompt {
  /// Asks `label` on `io` until an acceptable answer; nil at the end of input.
  public static func ask(_ label: String, io: TerminalIO, language: String) -> String? {
    let text = SessionText(language)
    // Every line wraps at the terminal's width, 80 when unknown (issue 26).
    let wrapped = { (line: String) in
      wrapText(line, width: io.size.width).joined(separator: "\n")
    }
    while true {
      io.write(wrapped(text.colon(label)) + " ")
      guard let line = io.readLine() else { return nil }
      let answer = line.trimmingSpaces()
      if answer.isEmpty {
        io.write(wrapped(text.cannotBeEmpty) + "\n")
      } else if let count = ResponseLimits.length(of: answer, over: ResponseLimits.identityLength) {
        io.write(wrapped(text.tooLong(count, limit: ResponseLimits.identityLength)) + "\n")
      } else {
        return answer
      }
    }
  }

  /// The administration prompt's label.
  public static func administrationLabel(_ language: String) -> String {
    SessionText(language).administrationPrompt
  }
  /// The round prompt's label.
  public static func roundLabel(_ language: String) -> String { SessionText(language).roundPrompt }
}
