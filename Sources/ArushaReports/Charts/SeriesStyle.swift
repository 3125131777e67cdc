import ArushaText

/// How one series is drawn: a colour, a dash pattern and a point marker.
///
/// The first ``count`` styles each have a colour of their own, and no two of them share their
/// dash pattern and marker both, so that lines that coincide stay visible (the markers differ)
/// and a page printed in black and white still tells them apart (issue 23: 12 series at least).
struct SeriesStyle: Sendable, Hashable {
  /// The shape drawn at each value.
  enum Marker: Sendable, Hashable, CaseIterable {
    case circle, square, triangle, diamond, cross, triangleDown, ring
  }

  /// The stroke and fill colour, `#rrggbb`.
  var colour: String
  /// The `stroke-dasharray` of the line; nil for a solid line.
  var dash: String?
  /// The point marker.
  var marker: Marker
  /// The stroke width of the line.
  var width = 2.0

  /// Twelve colours, each with a contrast of at least 4:1 on white, none of them the grey of
  /// the median; the first five are the reports' original five.
  private static let colours = [
    "#0969da", "#bf3989", "#1a7f37", "#9a6700", "#8250df", "#cf222e",
    "#0b7b8b", "#d15704", "#1f3a93", "#6b7a00", "#8c4a2f", "#7a1f3d",
  ]
  private static let dashes: [String?] = [nil, "9 4", "2 3", "12 4 3 4", "5 5", "8 3 2 3 2 3"]
  private static let markers: [Marker] = [
    .circle, .square, .triangle, .diamond, .cross, .triangleDown,
  ]

  /// How many series a chart draws at most, beside the median.
  ///
  /// Each has a style of its own (a colour of its own; dash and marker pairs all different
  /// too). A chart of more series draws the first ones and says which it leaves out.
  static let count = 12

  /// The style of the `index`-th series (0-based).
  ///
  /// A colour each up to ``count``; the dash and marker run through their six each, the marker
  /// one step further in each next six, so that no two of the first 36 series share both.
  static func series(_ index: Int) -> SeriesStyle {
    let index = max(index, 0)
    let round = index / dashes.count
    return SeriesStyle(
      colour: colours[index % colours.count],
      dash: dashes[index % dashes.count],
      marker: markers[(index + round) % markers.count])
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
    case .triangleDown:
      let s = size * 1.3
      return "<polygon points=\"\(points([(0, s), (s, -s * 0.8), (-s, -s * 0.8)]))\" \(common)/>"
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
