extension ReportDocument {
  /// The document as one self-contained HTML page (``htmlPage(title:language:body:)``):
  /// printable on A4, no external file.
  ///
  /// Headings are `<h1>`, `<h2>`…; the paragraphs right after the title, before any other
  /// block, are its subtitles; a quote is a highlighted caveat (`class="coverage"`); tables
  /// have a header row and their figures aligned right (`class="num"`); a chart is drawn with
  /// its legend and notes; bars, which stand for a table on a terminal, are left out, and
  /// detail is written. Every text run is escaped, and isolated in `<bdi>` when it holds a
  /// right-to-left letter or a bidirectional control (``isolated(_:)``: a name from a file
  /// keeps its direction to itself, cli.md); a level's colour is a `level-N` class.
  ///
  /// - Parameters:
  ///   - title: The page's title (the browser's tab, the printed header).
  ///   - language: The page's language, `en` or `fr`.
  /// - Returns: The page, ending with a newline.
  public func html(title: String, language: String) -> String {
    htmlPage(title: title, language: language, body: htmlBody())
  }

  /// The page's body: one line or more per block, written in place into one string.
  func htmlBody() -> String {
    var page = HTMLLines()
    // Whether the block follows the title and the paragraphs right after it (its subtitles).
    var underTitle = false
    for block in blocks {
      let written: Block
      if case .detail(let inner) = block { written = inner } else { written = block }
      switch written {
      case .heading(let inlines, let level):
        let tag = "h\(min(max(level, 1), 6))"
        page.line("<\(tag)>", inlines, "</\(tag)>")
      case .paragraph(let inlines):
        page.line(underTitle ? "<p class=\"subtitle\">" : "<p>", inlines, "</p>")
      case .quote(let inlines):
        page.line("<p class=\"coverage\">", inlines, "</p>")
      case .note(let inlines):
        page.line("<p class=\"note\">", inlines, "</p>")
      case .headline(let inlines):
        page.line("<p class=\"overall\">", inlines, "</p>")
      case .table(let table):
        Self.write(table.onPage, into: &page)
      case .matrix(let matrix):
        Self.write(matrix.onPage, into: &page)
      case .list(let items, let empty):
        page.line("<ul>")
        for item in items.isEmpty ? [empty] : items {
          page.line("<li>", item, "</li>")
        }
        page.line("</ul>")
      case .chart(let chart):
        for drawing in chart.draw() {
          switch drawing {
          case .figure(let figure):
            page.line(figure.html())
          case .multiples(let figures, let heading, let legend):
            if let heading { page.line("<h3>\(ArushaReports.html(heading))</h3>") }
            page.line(
              "<div class=\"multiples\">" + figures.map(\.svg).joined(separator: "\n") + "</div>")
            if let legend = legend?.legendHTML(), !legend.isEmpty { page.line(legend) }
          }
        }
      case .scoreBars, .detail, .narrow:
        break
      }
      switch written {
      case .heading(_, let level): underTitle = level == 1
      case .paragraph: break
      default: underTitle = false
      }
    }
    return page.text
  }

  private static func write(_ table: Table, into page: inout HTMLLines) {
    func cellClass(_ column: Int) -> String {
      table.columns[column].alignment == .trailing ? " class=\"num\"" : ""
    }
    page.line("<table><thead><tr>")
    for column in table.columns.indices {
      page.text += "<th"
      page.text += cellClass(column)
      page.text += ">"
      page.write(table.columns[column].header)
      page.text += "</th>"
    }
    page.text += "</tr></thead><tbody>"
    for row in table.rows {
      page.line("<tr>")
      for column in row.indices {
        page.text += "<td"
        page.text += cellClass(column)
        page.text += ">"
        page.write(row[column])
        page.text += "</td>"
      }
      page.text += "</tr>"
    }
    page.line("</tbody></table>")
  }

  /// A matrix as a compact table in a box that scrolls sideways on a narrow screen: figures
  /// on one line, a score on the pale colour of its level (``heat(_:)``), a mark after its
  /// figure, and what a figure or a factor's number means in its `title`.
  private static func write(_ matrix: Matrix, into page: inout HTMLLines) {
    func attributes(_ alignment: Alignment, tip: String?, into text: inout String) {
      if alignment == .trailing { text += " class=\"num\"" }
      if let tip {
        text += " title=\""
        text += ArushaReports.html(tip)
        text += "\""
      }
    }
    page.line("<div class=\"wide\"><table class=\"compact\"><thead><tr>")
    for name in matrix.names {
      page.text += "<th>"
      page.write(name)
      page.text += "</th>"
    }
    for measure in matrix.measures {
      page.text += "<th"
      attributes(measure.alignment, tip: measure.tip, into: &page.text)
      page.text += ">"
      page.write(measure.header)
      page.text += "</th>"
    }
    page.text += "</tr></thead><tbody>"
    for (entry, cells) in zip(matrix.entries, matrix.cells) {
      page.line("<tr>")
      for name in entry.names {
        page.text += "<td>"
        page.write(name)
        page.text += "</td>"
      }
      for (measure, cell) in zip(matrix.measures, cells) {
        page.text += "<td"
        attributes(measure.alignment, tip: cell.tip, into: &page.text)
        if let shade = cell.shade { page.text += heat(shade.score) }
        page.text += ">"
        page.write(cell.value)
        if let mark = cell.mark {
          page.text += "&nbsp;"
          page.text += ArushaReports.html(mark)
        }
        page.text += "</td>"
      }
      page.text += "</tr>"
    }
    page.line("</tbody></table></div>")
  }

  /// A score's cell on a pale background from red (0) through yellow (50) to green (100), on
  /// one line; none without a score.
  private static func heat(_ score: Double?) -> String {
    let compact = "white-space: nowrap; padding: .25rem .3rem"
    guard let score, score.isFinite else { return " style=\"\(compact)\"" }
    let hue = Int((min(max(score, 0), 100) * 1.2).rounded())
    return " style=\"background: hsl(\(hue), 70%, 84%); \(compact)\""
  }
}

/// An HTML page's body being written: lines joined by line feeds, appended in place (a report
/// of 10,000 groups writes hundreds of thousands of cells; issue 29, item 2).
struct HTMLLines {
  /// What is written so far.
  var text = ""
  /// Whether no line has begun.
  private var isEmpty = true

  /// Begins a line (after a line feed, unless it is the first) with `start`.
  mutating func line(_ start: String) {
    if !isEmpty { text += "\n" }
    isEmpty = false
    text += start
  }

  /// A line of `inlines` between `start` and `end`.
  mutating func line(_ start: String, _ inlines: [ReportDocument.Inline], _ end: String) {
    line(start)
    write(inlines)
    text += end
  }

  /// Appends `inlines`, each text run escaped and isolated (``isolated(_:)``).
  mutating func write(_ inlines: [ReportDocument.Inline]) {
    for inline in inlines {
      switch inline {
      case .text(let run): text += isolated(run)
      case .symbol(let symbol): text += html(symbol)
      case .strong(let inner): wrapped(inner, "<strong>", "</strong>")
      case .alert(let inner): wrapped(inner, "<strong class=\"alert\">", "</strong>")
      case .emphasis(let inner): wrapped(inner, "<span class=\"note\">", "</span>")
      case .level(let inner, let tone):
        if let tone {
          wrapped(inner, "<span class=\"level-\(tone)\">", "</span>")
        } else {
          write(inner)
        }
      case .trend(let inner, let rising):
        wrapped(
          inner, rising ? "<span class=\"strength\">" : "<span class=\"improvement\">", "</span>")
      case .explained(let inner, let note):
        wrapped(inner, "<abbr title=\"\(html(note))\">", "</abbr>")
      case .figure(let figure, _, _): text += html(figure)
      case .aside(let inner): write(inner)
      }
    }
  }

  private mutating func wrapped(
    _ inner: [ReportDocument.Inline], _ start: String, _ end: String
  ) {
    text += start
    write(inner)
    text += end
  }
}
