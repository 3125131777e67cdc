/// One file read and checked: its diagnostics with its bytes (for source snippets), or why it
/// could not be read.
///
/// What `validate` reports, and what a broken response in `compare` is rendered from.
public struct FileReport: Sendable {
  /// The path as given.
  public var path: String
  /// The file's bytes, for source snippets; empty when it could not be read.
  public var source: [UInt8]
  /// Every error and warning, sorted by position.
  public var diagnostics: [Diagnostic]
  /// Set when the file could not be read at all.
  public var readError: FileError?
  /// Errors and warnings found but not kept in ``diagnostics`` (a comparison keeps the first
  /// 100 of a file: ``ResponseProblem/kept``); counted wherever findings are counted.
  public var omitted = (errors: 0, warnings: 0)

  /// Creates a report.
  public init(path: String, source: [UInt8], diagnostics: [Diagnostic], readError: FileError?) {
    self.path = path
    self.source = source
    self.diagnostics = diagnostics
    self.readError = readError
  }

  /// Whether the file has an error (or could not be read).
  public var hasErrors: Bool { readError != nil || diagnostics.hasErrors }
}
