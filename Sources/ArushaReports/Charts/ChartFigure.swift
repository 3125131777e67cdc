import ArushaText

/// A chart as a report places it: its SVG and what a reader needs beside it (a heading, the
/// legend, notes), built once, so that the HTML page and the standalone SVG file of
/// `--charts DIR` draw the same chart (issue 23).
struct ChartFigure: Sendable, Hashable {
  /// A legend entry: the series' style and its name, as HTML (text from files in `<bdi>`) and
  /// as plain text (escaped when written into the SVG).
  struct Entry: Sendable, Hashable {
    var style: SeriesStyle
    var html: String
    var text: String
  }

  /// A sentence under the chart, as HTML and as plain text.
  struct Note: Sendable, Hashable {
    var html: String
    var text: String
  }

  /// The file's name without `.svg`: `radar`, `history`, `changes-2`.
  var name: String
  /// What this chart shows, plain text, naming what sets it apart from the page's other charts
  /// (the factor of a `history-N`, the administration of a `changes-N`): the `<title>` of its
  /// `<svg>` element in the page and in its file, and of the file itself (issue 23: every
  /// factor's history file was titled as the overall history).
  var title: String
  /// The lines above the chart in its file (the page has them as its headings), plain text:
  /// a title, then subtitles.
  var heading: [String]
  /// The chart, one `<svg>` element, its `<title>` first.
  var svg: String
  /// The series' styles and names; empty for a chart without a legend.
  var legend: [Entry] = []
  /// Sentences under the chart and its legend.
  var notes: [Note] = []

  /// A chart and what goes with it; `svg` gets `title` as its `<title>`, so that each chart
  /// is named on the page (a screen reader reads it, a viewer shows it) as in its file.
  ///
  /// - Parameters:
  ///   - name: The file's name without `.svg`.
  ///   - title: What this chart shows, plain text.
  ///   - heading: The lines above the chart in its file, plain text.
  ///   - svg: The chart, one `<svg>` element as the charts here write it (no `>` inside its
  ///     start tag).
  ///   - legend: The series' styles and names.
  ///   - notes: Sentences under the chart and its legend.
  init(
    name: String, title: String, heading: [String], svg: String, legend: [Entry] = [],
    notes: [Note] = []
  ) {
    self.name = name
    self.title = title
    self.heading = heading
    self.legend = legend
    self.notes = notes
    let element = "<title>\(ArushaReports.html(title))</title>"
    if let end = svg.firstIndex(of: ">") {
      self.svg = String(svg[...end]) + element + String(svg[svg.index(after: end)...])
    } else {
      self.svg = svg
    }
  }

  /// The legend as the page shows it (``ChartLegend``); nothing without entries.
  func legendHTML() -> String {
    legend.isEmpty ? "" : ChartLegend.html(legend.map(\.style), names: legend.map(\.html))
  }

  /// The notes as the page shows them, one `<p class="note">` each.
  func notesHTML() -> [String] { notes.map { "<p class=\"note\">\($0.html)</p>" } }

  /// The chart, its legend and its notes as on the page.
  func html() -> String {
    (["<div class=\"chart\">\(svg)</div>", legendHTML()].filter { !$0.isEmpty } + notesHTML())
      .joined(separator: "\n")
  }

  /// The whole SVG file: an XML declaration, then one `<svg>` with its namespace, width,
  /// height and view box, a white background and the page's font on it, the heading, the
  /// chart, the legend (drawn, not HTML) and the notes, every style inline.
  ///
  /// Nothing in it depends on the HTML page's style sheet, so it opens alike in a browser, an
  /// image viewer and an office suite.
  func standalone() -> String {
    let margin = 16.0
    let (chartWidth, chartHeight) = Self.size(of: svg)
    let width = max(chartWidth, 480) + 2 * margin
    let content = width - 2 * margin
    var parts: [String] = []
    var y = margin
    for (index, line) in heading.enumerated() {
      let size = index == 0 ? 15.0 : 12
      let lines = SVGText.lines(line, width: content, fontSize: size)
      parts.append(
        SVGText.element(
          lines, x: margin, y: y + size, fontSize: size,
          attributes: index == 0 ? "font-weight=\"600\" fill=\"#1f2328\"" : "fill=\"#59636e\""))
      y += SVGText.height(lines.count, fontSize: size) + 4
    }
    y += 6
    parts.append(
      "<g transform=\"translate(\(fixed((width - chartWidth) / 2, digits: 1)),\(fixed(y, digits: 1)))\">\(svg)</g>"
    )
    y += chartHeight + 8
    // The legend in rows, centred as on the page: a swatch, then the name, wrapped if long.
    let fontSize = 12.0
    let swatch = 40.0
    let items = legend.map { entry in
      let lines = SVGText.lines(entry.text, width: content - swatch - 6, fontSize: fontSize)
      let textWidth =
        Double(lines.map(\.count).max() ?? 0) * SVGText.characterWidth(fontSize)
      return (entry, lines, swatch + 6 + textWidth)
    }
    var rows: [[(Entry, [String], Double)]] = []
    for item in items {
      if let last = rows.last,
        last.map(\.2).reduce(0, +) + Double(last.count) * 20 + item.2 <= content
      {
        rows[rows.count - 1].append(item)
      } else {
        rows.append([item])
      }
    }
    for row in rows {
      let rowWidth = row.map(\.2).reduce(0, +) + Double(row.count - 1) * 20
      let rowHeight = max(row.map { SVGText.height($0.1.count, fontSize: fontSize) }.max() ?? 0, 14)
      var x = margin + (content - rowWidth) / 2
      for (entry, lines, itemWidth) in row {
        let middle = y + 8
        let style = entry.style
        parts.append(
          "<line x1=\"\(fixed(x + 2, digits: 1))\" y1=\"\(fixed(middle, digits: 1))\" x2=\"\(fixed(x + swatch - 2, digits: 1))\" y2=\"\(fixed(middle, digits: 1))\" stroke=\"\(style.colour)\" stroke-width=\"\(fixed(style.width, digits: 1))\"\(style.dashAttribute)/>"
        )
        parts.append(style.marker(x: x + swatch / 2, y: middle))
        parts.append(
          SVGText.element(
            lines, x: x + swatch + 6, y: middle + fontSize * 0.35, fontSize: fontSize,
            attributes: "fill=\"#1f2328\""))
        x += itemWidth + 20
      }
      y += rowHeight + 6
    }
    if !rows.isEmpty { y += 4 }
    for note in notes {
      let lines = SVGText.lines(note.text, width: content, fontSize: 11)
      parts.append(
        SVGText.element(lines, x: margin, y: y + 11, fontSize: 11, attributes: "fill=\"#59636e\""))
      y += SVGText.height(lines.count, fontSize: 11) + 6
    }
    let height = y + margin
    let (w, h) = (Int(width.rounded(.up)), Int(height.rounded(.up)))
    let document = """
      <?xml version="1.0" encoding="UTF-8"?>
      <svg xmlns="http://www.w3.org/2000/svg" width="\(w)" height="\(h)" viewBox="0 0 \(w) \(h)" font-family="\(ArushaReports.html(SVGText.fontFamily))">
      <title>\(ArushaReports.html(title))</title>
      <rect width="\(w)" height="\(h)" fill="white"/>
      \(parts.joined(separator: "\n"))
      </svg>

      """
    // XML 1.0 forbids U+FFFE and U+FFFF, which the sanitiser keeps (a browser's HTML does not
    // mind them): a name with one must not make the file unreadable.
    return String(
      String.UnicodeScalarView(
        document.unicodeScalars.filter { $0 != "\u{FFFE}" && $0 != "\u{FFFF}" }))
  }

  /// The `width` and `height` of a chart's root element, as every chart here writes them
  /// (whole pixels); 0 for one it cannot read.
  static func size(of svg: String) -> (Double, Double) {
    let root = svg.prefix { $0 != ">" }
    func number(_ attribute: String) -> Double {
      guard let start = root.range(of: " \(attribute)=\"") else { return 0 }
      return Double(root[start.upperBound...].prefix { $0 != "\"" }) ?? 0
    }
    return (number("width"), number("height"))
  }
}
