import ArushaCore

/// `arusha validate`: reads each questionnaire file and decodes it, collecting every problem.
public enum QuestionnaireValidation {
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
