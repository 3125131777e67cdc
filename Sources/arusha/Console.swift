import ArushaReports
import Foundation

/// Standard output and error for the commands, and the style decided once from the environment.
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
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
