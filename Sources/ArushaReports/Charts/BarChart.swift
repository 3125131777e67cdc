import ArushaText

/// An SVG chart of horizontal bars on a 0–100 scale: for each label a bar per series, with its
/// value and its series' marker at its end; the threshold lines dashed across.
///
/// What a radar becomes below three axes (a radar of two axes is a line). Labels are whole, on
/// as many lines as they need.
struct BarChart {
  /// The labels, plain text, one per group of bars.
  var labels: [String]
  /// The series: one bar per label each.
  var series: [ChartSeries]
  /// The dashed threshold lines.
  var rings: [(value: Double, label: String, colour: String)]
  /// How a value is written next to its bar (`61.3` / `61,3`).
  var format: (Double?) -> String
  /// A label followed by the language's colon ("Benin:" / « Benin : »), for the tooltips.
  var colon: (String) -> String = { $0 + ":" }

  private static let fontSize = 11.0
  private static let labelWidth = 170.0
  private static let plotWidth = 380.0
  private static let barHeight = 13.0

  func svg() -> String {
    let left = Self.labelWidth + 12
    let top = 22.0
    let wrapped = labels.map {
      SVGText.lines($0, width: Self.labelWidth, fontSize: Self.fontSize)
    }
    let barsHeight = Double(max(series.count, 1)) * (Self.barHeight + 4)
    let groupHeights = wrapped.map {
      max(barsHeight, SVGText.height($0.count, fontSize: Self.fontSize)) + 14
    }
    let plotHeight = groupHeights.reduce(0, +)
    let width = left + Self.plotWidth + 50
    let height = top + plotHeight + 24
    func x(_ value: Double) -> Double { left + Self.plotWidth * min(max(value, 0), 100) / 100 }
    var parts: [String] = []
    parts.append(
      "<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">"
    )
    for tick in [0.0, 25, 50, 75, 100] {
      parts.append(
        "<line x1=\"\(fixed(x(tick), digits: 1))\" y1=\"\(fixed(top, digits: 1))\" x2=\"\(fixed(x(tick), digits: 1))\" y2=\"\(fixed(top + plotHeight, digits: 1))\" stroke=\"\(tick == 0 ? "#59636e" : "#d0d7de")\"/>"
      )
      parts.append(
        SVGText.element(
          [fixed(tick, digits: 0)], x: x(tick), y: top + plotHeight + 14, fontSize: 10,
          anchor: "middle", attributes: "fill=\"#59636e\""))
    }
    var y = top
    for (index, lines) in wrapped.enumerated() {
      let groupHeight = groupHeights[index]
      let block = SVGText.height(lines.count, fontSize: Self.fontSize)
      parts.append(
        SVGText.element(
          lines, x: Self.labelWidth, y: y + (groupHeight - block) / 2 + Self.fontSize * 0.9,
          fontSize: Self.fontSize, anchor: "end", attributes: "fill=\"#1f2328\""))
      var barY = y + (groupHeight - barsHeight) / 2 + 2
      for item in series {
        let value = index < item.values.count ? item.values[index] : nil
        let end = x(value ?? 0)
        let style = item.style
        parts.append(
          "<rect x=\"\(fixed(left, digits: 1))\" y=\"\(fixed(barY, digits: 1))\" width=\"\(fixed(max(end - left, 0.5), digits: 1))\" height=\"\(fixed(Self.barHeight, digits: 1))\" fill=\"\(style.colour)\" fill-opacity=\"0.25\" stroke=\"\(style.colour)\" stroke-width=\"1.5\"\(style.dashAttribute)><title>\(html("\(colon(item.name)) \(format(value))"))</title></rect>"
        )
        parts.append(style.marker(x: end, y: barY + Self.barHeight / 2, hollow: value == nil))
        parts.append(
          SVGText.element(
            [format(value)], x: end + 8, y: barY + Self.barHeight - 2.5, fontSize: 10,
            attributes: "fill=\"#1f2328\"", halo: true))
        barY += Self.barHeight + 4
      }
      y += groupHeight
    }
    for ring in rings {
      let ringX = x(ring.value)
      parts.append(
        "<line x1=\"\(fixed(ringX, digits: 1))\" y1=\"\(fixed(top - 4, digits: 1))\" x2=\"\(fixed(ringX, digits: 1))\" y2=\"\(fixed(top + plotHeight, digits: 1))\" stroke=\"\(ring.colour)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>\(html(ring.label))</title></line>"
      )
    }
    // The threshold labels above the plot, on either side of their line so they never meet.
    for ring in rings {
      let anchor = rings.allSatisfy { $0.value <= ring.value } ? "start" : "end"
      parts.append(
        SVGText.element(
          [ring.label], x: x(ring.value) + (anchor == "start" ? 3 : -3), y: top - 8,
          fontSize: 10, anchor: anchor,
          attributes: "fill=\"\(ring.colour)\" font-weight=\"600\"", halo: true))
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }
}
