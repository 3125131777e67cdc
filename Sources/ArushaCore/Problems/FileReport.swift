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
