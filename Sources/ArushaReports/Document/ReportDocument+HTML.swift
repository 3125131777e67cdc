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

  /// The page's body: one line or more per block.
  func htmlBody() -> String {
    var lines: [String] = []
    // Whether the block follows the title and the paragraphs right after it (its subtitles).
    var underTitle = false
    for block in blocks {
      let written: Block
      if case .detail(let inner) = block { written = inner } else { written = block }
      switch written {
      case .heading(let inlines, let level):
        let tag = "h\(min(max(level, 1), 6))"
        lines.append("<\(tag)>\(Self.html(inlines))</\(tag)>")
      case .paragraph(let inlines):
        let subtitle = underTitle ? " class=\"subtitle\"" : ""
        lines.append("<p\(subtitle)>\(Self.html(inlines))</p>")
      case .quote(let inlines):
        lines.append("<p class=\"coverage\">\(Self.html(inlines))</p>")
      case .note(let inlines):
        lines.append("<p class=\"note\">\(Self.html(inlines))</p>")
      case .headline(let inlines):
        lines.append("<p class=\"overall\">\(Self.html(inlines))</p>")
      case .table(let table):
        lines += Self.html(table.onPage)
      case .matrix(let matrix):
        lines += Self.html(matrix.onPage)
      case .list(let items, let empty):
        lines.append("<ul>")
        for item in items.isEmpty ? [empty] : items {
          lines.append("<li>\(Self.html(item))</li>")
        }
        lines.append("</ul>")
      case .chart(let chart):
        for drawing in chart.draw() {
          switch drawing {
          case .figure(let figure):
            lines.append(figure.html())
          case .multiples(let figures, let heading, let legend):
            if let heading { lines.append("<h3>\(ArushaReports.html(heading))</h3>") }
            lines.append(
              "<div class=\"multiples\">" + figures.map(\.svg).joined(separator: "\n") + "</div>")
            if let legend = legend?.legendHTML(), !legend.isEmpty { lines.append(legend) }
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
    return lines.joined(separator: "\n")
  }

  private static func html(_ table: Table) -> [String] {
    func cellClass(_ column: Int) -> String {
      table.columns[column].alignment == .trailing ? " class=\"num\"" : ""
    }
    var lines = [
      "<table><thead><tr>"
        + table.columns.indices.map { "<th\(cellClass($0))>\(html(table.columns[$0].header))</th>" }
        .joined() + "</tr></thead><tbody>"
    ]
    for row in table.rows {
      lines.append(
        "<tr>" + row.indices.map { "<td\(cellClass($0))>\(html(row[$0]))</td>" }.joined()
          + "</tr>")
    }
    lines.append("</tbody></table>")
    return lines
  }

  /// A matrix as a compact table in a box that scrolls sideways on a narrow screen: figures
  /// on one line, a score on the pale colour of its level (``heat(_:)``), a mark after its
  /// figure, and what a figure or a factor's number means in its `title`.
  private static func html(_ matrix: Matrix) -> [String] {
    func attributes(_ alignment: Alignment, tip: String?) -> String {
      (alignment == .trailing ? " class=\"num\"" : "")
        + (tip.map { " title=\"\(ArushaReports.html($0))\"" } ?? "")
    }
    let header =
      matrix.names.map { "<th>\(html($0))</th>" }
      + matrix.measures.map {
        "<th\(attributes($0.alignment, tip: $0.tip))>\(html($0.header))</th>"
      }
    var lines = [
      "<div class=\"wide\"><table class=\"compact\"><thead><tr>" + header.joined()
        + "</tr></thead><tbody>"
    ]
    for (entry, cells) in zip(matrix.entries, matrix.cells) {
      let figures = zip(matrix.measures, cells).map { measure, cell in
        let shade = cell.shade.map { heat($0.score) } ?? ""
        let mark = cell.mark.map { "&nbsp;" + ArushaReports.html($0) } ?? ""
        return
          "<td\(attributes(measure.alignment, tip: cell.tip))\(shade)>\(html(cell.value))\(mark)</td>"
      }
      lines.append(
        "<tr>" + entry.names.map { "<td>\(html($0))</td>" }.joined() + figures.joined() + "</tr>")
    }
    lines.append("</tbody></table></div>")
    return lines
  }

  /// A score's cell on a pale background from red (0) through yellow (50) to green (100), on
  /// one line; none without a score.
  private static func heat(_ score: Double?) -> String {
    let compact = "white-space: nowrap; padding: .25rem .3rem"
    guard let score, score.isFinite else { return " style=\"\(compact)\"" }
    let hue = Int((min(max(score, 0), 100) * 1.2).rounded())
    return " style=\"background: hsl(\(hue), 70%, 84%); \(compact)\""
  }

  private static func html(_ inlines: [Inline]) -> String {
    inlines.map { inline in
      switch inline {
      case .text(let text): isolated(text)
      case .symbol(let symbol): ArushaReports.html(symbol)
      case .strong(let inner): "<strong>\(html(inner))</strong>"
      case .alert(let inner): "<strong class=\"alert\">\(html(inner))</strong>"
      case .emphasis(let inner): "<span class=\"note\">\(html(inner))</span>"
      case .level(let inner, let tone):
        tone.map { "<span class=\"level-\($0)\">\(html(inner))</span>" } ?? html(inner)
      case .trend(let inner, let rising):
        "<span class=\"\(rising ? "strength" : "improvement")\">\(html(inner))</span>"
      case .explained(let inner, let note):
        "<abbr title=\"\(ArushaReports.html(note))\">\(html(inner))</abbr>"
      case .figure(let text, _, _): ArushaReports.html(text)
      case .aside(let inner): html(inner)
      }
    }.joined()
  }
}
