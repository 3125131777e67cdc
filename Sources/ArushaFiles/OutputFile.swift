import ArushaCore
import Foundation

/// The one place where arusha creates files: responses, reports, and the temporary files
/// behind them (cli.md, "Output files and wrong inputs"; response-format.md).
///
/// - A file is never written in place: a temporary file is made in the same folder (with
///   `mkstemp`, which creates a new file and so never follows a planted symbolic link),
///   written whole, flushed and fsync'ed, then renamed over the target. A reader never sees
///   half a file, and a failed write leaves the target as it was.
/// - A target that is a symbolic link is replaced by the rename, never written through.
/// - A report target that is a FIFO or a character device (`/dev/stdout`) is written directly,
///   without the rename; a response target that is one is refused.
public enum OutputFile {
  /// What to do with a target that is a FIFO or a character device.
  public enum Devices: Sendable {
    /// Write to it directly (reports: `-o /dev/stdout`, `-o FIFO`).
    case writeDirectly
    /// Refuse it (responses, which must be files that can be read back).
    case refuse
  }

  /// What to do when something is already at the target.
  public enum Existing: Sendable {
    /// Replace it (atomically): responses, reports, signatures.
    case replace
    /// Refuse, leaving it as it is: keys, which are never overwritten. The new file takes the
    /// name with `link(2)`, which fails when the name exists, so no other writer can slip in
    /// between a check and the rename.
    case keep
  }

  /// Writes `bytes` to `path`.
  ///
  /// - Parameters:
  ///   - bytes: The whole new contents.
  ///   - path: The target; its folder must exist.
  ///   - permissions: The mode of a new file (responses: 0600; reports: 0644).
  ///   - devices: What to do when the target is a FIFO or a character device.
  ///   - existing: What to do when something is already at the target (default: replace it).
  /// - Throws: ``FileError`` `cannotCreate` (73) when the target is a folder, a missing
  ///   folder's file, a device that is refused, an existing file with `existing: .keep`, or
  ///   the temporary file cannot be made; `writeFailed` (74) when writing, syncing or renaming
  ///   fails. The target is unchanged then.
  public static func write(
    _ bytes: [UInt8], to path: UserPath, permissions: mode_t, devices: Devices,
    existing: Existing = .replace
  ) throws(FileError) {
    guard
      let staged = try stageOrWrite(
        bytes, to: path, permissions: permissions, devices: devices, existing: existing)
    else { return }
    try commit(staged)
  }

  /// Writes `bytes` whole to a temporary file beside `path` (flushed and fsync'ed), without
  /// renaming it over `path` yet: ``commit(_:)`` does, or ``discard(_:)`` removes it.
  ///
  /// For writes that must all happen or none (`arusha sign`): each file is staged, and
  /// committed only once every one has been. A target that is a FIFO or a device is refused,
  /// and what is at the target is replaced.
  ///
  /// - Parameters:
  ///   - bytes: The whole new contents.
  ///   - path: The target; its folder must exist.
  ///   - permissions: The mode of the new file.
  ///   - synced: Whether the file is fsync'ed now; when false, ``sync(_:)`` must make every
  ///     staged file durable before any is committed (one call for many files, where an fsync
  ///     of each costs more than the rest of `arusha sign`: issue 29, item 3).
  /// - Returns: The staged file.
  /// - Throws: ``FileError`` as ``write(_:to:permissions:devices:existing:)`` throws it; the
  ///   target is unchanged, and no temporary file is left.
  public static func stage(
    _ bytes: [UInt8], to path: UserPath, permissions: mode_t, synced: Bool = true
  ) throws(FileError) -> Staged {
    guard
      let staged = try stageOrWrite(
        bytes, to: path, permissions: permissions, devices: .refuse, existing: .replace,
        synced: synced)
    else {
      throw FileError(.cannotCreate, path: path, reason: "is not a file that can be read back")
    }
    return staged
  }

  /// Makes files staged without their own fsync durable, before any is committed: one
  /// `syncfs` for each file system their folders are on.
  ///
  /// - Throws: ``FileError`` `writeFailed` (74), naming the first file of a file system that
  ///   could not be synced; nothing is removed (the caller discards the staged files).
  public static func sync(_ staged: [Staged]) throws(FileError) {
    var synced: Set<String> = []
    var devices: Set<UInt64> = []
    for file in staged where synced.insert(file.folder).inserted {
      let folder = open(file.folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard folder >= 0 else {
        throw FileError(.writeFailed, path: file.path, reason: InputFile.reason(errno))
      }
      defer { close(folder) }
      var info = stat()
      guard fstat(folder, &info) == 0 else {
        throw FileError(.writeFailed, path: file.path, reason: InputFile.reason(errno))
      }
      guard devices.insert(UInt64(info.st_dev)).inserted else { continue }
      guard let syncfs = Self.syncfs else {
        // No `syncfs` in this C library: each file of the batch fsync'ed.
        try fsyncEach(staged)
        return
      }
      guard syncfs(folder) == 0 else {
        throw FileError(.writeFailed, path: file.path, reason: InputFile.reason(errno))
      }
    }
  }

  /// Linux's `syncfs(2)` (glibc 2.14), looked up at run time: Swift's Glibc module leaves it
  /// out (it is a GNU extension); nil where the C library lacks it.
  private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
  }()

  /// fsyncs each staged file.
  private static func fsyncEach(_ staged: [Staged]) throws(FileError) {
    for file in staged {
      let descriptor = open(file.temporary, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw FileError(.writeFailed, path: file.path, reason: InputFile.reason(errno))
      }
      defer { close(descriptor) }
      guard fsync(descriptor) == 0 else {
        throw FileError(.writeFailed, path: file.path, reason: InputFile.reason(errno))
      }
    }
  }

  /// Syncs the folders of committed files, each once (``commit(_:syncingFolder:)`` with
  /// `syncingFolder` false): their renames are durable after it.
  public static func syncFolders(of staged: [Staged]) {
    var synced: Set<String> = []
    for file in staged where synced.insert(file.folder).inserted {
      syncFolder(file.folder)
    }
  }

  /// fsyncs `folder`, so that a rename in it is durable.
  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if descriptor >= 0 {
      fsync(descriptor)
      close(descriptor)
    }
  }

  /// Renames a staged file over its target, and syncs the folder.
  ///
  /// - Parameters:
  ///   - staged: The staged file.
  ///   - syncingFolder: Whether the folder is synced now; when false, call
  ///     ``syncFolders(of:)`` once every file is committed.
  /// - Throws: ``FileError`` `writeFailed` (74) when the rename fails (the temporary file is
  ///   removed; the target is unchanged), `cannotCreate` (73) for a key's name taken since.
  public static func commit(_ staged: Staged, syncingFolder: Bool = true) throws(FileError) {
    let path = staged.path
    let temporary = staged.temporary
    func fail(_ reason: String) -> FileError {
      unlink(temporary)
      return FileError(.writeFailed, path: path, reason: reason)
    }
    if staged.existing == .keep {
      if link(temporary, path.opened) == 0 {
        unlink(temporary)
      } else if errno == EEXIST {
        unlink(temporary)
        throw FileError(.cannotCreate, path: path, reason: alreadyExists)
      } else {
        // A file system without hard links (FAT on a USB key): checked above, then renamed.
        guard rename(temporary, path.opened) == 0 else { throw fail(InputFile.reason(errno)) }
      }
    } else {
      guard rename(temporary, path.opened) == 0 else { throw fail(InputFile.reason(errno)) }
    }
    // The rename itself is durable only once the folder is synced.
    if syncingFolder { syncFolder(staged.folder) }
  }

  /// Removes a staged file that is not to be committed; its target stays as it was.
  public static func discard(_ staged: Staged) {
    unlink(staged.temporary)
  }

  /// Checks the target, then writes `bytes` to a temporary file beside it; nil when the
  /// target is a FIFO or a character device that was written directly.
  private static func stageOrWrite(
    _ bytes: [UInt8], to path: UserPath, permissions: mode_t, devices: Devices,
    existing: Existing, synced: Bool = true
  ) throws(FileError) -> Staged? {
    var target = stat()
    if existing == .keep, lstat(path.opened, &target) == 0 {
      throw FileError(.cannotCreate, path: path, reason: alreadyExists)
    }
    if stat(path.opened, &target) == 0 {
      switch target.st_mode & S_IFMT {
      case S_IFDIR:
        throw FileError(.cannotCreate, path: path, reason: "is a folder; give a file name")
      case S_IFIFO, S_IFCHR:
        guard devices == .writeDirectly else {
          throw FileError(
            .cannotCreate, path: path,
            reason: "is \(InputFile.kindName(target.st_mode)), not a file that can be read back")
        }
        try writeDirectly(bytes, to: path)
        return nil
      case S_IFREG:
        break
      default:
        throw FileError(
          .cannotCreate, path: path, reason: "is \(InputFile.kindName(target.st_mode))")
      }
    } else if path.opened.hasSuffix("/") {
      throw FileError(.cannotCreate, path: path, reason: "names a folder; give a file name")
    }
    // The folder made absolute: the message names the same folder whichever working
    // directory the path was opened under.
    let url = URL(fileURLWithPath: path.opened)
    let folder = url.deletingLastPathComponent().path
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0, (folderInfo.st_mode & S_IFMT) == S_IFDIR else {
      throw FileError(
        .cannotCreate, path: path,
        reason: "the folder \(folder) does not exist; create it first or choose another place")
    }
    var template = Array(
      (folder + "/" + temporaryPrefix(url.lastPathComponent) + "XXXXXX").utf8CString)
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
    if let reason = writeAll(bytes, to: descriptor) { throw fail(reason) }
    guard fchmod(descriptor, permissions) == 0 else { throw fail(InputFile.reason(errno)) }
    guard !synced || fsync(descriptor) == 0 else { throw fail(InputFile.reason(errno)) }
    closed = true
    guard close(descriptor) == 0 else { throw fail(InputFile.reason(errno)) }
    return Staged(path: path, temporary: temporary, folder: folder, existing: existing)
  }

  /// Removes the temporary files that writes of `path` left behind.
  ///
  /// A write killed between making its temporary file (`.NAME.tmp-XXXXXX` in the same
  /// folder) and renaming it leaves the file. Call this only while holding the file's
  /// ``ResponseLock``, so that no live write loses its file.
  ///
  /// - Returns: The number of files removed.
  @discardableResult
  public static func removeStaleTemporaries(of path: UserPath) -> Int {
    let url = URL(fileURLWithPath: path.opened)
    let folder = url.deletingLastPathComponent().path
    let prefix = temporaryPrefix(url.lastPathComponent)
    guard let stream = opendir(folder) else { return 0 }
    defer { closedir(stream) }
    var removed = 0
    while let entry = readdir(stream) {
      let name = FileIdentity.name(of: entry)
      guard name.hasPrefix(prefix), name.utf8.count == prefix.utf8.count + 6 else { continue }
      var info = stat()
      let full = folder + "/" + name
      // Only a regular file: never a link or a folder planted under such a name.
      guard lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
      if unlink(full) == 0 { removed += 1 }
    }
    return removed
  }

  /// Why a file that is never overwritten is not written.
  public static let alreadyExists =
    "already exists, and arusha does not overwrite it: choose another name, or move the old file away first"

  /// `.NAME.tmp-`: the start of the temporary files of `name`.
  static func temporaryPrefix(_ name: String) -> String { "." + name + ".tmp-" }

  private static func writeDirectly(_ bytes: [UInt8], to path: UserPath) throws(FileError) {
    let descriptor = open(path.opened, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw FileError(.cannotCreate, path: path, reason: InputFile.reason(errno))
    }
    defer { close(descriptor) }
    if let reason = writeAll(bytes, to: descriptor) {
      throw FileError(.writeFailed, path: path, reason: reason)
    }
  }

  /// Writes every byte; the reason when the system refuses.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.write(descriptor, base + written, bytes.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return InputFile.reason(errno)
      }
      written += count
    }
    return nil
  }
}
