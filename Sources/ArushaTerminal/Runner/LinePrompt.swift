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
      let prompt = wrapped(text.colon(label)) + " "
      io.write(prompt)
      // A message after an answer that was not echoed goes on after the prompt.
      let promptWidth = displayWidth(prompt.split(separator: "\n").last ?? "")
      let message = { (line: String) in
        afterPrompt(wrapped(line), promptWidth: promptWidth, width: io.size.width) + "\n"
      }
      guard let line = io.readLine() else { return nil }
      let answer = line.trimmingSpaces()
      if answer.isEmpty {
        io.write(message(text.cannotBeEmpty))
      } else if let count = ResponseLimits.length(of: answer, over: ResponseLimits.identityLength) {
        io.write(message(text.tooLong(count, limit: ResponseLimits.identityLength)))
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

/// `text` (lines separated by "\n", each at most `width` columns) as printed right after a
/// prompt `promptWidth` columns wide: where input is not echoed (a pipe), its first line goes
/// on after the prompt, so it is wrapped again to what is left of the line, or starts on the
/// next line when less than 10 columns are left (issue 26).
func afterPrompt(_ text: String, promptWidth: Int, width: Int) -> String {
  guard promptWidth > 0, let end = text.firstIndex(of: "\n") ?? Optional(text.endIndex) else {
    return text
  }
  let first = String(text[..<end])
  guard displayWidth(first) + promptWidth > width else { return text }
  // Under 10 columns left, the text starts on the next line instead.
  let room = width - promptWidth
  guard room >= 10 else { return "\n" + text }
  return wrapText(first, width: room).joined(separator: "\n") + text[end...]
}
