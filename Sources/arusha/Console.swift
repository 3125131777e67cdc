import ArgumentParser
import ArushaCore
import ArushaReports
import Foundation

/// Standard output and error for the commands, and the style decided once from the environment.
enum Console {
  /// Writes a result to standard output.
  ///
  /// On a terminal, bidirectional controls are removed from the whole text (cli.md): no
  /// renderer makes them, so any there came from a file.
  static func out(_ text: String) {
    let shown = stdoutIsTerminal ? PrintableText.forTerminal(text) : text
    FileHandle.standardOutput.write(Data(shown.utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// A message for people on standard error, one line or several, sanitised whole: it may
  /// quote file names and text from files (cli.md: "Every path printed in a message is
  /// sanitised like text from a file"), and arusha's own words hold no control character.
  static func message(_ text: String) {
    error(PrintableText.sanitize(text, for: .terminal, keepLineBreaks: true) + "\n")
  }

  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  static func style(for descriptor: Int32 = STDOUT_FILENO) -> TextStyle {
    TextStyle.resolve(
      isTerminal: isatty(descriptor) == 1, environment: ProcessInfo.processInfo.environment)
  }

  /// The terminal's width: `COLUMNS`, else the terminal's, else 80.
  static func width() -> Int {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
      return columns
    }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 80
  }
}

extension ParsableCommand {
  /// A usage error found after parsing (a language the questionnaire lacks, a blank name):
  /// printed as argument-parser prints one, with this command's usage rather than the top
  /// level's, and exit 64.
  static func usageError(_ message: String) -> ExitCode {
    // The subcommand's own message names it without the executable ("Usage: score …"),
    // as if it were run alone: put `arusha` in front, as a parsing error shows it.
    let name = configuration.commandName ?? ""
    let text = fullMessage(for: ValidationError(message))
      .replacingOccurrences(of: "Usage: \(name) ", with: "Usage: arusha \(name) ")
      .replacingOccurrences(of: "See '\(name) --help'", with: "See 'arusha \(name) --help'")
    Console.message(text)
    return ExitStatus.usage
  }
}
