import ArushaCore
import Foundation

/// An exclusive lock on a response file for the length of an assessment, so that a second
/// `arusha assess` on the same file is refused instead of overwriting the first one's answers.
///
/// The lock is `flock` on a companion file `.NAME.lock` in the same folder: the response itself
/// is replaced by rename on every save, so a lock on it would not last. The kernel releases the
/// lock when the process ends, however it ends, so a killed session leaves nothing stuck.
///
/// Safe against races and planted files:
/// - the lock file is opened with `O_NOFOLLOW` (a planted symbolic link is refused, never
///   followed) and must be a regular file;
/// - only the holder removes it, and it does so while still holding the lock; a session
///   that locks a file which was removed meanwhile sees that the name now points elsewhere
///   (or nowhere) and starts again, so two sessions never hold "the" lock at once;
/// - a session that is refused the lock leaves the file alone.
public final class ResponseLock {
  private let descriptor: Int32
  private let path: String

  /// Takes the lock of `responsePath`.
  ///
  /// - Throws: ``FileError`` `cannotCreate` (73) when another session holds it or the lock
  ///   file cannot be made (a symbolic link, a folder or a device in its place).
  public init(responsePath: UserPath) throws(FileError) {
    let url = URL(fileURLWithPath: responsePath.opened)
    let lockPath =
      url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".lock")
      .path
    let lockName = "." + url.lastPathComponent + ".lock"
    var attempts = 0
    while true {
      let candidate = open(
        lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY, 0o600)
      guard candidate >= 0 else {
        let reason =
          errno == ELOOP
          ? "its lock file \(lockName) is a symbolic link; remove it if no session is running"
          : "cannot create its lock file \(lockName): \(InputFile.reason(errno))"
        throw FileError(.cannotCreate, path: responsePath, reason: reason)
      }
      var held = stat()
      guard fstat(candidate, &held) == 0, (held.st_mode & S_IFMT) == S_IFREG else {
        close(candidate)
        throw FileError(
          .cannotCreate, path: responsePath,
          reason:
            "its lock file \(lockName) is not a regular file; remove it if no session is running")
      }
      guard flock(candidate, LOCK_EX | LOCK_NB) == 0 else {
        close(candidate)
        throw FileError(
          .cannotCreate, path: responsePath,
          reason:
            "another 'arusha assess' session is using this file; finish or quit that one first")
      }
      // The holder removes the file before it lets go: a lock on a file no longer at the
      // name is no lock. Start again with whatever is there now.
      var named = stat()
      if lstat(lockPath, &named) == 0, named.st_dev == held.st_dev, named.st_ino == held.st_ino {
        descriptor = candidate
        path = lockPath
        return
      }
      close(candidate)
      attempts += 1
      if attempts >= 100 {
        throw FileError(
          .cannotCreate, path: responsePath,
          reason: "its lock file \(lockName) keeps changing; is another session starting?")
      }
    }
  }

  deinit {
    // Only a holder gets here (a refused session never finishes `init`): remove the name
    // while still holding the lock, then let go.
    unlink(path)
    close(descriptor)
  }
}
