import ArushaCore
import Foundation

/// The response files of `arusha compare`, found as they are read: files as given, and every
/// `*.yaml` / `*.yml` under folders, recursively.
///
/// The walk holds one folder's listing per level it is in, never the list of every file, so
/// that memory does not grow with the number of files. The order is fixed: the paths in the
/// order given, and in a folder its entries by name (a sub-folder's files where its name sorts).
/// Names starting with `.` are left out of folders (`.git`, temporary files). Paths given are
/// followed when they are symbolic links; inside a folder, no symbolic link is followed, to a
/// folder or to a file (issue 22: a link must not pull in files from outside the folder the
/// expert named, nor walk the whole disk), and each one is counted in ``skippedLinks`` for a
/// note. A FIFO, socket or device named `*.yaml` in a folder is handed out like a file, so
/// that reading it says what it is. Each folder is visited once; a file or folder given
/// twice, or inside a folder given, is read once. A path that does not exist is kept, so that
/// reading it reports the problem.
///
/// Safe to share between threads.
public final class ResponseWalk: @unchecked Sendable {
  private struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  /// One folder being walked: its entries by name, and how far the walk is.
  private struct Level {
    var folder: UserPath
    var entries: [(name: String, folder: Bool)]
    var position = 0
  }

  private let lock = NSLock()
  private var arguments: [UserPath]
  private var nextArgument = 0
  private var levels: [Level] = []
  private var seenFolders: Set<FileID> = []
  private var seenFiles: Set<FileID> = []
  private var folderRoots: [String] = []
  private var problems: [FileError] = []
  private var links = FileSample(keeping: ResponseWalk.linksNamed)
  private var found = 0

  /// How many of the symbolic links met in folders ``skippedLinks`` names.
  public static let linksNamed = 20

  /// A walk over `paths`.
  public init(_ paths: [UserPath]) {
    arguments = paths
  }

  /// The folders that could not be listed, in the order met.
  public var errors: [FileError] {
    lock.lock()
    defer { lock.unlock() }
    return problems
  }

  /// The symbolic links met inside folders, which were not followed: how many, and the
  /// first ``linksNamed`` of them.
  public var skippedLinks: FileSample {
    lock.lock()
    defer { lock.unlock() }
    return links
  }

  /// The number of files handed out so far.
  public var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return found
  }

  /// Up to `limit` further files, with the number of the batch (0, 1, …): empty at the end.
  public func next(_ limit: Int) -> (batch: Int, files: [Candidate]) {
    lock.lock()
    defer { lock.unlock() }
    var files: [Candidate] = []
    while files.count < limit, let file = advance() {
      files.append(file)
    }
    let batch = batches
    if !files.isEmpty { batches += 1 }
    found += files.count
    return (batch, files)
  }

  private var batches = 0

  /// The next file, walking on; called with the lock held.
  private func advance() -> Candidate? {
    while true {
      if let top = levels.indices.last {
        guard levels[top].position < levels[top].entries.count else {
          levels.removeLast()
          continue
        }
        let entry = levels[top].entries[levels[top].position]
        levels[top].position += 1
        let path = levels[top].folder.child(entry.name)
        if entry.folder {
          enter(path, following: false)
          continue
        }
        // A file also given by itself was read then.
        if !seenFiles.isEmpty {
          var info = stat()
          if lstat(path.opened, &info) == 0, seenFiles.contains(FileID(info)) { continue }
        }
        return Candidate(path: path, inFolder: true)
      }
      guard nextArgument < arguments.count else { return nil }
      let path = arguments[nextArgument]
      nextArgument += 1
      var info = stat()
      guard stat(path.opened, &info) == 0 else { return Candidate(path: path, inFolder: false) }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        let root = FileIdentity.canonical(path.opened)
        // A folder inside (or equal to) one walked already adds nothing.
        if folderRoots.contains(where: { root == $0 || root.hasPrefix($0 + "/") }) { continue }
        folderRoots.append(root)
        enter(path)
        continue
      }
      let root = FileIdentity.canonical(path.opened)
      if folderRoots.contains(where: { root.hasPrefix($0 + "/") }) { continue }
      if seenFiles.insert(FileID(info)).inserted { return Candidate(path: path, inFolder: false) }
    }
  }

  /// Lists `folder` and starts walking it, unless it was walked already.
  ///
  /// - Parameters:
  ///   - folder: The folder's path.
  ///   - following: Whether `folder` may be a symbolic link (a path given); inside a folder it
  ///     may not, so a folder replaced by a link after it was listed is not entered.
  private func enter(_ folder: UserPath, following: Bool = true) {
    let descriptor = open(
      folder.opened, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK | (following ? 0 : O_NOFOLLOW))
    guard descriptor >= 0 else {
      if !following, errno == ELOOP || errno == ENOTDIR {
        links.add(folder.shown)
      } else {
        problems.append(FileError(.cannotOpen, path: folder, reason: InputFile.reason(errno)))
      }
      return
    }
    var info = stat()
    guard fstat(descriptor, &info) == 0, seenFolders.insert(FileID(info)).inserted,
      let stream = fdopendir(descriptor)
    else {
      close(descriptor)
      return
    }
    defer { closedir(stream) }
    var entries: [(name: String, folder: Bool)] = []
    var linkNames: [String] = []
    while let entry = readdir(stream) {
      let name = FileIdentity.name(of: entry)
      if name.hasPrefix(".") { continue }
      let yaml = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
      var type = Int32(entry.pointee.d_type)
      if type == Int32(DT_UNKNOWN) {
        // A file system that does not say: ask, about the entry itself, not what it links to.
        var info = stat()
        guard lstat(folder.child(name).opened, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: type = Int32(DT_DIR)
        case S_IFLNK: type = Int32(DT_LNK)
        case S_IFREG: type = Int32(DT_REG)
        default: type = Int32(DT_FIFO)
        }
      }
      switch type {
      case Int32(DT_DIR): entries.append((name, true))
      case Int32(DT_LNK): linkNames.append(name)
      // A regular file, or a FIFO, socket or device with a response's name: reading it says
      // what it is, rather than leaving it out unnamed.
      default: if yaml { entries.append((name, false)) }
      }
    }
    entries.sort { $0.name < $1.name }
    for name in linkNames.sorted() { links.add(folder.child(name).shown) }
    levels.append(Level(folder: folder, entries: entries))
  }
}
