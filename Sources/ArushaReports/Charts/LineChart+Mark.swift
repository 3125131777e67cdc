import ArushaText

extension LineChart {
  /// A level to reach at a round, drawn over the lines (issue 27: a plan's factor target at
  /// the round it is due): a short dashed level in a series' colour with an open diamond at
  /// its middle, and a tooltip.
  struct Mark: Sendable, Hashable {
    /// The round's index on the x axis.
    var round: Int
    /// The level, 0…100.
    var value: Double
    /// The colour, `#rrggbb` (the series' it belongs to).
    var colour: String
    /// The tooltip, plain text (escaped when written).
    var title: String
  }

  /// The style of the marks' legend entry: a short dashed level with a diamond, in grey.
  static let markStyle = SeriesStyle(colour: "#59636e", dash: "3 2", marker: .diamond, width: 2)

  /// `mark` at (`x`, `y`): one `<g class="target">`.
  func markSVG(_ mark: Mark, x: Double, y: Double) -> String {
    let half = 9.0
    let s = 4.5
    let diamond = [(0.0, -s), (s, 0), (0, s), (-s, 0)]
      .map { "\(fixed(x + $0.0, digits: 1)),\(fixed(y + $0.1, digits: 1))" }
      .joined(separator: " ")
    return
      "<g class=\"target\" data-round=\"\(mark.round)\" data-value=\"\(fixed(mark.value, digits: 1))\"><title>\(html(mark.title))</title><line x1=\"\(fixed(x - half, digits: 1))\" y1=\"\(fixed(y, digits: 1))\" x2=\"\(fixed(x + half, digits: 1))\" y2=\"\(fixed(y, digits: 1))\" stroke=\"\(mark.colour)\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/><polygon points=\"\(diamond)\" fill=\"white\" stroke=\"\(mark.colour)\" stroke-width=\"1.5\"/></g>"
  }
}
