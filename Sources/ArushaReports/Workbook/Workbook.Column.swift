extension Workbook {
  /// A column: its header and its width.
  public struct Column: Sendable, Hashable {
    /// The header, in the report's language.
    public var header: String
    /// The width in characters of the default font, or nil to fit the header and the cells
    /// (between 6 and 60).
    public var width: Double?
    /// Whether its text wraps within the width (question texts, comments), top-aligned.
    public var wraps: Bool
    /// Whether the column is hidden (a fill-in form's row keys).
    public var hidden = false

    /// Creates a column.
    ///
    /// - Parameters:
    ///   - header: The header, in the report's language.
    ///   - width: The width in characters, or nil to fit the contents.
    ///   - wraps: Whether its text wraps within the width.
    public init(_ header: String, width: Double? = nil, wraps: Bool = false) {
      self.header = header
      self.width = width
      self.wraps = wraps
    }

    /// Creates a column that may be hidden.
    ///
    /// - Parameters:
    ///   - header: The header, in the report's language.
    ///   - width: The width in characters.
    ///   - wraps: Whether its text wraps within the width.
    ///   - hidden: Whether the column is hidden.
    public init(_ header: String, width: Double?, wraps: Bool, hidden: Bool) {
      self.init(header, width: width, wraps: wraps)
      self.hidden = hidden
    }
  }
}
