import ArushaText

/// An SVG line chart on a 0–100 scale: x the rounds in order, a line and markers per series,
/// gridlines with their values, and optionally each line's last value at its end.
///
/// A missing value breaks the line; a lone value is its marker alone. An end label stands
/// right of its line's last point, in a margin right of the plot for the lines that reach the
/// last round; the labels of one column are spread apart (``LabelSpread``) so that no two
/// overlap, each joined to its point by a thin leader line in its series' colour.
struct LineChart {
  /// The title above the plot (a factor's, in small multiples), plain text; empty for none.
  var title = ""
  /// The x labels: the rounds, plain text.
  var rounds: [String]
  /// The series, one value per round each.
  var series: [ChartSeries]
  /// How a value is written (`61.3` / `61,3`); nil writes no end labels.
  var format: ((Double?) -> String)?
  /// The whole width, px.
  var width = 640.0
  /// The plot's height, px.
  var plotHeight = 220.0
  /// The font size of the labels, px.
  var fontSize = 11.0
  /// Levels to reach at rounds, drawn over the lines (``Mark``); none by default.
  var marks: [Mark] = []

  func svg() -> String {
    let left = 34.0
    // Room for the end labels: a leader, then a value of up to five characters.
    let right = format == nil ? 24.0 : 24 + 12 + 5 * SVGText.characterWidth(fontSize - 1)
    let titleLines =
      title.isEmpty ? [] : SVGText.lines(title, width: width - 8, fontSize: fontSize + 1)
    let top =
      (titleLines.isEmpty ? 0 : SVGText.height(titleLines.count, fontSize: fontSize + 1)) + 14
    let plotWidth = width - left - right
    let step = rounds.count > 1 ? plotWidth / Double(rounds.count - 1) : 0
    let roundLines = rounds.map {
      SVGText.lines($0, width: max(step - 4, 40), fontSize: fontSize - 1)
    }
    let bottom = SVGText.height(roundLines.map(\.count).max() ?? 1, fontSize: fontSize - 1) + 10
    let height = top + plotHeight + bottom
    func x(_ index: Int) -> Double {
      rounds.count > 1 ? left + step * Double(index) : left + plotWidth / 2
    }
    func y(_ value: Double) -> Double { top + plotHeight * (1 - min(max(value, 0), 100) / 100) }
    var parts: [String] = []
    parts.append(
      "<svg class=\"lines\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">"
    )
    if !titleLines.isEmpty {
      parts.append(
        SVGText.element(
          titleLines, x: 4, y: fontSize + 2, fontSize: fontSize + 1,
          attributes: "font-weight=\"600\" fill=\"#1f2328\""))
    }
    for tick in [0.0, 25, 50, 75, 100] {
      parts.append(
        "<line x1=\"\(fixed(left, digits: 1))\" y1=\"\(fixed(y(tick), digits: 1))\" x2=\"\(fixed(left + plotWidth, digits: 1))\" y2=\"\(fixed(y(tick), digits: 1))\" stroke=\"\(tick == 0 ? "#59636e" : "#d0d7de")\"/>"
      )
      parts.append(
        SVGText.element(
          [fixed(tick, digits: 0)], x: left - 6, y: y(tick) + 3.5, fontSize: fontSize - 1,
          anchor: "end", attributes: "fill=\"#59636e\""))
    }
    for (index, lines) in roundLines.enumerated() {
      let anchor =
        rounds.count > 1 && index == 0
        ? "start" : rounds.count > 1 && index == rounds.count - 1 ? "end" : "middle"
      parts.append(
        "<line x1=\"\(fixed(x(index), digits: 1))\" y1=\"\(fixed(top + plotHeight, digits: 1))\" x2=\"\(fixed(x(index), digits: 1))\" y2=\"\(fixed(top + plotHeight + 4, digits: 1))\" stroke=\"#59636e\"/>"
      )
      let shift = anchor == "start" ? -4.0 : anchor == "end" ? 4.0 : 0
      parts.append(
        SVGText.element(
          lines, x: x(index) + shift, y: top + plotHeight + fontSize + 5, fontSize: fontSize - 1,
          anchor: anchor, attributes: "fill=\"#1f2328\""))
    }
    for item in series {
      // Runs of consecutive values: a missing value breaks the line.
      var runs: [[(Int, Double)]] = [[]]
      for (index, value) in item.values.enumerated() {
        if let value { runs[runs.count - 1].append((index, value)) } else { runs.append([]) }
      }
      for run in runs where run.count > 1 {
        let points = run.map { "\(fixed(x($0.0), digits: 1)),\(fixed(y($0.1), digits: 1))" }
        parts.append(
          "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(item.style.colour)\" stroke-width=\"\(fixed(item.style.width, digits: 1))\"\(item.style.dashAttribute)><title>\(html(item.name))</title></polyline>"
        )
      }
      for (index, value) in item.values.enumerated() {
        guard let value else { continue }
        parts.append(item.style.marker(x: x(index), y: y(value), size: 3.5))
      }
    }
    for mark in marks where rounds.indices.contains(mark.round) {
      parts.append(markSVG(mark, x: x(mark.round), y: y(mark.value)))
    }
    // Each line's last value at its end, over every line, haloed: right of its point, or, for
    // the lines that reach the last round, in the margin. The labels of one column are spread
    // apart, each joined to its point by a thin leader in its series' colour.
    if let format {
      let labelSize = fontSize - 1
      let labelWidth = 5 * SVGText.characterWidth(labelSize)
      // Rounds too close for a label between them: every label goes to the margin.
      let inMargin = rounds.count < 2 || step < labelWidth + 16
      var columns: [Int: [(ChartSeries, Int, Double)]] = [:]
      for item in series {
        guard let index = item.values.lastIndex(where: { $0 != nil }),
          let value = item.values[index]
        else { continue }
        let column = inMargin ? rounds.count - 1 : index
        columns[column, default: []].append((item, index, value))
      }
      for column in columns.keys.sorted() {
        let ends = columns[column] ?? []
        let spread = LabelSpread.positions(
          ends.map { y($0.2) }, gap: SVGText.height(1, fontSize: labelSize), top: top,
          bottom: top + plotHeight)
        let labelX = column == rounds.count - 1 ? left + plotWidth + 12 : x(column) + 10
        for ((item, index, value), labelY) in zip(ends, spread) {
          parts.append(
            "<line class=\"leader\" x1=\"\(fixed(x(index) + 4, digits: 1))\" y1=\"\(fixed(y(value), digits: 1))\" x2=\"\(fixed(labelX - 2, digits: 1))\" y2=\"\(fixed(labelY, digits: 1))\" stroke=\"\(item.style.colour)\" stroke-width=\"0.75\"/>"
          )
          parts.append(
            SVGText.element(
              [format(value)], x: labelX, y: labelY + labelSize * 0.35, fontSize: labelSize,
              attributes: "class=\"end\" fill=\"\(item.style.colour)\"", halo: true))
        }
      }
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }
}
