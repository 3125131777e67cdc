import ArgumentParser
import ArushaFiles

/// The sysexits codes of cli.md, in one place.
enum ExitStatus {
  static let usage = ExitCode(64)
  static let dataError = ExitCode(65)
  static let noInput = ExitCode(66)
  static let cannotCreate = ExitCode(73)
  static let ioError = ExitCode(74)
  static let interrupted = ExitCode(130)
  static let terminated = ExitCode(143)

  static func code(for error: FileError) -> ExitCode {
    switch error.kind {
    case .cannotOpen: return noInput
    case .invalidData: return dataError
    case .cannotCreate: return cannotCreate
    case .writeFailed: return ioError
    }
  }
}
