/// One chart of an HTML report as a standalone SVG file (`--charts DIR`, issue 23).
public struct ChartFile: Sendable, Equatable {
  /// The file's name in the folder, named after the chart: `radar.svg`, `history.svg`,
  /// `changes-1.svg`; never a path.
  public var name: String
  /// The whole SVG document (UTF-8 text).
  public var svg: String

  /// Creates a chart file.
  ///
  /// - Parameters:
  ///   - name: The file's name, named after the chart.
  ///   - svg: The whole SVG document.
  public init(name: String, svg: String) {
    self.name = name
    self.svg = svg
  }
}
