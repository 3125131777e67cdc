extension Workbook {
  /// One worksheet: a header row of column names, then rows of cells.
  public struct Sheet: Sendable, Hashable {
    /// The tab's name, at most 31 characters without `[]:*?/\` (they are replaced when written).
    public var name: String
    /// The columns, left to right.
    public var columns: [Column]
    /// The rows under the header, each with at most one cell per column.
    public var rows: [[Cell]]
    /// The rows above the header, the protection, validations… (the default: none).
    public var setup = Setup()

    /// Creates a sheet.
    ///
    /// - Parameters:
    ///   - name: The tab's name.
    ///   - columns: The columns, left to right.
    ///   - rows: The rows under the header.
    public init(name: String, columns: [Column], rows: [[Cell]]) {
      self.name = name
      self.columns = columns
      self.rows = rows
    }

    /// Creates a sheet with a setup (a fill-in form's).
    ///
    /// - Parameters:
    ///   - name: The tab's name.
    ///   - columns: The columns, left to right.
    ///   - rows: The rows under the header.
    ///   - setup: The rows above the header, the protection, the validations…
    public init(name: String, columns: [Column], rows: [[Cell]], setup: Setup) {
      self.init(name: name, columns: columns, rows: rows)
      self.setup = setup
    }
  }
}
