import ArushaCore
public import ArushaFiles
import ArushaReports
import ArushaText
import Foundation

/// Where a command's output goes and what it is written to, decided once at start-up and
/// passed to every run (the style guide's "no hidden globals"): standard output and error,
/// whether each standard stream is a terminal, the terminal's width, the environment, and the
/// folder relative paths are read from.
///
/// ``process()`` is this process's own; ``capturing(_:environment:workingDirectory:)`` keeps
/// what a command writes, so a test can run a command in its own process.
public struct Console: Sendable {
  /// One of the two output streams.
  public enum Stream: Sendable {
    /// Standard output.
    case output
    /// Standard error.
    case error
  }

  /// Whether standard input is a terminal.
  public var inputIsTerminal: Bool
  /// Whether standard output is a terminal.
  public var outputIsTerminal: Bool
  /// Whether standard error is a terminal.
  public var errorIsTerminal: Bool
  /// The terminal's width in columns: `COLUMNS`, else the terminal's, else 80.
  public var width: Int
  /// The environment.
  public var environment: [String: String]
  /// The folder relative paths are opened under, absolute; nil for the process's own.
  ///
  /// In the process's own working directory paths are opened as they are given. Either way
  /// a path is shown as it was typed (``path(_:)``).
  public let workingDirectory: String?
  /// Whether this is the process's own console, whose standard input and terminal a session
  /// (`assess`) may take over.
  public let ownsProcessTerminal: Bool
  /// Where the bytes go.
  private let sink: any ConsoleSink

  /// The console of this process: its standard streams, its environment and its working
  /// directory.
  ///
  /// - Returns: The console, with each stream's terminal state decided now.
  public static func process() -> Console {
    let environment = ProcessInfo.processInfo.environment
    var width = 80
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 {
      width = columns
    } else {
      var size = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        width = Int(size.ws_col)
      }
    }
    return Console(
      inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: isatty(STDOUT_FILENO) == 1,
      errorIsTerminal: isatty(STDERR_FILENO) == 1, width: width, environment: environment,
      workingDirectory: nil, ownsProcessTerminal: true, sink: ProcessSink())
  }

  /// A console that keeps what is written in `capture`, with no terminal: what a command
  /// writes when its output is piped, as a test reads it.
  ///
  /// - Parameters:
  ///   - capture: Receives standard output and standard error.
  ///   - environment: The environment the command sees; its `COLUMNS` sets the width (else 80).
  ///   - workingDirectory: The absolute folder relative paths are opened under (messages
  ///     still show them as typed); the process's working directory is never used, so
  ///     commands running side by side in one process each have their own.
  /// - Returns: The console.
  public static func capturing(
    _ capture: Capture, environment: [String: String], workingDirectory: String
  ) -> Console {
    precondition(
      workingDirectory.hasPrefix("/"),
      "a captured console's working directory must be absolute: '\(workingDirectory)'")
    let columns = environment["COLUMNS"].flatMap(Int.init) ?? 0
    return Console(
      inputIsTerminal: false, outputIsTerminal: false, errorIsTerminal: false,
      width: columns > 0 ? columns : 80, environment: environment,
      workingDirectory: workingDirectory, ownsProcessTerminal: false, sink: capture)
  }

  /// `path` as the user gave it, shown as typed and opened under ``workingDirectory``
  /// (``UserPath``): as it is when it is absolute or this is the process's console.
  ///
  /// - Parameter path: A path from the command line, or a folder the command looks in
  ///   (`Questionnaires`).
  /// - Returns: The path to show and to open.
  public func path(_ path: String) -> UserPath {
    UserPath(path, workingDirectory: workingDirectory)
  }

  /// ``path(_:)`` of an optional path.
  ///
  /// - Parameter path: A path from the command line, or nil.
  /// - Returns: The path to show and to open, or nil.
  public func path(_ path: String?) -> UserPath? {
    path.map { self.path($0) }
  }

  /// Writes a result to standard output.
  ///
  /// On a terminal, bidirectional controls are removed from the whole text (cli.md): no
  /// renderer makes them, so any there came from a file.
  ///
  /// - Parameter text: The text.
  public func out(_ text: String) {
    let shown = outputIsTerminal ? PrintableText.forTerminal(text) : text
    write(Array(shown.utf8), to: .output)
  }

  /// Writes UTF-8 `bytes` to standard output as ``out(_:)`` writes text: through the
  /// terminal's sanitising when it is a terminal, as they are otherwise.
  ///
  /// - Parameter bytes: UTF-8 text.
  public func out(bytes: [UInt8]) {
    guard !outputIsTerminal else { return out(String(decoding: bytes, as: UTF8.self)) }
    write(bytes, to: .output)
  }

  /// Writes `bytes` that are not text (a workbook) to standard output as they are; the
  /// commands refuse to send them to a terminal before anything is read.
  ///
  /// - Parameter bytes: The bytes.
  public func out(binary bytes: [UInt8]) {
    write(bytes, to: .output)
  }

  /// Writes `text` to standard error as it is.
  ///
  /// - Parameter text: The text.
  public func error(_ text: String) {
    write(Array(text.utf8), to: .error)
  }

  /// A message for people on standard error, one line or several, sanitised whole: it may
  /// quote file names and text from files (cli.md: "Every path printed in a message is
  /// sanitised like text from a file"), and arusha's own words hold no control character.
  ///
  /// - Parameter text: The message, without its final line break.
  public func message(_ text: String) {
    error(PrintableText.sanitize(text, for: .terminal, keepLineBreaks: true) + "\n")
  }

  private func write(_ bytes: [UInt8], to stream: Stream) {
    bytes.withUnsafeBytes { sink.write($0, to: stream) }
  }
}
