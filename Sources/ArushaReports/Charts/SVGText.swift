import ArushaText

/// Text drawn in an SVG chart: whole labels on several lines, and a white halo.
enum SVGText {
  /// The attributes of the white outline drawn under haloed text (``element(_:x:y:fontSize:anchor:attributes:halo:)``),
  /// so that text stays readable where it crosses a line.
  static let halo =
    "fill=\"white\" stroke=\"white\" stroke-width=\"3\" stroke-linejoin=\"round\" aria-hidden=\"true\""

  /// The reports' font (the HTML page's body font), set on a standalone chart's root element.
  static let fontFamily =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", sans-serif"

  /// Text from a file for a line an SVG chart composes around it ("Niger Customs · 2022 →
  /// 2024"): between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE when it
  /// can turn its neighbours around (``turnsItsNeighbours(_:)``), as HTML's `<bdi>` does on
  /// a page, which SVG text has not; an Arabic name then keeps "2022 → 2024" in order.
  static func isolated(_ text: String) -> String {
    turnsItsNeighbours(text) ? "\u{2068}\(text)\u{2069}" : text
  }

  /// The rough width of one character at `fontSize` px in the page's sans-serif font.
  static func characterWidth(_ fontSize: Double) -> Double { fontSize * 0.58 }

  /// `text` broken at spaces into lines of at most `width` px at `fontSize`; a word is never cut.
  static func lines(_ text: String, width: Double, fontSize: Double) -> [String] {
    let columns = max(4, Int(width / characterWidth(fontSize)))
    return wrapText(text, width: columns)
  }

  /// A `<text>` element of `lines`, one `<tspan>` per line, the first line's baseline at `y`.
  ///
  /// Each line is escaped (``html(_:)``); `attributes` (arusha's own) go on the `<text>`. With
  /// `halo`, a copy of the text outlined in white (``halo``, in the text's weight) is drawn
  /// first, under it: a second element rather than `paint-order`, which LibreOffice ignores
  /// (it would draw the outline over the letters).
  static func element(
    _ lines: [String], x: Double, y: Double, fontSize: Double, anchor: String = "start",
    attributes: String = "", halo: Bool = false
  ) -> String {
    let lineHeight = fontSize * 1.2
    let spans = lines.enumerated().map { index, line in
      "<tspan x=\"\(fixed(x, digits: 1))\" y=\"\(fixed(y + Double(index) * lineHeight, digits: 1))\">\(html(line))</tspan>"
    }.joined()
    let start = "<text font-size=\"\(fixed(fontSize, digits: 0))\" text-anchor=\"\(anchor)\""
    let extra = attributes.isEmpty ? "" : " " + attributes
    let text = "\(start)\(extra)>\(spans)</text>"
    guard halo else { return text }
    let weight = attributes.contains("font-weight=\"600\"") ? " font-weight=\"600\"" : ""
    return "\(start)\(weight) \(Self.halo)>\(spans)</text>" + text
  }

  /// The height that `count` lines take at `fontSize`.
  static func height(_ count: Int, fontSize: Double) -> Double {
    Double(max(count, 1)) * fontSize * 1.2
  }
}
