import ArushaCore
import ArushaText

/// The charts of the compare HTML page, built once for the page and for `--charts DIR`.
///
/// A chart draws every group up to ``SeriesStyle/count`` (each with a style of its own),
/// beside the peer median; beyond that it draws the first ones and a note under it names every
/// group it leaves out and where their scores are (issue 23).
struct CompareCharts {
  /// The latest rounds against the peer median (`radar`, `bars` below three factors); nil
  /// without peers.
  var peers: ChartFigure?
  /// One chart of the changes per administration (`changes-1`, `changes-2`, …).
  var changes: [ChartFigure]
  /// The overall score over the rounds (`history`); nil when no administration has two rounds.
  var history: ChartFigure?
  /// The same per factor (`history-1`, … in factor order).
  var historyByFactor: [ChartFigure]
  /// The note under the history charts that names the administrations they leave out.
  var historyLeftOut: ChartFigure.Note?
}

extension CompareReport {
  /// The page's charts; `inPage` says where the notes stand (the page, or files of their own).
  func charts(inPage: Bool) -> CompareCharts {
    let history = historyFigures(inPage: inPage)
    return CompareCharts(
      peers: comparison.peers.groups == 0 ? nil : peersFigure(inPage: inPage),
      changes: changesFigures(), history: history.overall, historyByFactor: history.byFactor,
      historyLeftOut: history.leftOut)
  }

  /// Every chart of the HTML page as a standalone SVG file (`--charts DIR`, issue 23), in page
  /// order: `radar.svg` (`bars.svg` below three factors; none without peers), `changes-N.svg`
  /// for the N-th change (1-based, in the order of the changes table), `history.svg` and
  /// `history-N.svg` for the N-th factor (1-based, in questionnaire order), when some
  /// administration has two rounds.
  ///
  /// Each file is a whole SVG document with its heading, legend and notes; text from files is
  /// escaped as in the page's charts.
  ///
  /// - Returns: The files, named after their charts.
  public func chartFiles() -> [ChartFile] {
    let charts = charts(inPage: false)
    let figures =
      (charts.peers.map { [$0] } ?? []) + charts.changes + (charts.history.map { [$0] } ?? [])
      + charts.historyByFactor
    return figures.map { ChartFile(name: $0.name + ".svg", svg: $0.standalone()) }
  }

  /// The first peer groups, as many as have a style, and the peer median: a radar from three
  /// factors, bars below.
  func peersFigure(inPage: Bool) -> ChartFigure {
    let settings = questionnaire.scoring
    let groups = comparison.groups.filter { $0.position != nil }
    let shown = groups.prefix(SeriesStyle.count)
    var series = shown.enumerated().map { index, group in
      ChartSeries(
        name: chartName(group), values: group.scores, style: .series(index))
    }
    series.append(
      ChartSeries(
        name: phrases.peerMedian, values: comparison.peers.scores.map(\.median), style: .median,
        filled: false))
    // The legend as HTML: each name from a file in its own `<bdi>`.
    let legend =
      zip(shown, series).map { group, item in
        ChartFigure.Entry(
          style: item.style,
          html: phrases.roundOf(isolated(group.administration), isolated(group.round)),
          text: item.name)
      }
      + [
        ChartFigure.Entry(
          style: .median, html: ArushaReports.html(phrases.peerMedian), text: phrases.peerMedian)
      ]
    let labels = factors.indices.map { factorTitle(factors[$0], for: .document) }
    let bars = factors.count < 3
    let chart =
      bars
      ? BarChart(
        labels: labels, series: series, rings: settings.thresholdRings(phrases),
        format: { phrases.decimal($0) }, colon: { phrases.colon($0) }
      ).svg()
      : RadarChart(labels: labels, series: series, rings: settings.thresholdRings(phrases)).svg()
    let leftOut = groups.dropFirst(shown.count)
    let notes =
      leftOut.isEmpty
      ? []
      : [
        ChartFigure.Note(
          html: phrases.chartLeavesOut(
            drawn: shown.count, of: groups.count,
            names: leftOut.map { phrases.roundOf(isolated($0.administration), isolated($0.round)) },
            inPage: inPage),
          text: phrases.chartLeavesOut(
            drawn: shown.count, of: groups.count,
            names: leftOut.map(chartName), inPage: inPage))
      ]
    let peers = comparison.peers
    let over = phrases.peersOver(
      round: peers.round.map(chartText), groups: peers.groups)
    return ChartFigure(
      name: bars ? "bars" : "radar", title: phrases.latestAgainstPeers,
      heading: [phrases.latestAgainstPeers, "\(phrases.colon(phrases.peers)) \(over)"], svg: chart,
      legend: legend, notes: notes)
  }

  /// Deltas per factor, one small chart per administration, on a scale shared by every chart.
  func changesFigures() -> [ChartFigure] {
    let largest =
      comparison.changes.flatMap { [$0.overall] + $0.scores }.compactMap(\.delta)
      .map(abs).max() ?? 0
    let needed = max(largest, questionnaire.scoring.change * 2, 1)
    // A round scale: 5, 10, 20, 25, 50 or 100 points either side.
    let scale = [5.0, 10, 20, 25, 50, 100].first { $0 >= needed - 1e-9 } ?? needed
    let heading =
      "\(phrases.changes) (\(phrases.changesSince(baseline: comparison.options.baseline.map(chartText))))"
    let direction = phrases.directionNote(
      phrases.decimal(questionnaire.scoring.change, digits: 0))
    return comparison.changes.enumerated().map { index, change in
      ChartFigure(
        name: "changes-\(index + 1)",
        title: phrases.changesOf(
          chartText(change.administration), from: chartText(change.from),
          to: chartText(change.to)),
        heading: [heading], svg: changeChart(change, scale: scale),
        notes: [ChartFigure.Note(html: ArushaReports.html(direction), text: direction)])
    }
  }

  /// Text from a file for a chart's composed lines (``SVGText/isolated(_:)``).
  func chartText(_ text: String) -> String {
    SVGText.isolated(clean(text, for: .document))
  }

  /// "Niger Customs, round 2024" for a chart, each name isolated.
  func chartName(_ group: Comparison.Group) -> String {
    phrases.roundOf(chartText(group.administration), chartText(group.round))
  }

  /// A bar left (down) or right (up) of a 0 line per score, its value at its end.
  private func changeChart(_ change: Comparison.Change, scale: Double) -> String {
    let fontSize = 11.0
    let labelWidth = 150.0
    let plotLeft = labelWidth + 50
    let half = 95.0
    let zero = plotLeft + half
    let width = zero + half + 50
    let heading =
      "\(chartText(change.administration)) · \(chartText(change.from)) → \(chartText(change.to))"
    let titleLines = SVGText.lines(heading, width: width - 8, fontSize: 12)
    let top = SVGText.height(titleLines.count, fontSize: 12) + 10
    let names = [phrases.overall] + factors.map { factorTitle($0, for: .document) }
    let labels = names.map { SVGText.lines($0, width: labelWidth, fontSize: fontSize) }
    let heights = labels.map { max(SVGText.height($0.count, fontSize: fontSize), 14) + 8 }
    let plotHeight = heights.reduce(0, +)
    let height = top + plotHeight + 22
    func x(_ value: Double) -> Double { zero + half * min(max(value / scale, -1), 1) }
    var parts: [String] = []
    parts.append(
      "<svg class=\"changes\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">"
    )
    parts.append(
      SVGText.element(
        titleLines, x: 4, y: 13, fontSize: 12, attributes: "font-weight=\"600\" fill=\"#1f2328\""))
    for tick in [-scale, -scale / 2, 0, scale / 2, scale] {
      parts.append(
        "<line x1=\"\(fixed(x(tick), digits: 1))\" y1=\"\(fixed(top, digits: 1))\" x2=\"\(fixed(x(tick), digits: 1))\" y2=\"\(fixed(top + plotHeight + 3, digits: 1))\" stroke=\"\(tick == 0 ? "#1f2328" : "#d0d7de")\"\(tick == 0 ? " stroke-width=\"1.5\"" : "")/>"
      )
      parts.append(
        SVGText.element(
          [tickLabel(tick)], x: x(tick), y: top + plotHeight + 15, fontSize: 10,
          anchor: "middle",
          attributes: "fill=\"#59636e\""))
    }
    var y = top
    for (row, delta) in ([change.overall] + change.scores).enumerated() {
      let rowHeight = heights[row]
      let block = SVGText.height(labels[row].count, fontSize: fontSize)
      parts.append(
        SVGText.element(
          labels[row], x: labelWidth, y: y + (rowHeight - block) / 2 + fontSize * 0.9,
          fontSize: fontSize, anchor: "end",
          attributes: row == 0 ? "font-weight=\"600\" fill=\"#1f2328\"" : "fill=\"#1f2328\""))
      let middle = y + rowHeight / 2
      if let value = delta.delta {
        let end = x(value)
        let colour =
          delta.direction == .up ? "#1a7f37" : delta.direction == .down ? "#b42318" : "#8c959f"
        parts.append(
          "<rect x=\"\(fixed(min(end, zero), digits: 1))\" y=\"\(fixed(middle - 6, digits: 1))\" width=\"\(fixed(max(abs(end - zero), 1), digits: 1))\" height=\"12\" fill=\"\(colour)\"><title>\(ArushaReports.html("\(chartText(change.administration)), \(phrases.colon(SVGText.isolated(names[row]))) \(signed(value))"))</title></rect>"
        )
        let text = "\(arrow(delta.direction)) \(signed(value))"
        let right = value >= 0
        parts.append(
          SVGText.element(
            [text], x: right ? max(end, zero) + 4 : min(end, zero) - 4, y: middle + 4,
            fontSize: 10, anchor: right ? "start" : "end",
            attributes: "fill=\"#1f2328\"", halo: true))
      } else {
        parts.append(
          SVGText.element(
            ["—"], x: zero + 4, y: middle + 4, fontSize: 10, attributes: "fill=\"#59636e\""))
      }
      y += rowHeight
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }

  /// A tick of the changes' scale: `+50`, `−12.5`, `0`.
  private func tickLabel(_ value: Double) -> String {
    let digits = value == value.rounded() ? 0 : 1
    let text = phrases.decimal(abs(value), digits: digits)
    return value > 0 ? "+" + text : value < 0 ? "−" + text : text
  }

  /// Each administration's overall score over all its rounds, with the peer median of each
  /// round, then the same per factor in small multiples; nil when no administration has two
  /// rounds.
  func historyFigures(inPage: Bool) -> (
    overall: ChartFigure?, byFactor: [ChartFigure], leftOut: ChartFigure.Note?
  ) {
    let history = comparison.history
    guard history.contains(where: { $0.rounds.count >= 2 }) else { return (nil, [], nil) }
    let medians = comparison.medianByRound
    let rounds = medians.map(\.round)
    let shown = Array(history.prefix(SeriesStyle.count))
    // Each administration's values placed on the rounds of the whole comparison.
    func aligned(_ series: Comparison.History, _ values: [Double?]) -> [Double?] {
      rounds.map { round in
        series.rounds.firstIndex { $0.utf8.elementsEqual(round.utf8) }.flatMap { values[$0] }
      }
    }
    func lines(_ pick: (Comparison.History) -> [Double?], median: [Double?]) -> [ChartSeries] {
      shown.enumerated().map { index, series in
        ChartSeries(
          name: chartText(series.administration), values: aligned(series, pick(series)),
          style: .series(index))
      } + [ChartSeries(name: phrases.peerMedian, values: median, style: .median)]
    }
    let overall = lines({ $0.overall }, median: medians.map(\.overall))
    // Plans' factor targets (issue 27, `--plans`): none otherwise.
    let marks = targetMarks(shown: shown, rounds: rounds)
    let legend =
      zip(shown, overall).map { series, item in
        ChartFigure.Entry(style: item.style, html: isolated(series.administration), text: item.name)
      }
      + [
        ChartFigure.Entry(
          style: .median, html: ArushaReports.html(phrases.peerMedianByRound),
          text: phrases.peerMedianByRound)
      ]
      + (marks.allSatisfy(\.isEmpty)
        ? []
        : [
          ChartFigure.Entry(
            style: LineChart.markStyle, html: ArushaReports.html(phrases.targetMarkLegend),
            text: phrases.targetMarkLegend)
        ])
    let leftOut = history.dropFirst(shown.count)
    let leftOutNote =
      leftOut.isEmpty
      ? nil
      : ChartFigure.Note(
        html: phrases.historyLeavesOut(
          drawn: shown.count, of: history.count, names: leftOut.map { isolated($0.administration) },
          inPage: inPage),
        text: phrases.historyLeavesOut(
          drawn: shown.count, of: history.count,
          names: leftOut.map { chartText($0.administration) }, inPage: inPage))
    let notes =
      (leftOutNote.map { [$0] } ?? [])
      + [
        ChartFigure.Note(
          html: ArushaReports.html(phrases.historyNote(inPage: inPage)),
          text: phrases.historyNote(inPage: inPage))
      ]
    let overallFigure = ChartFigure(
      name: "history", title: phrases.history, heading: [phrases.history],
      svg: LineChart(rounds: rounds, series: overall, format: { phrases.decimal($0) }).svg(),
      legend: legend, notes: notes)
    // Each factor's chart is titled with its factor, in its file as on the page (issue 23: every
    // `history-N.svg` was titled as the overall history).
    let byFactor = factors.indices.map { factor in
      let title = SVGText.isolated(factorTitle(factors[factor], for: .document))
      return ChartFigure(
        name: "history-\(factor + 1)", title: phrases.historyOf(factor: title),
        heading: [phrases.historyOf(factor: title)],
        svg: LineChart(
          title: title, rounds: rounds,
          series: lines(
            { factor < $0.scores.count ? $0.scores[factor] : [] },
            median: medians.map { factor < $0.scores.count ? $0.scores[factor] : nil }),
          format: nil, width: 300, plotHeight: 120, fontSize: 11, marks: marks[factor]
        ).svg(), legend: legend, notes: notes)
    }
    return (overallFigure, byFactor, leftOutNote)
  }
}
