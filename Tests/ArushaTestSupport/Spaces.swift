extension String {
  /// This text with its no-break spaces (U+00A0, U+202F) as plain spaces.
  ///
  /// The key help binds each key to its label with no-break spaces (cli.md): tests that look
  /// for a key's words compare with plain spaces.
  public var plainSpaces: String {
    String(map { $0 == "\u{A0}" || $0 == "\u{202F}" ? " " : $0 })
  }
}

extension Array where Element == String {
  /// These lines with their no-break spaces as plain spaces (``Swift/String/plainSpaces``).
  public var plainSpaces: [String] { map(\.plainSpaces) }
}
