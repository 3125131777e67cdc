import ArushaText

/// Labelled rows of cells under two-line column headings, for the terminal: as many columns
/// side by side as fit the width, the rest in further blocks below, each with the labels again.
///
/// A name too long for its column is never cut (three « Direction générale des douanes… »
/// would read alike): the columns are then labelled ``mark`` and a number (`G1`, `G2`…) over
/// their second line, under a legend that gives each label its whole name (``legend``).
struct TextMatrix {
  /// One row: a label and one cell per column.
  struct Row {
    var label: String
    var bold = false
    var cells: [Cell]
    /// Whether its cells set the columns' width; a row that does not (a text among figures)
    /// is cut to the width the others set.
    var sizesColumns = true
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
  /// The label width kept when columns need the room (longer labels are cut then).
  var labelWidth: Int
  /// The cell width kept when columns need the room.
  var maxCellWidth = 14
  /// The letter of the column labels when names do not fit: `G` for groups, `Δ` for changes.
  var mark = "G"
  /// Each column's whole name in the legend ("Niger Customs, round 2024"); empty: the two
  /// heading lines.
  var legend: [String] = []
  /// The columns a figure's mark takes after it (▲), which headings leave free so that they
  /// end where the figures do.
  var markPlace = 0

  /// The label and cell widths: names whole when they fit, cut only to avoid a further block.
  ///
  /// The blocks that the capped widths (``labelWidth``, ``maxCellWidth``) need are the most
  /// the matrix uses; the label, then the cells, then grow to their natural width as long
  /// as no block is added, so a wide terminal shows every name whole.
  func widths(for width: Int) -> (label: Int, cell: Int, perBlock: Int) {
    let headings = columns.flatMap {
      [displayWidth($0.top) + markPlace, displayWidth($0.bottom) + markPlace]
    }
    // Figures set the width the blocks are planned with; a text row widens the columns only
    // while no block is added (``Row/sizesColumns``).
    let figureCell =
      (headings + rows.filter(\.sizesColumns).flatMap { $0.cells.map { displayWidth($0.text) } })
      .max() ?? 0
    let naturalCell = max(
      figureCell, rows.flatMap { $0.cells.map { displayWidth($0.text) } }.max() ?? 0)
    let naturalLabel = rows.map { displayWidth($0.label) }.max() ?? 0
    func perBlock(_ label: Int, _ cell: Int) -> Int { max(1, (width - label) / (cell + 2)) }
    func blocks(_ label: Int, _ cell: Int) -> Int {
      let per = perBlock(label, cell)
      return (columns.count + per - 1) / per
    }
    var cell = min(maxCellWidth, max(6, figureCell))
    var label = max(8, min(labelWidth, naturalLabel, width - cell - 2))
    let most = blocks(label, cell)
    let fullLabel = max(label, min(naturalLabel, width - cell - 2))
    if blocks(fullLabel, cell) <= most { label = fullLabel }
    while cell < naturalCell, blocks(label, cell + 1) <= most, label + cell + 3 <= width {
      cell += 1
    }
    return (label, cell, perBlock(label, cell))
  }

  func render(width: Int, style: TextStyle) -> [String] {
    let named = widths(for: width)
    guard columns.contains(where: { displayWidth($0.top) + markPlace > named.cell }) else {
      return renderBlocks(width: width, style: style, widths: named)
    }
    var numbered = self
    numbered.columns = columns.indices.map { ("\(mark)\($0 + 1)", columns[$0].bottom) }
    let names = columns.indices.flatMap { index in
      let number = "\(mark)\(index + 1)"
      let name =
        index < legend.count
        ? legend[index]
        : columns[index].bottom.isEmpty
          ? columns[index].top : "\(columns[index].top) · \(columns[index].bottom)"
      return wrapText(
        number + String(repeating: " ", count: max(2, 5 - displayWidth(number))) + name,
        width: width, indent: "     ")
    }
    return names + [""]
      + numbered.renderBlocks(width: width, style: style, widths: numbered.widths(for: width))
  }

  /// The blocks of columns, with the headings as they are.
  private func renderBlocks(
    width: Int, style: TextStyle, widths: (label: Int, cell: Int, perBlock: Int)
  ) -> [String] {
    let (labelWidth, cellWidth, perBlock) = widths
    func cut(_ text: String, _ cells: Int) -> String { DisplayColumns.truncated(text, to: cells) }
    func padded(_ text: String, _ cells: Int, right: Bool = false) -> String {
      let padding = String(repeating: " ", count: max(0, cells - displayWidth(text)))
      return right ? padding + text : text + padding
    }
    var lines: [String] = []
    var start = 0
    while start < columns.count {
      let range = start..<min(columns.count, start + perBlock)
      if start > 0 { lines.append("") }
      for top in [true, false] {
        let heading = range.map { column in
          let text = top ? columns[column].top : columns[column].bottom
          let room = max(1, cellWidth - markPlace)
          return "  " + padded(middleTruncate(text, to: room), room, right: true)
            + String(repeating: " ", count: cellWidth - room)
        }.joined()
        lines.append(style.apply(.bold, padded("", labelWidth) + heading))
      }
      for row in rows {
        var line = padded(cut(row.label, labelWidth), labelWidth)
        if row.bold { line = style.apply(.bold, line) }
        for column in range {
          let cell = row.cells[column]
          var text = padded(cut(cell.text, cellWidth), cellWidth, right: true)
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
  guard displayWidth(text) > width, width > 2 else {
    return DisplayColumns.truncated(text, to: width)
  }
  let characters = Array(text)
  let tailCells = (width - 1) / 2
  var tail: [Character] = []
  var used = 0
  for character in characters.reversed() {
    let cells = DisplayColumns.width(of: character)
    if used + cells > tailCells { break }
    tail.insert(character, at: 0)
    used += cells
  }
  let head = DisplayColumns.truncated(String(characters.dropLast(tail.count)), to: width - used)
  return head + String(tail)
}
