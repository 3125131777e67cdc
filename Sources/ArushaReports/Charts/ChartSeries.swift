/// One series of a chart: a name for its tooltip and legend, its values, and how it is drawn.
struct ChartSeries: Sendable {
  /// The series' name as plain text (escaped when written into the SVG).
  var name: String
  /// One value per axis, bar or round (0…100); nil where there is none.
  var values: [Double?]
  /// Colour, dash and marker.
  var style: SeriesStyle
  /// Whether the radar fills its polygon (the groups, not the median).
  var filled = true
}
