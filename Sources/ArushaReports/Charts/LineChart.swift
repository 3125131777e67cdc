import ArushaText

/// An SVG line chart on a 0–100 scale: x the rounds in order, a line and markers per series,
/// gridlines with their values, and optionally each point's value.
///
/// A missing value breaks the line; a lone value is its marker alone.
struct LineChart {
  /// The title above the plot (a factor's, in small multiples), plain text; empty for none.
  var title = ""
  /// The x labels: the rounds, plain text.
  var rounds: [String]
  /// The series, one value per round each.
  var series: [ChartSeries]
  /// How a value is written (`61.3` / `61,3`); nil writes no point values.
  var format: ((Double?) -> String)?
  /// The whole width, px.
  var width = 640.0
  /// The plot's height, px.
  var plotHeight = 220.0
  /// The font size of the labels, px.
  var fontSize = 11.0

  func svg() -> String {
    let left = 34.0
    let right = 24.0
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
    // The values last, over every line, haloed.
    if let format {
      for item in series {
        for (index, value) in item.values.enumerated() {
          guard let value else { continue }
          let last = rounds.count > 1 && index == rounds.count - 1
          parts.append(
            SVGText.element(
              [format(value)], x: x(index) + (last ? -6 : 6), y: y(value) - 6,
              fontSize: fontSize - 1, anchor: last ? "end" : "start",
              attributes: "fill=\"\(item.style.colour)\" \(SVGText.halo)"))
        }
      }
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }
}
