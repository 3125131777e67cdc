import ArushaText

/// A plain aligned table for the terminal: columns padded to their widest cell (in characters).
public struct TextTable: Sendable {
  /// Column headings.
  public var header: [String]
  /// Rows of cells, as many as headings.
  public var rows: [[String]]
  /// Indexes of columns aligned right (numbers).
  public var rightAligned: Set<Int>

  /// Creates a table.
  public init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
    self.header = header
    self.rows = rows
    self.rightAligned = rightAligned
  }

  /// The table, header in bold, two spaces between columns, no trailing spaces.
  public func render(style: TextStyle) -> String {
    let widths = header.indices.map { column in
      ([header] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
    }
    func line(_ cells: [String], bold: Bool) -> String {
      let padded = cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
        let isLast = column == cells.count - 1
        let text = rightAligned.contains(column) ? padding + cell : (isLast ? cell : cell + padding)
        return bold ? style.apply(.bold, text) : text
      }
      return padded.joined(separator: "  ")
    }
    return ([line(header, bold: true)] + rows.map { line($0, bold: false) }).joined(separator: "\n")
      + "\n"
  }
}
