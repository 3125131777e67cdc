/// A file that could not be read or written, with the sysexits class it belongs to.
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, in sysexits terms.
  public enum Kind: Sendable, Hashable {
    /// The input cannot be opened or read (66).
    case cannotOpen
    /// The input is not acceptable as it is, e.g. too large (65).
    case invalidData
    /// The output cannot be created (73).
    case cannotCreate
    /// Writing the output failed (74).
    case writeFailed
  }

  /// The kind of failure.
  public var kind: Kind
  /// The file's path as the user gave it.
  public var path: String
  /// What the system said, lowercase.
  public var reason: String

  /// Creates an error.
  public init(_ kind: Kind, path: String, reason: String) {
    self.kind = kind
    self.path = path
    self.reason = reason
  }

  /// `PATH: reason`.
  public var description: String { "\(PrintableText.name(path)): \(reason)" }
}
