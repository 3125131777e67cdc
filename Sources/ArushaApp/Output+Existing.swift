import ArushaFiles
import Foundation

extension Output {
  /// What to do with what is at `path` when `wanted` is to keep an existing file: a FIFO or a
  /// character device (`-o /dev/stdout`) is not a file to lose, so it is still written to
  /// directly; anything else is kept (``OutputFile/Existing/keep``), and the write refused.
  ///
  /// - Parameters:
  ///   - wanted: What the command asks for.
  ///   - path: The target.
  /// - Returns: `wanted`, or ``OutputFile/Existing/replace`` for a device kept from `.keep`.
  static func onExisting(_ wanted: OutputFile.Existing, at path: UserPath) -> OutputFile.Existing {
    guard wanted == .keep else { return wanted }
    var target = stat()
    guard stat(path.opened, &target) == 0 else { return .keep }
    switch target.st_mode & S_IFMT {
    case S_IFIFO, S_IFCHR: return .replace
    default: return .keep
    }
  }
}
