import ArushaCore
import ArushaText

extension ReportDocument {
  /// The narrowest line the terminal writer lays out for; a narrower terminal gets lines of
  /// this width.
  public static let narrowestTerminal = 40
  /// The narrowest a text column of a table is made before its lines run past the width.
  static let narrowestTextColumn = 8
  /// A text column at most this wide keeps its width like a figure's.
  static let shortTextColumn = 12

  /// The document for a terminal `width` columns wide (at least ``narrowestTerminal``).
  ///
  /// Headings are bold, followed by their content; other blocks are separated by one empty
  /// line. Paragraphs, quotes (yellow) and list items ("  • ") wrap at spaces. In a table,
  /// figures and short columns keep their full width and are never cut; the text columns
  /// share what is left, and a text too long for its column wraps onto the next lines of its
  /// row, so a value or a mark after a text (◆, †) is never cut off. Text runs are printable
  /// on a terminal (``PrintableText``: no control or bidirectional format character).
  ///
  /// With `cutting` false (line mode, a screen reader: issue 26) nothing is cut with "…": a
  /// bar's label wraps above its bar and a `.cut` column wraps like any text column, so the
  /// reader hears every word.
  ///
  /// - Returns: The lines, each ending with a newline; no line ends with a space.
  public func terminal(style: TextStyle, width: Int, cutting: Bool = true) -> String {
    let width = max(width, Self.narrowestTerminal)
    var lines: [String] = []
    var afterHeading = true
    // Whether the last block was a table or a note, which a note follows without a gap.
    var afterFigures = false
    let written = blocks.compactMap { block -> Block? in
      switch block {
      case .detail, .chart: nil
      case .narrow(let inner): inner
      default: block
      }
    }
    for block in written {
      switch block {
      case .note: if !afterHeading, !afterFigures { lines.append("") }
      default: if !afterHeading { lines.append("") }
      }
      afterHeading = false
      switch block {
      case .table, .matrix, .note: afterFigures = true
      default: afterFigures = false
      }
      switch block {
      case .heading(let inlines, _):
        lines += wrapText(style.apply(.bold, Self.terminal(inlines, style)), width: width)
        afterHeading = true
      case .paragraph(let inlines), .note(let inlines), .headline(let inlines):
        lines += wrapText(Self.terminal(inlines, style), width: width)
      case .quote(let inlines):
        lines += wrapText(style.apply(.yellow, Self.terminal(inlines, style)), width: width)
      case .table(let table):
        lines += Self.lines(of: table.onPage, style: style, width: width, cutting: cutting)
      case .matrix(let matrix):
        lines += Self.textMatrix(matrix.onPage).render(width: width, style: style)
      case .list(let items, let empty):
        for item in items.isEmpty ? [empty] : items {
          lines += wrapText("  • " + Self.terminal(item, style), width: width, indent: "    ")
        }
      case .scoreBars(let bars):
        lines += Self.lines(of: bars, style: style, width: width, cutsLabels: cutting)
      case .detail, .chart, .narrow: break
      }
    }
    return lines.map(\.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
  }

  static func terminal(_ inlines: [Inline], _ style: TextStyle) -> String {
    inlines.map { inline in
      switch inline {
      case .text(let text):
        PrintableText.sanitize(text, for: .terminal, keepLineBreaks: false)
      case .symbol(let symbol): symbol
      case .strong(let inner): style.apply(.bold, terminal(inner, style))
      case .alert(let inner): style.apply(.boldRed, terminal(inner, style))
      case .emphasis(let inner): style.apply(.dim, terminal(inner, style))
      case .level(let inner, let tone):
        tone.map { style.apply(.level($0), terminal(inner, style)) } ?? terminal(inner, style)
      case .trend(let inner, let rising):
        style.apply(rising ? .green : .red, terminal(inner, style))
      case .explained(let inner, _), .aside(let inner): terminal(inner, style)
      case .figure(let text, _, _): text
      }
    }.joined()
  }

  /// The matrix turned around for a terminal: one row per measure (its label), one column
  /// per entry; a cell's colour is its level's, or its trend's, and its text is plain, since
  /// ``TextMatrix`` measures it.
  private static func textMatrix(_ matrix: Matrix) -> TextMatrix {
    let plain = { (inlines: [Inline]) in terminal(inlines, .plain) }
    let labels = matrix.measures.map { plain($0.label) }
    // When some figures carry a mark, every figure keeps its place, so that they line up.
    let markPlace = matrix.measures.contains(where: \.marked)
    return TextMatrix(
      columns: matrix.entries.map { (plain($0.heading.top), plain($0.heading.bottom)) },
      rows: matrix.measures.indices.map { index in
        let measure = matrix.measures[index]
        return TextMatrix.Row(
          label: labels[index], bold: measure.strong,
          cells: matrix.cells.map { row in
            let cell = row[index]
            let mark =
              measure.marked
              ? cell.mark ?? " " : markPlace && measure.alignment == .trailing ? " " : ""
            return TextMatrix.Cell(plain(cell.value) + mark, tone: tone(of: cell))
          },
          // A text (who signed) is cut to the figures' width rather than widening every column.
          sizesColumns: measure.alignment == .trailing)
      },
      labelWidth: min(labels.map(displayWidth).max() ?? 12, 30), mark: matrix.mark,
      legend: matrix.entries.map { plain($0.legend) }, markPlace: markPlace ? 1 : 0)
  }

  /// A matrix cell's colour on a terminal: its level's, else its trend's.
  private static func tone(of cell: Matrix.Cell) -> TextStyle.Tone? {
    if let tone = cell.shade?.tone { return .level(tone) }
    for inline in cell.value {
      switch inline {
      case .trend(_, let rising): return rising ? .green : .red
      case .strong(let inner), .aside(let inner): return tone(of: Matrix.Cell(inner))
      default: continue
      }
    }
    return nil
  }

  /// The narrowest width at which `header` takes at most two lines (its longest word at
  /// least).
  static func twoLineWidth(_ header: String) -> Int {
    let longestWord = header.split(separator: " ").map { displayWidth(String($0)) }.max() ?? 0
    var width = longestWord
    while width < displayWidth(header), wrapText(header, width: width).count > 2 { width += 1 }
    return width
  }

  /// The width of a bar of ``Block/scoreBars(_:)``, in terminal columns.
  static let barWidth = 20

  /// One line per bar: the label, the bar in its level's colour, the value and the level;
  /// the value and the level are never cut.
  ///
  /// A label too long for its place is cut with "…" when `cutsLabels`, else wraps: its first
  /// lines stand alone and its last carries the bar, so a screen reader hears the whole
  /// label before its value (issue 26).
  ///
  /// - Parameters:
  ///   - bars: The bars, in order.
  ///   - style: Colour or not.
  ///   - width: The line's width, in terminal columns.
  ///   - barWidth: The bar's cells (``barWidth`` in reports; the end of a session narrows it
  ///     so that the labels fit).
  ///   - cutsLabels: Whether a long label is cut with "…" rather than wrapped.
  /// - Returns: The lines, a bar on each line that ends a label.
  static func lines(
    of bars: [ScoreBar], style: TextStyle, width: Int, barWidth: Int = ReportDocument.barWidth,
    cutsLabels: Bool = true
  ) -> [String] {
    let values = bars.map { terminal($0.value, style) }
    let levels = bars.map { terminal($0.level, style) }
    let valueWidth = max(5, values.map(displayWidth).max() ?? 0)
    let levelWidth = levels.map(displayWidth).max() ?? 0
    let labelWidth = max(
      narrowestTextColumn, width - barWidth - valueWidth - levelWidth - 6)
    // Without cutting, a line too narrow for a title column of 20 stacks each bar: its title
    // wrapped on the whole width, then a short bar, the value and the level (issue 26).
    if !cutsLabels, width - barWidth - valueWidth - levelWidth - 6 < 20 {
      let short = min(barWidth, 10)
      return bars.indices.flatMap { index in
        let bar = bars[index]
        let toned = Self.bar(bar, cells: short, style: style)
        return wrapText(terminal(bar.label, style), width: width, indent: "   ")
          + wrapText(
            "   " + toned + "  " + values[index] + "  " + levels[index], width: width,
            indent: "   ")
      }
    }
    return bars.indices.flatMap { index in
      let bar = bars[index]
      let whole = terminal(bar.label, style)
      var above: [String] = []
      var label = whole
      if displayWidth(whole) > labelWidth {
        if cutsLabels {
          label = DisplayColumns.truncated(whole, to: labelWidth)
        } else {
          // Continuation lines indented under the title, unless a word is too long for that;
          // a word longer than the column itself is cut there, as nothing else can fit it.
          above = wrapText(whole, width: labelWidth, indent: "   ")
          if above.contains(where: { displayWidth($0) > labelWidth }) {
            above = wrapText(whole, width: labelWidth)
          }
          above = above.map { DisplayColumns.truncated($0, to: labelWidth) }
          label = above.removeLast()
        }
      }
      let toned = Self.bar(bar, cells: barWidth, style: style)
      let labelPadding = String(repeating: " ", count: max(0, labelWidth - displayWidth(label)))
      let valuePadding = String(
        repeating: " ", count: max(0, valueWidth - displayWidth(values[index])))
      let line: String =
        label + labelPadding + "  " + toned + "  " + valuePadding + values[index] + "  "
        + levels[index]
      return above + [line]
    }
  }

  /// The bar of `bar` in `cells` cells, filled to its score in its level's colour; dotted
  /// when it has no score.
  private static func bar(_ bar: ScoreBar, cells: Int, style: TextStyle) -> String {
    let filled: Int = {
      guard let score = bar.score, score.isFinite else { return -1 }
      return min(cells, max(0, Int((score / 100 * Double(cells)).rounded())))
    }()
    let drawn =
      filled < 0
      ? String(repeating: "·", count: cells)
      : String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
    return bar.tone.map { style.apply(.level($0), drawn) } ?? drawn
  }

  /// The widths of a table's columns on a line of `width`: figures and short columns at
  /// their widest cell, text columns sharing the rest, the narrowest first served.
  ///
  /// - Parameters:
  ///   - natural: Each column's widest cell, in terminal columns.
  ///   - flexible: Whether each column is text that may wrap or be cut.
  ///   - cut: Whether each column is cut rather than wrapped (``Overflow/cut``).
  ///   - width: The line's width, in terminal columns.
  /// - Returns: Each column's width; their sum with two columns between them may pass `width`
  ///   when the figures alone do, never by cutting one.
  static func columnWidths(natural: [Int], flexible: [Bool], cut: [Bool], width: Int) -> [Int] {
    let gaps = 2 * max(0, natural.count - 1)
    let fixed = zip(natural, flexible).reduce(0) { $0 + ($1.1 ? 0 : $1.0) }
    var remaining = max(0, width - gaps - fixed)
    var widths = natural
    // Wrapping columns first, narrowest first; a column that may be cut last.
    let texts = natural.indices.filter { flexible[$0] }.sorted {
      (cut[$0] ? 1 : 0, natural[$0]) < (cut[$1] ? 1 : 0, natural[$1])
    }
    // The last served (a question) takes what the others leave; the others at most a third
    // of the room each (half when the last may be cut, or when there are only two: a name
    // beside its history), so an answer does not squeeze the question it answers.
    let room = remaining
    let cap = texts.last.map { cut[$0] } == true || texts.count == 2 ? room / 2 : room / 3
    for (served, column) in texts.enumerated() {
      let isLast = served == texts.count - 1
      let share = isLast ? remaining : min(remaining / (texts.count - served), cap)
      widths[column] = min(natural[column], max(share, narrowestTextColumn))
      remaining = max(0, remaining - widths[column])
    }
    return widths
  }

  private static func lines(of table: Table, style: TextStyle, width: Int, cutting: Bool)
    -> [String]
  {
    // Without cutting, a `.cut` column wraps like the others (issue 26).
    var table = table
    if !cutting {
      for index in table.columns.indices { table.columns[index].overflow = .wrap }
    }
    let header = table.columns.map { terminal($0.header, style) }
    let rows = table.rows.map { $0.map { terminal($0, style) } }
    // The marks at the end of each cell, kept when a `.cut` column cuts the text before them.
    let tails = table.rows.map { row in
      row.map { cell in
        terminal(
          Array(cell.reversed().prefix { if case .symbol = $0 { true } else { false } }.reversed()),
          style)
      }
    }
    // A text cell followed by empty text cells runs on over them (a sum's label over the
    // answer column): it does not widen its column, and wraps only where it must.
    func runsOn(_ cells: [String], _ column: Int) -> Bool {
      spanned(cells, column).count > 1
    }
    /// The columns the cell at `column` takes: itself, and the empty text cells after a
    /// text cell.
    func spanned(_ cells: [String], _ column: Int) -> Range<Int> {
      var end = column + 1
      if table.columns[column].alignment == .leading, !cells[column].isEmpty {
        while end < cells.count, cells[end].isEmpty, table.columns[end].alignment == .leading {
          end += 1
        }
      }
      return column..<end
    }
    // A header may wrap at its spaces onto two lines ("Score de la / question" over a column
    // of "0,75"): when the columns with their whole headers would not fit on the line, a
    // figure's header asks only for the width of its two lines.
    let widestCells = table.columns.indices.map { column in
      rows.filter { !runsOn($0, column) }.map { displayWidth($0[column]) }.max() ?? 0
    }
    let wholeNatural = table.columns.indices.map {
      max(widestCells[$0], displayWidth(header[$0]))
    }
    let fitsWhole = wholeNatural.reduce(2 * (wholeNatural.count - 1), +) <= width
    let natural = table.columns.indices.map { column in
      guard !fitsWhole, table.columns[column].alignment == .trailing else {
        return wholeNatural[column]
      }
      return max(widestCells[column], twoLineWidth(header[column]))
    }
    let flexible = table.columns.indices.map {
      table.columns[$0].alignment == .leading && natural[$0] > shortTextColumn
    }
    var widths = columnWidths(
      natural: natural, flexible: flexible, cut: table.columns.map { $0.overflow == .cut },
      width: width)
    // The width of the columns `range` with the gaps between them.
    func spanWidth(_ range: Range<Int>) -> Int {
      widths[range].reduce(2 * (range.count - 1), +)
    }
    // Widens `column` by the columns it misses, while the line has room.
    func widen(_ column: Int, missing: Int) {
      let room = width - spanWidth(widths.indices)
      widths[column] += max(0, min(missing, room))
    }
    // A cell that runs on and still does not fit widens its column.
    for cells in rows {
      for column in cells.indices where runsOn(cells, column) {
        widen(column, missing: displayWidth(cells[column]) - spanWidth(spanned(cells, column)))
      }
    }
    // A header that wraps gets its whole width back.
    for column in widths.indices where displayWidth(header[column]) > widths[column] {
      widen(column, missing: displayWidth(header[column]) - widths[column])
    }
    func layout(_ cells: [String], tails: [String]? = nil, isHeader: Bool = false) -> [String] {
      var segments: [(text: String, width: Int, trailing: Bool)] = []
      var column = 0
      while column < cells.count {
        let span = spanned(cells, column)
        let segmentWidth = spanWidth(span)
        var text = cells[column]
        if let tails, table.columns[column].overflow == .cut, displayWidth(text) > segmentWidth {
          let tail = tails[column]
          let body = String(text.dropLast(tail.count))
          text =
            DisplayColumns.truncated(body, to: max(1, segmentWidth - displayWidth(tail))) + tail
        }
        segments.append((text, segmentWidth, table.columns[column].alignment == .trailing))
        column = span.upperBound
      }
      // A figure keeps its width; a text wider than its place wraps.
      let wrapped = segments.map {
        (isHeader || !$0.trailing) && displayWidth($0.text) > $0.width
          ? wrapText($0.text, width: $0.width) : [$0.text]
      }
      let height = wrapped.map(\.count).max() ?? 1
      return (0..<height).map { line in
        segments.indices.map { index in
          let text = line < wrapped[index].count ? wrapped[index][line] : ""
          let padding = String(
            repeating: " ", count: max(0, segments[index].width - displayWidth(text)))
          return segments[index].trailing ? padding + text : text + padding
        }.joined(separator: "  ")
      }
    }
    return layout(header, isHeader: true).map { style.apply(.dim, $0.trimmingTrailingSpaces) }
      + zip(rows, tails).flatMap { layout($0, tails: $1) }
  }
}

extension String {
  /// The string without the spaces at its end.
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
