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
  /// Whether the file is not UTF-8 text at all.
  ///
  /// True for UTF-16 or UTF-32, bytes that are not UTF-8, or a control character such as NUL:
  /// no YAML could be read from it, so it is not known what kind of file it is. A file that
  /// is text but not valid YAML is false.
  public var isUnreadableText = false

  /// Creates an error.
  public init(_ message: Message, at mark: SourceMark, notes: [Note] = []) {
    self.message = message.text
    self.mark = mark
    self.notes = notes
  }
}
