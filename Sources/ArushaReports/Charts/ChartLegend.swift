import ArushaText

/// The HTML legend under a chart: for each series a small line with its dash and marker, then
/// its name.
enum ChartLegend {
  /// A `<ul class="legend">`; `names` are HTML already (text from files in `<bdi>`).
  static func html(_ styles: [SeriesStyle], names: [String]) -> String {
    let items = zip(styles, names).map { style, name in
      let swatch =
        "<svg class=\"swatch\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 14\" width=\"40\" height=\"14\" aria-hidden=\"true\"><line x1=\"2\" y1=\"7\" x2=\"38\" y2=\"7\" stroke=\"\(style.colour)\" stroke-width=\"\(fixed(style.width, digits: 1))\"\(style.dashAttribute)/>\(style.marker(x: 20, y: 7))</svg>"
      return "<li>\(swatch)<span>\(name)</span></li>"
    }
    return "<ul class=\"legend\">" + items.joined() + "</ul>"
  }
}
