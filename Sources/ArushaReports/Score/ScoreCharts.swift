import ArushaCore
import ArushaText

extension ScoreReport {
  /// The chart of the HTML page as a standalone SVG file (`--charts DIR`, issue 23):
  /// `radar.svg`, or `bars.svg` below three factors (a radar of two axes is a line).
  ///
  /// The file is a whole SVG document headed by the questionnaire's title and the response's
  /// administration and round; text from files is escaped as in the page's chart.
  ///
  /// - Returns: The one file, named after its chart.
  public func chartFiles() -> [ChartFile] {
    let figure = chartFigure()
    return [ChartFile(name: figure.name + ".svg", svg: figure.standalone())]
  }

  /// The radar chart of the factor scores with the threshold rings (bars below three factors),
  /// as the page and the file draw it.
  func chartFigure() -> ChartFigure {
    let document = PrintableText.Destination.document
    // A factor without a score is drawn at 0 with an open marker, and says so in its label.
    let labels = score.factors.map { factor in
      factorTitle(factor.factor, for: document)
        + (factor.score == nil ? " (\(phrases.noScore))" : "")
    }
    let series = [
      ChartSeries(
        name: clean(response.administration, for: document),
        values: score.factors.map(\.score), style: .series(0))
    ]
    let rings = questionnaire.scoring.thresholdRings(phrases)
    // A radar of two axes is a line: bars below three factors.
    let bars = labels.count < 3
    let chart =
      bars
      ? BarChart(
        labels: labels, series: series, rings: rings, format: { phrases.decimal($0) },
        colon: { phrases.colon($0) }
      )
      .svg()
      : RadarChart(labels: labels, series: series, rings: rings).svg()
    // Named after the response it draws, as the page is: "Title — Niger Customs, round 2024".
    // Each name isolated in the chart's composed lines (``SVGText/isolated(_:)``).
    let subject = phrases.roundOf(
      SVGText.isolated(clean(response.administration, for: document)),
      SVGText.isolated(clean(response.round, for: document)))
    let title = SVGText.isolated(title(for: document))
    return ChartFigure(
      name: bars ? "bars" : "radar", title: "\(title) — \(subject)", heading: [title, subject],
      svg: chart)
  }
}
