import ArushaCore
import Foundation

/// Whether two paths name the same file, for refusing an output that is one of the inputs
/// (cli.md, "Output files and wrong inputs").
public enum FileIdentity {
  /// Whether `path` and `other` are the same existing file (same device and inode, links
  /// followed), or the same path once made absolute and resolved.
  public static func same(_ path: UserPath, _ other: UserPath) -> Bool {
    var first = stat()
    var second = stat()
    if stat(path.opened, &first) == 0, stat(other.opened, &second) == 0 {
      return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
    return canonical(path.opened) == canonical(other.opened)
  }

  /// Whether `path` lies somewhere under the existing folder `folder`.
  public static func inside(_ path: UserPath, folder: UserPath) -> Bool {
    guard isFolder(folder) else { return false }
    let root = canonical(folder.opened)
    return canonical(path.opened).hasPrefix(root.hasSuffix("/") ? root : root + "/")
  }

  /// Whether `path` is an existing folder (links followed).
  public static func isFolder(_ path: UserPath) -> Bool {
    var info = stat()
    return stat(path.opened, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The name of a folder entry that `readdir` returned.
  static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
    withUnsafeBytes(of: entry.pointee.d_name) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
  }

  /// `path` made absolute, with `.`, `..` and links resolved as far as it exists.
  static func canonical(_ path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL
    if let resolved = realpath(absolute.path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    // A file that does not exist yet: its folder resolved, then its name.
    let folder = absolute.deletingLastPathComponent().path
    guard let resolved = realpath(folder, nil) else { return absolute.path }
    defer { free(resolved) }
    return String(cString: resolved) + "/" + absolute.lastPathComponent
  }
}
