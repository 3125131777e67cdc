import ArushaCore

/// Every exit code of cli.md ("Exit codes (sysexits)"), in one table.
///
/// Thrown by the commands; the executable exits with the raw value.
public enum ExitStatus: Int32, Error, Sendable, CaseIterable {
  /// Success.
  case success = 0
  /// A usage error (thrown as ``UsageError`` when there is a message to print with the usage).
  case usage = 64
  /// Invalid input data: YAML syntax, format violations, mismatched questionnaires.
  case dataError = 65
  /// An input file cannot be opened.
  case noInput = 66
  /// An output file cannot be created (a missing folder, an output path that is a folder).
  case cannotCreate = 73
  /// An I/O error while writing.
  case ioError = 74
  /// Interrupted by Ctrl-C, after saving.
  case interrupted = 130
  /// Ended by SIGTERM, after saving.
  case terminated = 143

  /// The code of a file error's class.
  public static func code(for error: FileError) -> ExitStatus {
    switch error.kind {
    case .cannotOpen: return .noInput
    case .invalidData: return .dataError
    case .cannotCreate: return .cannotCreate
    case .writeFailed: return .ioError
    }
  }
}

/// A usage error found after parsing (a language the questionnaire lacks, a blank name): the
/// executable prints it with the command's usage, as argument-parser prints its own, and
/// exits 64.
public struct UsageError: Error, Sendable {
  /// What is wrong and what to pass instead.
  public var message: String

  /// Creates a usage error.
  public init(_ message: String) {
    self.message = message
  }
}
