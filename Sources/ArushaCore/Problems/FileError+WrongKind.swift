extension FileError {
  /// The error for a file of the wrong kind, in one line.
  ///
  /// It says what `bytes` declare they are and which command takes them (cli.md, "Output
  /// files and wrong inputs"). Nil when they are not an arusha questionnaire or response
  /// other than `expected`: then their own format errors say what is wrong. A workbook or a
  /// PDF is named as such first (``binary(_:_:expected:)``).
  ///
  /// - Parameters:
  ///   - path: The file, as the user gave it.
  ///   - bytes: Its contents.
  ///   - expected: What the command wanted.
  /// - Returns: An `invalidData` (65) error, or nil.
  public static func wrongKind(_ path: String, _ bytes: [UInt8], expected: DocumentKind)
    -> FileError?
  {
    if let binary = binary(path, bytes, expected: expected) { return binary }
    let declared = DocumentKind.declaredFormat(bytes)
    let found = DocumentKind(format: declared)
    // The file's own words, printable and short: its family is arusha's, the rest is anyone's.
    let format = PrintableText.sanitize(
      String((declared ?? "").prefix(60)), for: .terminal, keepLineBreaks: false)
    guard found != expected else { return nil }
    switch found {
    case .response:
      return FileError(
        .invalidData, path: path,
        reason:
          "is a response (format: \(format)), not \(expected.noun); 'arusha score' scores it and 'arusha assess -o FILE' resumes it"
      )
    case .questionnaire:
      return FileError(
        .invalidData, path: path,
        reason:
          "is a questionnaire (format: \(format)), not \(expected.noun); 'arusha validate' checks it and 'arusha assess' answers it"
      )
    case .map:
      return FileError(
        .invalidData, path: path,
        reason:
          "is an item map (format: \(format)), not \(expected.noun); 'arusha validate' checks it and 'arusha compare --map' reads responses through it"
      )
    case .plan:
      return FileError(
        .invalidData, path: path,
        reason:
          "is an improvement plan (format: \(format)), not \(expected.noun); 'arusha validate' checks it and 'arusha score RESPONSE --plan' follows it up"
      )
    case .other:
      return nil
    }
  }
}
