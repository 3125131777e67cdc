import ArushaCore

/// `arusha validate`: reads each questionnaire file and decodes it, collecting every problem.
public enum QuestionnaireValidation {
  /// The outcome for one file.
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

  /// Validates `paths` in order.
  ///
  /// - Parameters:
  ///   - paths: Questionnaire files.
  ///   - strict: Whether warnings count as errors.
  /// - Returns: One report per path.
  public static func run(_ paths: [String], strict: Bool) -> [FileReport] {
    paths.map { path in
      let bytes: [UInt8]
      do throws(FileError) {
        bytes = try InputFile.read(path)
      } catch {
        return FileReport(path: path, source: [], diagnostics: [], readError: error)
      }
      var diagnostics = QuestionnaireDecoder().decode(bytes).diagnostics
      if diagnostics.hasErrors,
        let wrongKind = FileError.wrongKind(path, bytes, expected: .questionnaire)
      {
        return FileReport(path: path, source: bytes, diagnostics: [], readError: wrongKind)
      }
      if strict { diagnostics = diagnostics.strict() }
      return FileReport(path: path, source: bytes, diagnostics: diagnostics, readError: nil)
    }
  }
}
