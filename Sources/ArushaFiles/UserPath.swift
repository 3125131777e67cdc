/// A file's path twice over: as messages show it, the way the user typed it, and as arusha
/// opens it.
///
/// The two are the same in the binary, which opens paths as they are typed. They differ when a
/// command runs on a console with a working directory of its own (an in-process test): a
/// relative path is then opened under that folder, and still shown relative, so that every
/// message, note and report quotes the same text as the binary would. Whatever a user reads
/// takes ``shown`` (through ``PrintableText`` as before); every system call takes ``opened``.
/// A path made from another (a file found in a folder, `RESPONSE.sig`, a chart in a folder)
/// is made from both (``appending(_:)``, ``child(_:)``).
public struct UserPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The path as messages show it: as typed, a relative path relative (not yet sanitised).
  public let shown: String
  /// The path to open, create or look at.
  public let opened: String

  /// A path opened as it is shown: typed in the process's own working directory, or a name
  /// arusha chose there.
  ///
  /// - Parameter path: The path.
  public init(_ path: String) {
    shown = path
    opened = path
  }

  /// A path typed by the user, to open under `workingDirectory`.
  ///
  /// - Parameters:
  ///   - typed: The path as the user gave it.
  ///   - workingDirectory: The absolute folder relative paths are opened under; nil for the
  ///     process's own working directory (then `typed` is opened as it is).
  public init(_ typed: String, workingDirectory: String?) {
    shown = typed
    if let workingDirectory, !typed.hasPrefix("/") {
      opened =
        workingDirectory.hasSuffix("/") ? workingDirectory + typed : workingDirectory + "/" + typed
    } else {
      opened = typed
    }
  }

  /// A path as a string literal: opened as it is shown.
  ///
  /// - Parameter value: The path.
  public init(stringLiteral value: String) {
    self.init(value)
  }

  private init(shown: String, opened: String) {
    self.shown = shown
    self.opened = opened
  }

  /// The shown path, so that a message that interpolates the path quotes what the user typed.
  public var description: String { shown }

  /// This path with `suffix` added to its name on both sides: `RESPONSE.sig`, `NAME.pub`.
  ///
  /// - Parameter suffix: The text to add, such as `.sig`.
  /// - Returns: The new path.
  public func appending(_ suffix: String) -> UserPath {
    UserPath(shown: shown + suffix, opened: opened + suffix)
  }

  /// The file or folder `name` in this folder, on both sides (one `/` between them).
  ///
  /// - Parameter name: A name in the folder.
  /// - Returns: The path of `name`.
  public func child(_ name: String) -> UserPath {
    func join(_ folder: String) -> String {
      folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
    return UserPath(shown: join(shown), opened: join(opened))
  }
}
