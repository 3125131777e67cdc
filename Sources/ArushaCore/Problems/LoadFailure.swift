/// Why an input could not be used, with what the user needs to fix it.
public enum LoadFailure: Error, Sendable {
  /// The file cannot be opened or read.
  case file(FileError)
  /// The file was read but breaks its format: every problem, with positions.
  case invalid(path: String, source: [UInt8], diagnostics: [Diagnostic])
  /// The response's questionnaire is missing or differs; the message says what to pass.
  case questionnaire(String)
}
