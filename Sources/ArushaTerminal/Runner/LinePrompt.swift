/// Asks for a line before the session starts (administration, round), re-asking when empty.
public enum LinePrompt {
  /// Asks `label` on `io` until a non-empty answer; nil at the end of input.
  public static func ask(_ label: String, io: TerminalIO, language: String) -> String? {
    let text = SessionText(language)
    while true {
      io.write(text.colon(label) + " ")
      guard let line = io.readLine() else { return nil }
      let answer = line.trimmingSpaces()
      if !answer.isEmpty { return answer }
      io.write(text.cannotBeEmpty + "\n")
    }
  }

  /// The administration prompt's label.
  public static func administrationLabel(_ language: String) -> String {
    SessionText(language).administrationPrompt
  }
  /// The round prompt's label.
  public static func roundLabel(_ language: String) -> String { SessionText(language).roundPrompt }
}
