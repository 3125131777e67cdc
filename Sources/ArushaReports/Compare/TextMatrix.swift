import ArushaText

/// Labelled rows of cells under two-line column headings, for the terminal: as many columns
/// side by side as fit the width, the rest in further blocks below, each with the labels again.
struct TextMatrix {
  /// One row: a label and one cell per column.
  struct Row {
    var label: String
    var bold = false
    var cells: [Cell]
  }

  /// One cell: its text (without colour codes) and its colour.
  struct Cell {
    var text: String
    var tone: TextStyle.Tone?

    init(_ text: String, tone: TextStyle.Tone? = nil) {
      self.text = text
      self.tone = tone
    }
  }

  /// Each column's heading: two lines.
  var columns: [(top: String, bottom: String)]
  var rows: [Row]
  /// The widest label kept whole (longer ones are cut).
  var labelWidth: Int
  /// The widest cell.
  var maxCellWidth = 14

  func render(width: Int, style: TextStyle) -> [String] {
    let contentWidth =
      (columns.flatMap { [$0.top.count, $0.bottom.count] }
      + rows.flatMap { $0.cells.map(\.text.count) }).max() ?? 0
    let cellWidth = min(maxCellWidth, max(6, contentWidth))
    let labelWidth = max(8, min(self.labelWidth, width - cellWidth - 2))
    let perBlock = max(1, (width - labelWidth) / (cellWidth + 2))
    var lines: [String] = []
    var start = 0
    while start < columns.count {
      let range = start..<min(columns.count, start + perBlock)
      if start > 0 { lines.append("") }
      for top in [true, false] {
        let heading = range.map { column in
          let text = top ? columns[column].top : columns[column].bottom
          return "  " + pad(middleTruncate(text, to: cellWidth), to: cellWidth, right: true)
        }.joined()
        lines.append(style.apply(.bold, pad("", to: labelWidth) + heading))
      }
      for row in rows {
        var line = pad(truncate(row.label, to: labelWidth), to: labelWidth)
        if row.bold { line = style.apply(.bold, line) }
        for column in range {
          let cell = row.cells[column]
          var text = pad(truncate(cell.text, to: cellWidth), to: cellWidth, right: true)
          while column == range.upperBound - 1, text.hasSuffix(" ") { text.removeLast() }
          line += "  " + (cell.tone.map { style.apply($0, text) } ?? text)
        }
        lines.append(line)
      }
      start = range.upperBound
    }
    return lines
  }
}

/// `text` cut in the middle to `width` characters ("Customs…ion 001"), so that names that
/// differ only at the end stay apart.
func middleTruncate(_ text: String, to width: Int) -> String {
  guard text.count > width, width > 2 else { return truncate(text, to: width) }
  let tail = (width - 1) / 2
  return String(text.prefix(width - 1 - tail)) + "…" + String(text.suffix(tail))
}
