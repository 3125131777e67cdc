import Foundation

/// An exclusive lock on a response file for the length of an assessment, so that a second
/// `arusha assess` on the same file is refused instead of overwriting the first one's answers.
///
/// The lock is `flock` on a companion file `.NAME.lock` in the same folder: the response itself
/// is replaced by rename on every save, so a lock on it would not last. The kernel releases the
/// lock when the process ends, however it ends, so a killed session leaves nothing stuck.
public final class ResponseLock {
  private let descriptor: Int32
  private let path: String

  /// Takes the lock of `responsePath`.
  ///
  /// - Throws: ``FileError`` `cannotCreate` when another session holds it or the lock file
  ///   cannot be made.
  public init(responsePath: String) throws(FileError) {
    let url = URL(fileURLWithPath: responsePath)
    path =
      url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".lock")
      .path
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw FileError(
        .cannotCreate, path: responsePath,
        reason: "cannot create its lock file: \(InputFile.reason(errno))")
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      throw FileError(
        .cannotCreate, path: responsePath,
        reason: "another 'arusha assess' session is using this file; finish or quit that one first")
    }
  }

  deinit {
    unlink(path)
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
