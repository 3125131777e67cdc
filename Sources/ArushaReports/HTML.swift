import ArushaCore
import ArushaText
import Foundation

/// Text escaped for HTML content and attribute values, on one line without control characters
/// (``PrintableText`` for a document).
///
/// Use it alone for arusha's own words and where no element may stand (attribute values,
/// `<title>`, SVG text); put text from files in element content with ``bdi(_:)``.
func html(_ text: String) -> String {
  var out = ""
  for character in PrintableText.sanitize(text, for: .document, keepLineBreaks: false) {
    switch character {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&#39;"
    default: out.append(character)
    }
  }
  return out
}

/// Text from a file for HTML element content, escaped and isolated in `<bdi>`.
///
/// Escaped as by ``html(_:)``; the isolation keeps its direction (an Arabic name, or a U+202E
/// left open) from reordering the text around it (cli.md). Empty text gives nothing.
func bdi(_ text: String) -> String {
  let escaped = html(text)
  return escaped.isEmpty ? "" : "<bdi>\(escaped)</bdi>"
}

/// The shared page frame of the HTML reports: self-contained, printable on A4, no external file.
func htmlPage(title: String, language: String, body: String) -> String {
  """
  <!DOCTYPE html>
  <html lang="\(html(language))">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>\(html(title))</title>
  <style>
  :root { --strong: #1a7f37; --weak: #b42318; --mid: #9a6700; --ink: #1f2328; --muted: #59636e; }
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink);
    max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 1.8rem; }
  .subtitle { color: var(--muted); margin-top: 0; }
  .overall { font-size: 1.3rem; font-weight: 600; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; }
  th, td { border-bottom: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f6f8fa; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .strength { color: var(--strong); font-weight: 600; } .improvement { color: var(--weak); font-weight: 600; }
  .note { color: var(--muted); font-size: .85rem; }
  .chart { display: flex; justify-content: center; } svg { max-width: 100%; height: auto; } svg text { font-family: inherit; }
  .level-0 { color: #b42318; } .level-1 { color: #9a6700; } .level-2 { color: #0969da; } .level-3 { color: #1a7f37; }
  @page { size: A4; margin: 15mm; }
  @media print { body { margin: 0; max-width: none; font-size: 10pt; } h2 { break-after: avoid; }
    tr, svg { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
  </style>
  </head>
  <body>
  \(body)
  </body>
  </html>

  """
}

/// An SVG radar chart: one axis per label, polygons for series, and dashed threshold rings.
struct RadarChart {
  struct Series {
    var name: String
    var values: [Double?]
    var colour: String
    var dashed = false
  }

  var labels: [String]
  var series: [Series]
  var rings: [(value: Double, label: String, colour: String)]
  var size: Double = 460

  func svg() -> String {
    // Labels stand outside the rings, left and right: room for them on both sides.
    let width = size + 240
    let centerX = width / 2
    let center = size / 2
    let radius = size / 2 - 70
    let count = max(labels.count, 1)
    func point(_ index: Int, _ value: Double) -> (Double, Double) {
      let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
      let r = radius * min(max(value, 0), 100) / 100
      return (centerX + r * cos(angle), center + r * sin(angle))
    }
    func coordinates(_ points: [(Double, Double)]) -> String {
      points.map { "\(fixed($0.0, digits: 1)),\(fixed($0.1, digits: 1))" }.joined(separator: " ")
    }
    var parts: [String] = []
    parts.append(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(size))\" width=\"\(Int(width))\" height=\"\(Int(size))\" role=\"img\">"
    )
    for grid in [25.0, 50, 75, 100] {
      parts.append(
        "<polygon points=\"\(coordinates((0..<count).map { point($0, grid) }))\" fill=\"none\" stroke=\"#d0d7de\"/>"
      )
    }
    for index in 0..<count {
      let (x, y) = point(index, 100)
      parts.append(
        "<line x1=\"\(Int(centerX))\" y1=\"\(Int(center))\" x2=\"\(fixed(x, digits: 1))\" y2=\"\(fixed(y, digits: 1))\" stroke=\"#d0d7de\"/>"
      )
    }
    for ring in rings {
      parts.append(
        "<circle cx=\"\(Int(centerX))\" cy=\"\(Int(center))\" r=\"\(fixed(radius * ring.value / 100, digits: 1))\" fill=\"none\" stroke=\"\(ring.colour)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>\(html(ring.label))</title></circle>"
      )
      parts.append(
        "<text x=\"\(Int(centerX) + 3)\" y=\"\(fixed(center - radius * ring.value / 100 - 3, digits: 1))\" font-size=\"10\" fill=\"\(ring.colour)\">\(html(ring.label))</text>"
      )
    }
    for item in series {
      let points = item.values.enumerated().map { point($0.offset, $0.element ?? 0) }
      let dash = item.dashed ? " stroke-dasharray=\"4 3\"" : ""
      parts.append(
        "<polygon points=\"\(coordinates(points))\" fill=\"\(item.colour)\" fill-opacity=\"\(item.dashed ? "0" : "0.15")\" stroke=\"\(item.colour)\" stroke-width=\"2\"\(dash)><title>\(html(item.name))</title></polygon>"
      )
      for (index, value) in item.values.enumerated() {
        let (x, y) = point(index, value ?? 0)
        let fill = value == nil ? "white" : item.colour
        parts.append(
          "<circle cx=\"\(fixed(x, digits: 1))\" cy=\"\(fixed(y, digits: 1))\" r=\"3\" fill=\"\(fill)\" stroke=\"\(item.colour)\"/>"
        )
      }
    }
    for (index, label) in labels.enumerated() {
      let (x, y) = point(index, 118)
      let anchor = abs(x - centerX) < 10 ? "middle" : (x < centerX ? "end" : "start")
      parts.append(
        "<text x=\"\(fixed(x, digits: 1))\" y=\"\(fixed(y + 4, digits: 1))\" font-size=\"11\" text-anchor=\"\(anchor)\">\(html(label))</text>"
      )
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }
}
