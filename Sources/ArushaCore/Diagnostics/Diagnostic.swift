public import ArushaYAML

/// One finding about an input file: an error or a warning at a place, with notes.
///
/// The library never prints: it returns diagnostics, and the executable renders them as
/// `FILE:LINE:COL: error: message` (swift-format's `Finding`). Every message is a
/// ``Message`` of DiagnosticMessages.swift.
public struct Diagnostic: Sendable, Hashable {
  /// How serious a finding is.
  public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
  }

  /// A related place (the first of two duplicates, libyaml's context), with what it says.
  public struct Note: Sendable, Hashable {
    /// What the note says: the text of its ``Diagnostic/Message``.
    public var message: String
    /// Where it points, 1-based.
    public var mark: SourceMark

    /// Creates a note.
    public init(_ message: Message, at mark: SourceMark) {
      self.message = message.text
      self.mark = mark
    }
  }

  /// Error or warning.
  public var severity: Severity
  /// What is wrong: the text of its ``Message`` (lowercase, user text in `'…'`, no final
  /// period).
  public var message: String
  /// Where it is, 1-based.
  public var mark: SourceMark
  /// Related places.
  public var notes: [Note]
  /// A replacement the author probably meant ("did you mean"), when there is one.
  public var suggestion: String?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ message: Message, at mark: SourceMark, notes: [Note] = [],
    suggestion: String? = nil
  ) {
    self.severity = severity
    self.message = message.text
    self.mark = mark
    self.notes = notes
    self.suggestion = suggestion
  }

  /// An error.
  public static func error(
    _ message: Message, at mark: SourceMark, notes: [Note] = [], suggestion: String? = nil
  ) -> Diagnostic {
    Diagnostic(.error, message, at: mark, notes: notes, suggestion: suggestion)
  }

  /// A warning.
  public static func warning(_ message: Message, at mark: SourceMark, notes: [Note] = [])
    -> Diagnostic
  {
    Diagnostic(.warning, message, at: mark, notes: notes)
  }

  /// A loader error as a diagnostic, in the loader's words.
  public init(_ error: YAMLError) {
    self.init(
      .error, .loader(error), at: error.mark,
      notes: error.notes.map { Note(.loader($0), at: $0.mark) })
  }
}

extension Array where Element == Diagnostic {
  /// Sorted by position, keeping the found order among equal positions.
  public func sortedByPosition() -> [Diagnostic] {
    enumerated().sorted { ($0.element.mark, $0.offset) < ($1.element.mark, $1.offset) }.map(
      \.element)
  }

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// Every warning turned into an error (`validate --strict`).
  public func strict() -> [Diagnostic] {
    map { diagnostic in
      var diagnostic = diagnostic
      diagnostic.severity = .error
      return diagnostic
    }
  }
}
