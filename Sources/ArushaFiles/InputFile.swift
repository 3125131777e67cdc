import ArushaCore
import Foundation

/// The one place where arusha reads input files (questionnaires, responses): whole, only
/// regular files, and never more than a bound (cli.md, "Output files and wrong inputs").
///
/// A FIFO, a device or a socket is refused at once, never waited on: the file is opened
/// without blocking (`O_NONBLOCK`, so opening a FIFO with no writer returns at once) and
/// without becoming a controlling terminal, then checked with `fstat` before any byte is read.
public enum InputFile {
  /// The default bound: the YAML loader's.
  public static let defaultLimit = 4 << 20

  /// Reads the file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file's path (an error names it as it is shown).
  ///   - limit: The largest accepted size in bytes.
  ///   - followingLinks: Whether `path` may be a symbolic link (false for a file found in a
  ///     folder, which may have been replaced by a link since the folder was listed).
  /// - Returns: The file's bytes.
  /// - Throws: ``FileError`` (`cannotOpen` when missing, unreadable, a folder, a FIFO, a
  ///   device or a socket; `invalidData` when larger than `limit`).
  public static func read(
    _ path: UserPath, limit: Int = defaultLimit, followingLinks: Bool = true
  ) throws(FileError) -> [UInt8] {
    let descriptor = open(
      path.opened, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (followingLinks ? 0 : O_NOFOLLOW))
    guard descriptor >= 0 else {
      let code = errno
      if !followingLinks, code == ELOOP {
        throw FileError(
          .cannotOpen, path: path, reason: "is a symbolic link, not followed inside a folder")
      }
      throw FileError(.cannotOpen, path: path, reason: reason(code))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw FileError(.cannotOpen, path: path, reason: reason(errno))
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      throw FileError(
        .cannotOpen, path: path, reason: "is \(kindName(info.st_mode)), expected a file")
    }
    if Int(info.st_size) > limit {
      throw FileError(
        .invalidData, path: path,
        reason: "the file is \(info.st_size) bytes, more than the \(limit) bytes accepted")
    }
    // Sized by the file, one byte more to see that it grew; read on to the limit if it did.
    var bytes = [UInt8](repeating: 0, count: min(limit, max(0, Int(info.st_size))) + 1)
    var count = 0
    while count <= limit {
      if count == bytes.count {
        bytes += [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - count))
      }
      let got = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.read(descriptor, base + count, buffer.count - count)
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw FileError(.cannotOpen, path: path, reason: reason(errno))
      }
      if got == 0 { break }
      count += got
    }
    if count > limit {
      throw FileError(
        .invalidData, path: path, reason: "the file is more than the \(limit) bytes accepted")
    }
    bytes.removeSubrange(count...)
    return bytes
  }

  /// What a file that is not a regular file is, such as "a folder" or "a FIFO (named pipe)".
  static func kindName(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: return "a folder"
    case S_IFIFO: return "a FIFO (named pipe)"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFSOCK: return "a socket"
    case S_IFLNK: return "a symbolic link"
    default: return "not a regular file"
    }
  }

  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES, EPERM: return "permission denied"
    case EISDIR: return "is a folder, expected a file"
    default: return String(cString: strerror(code)).lowercased()
    }
  }
}
