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
}
