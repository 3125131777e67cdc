import ArushaText
import Foundation

/// An SVG radar chart: one axis per label, a polygon per series, the threshold rings and the
/// scale (0, 25, 50, 75, 100) on the first axis.
///
/// Labels are whole, on as many lines as they need; the ring labels stand in the gap after
/// the first axis, with a white halo, so that no line runs through them.
struct RadarChart {
  /// The axes' labels, plain text.
  var labels: [String]
  /// The series, drawn in order (the last on top).
  var series: [ChartSeries]
  /// The dashed threshold rings.
  var rings: [(value: Double, label: String, colour: String)]
  /// The radius of the 100 ring, px.
  var radius: Double = 170

  private static let fontSize = 11.0

  /// A single series is shaded; among several a faint tint only, so that the overlaps of many
  /// fills do not grey the chart.
  private func opacity(_ item: ChartSeries) -> String {
    item.filled ? (series.count <= 2 ? "0.15" : "0.04") : "0"
  }
  private static let labelWidth = 130.0

  func svg() -> String {
    let count = max(labels.count, 1)
    let wrapped = labels.map {
      SVGText.lines($0, width: Self.labelWidth, fontSize: Self.fontSize)
    }
    let tallest = wrapped.map(\.count).max() ?? 1
    let side = radius + 18 + Self.labelWidth + 8
    let vertical = radius + 18 + SVGText.height(tallest, fontSize: Self.fontSize) + 8
    let width = 2 * side
    let height = 2 * vertical
    let centerX = side
    let centerY = vertical
    func angle(_ index: Double) -> Double { -Double.pi / 2 + 2 * Double.pi * index / Double(count) }
    func point(_ index: Int, _ value: Double) -> (Double, Double) {
      let r = radius * min(max(value, 0), 100) / 100
      return (centerX + r * cos(angle(Double(index))), centerY + r * sin(angle(Double(index))))
    }
    func coordinates(_ points: [(Double, Double)]) -> String {
      points.map { "\(fixed($0.0, digits: 1)),\(fixed($0.1, digits: 1))" }.joined(separator: " ")
    }
    var parts: [String] = []
    parts.append(
      "<svg class=\"radar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">"
    )
    for grid in [25.0, 50, 75, 100] {
      parts.append(
        "<polygon points=\"\(coordinates((0..<count).map { point($0, grid) }))\" fill=\"none\" stroke=\"#d0d7de\"/>"
      )
    }
    for index in 0..<count {
      let (x, y) = point(index, 100)
      parts.append(
        "<line x1=\"\(fixed(centerX, digits: 1))\" y1=\"\(fixed(centerY, digits: 1))\" x2=\"\(fixed(x, digits: 1))\" y2=\"\(fixed(y, digits: 1))\" stroke=\"#d0d7de\"/>"
      )
    }
    for ring in rings {
      parts.append(
        "<circle cx=\"\(fixed(centerX, digits: 1))\" cy=\"\(fixed(centerY, digits: 1))\" r=\"\(fixed(radius * ring.value / 100, digits: 1))\" fill=\"none\" stroke=\"\(ring.colour)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>\(html(ring.label))</title></circle>"
      )
    }
    for item in series {
      let points = item.values.enumerated().map { point($0.offset, $0.element ?? 0) }
      parts.append(
        "<polygon points=\"\(coordinates(points))\" fill=\"\(item.style.colour)\" fill-opacity=\"\(opacity(item))\" stroke=\"\(item.style.colour)\" stroke-width=\"\(fixed(item.style.width, digits: 1))\"\(item.style.dashAttribute)><title>\(html(item.name))</title></polygon>"
      )
      for (index, value) in item.values.enumerated() {
        let (x, y) = point(index, value ?? 0)
        parts.append(item.style.marker(x: x, y: y, hollow: value == nil))
      }
    }
    // The ring labels in the middle of the gap between the first two axes, haloed.
    let gap = count == 1 ? Double.pi / 4 : angle(0.5)
    for ring in rings {
      let r = radius * ring.value / 100
      let x = centerX + r * cos(gap)
      let y = centerY + r * sin(gap)
      parts.append(
        SVGText.element(
          [ring.label], x: x + 2, y: y - 3, fontSize: 10,
          attributes: "fill=\"\(ring.colour)\" font-weight=\"600\"", halo: true))
    }
    // The scale along the first axis, left of it.
    for value in [0.0, 25, 50, 75, 100] {
      let y = centerY - radius * value / 100
      parts.append(
        SVGText.element(
          [fixed(value, digits: 0)], x: centerX - 7, y: y + 3.5, fontSize: 9, anchor: "end",
          attributes: "fill=\"#59636e\"", halo: true))
    }
    for (index, lines) in wrapped.enumerated() {
      let theta = angle(Double(index))
      let distance = radius + 14
      let x = centerX + distance * cos(theta)
      let y = centerY + distance * sin(theta)
      let anchor = abs(cos(theta)) < 0.26 ? "middle" : (cos(theta) < 0 ? "end" : "start")
      // Above the top, below the bottom, centred on the sides.
      let block = SVGText.height(lines.count, fontSize: Self.fontSize)
      let top = y - block * (1 - sin(theta)) / 2
      parts.append(
        SVGText.element(
          lines, x: x, y: top + Self.fontSize * 0.9, fontSize: Self.fontSize, anchor: anchor,
          attributes: "fill=\"#1f2328\""))
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }
}
