import ArushaCore
import ArushaReports
import ArushaText
import Foundation

/// Standard output and error for the commands, and the style decided once from the environment.
public enum Console {
  /// Writes a result to standard output.
  ///
  /// On a terminal, bidirectional controls are removed from the whole text (cli.md): no
  /// renderer makes them, so any there came from a file.
  public static func out(_ text: String) {
    let shown = outputIsTerminal ? PrintableText.forTerminal(text) : text
    FileHandle.standardOutput.write(Data(shown.utf8))
  }

  /// Writes UTF-8 `bytes` to standard output as ``out(_:)`` writes text: through the
  /// terminal's sanitising when it is a terminal, as they are otherwise.
  public static func out(bytes: [UInt8]) {
    guard !outputIsTerminal else { return out(String(decoding: bytes, as: UTF8.self)) }
    writeWithoutCopy(bytes, to: .standardOutput)
  }

  /// Writes `bytes` through `handle` without copying them into a `Data` first (a report of a
  /// hostile file can be tens of MB).
  private static func writeWithoutCopy(_ bytes: [UInt8], to handle: FileHandle) {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      handle.write(
        Data(
          bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count,
          deallocator: .none))
    }
  }

  /// Writes `bytes` that are not text (a workbook) to standard output as they are; the
  /// commands refuse to send them to a terminal before anything is read.
  public static func out(binary bytes: [UInt8]) {
    writeWithoutCopy(bytes, to: .standardOutput)
  }

  public static func error(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// A message for people on standard error, one line or several, sanitised whole: it may
  /// quote file names and text from files (cli.md: "Every path printed in a message is
  /// sanitised like text from a file"), and arusha's own words hold no control character.
  public static func message(_ text: String) {
    error(PrintableText.sanitize(text, for: .terminal, keepLineBreaks: true) + "\n")
  }

  /// Whether each standard stream is a terminal: decided once per process, read by
  /// ``Settings`` and by ``out(_:)``.
  static let inputIsTerminal = isatty(STDIN_FILENO) == 1
  static let outputIsTerminal = isatty(STDOUT_FILENO) == 1
  static let errorIsTerminal = isatty(STDERR_FILENO) == 1
}
