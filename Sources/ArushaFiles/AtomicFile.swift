import Foundation

/// Writes files so that a reader never sees half of one: a temporary file in the same folder,
/// written whole, flushed and fsync'ed, then renamed over the target (response-format.md).
public enum AtomicFile {
  /// Writes `bytes` to `path`.
  ///
  /// - Parameters:
  ///   - bytes: The whole new contents.
  ///   - path: The target file; its folder must exist.
  ///   - permissions: The mode of the file (responses: 0600).
  /// - Throws: ``FileError`` `cannotCreate` when the temporary file cannot be made,
  ///   `writeFailed` when writing, syncing or renaming fails. The target is unchanged then.
  public static func write(_ bytes: [UInt8], to path: String, permissions: mode_t = 0o600)
    throws(FileError)
  {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array((folder + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else {
      throw FileError(.cannotCreate, path: path, reason: InputFile.reason(errno))
    }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var closed = false
    func fail(_ reason: String) -> FileError {
      if !closed { close(descriptor) }
      unlink(temporary)
      return FileError(.writeFailed, path: path, reason: reason)
    }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.write(descriptor, base + written, bytes.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw fail(InputFile.reason(errno))
      }
      written += count
    }
    guard fchmod(descriptor, permissions) == 0 else { throw fail(InputFile.reason(errno)) }
    guard fsync(descriptor) == 0 else { throw fail(InputFile.reason(errno)) }
    closed = true
    guard close(descriptor) == 0 else { throw fail(InputFile.reason(errno)) }
    guard rename(temporary, path) == 0 else { throw fail(InputFile.reason(errno)) }
    // The rename itself is durable only once the folder is synced.
    let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }
}
