/// A response file that cannot be used: it cannot be read, or it breaks the format.
public struct ResponseProblem: Sendable {
  /// The file's path.
  public var path: String
  /// Set when the file cannot be read (or is too large).
  public var fileError: FileError?
  /// The errors found in it, sorted by position, when it was read.
  public var diagnostics: [Diagnostic]

  /// Creates a problem.
  public init(path: String, fileError: FileError? = nil, diagnostics: [Diagnostic] = []) {
    self.path = path
    self.fileError = fileError
    self.diagnostics = diagnostics
  }

  /// Whether the file could not be opened at all (sysexits 66 rather than 65).
  public var cannotOpen: Bool { fileError?.kind == .cannotOpen }
}
