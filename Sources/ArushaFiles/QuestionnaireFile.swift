import ArushaCore

/// A questionnaire read from a file given on the command line (`assess FILE`,
/// `--questionnaire FILE`): the one reader that the commands share.
public struct QuestionnaireFile: Sendable {
  /// The decoded questionnaire.
  public var questionnaire: Questionnaire
  /// The file's bytes (for its SHA-256).
  public var bytes: [UInt8]

  /// Reads and decodes the questionnaire at `path`.
  ///
  /// - Throws: ``LoadFailure``: `.file` when it cannot be read or is a response instead,
  ///   `.invalid` with its errors when it breaks the format.
  public static func load(_ path: UserPath) throws(LoadFailure) -> QuestionnaireFile {
    let bytes: [UInt8]
    do throws(FileError) {
      bytes = try InputFile.read(path)
    } catch {
      throw .file(error)
    }
    return try decode(bytes, path: path.shown)
  }

  /// Decodes `bytes`, read from `path` (or bundled under that name); `path` is what errors
  /// name (``UserPath/shown``).
  ///
  /// - Throws: ``LoadFailure`` as ``load(_:)``.
  public static func decode(_ bytes: [UInt8], path: String) throws(LoadFailure)
    -> QuestionnaireFile
  {
    let decoded = QuestionnaireDecoder().decode(bytes)
    guard let questionnaire = decoded.questionnaire else {
      if let wrongKind = FileError.wrongKind(path, bytes, expected: .questionnaire) {
        throw .file(wrongKind)
      }
      throw .invalid(
        path: path, source: bytes, diagnostics: decoded.diagnostics.filter { $0.severity == .error }
      )
    }
    return QuestionnaireFile(questionnaire: questionnaire, bytes: bytes)
  }
}
