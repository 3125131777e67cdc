extension Workbook {
  /// A column: its header and its width.
  public struct Column: Sendable, Hashable {
    /// The header, in the report's language.
    public var header: String
    /// The width in characters of the default font, or nil to fit the header and the cells
    /// (between 6 and 60).
    public var width: Double?

    /// Creates a column.
    ///
    /// - Parameters:
    ///   - header: The header, in the report's language.
    ///   - width: The width in characters, or nil to fit the contents.
    public init(_ header: String, width: Double? = nil) {
      self.header = header
      self.width = width
    }
  }
}
