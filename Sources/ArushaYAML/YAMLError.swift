/// A problem found while loading or writing YAML, with where it is.
///
/// Its message and its notes' are ``Message``s, all written in YAMLMessages.swift: house
/// style, lowercase, user text in `'…'`, no final period; libyaml's own problem and context
/// texts are carried unchanged.
public struct YAMLError: Error, Sendable, Hashable {
  /// A secondary place that explains the error (the first of two duplicate keys, libyaml's context).
  public struct Note: Sendable, Hashable {
    /// What the note says: the text of its ``YAMLError/Message``.
    public var message: String
    /// Where it points.
    public var mark: SourceMark

    /// Creates a note.
    public init(_ message: Message, at mark: SourceMark) {
      self.message = message.text
      self.mark = mark
    }
  }

  /// What is wrong: the text of its ``Message``.
  public var message: String
  /// Where it is.
  public var mark: SourceMark
  /// Related places.
  public var notes: [Note]

  /// Creates an error.
  public init(_ message: Message, at mark: SourceMark, notes: [Note] = []) {
    self.message = message.text
    self.mark = mark
    self.notes = notes
  }
}
