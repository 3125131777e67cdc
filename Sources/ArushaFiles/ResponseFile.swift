import ArushaCore

/// A response read from a file, with its questionnaire.
public struct ResponseFile: Sendable {
  /// The response.
  public var response: Response
  /// Its questionnaire.
  public var located: LocatedQuestionnaire
  /// The file's bytes, exactly as read: what a signature of it covers.
  public var bytes: [UInt8] = []

  /// Reads and checks the response at `path`, finding its questionnaire with `locator`.
  ///
  /// - Throws: ``LoadFailure`` with every problem found.
  public static func load(_ path: UserPath, locator: QuestionnaireLocator) throws(LoadFailure)
    -> ResponseFile
  {
    try load(path) { reference throws(LoadFailure) in try locator.locate(reference) }
  }

  /// Reads and checks the response at `path`, with the questionnaire `questionnaire` gives for
  /// the response's reference (it throws to refuse the reference).
  ///
  /// - Throws: ``LoadFailure`` with every problem found.
  public static func load(
    _ path: UserPath,
    questionnaire: (QuestionnaireReference) throws(LoadFailure) -> LocatedQuestionnaire
  ) throws(LoadFailure) -> ResponseFile {
    let bytes: [UInt8]
    do throws(FileError) {
      bytes = try InputFile.read(path)
    } catch {
      throw .file(error)
    }
    return try load(path, bytes: bytes, questionnaire: questionnaire)
  }

  /// Checks the response `bytes` read from `path`, with the questionnaire `questionnaire`
  /// gives for the response's reference (it throws to refuse the reference).
  ///
  /// - Throws: ``LoadFailure`` with every problem found.
  public static func load(
    _ path: UserPath, bytes: [UInt8],
    questionnaire: (QuestionnaireReference) throws(LoadFailure) -> LocatedQuestionnaire
  ) throws(LoadFailure) -> ResponseFile {
    let header = ResponseDecoder.header(bytes)
    guard let parsed = header.header else {
      if let wrongKind = FileError.wrongKind(path.shown, bytes, expected: .response) {
        throw .file(wrongKind)
      }
      throw .invalid(path: path.shown, source: bytes, diagnostics: header.diagnostics)
    }
    let located = try questionnaire(parsed.response.questionnaire)
    let result = ResponseDecoder.decode(parsed, questionnaire: located.questionnaire)
    guard let response = result.response else {
      throw .invalid(path: path.shown, source: bytes, diagnostics: result.diagnostics)
    }
    return ResponseFile(response: response, located: located, bytes: bytes)
  }

  /// Writes `response` to `path` atomically with permissions 0600, only if it will read back.
  ///
  /// - Returns: The bytes written (so that a caller can tell whether the file changed).
  /// - Throws: ``FileError``: `invalidData` (65) when the response would be larger than
  ///   ``ResponseLimits/fileBytes`` (nothing is written: a file arusha then refused to read
  ///   would lose the answers); `cannotCreate` / `writeFailed` as ``OutputFile`` throws them.
  @discardableResult
  public static func write(_ response: Response, questionnaire: Questionnaire, to path: UserPath)
    throws(FileError) -> [UInt8]
  {
    let bytes: [UInt8]
    do {
      bytes = try response.yamlBytes(order: questionnaire)
    } catch {
      throw FileError(.writeFailed, path: path, reason: error.message)
    }
    try write(bytes, to: path)
    return bytes
  }

  /// Writes a response's `bytes` to `path` atomically with permissions 0600, only if they are
  /// no larger than arusha reads back.
  ///
  /// - Parameters:
  ///   - bytes: The response's YAML.
  ///   - path: The file to write.
  ///   - existing: What to do when a file is at `path` (`arusha import` keeps it).
  /// - Throws: ``FileError``: `invalidData` (65) when the bytes are larger than
  ///   ``ResponseLimits/fileBytes``; `cannotCreate` / `writeFailed` as ``OutputFile`` throws.
  public static func write(
    _ bytes: [UInt8], to path: UserPath, existing: OutputFile.Existing = .replace
  ) throws(FileError) {
    guard bytes.count <= ResponseLimits.fileBytes else {
      throw FileError(
        .invalidData, path: path,
        reason:
          "the response would be \(bytes.count) bytes, more than the \(ResponseLimits.fileBytes) that arusha reads back; it was not written (shorten the longest comments or answers)"
      )
    }
    try OutputFile.write(bytes, to: path, permissions: 0o600, devices: .refuse, existing: existing)
  }
}
