/// A response file that cannot be used: it cannot be read, or it breaks the format.
public struct ResponseProblem: Sendable {
  /// The file's path.
  public var path: String
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
  public init(path: String, fileError: FileError? = nil, diagnostics: [Diagnostic] = []) {
    self.path = path
    self.fileError = fileError
    self.diagnostics = Array(diagnostics.prefix(Self.kept))
    self.omittedErrors = max(0, diagnostics.count - Self.kept)
  }

  /// How many errors it has in all.
  public var errorCount: Int { diagnostics.count + omittedErrors }

  /// Whether the file could not be opened at all (sysexits 66 rather than 65).
  public var cannotOpen: Bool { fileError?.kind == .cannotOpen }
}
