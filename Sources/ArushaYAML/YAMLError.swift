/// A problem found while loading or writing YAML, with where it is.
///
/// Messages follow the house style: lowercase, user text in `'…'`, no final period.
/// libyaml's own problem and context texts are carried unchanged.
public struct YAMLError: Error, Sendable, Hashable {
  /// A secondary place that explains the error (the first of two duplicate keys, libyaml's context).
  public struct Note: Sendable, Hashable {
    /// What the note says.
    public var message: String
    /// Where it points.
    public var mark: SourceMark

    /// Creates a note.
    public init(_ message: String, at mark: SourceMark) {
      self.message = message
      self.mark = mark
    }
  }

  /// What is wrong.
  public var message: String
  /// Where it is.
  public var mark: SourceMark
  /// Related places.
  public var notes: [Note]

  /// Creates an error.
  public init(_ message: String, at mark: SourceMark, notes: [Note] = []) {
    self.message = message
    self.mark = mark
    self.notes = notes
  }
}
