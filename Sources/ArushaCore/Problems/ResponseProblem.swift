/// A response file that cannot be used: it cannot be read, or it breaks the format.
public struct ResponseProblem: Sendable {
  /// The file's path, as messages show it.
  public var path: String
  /// The path the file is read from again for its source lines (they are not kept): ``path``,
  /// unless the command runs with a working directory of its own (an in-process test), where
  /// a relative path is opened under that folder and still shown as typed.
  public var openedPath: String
  /// Set when the file cannot be read (or is too large).
  public var fileError: FileError?
  /// The first ``kept`` errors found in it, sorted by position, when it was read.
  public var diagnostics: [Diagnostic]
  /// How many more errors it has than ``diagnostics`` keeps.
  public var omittedErrors = 0

  /// How many errors of one file a comparison keeps to print: the text report shows 100, and
  /// a comparison over many hostile files must not hold every finding of each until the end
  /// (issue 22).
  public static let kept = 100

  /// Creates a problem, keeping the first ``kept`` of `diagnostics` and counting the rest.
  ///
  /// - Parameters:
  ///   - path: The file's path, as messages show it.
  ///   - openedPath: The path it is read from; nil for `path` itself.
  ///   - fileError: Why it cannot be read, when it cannot.
  ///   - diagnostics: Its errors, sorted by position.
  public init(
    path: String, openedPath: String? = nil, fileError: FileError? = nil,
    diagnostics: [Diagnostic] = []
  ) {
    self.path = path
    self.openedPath = openedPath ?? path
    self.fileError = fileError
    self.diagnostics = Array(diagnostics.prefix(Self.kept))
    self.omittedErrors = max(0, diagnostics.count - Self.kept)
  }

  /// How many errors it has in all.
  public var errorCount: Int { diagnostics.count + omittedErrors }

  /// Whether the file could not be opened at all (sysexits 66 rather than 65).
  public var cannotOpen: Bool { fileError?.kind == .cannotOpen }
}
