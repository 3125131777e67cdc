import ArushaText

/// How one series is drawn: a colour, a dash pattern and a point marker.
///
/// Each style differs from the others in all three, so that lines that coincide stay visible
/// (the markers differ) and a page printed in black and white still tells them apart.
struct SeriesStyle: Sendable, Hashable {
  /// The shape drawn at each value.
  enum Marker: Sendable, Hashable, CaseIterable {
    case circle, square, triangle, diamond, cross, ring
  }

  /// The stroke and fill colour, `#rrggbb`.
  var colour: String
  /// The `stroke-dasharray` of the line; nil for a solid line.
  var dash: String?
  /// The point marker.
  var marker: Marker
  /// The stroke width of the line.
  var width = 2.0

  private static let colours = ["#0969da", "#bf3989", "#1a7f37", "#9a6700", "#8250df"]
  private static let dashes: [String?] = [nil, "9 4", "2 3", "12 4 3 4", "5 5"]
  private static let markers: [Marker] = [.circle, .square, .triangle, .diamond, .cross]

  /// The style of the `index`-th series (0-based): five distinct styles, then colour, dash and
  /// marker combined anew, so that the first 25 series all differ.
  static func series(_ index: Int) -> SeriesStyle {
    let index = max(index, 0)
    let round = index / colours.count
    return SeriesStyle(
      colour: colours[index % colours.count],
      dash: dashes[(index + round) % dashes.count],
      marker: markers[(index + 2 * round) % markers.count])
  }

  /// The peer median's style: dark grey, long dashes, open rings, a little thicker; drawn last,
  /// so that a line it covers shows in its gaps and a marker inside its rings.
  static let median = SeriesStyle(colour: "#24292f", dash: "7 4", marker: .ring, width: 2.5)

  /// The `stroke-dasharray` attribute (with its leading space), or nothing for a solid line.
  var dashAttribute: String { dash.map { " stroke-dasharray=\"\($0)\"" } ?? "" }

  /// The marker at (`x`, `y`); `hollow` draws it white inside (a value that is missing).
  func marker(x: Double, y: Double, hollow: Bool = false, size: Double = 4) -> String {
    // A ring is drawn open and wider, so that a marker it covers shows through it.
    let fill = marker == .ring ? "none" : hollow ? "white" : colour
    let common = "fill=\"\(fill)\" stroke=\"\(colour)\" stroke-width=\"1.5\""
    let (cx, cy) = (fixed(x, digits: 1), fixed(y, digits: 1))
    func points(_ list: [(Double, Double)]) -> String {
      list.map { "\(fixed(x + $0.0, digits: 1)),\(fixed(y + $0.1, digits: 1))" }.joined(
        separator: " ")
    }
    switch marker {
    case .circle:
      return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(fixed(size, digits: 1))\" \(common)/>"
    case .ring:
      return
        "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(fixed(size * 1.5, digits: 1))\" \(common)/>"
    case .square:
      let side = size * 1.7
      return
        "<rect x=\"\(fixed(x - side / 2, digits: 1))\" y=\"\(fixed(y - side / 2, digits: 1))\" width=\"\(fixed(side, digits: 1))\" height=\"\(fixed(side, digits: 1))\" \(common)/>"
    case .triangle:
      let s = size * 1.3
      return "<polygon points=\"\(points([(0, -s), (s, s * 0.8), (-s, s * 0.8)]))\" \(common)/>"
    case .diamond:
      let s = size * 1.3
      return "<polygon points=\"\(points([(0, -s), (s, 0), (0, s), (-s, 0)]))\" \(common)/>"
    case .cross:
      let s = size
      let path =
        "M\(fixed(x - s, digits: 1)),\(fixed(y - s, digits: 1))L\(fixed(x + s, digits: 1)),\(fixed(y + s, digits: 1))M\(fixed(x - s, digits: 1)),\(fixed(y + s, digits: 1))L\(fixed(x + s, digits: 1)),\(fixed(y - s, digits: 1))"
      return
        "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"\(hollow ? "1" : "2.5")\"/>"
    }
  }
}
