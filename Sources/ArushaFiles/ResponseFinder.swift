import Foundation

/// Finds the response files of `arusha compare`: files as given, and every `*.yaml` / `*.yml`
/// under folders, recursively.
public enum ResponseFinder {
  /// A file to read.
  public struct Candidate: Sendable, Hashable {
    /// The path, as given or as found under a folder given.
    public var path: String
    /// Whether it was found in a folder (then a YAML file that is not a response is skipped
    /// with a note) rather than named on the command line (then it must be a response).
    public var inFolder: Bool

    /// Creates a candidate.
    public init(path: String, inFolder: Bool) {
      self.path = path
      self.inFolder = inFolder
    }
  }

  /// The files under `paths`, each once, in the order given, folders' files sorted by path.
  ///
  /// Names starting with `.` are left out of folders (`.git`, temporary files); links are
  /// followed, each folder visited once. A path that does not exist is kept, so that reading
  /// it reports the problem.
  ///
  /// - Returns: The candidates, and the folders that could not be listed.
  public static func find(_ paths: [String]) -> (files: [Candidate], errors: [FileError]) {
    var files: [Candidate] = []
    var errors: [FileError] = []
    var seenFiles: Set<FileID> = []
    var seenFolders: Set<FileID> = []
    for path in paths {
      var info = stat()
      let exists = stat(path, &info) == 0
      guard exists, (info.st_mode & S_IFMT) == S_IFDIR else {
        if !exists || seenFiles.insert(FileID(info)).inserted {
          files.append(Candidate(path: path, inFolder: false))
        }
        continue
      }
      var found: [(path: String, id: FileID)] = []
      walk(path, into: &found, errors: &errors, seenFolders: &seenFolders)
      found.sort { $0.path < $1.path }
      for file in found where seenFiles.insert(file.id).inserted {
        files.append(Candidate(path: file.path, inFolder: true))
      }
    }
    return (files, errors)
  }

  private struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  private static func walk(
    _ folder: String, into found: inout [(path: String, id: FileID)], errors: inout [FileError],
    seenFolders: inout Set<FileID>
  ) {
    var info = stat()
    guard stat(folder, &info) == 0, seenFolders.insert(FileID(info)).inserted else { return }
    guard let stream = opendir(folder) else {
      errors.append(FileError(.cannotOpen, path: folder, reason: InputFile.reason(errno)))
      return
    }
    defer { closedir(stream) }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    var folders: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasPrefix(".") { continue }
      let path = prefix + name
      var entryInfo = stat()
      guard stat(path, &entryInfo) == 0 else { continue }
      switch entryInfo.st_mode & S_IFMT {
      case S_IFDIR: folders.append(path)
      case S_IFREG where name.hasSuffix(".yaml") || name.hasSuffix(".yml"):
        found.append((path, FileID(entryInfo)))
      default: break
      }
    }
    for child in folders {
      walk(child, into: &found, errors: &errors, seenFolders: &seenFolders)
    }
  }
}
