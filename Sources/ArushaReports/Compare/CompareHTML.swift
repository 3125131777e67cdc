import ArushaCore
import ArushaText

extension CompareReport {
  /// One self-contained page: a heatmap of every group's scores, a radar chart of the latest
  /// rounds against the peer median (bars below three factors), a chart and a table of the
  /// changes, the history of every round (overall and per factor, with the peer median of each
  /// round), the peer statistics, and each group's strengths and areas for improvement.
  ///
  /// Chart labels are whole, wrapped on several lines; every series has its own colour, dash
  /// and marker, shown again in the legend.
  ///
  /// Text from the questionnaire or the responses is escaped and, in element content, isolated
  /// in `<bdi>`; in attribute values, the page title and the charts it is escaped only (cli.md).
  public func html() -> String {
    let options = comparison.options
    var body: [String] = []
    body.append("<h1>\(esc(phrases.comparison)) — \(bdi(title(for: .document)))</h1>")
    let administrations = Set(comparison.groups.map(\.administration)).count
    body.append(
      "<p class=\"subtitle\">\(esc(phrases.groupsCount(comparison.groups.count, administrations: administrations))) · \(bdi(questionnaire.id)) \(bdi(questionnaire.version))</p>"
    )
    if options.anonymize { body.append("<p class=\"note\">\(esc(phrases.anonymizedNote))</p>") }

    body.append("<h2>\(esc(phrases.scoresByGroup))</h2>")
    body.append(heatmap())
    let numbers = factors.indices.map {
      "\(esc(factorNumber($0))) = \(bdi(localized(factors[$0].title, for: .document)))"
    }
    body.append("<p class=\"note\">\(numbers.joined(separator: " · "))</p>")
    body.append(
      "<p class=\"note\">\(esc(phrases.positionNote(phrases.decimal(options.margin, digits: 0))))</p>"
    )
    if let note = mappedNote(for: .document) { body.append("<p class=\"note\">\(esc(note))</p>") }
    if showsCopies { body.append("<p class=\"note\">\(esc(phrases.copiesNote))</p>") }
    if showsSigned { body.append("<p class=\"note\">\(esc(phrases.signedNote))</p>") }

    let peers = comparison.peers
    // The phrase around the round is arusha's own, with nothing to escape.
    let peersOver = phrases.peersOver(round: peers.round.map(bdi), groups: peers.groups)
    body.append(
      "<h2>\(esc(phrases.latestAgainstPeers))</h2><p class=\"subtitle\">\(esc(phrases.colon(phrases.peers))) \(peersOver)</p>"
    )
    if peers.groups == 0 {
      body.append("<p>\(esc(phrases.noPeers))</p>")
    } else {
      body.append(radar())
    }

    body.append(
      "<h2>\(esc(phrases.changes)) (\(esc(phrases.changesSince(baseline: options.baseline))))</h2>")
    if comparison.changes.isEmpty {
      body.append("<p>\(esc(phrases.noChanges))</p>")
    } else {
      body.append(changesChart())
      body.append(changesTable())
      body.append(
        "<p class=\"note\">\(esc(phrases.directionNote(phrases.decimal(questionnaire.scoring.change, digits: 0))))</p>"
      )
    }

    body.append("<h2>\(esc(phrases.history))</h2>")
    body.append(historyCharts())

    if peers.groups > 0 {
      body.append("<h2>\(esc(phrases.peers))</h2>")
      body.append(peersTable())
    }

    body.append("<h2>\(esc(phrases.strengthsAndImprovements))</h2>")
    body.append(findingsTable())
    body.append("<p class=\"note\">\(esc(phrases.compareNote))</p>")
    return htmlPage(
      title: "\(phrases.comparison) — \(title(for: .document))", language: language,
      body: body.joined(separator: "\n"))
  }

  private func esc(_ text: String) -> String { ArushaReports.html(text) }

  /// ``Phrases/mappedMark`` after a round scored through a map, explained on hover.
  private func mark(_ mapped: Bool) -> String {
    guard mapped, let note = mappedNote(for: .document) else { return "" }
    return "&nbsp;<abbr class=\"mapped\" title=\"\(esc(note))\">\(esc(phrases.mappedMark))</abbr>"
  }

  /// A pale background from red (0) through yellow (50) to green (100), on one line.
  private func heat(_ score: Double?) -> String {
    let compact = "white-space: nowrap; padding: .25rem .3rem"
    guard let score, score.isFinite else { return " style=\"\(compact)\"" }
    let hue = Int((min(max(score, 0), 100) * 1.2).rounded())
    return " style=\"background: hsl(\(hue), 70%, 84%); \(compact)\""
  }

  private func heatmap() -> String {
    var rows: [String] = []
    var header = "<tr><th>\(esc(phrases.administration))</th><th>\(esc(phrases.round))</th>"
    header +=
      "<th class=\"num\" title=\"\(esc(phrases.respondents))\">\(esc(phrases.count))</th>"
      + (showsCopies ? "<th class=\"num\">\(esc(phrases.copiesHeader))</th>" : "")
      + (showsSigned
        ? "<th class=\"num\">\(esc(phrases.signedCount))</th><th>\(esc(phrases.signersHeader))</th>"
        : "")
      + (showsMapping ? "<th class=\"num\">\(esc(phrases.coverage))</th>" : "")
      + (showsUnsupported ? "<th class=\"num\">\(esc(phrases.unsupportedCount))</th>" : "")
      + "<th class=\"num\">\(esc(phrases.overall))</th>"
    for (index, factor) in factors.enumerated() {
      header +=
        "<th class=\"num\" title=\"\(esc(factorTitle(factor, for: .document)))\">\(esc(factorNumber(index)))</th>"
    }
    header += "</tr>"
    for group in comparison.groups {
      var row =
        "<tr><td>\(bdi(group.administration))</td><td>\(bdi(group.round))\(mark(group.isMapped))</td><td class=\"num\">\(group.respondents)</td>"
        + (showsCopies ? "<td class=\"num\">\(group.copiesLeftOut)</td>" : "")
        + (showsSigned
          ? "<td class=\"num\">\(group.signed ?? 0)</td><td>\(signers(group).map(bdi).joined(separator: phrases.listSeparator))</td>"
          : "")
        + (showsMapping
          ? "<td class=\"num\">\(esc(group.suppressed ? "—" : phrases.percent(group.coverage)))</td>"
          : "")
        + (showsUnsupported
          ? "<td class=\"num\">\(group.suppressed ? "—" : String(group.unsupported))</td>" : "")
      if group.suppressed {
        row +=
          "<td class=\"note\" colspan=\"\(factors.count + 1)\">\(esc(phrases.suppressedNote(comparison.options.minimumRespondents)))</td>"
      } else {
        row +=
          "<td class=\"num\"\(heat(group.overall)) title=\"\(esc(levelLabel(group.overall, for: .document)))\"><strong>\(phrases.decimal(group.overall))</strong></td>"
        for (index, score) in group.scores.enumerated() {
          var marker = ""
          var tip = factorTitle(factors[index], for: .document)
          let level = levelLabel(score, for: .document)
          if !level.isEmpty { tip += " — " + level }
          if let position = group.position?[index] {
            tip += " — " + phrases.positionWord(position)
            marker = position == .above ? "&nbsp;▲" : position == .below ? "&nbsp;▼" : ""
          }
          row +=
            "<td class=\"num\"\(heat(score)) title=\"\(esc(tip))\">\(phrases.decimal(score))\(marker)</td>"
        }
      }
      rows.append(row + "</tr>")
    }
    return "<div class=\"wide\"><table class=\"compact\"><thead>\(header)</thead><tbody>\n"
      + rows.joined(separator: "\n") + "\n</tbody></table></div>"
  }

  /// The most groups drawn on the radar (or bars) beside the peer median.
  private static let chartedGroups = 5

  /// The first five peer groups and the peer median: a radar from three factors, bars below.
  private func radar() -> String {
    let settings = questionnaire.scoring
    let shown = comparison.groups.filter { $0.position != nil }.prefix(Self.chartedGroups)
    var series = shown.enumerated().map { index, group in
      ChartSeries(
        name: groupName(group, for: .document), values: group.scores,
        style: .series(index))
    }
    series.append(
      ChartSeries(
        name: phrases.peerMedian, values: comparison.peers.scores.map(\.median), style: .median,
        filled: false))
    // The legend is HTML: each name from a file in its own `<bdi>`.
    let names =
      shown.map { phrases.roundOf(bdi($0.administration), bdi($0.round)) }
      + [esc(phrases.peerMedian)]
    let labels = factors.indices.map { factorTitle(factors[$0], for: .document) }
    let chart =
      factors.count < 3
      ? BarChart(
        labels: labels, series: series, rings: settings.thresholdRings(phrases),
        format: { phrases.decimal($0) }
      ).svg()
      : RadarChart(labels: labels, series: series, rings: settings.thresholdRings(phrases)).svg()
    return "<div class=\"chart\">\(chart)</div>\n"
      + ChartLegend.html(series.map(\.style), names: names)
  }

  /// Deltas per factor, one small chart per administration: a bar left (down) or right (up)
  /// of a 0 line, its value at its end, and a scale shared by every chart.
  private func changesChart() -> String {
    let largest =
      comparison.changes.flatMap { [$0.overall] + $0.scores }.compactMap(\.delta)
      .map(abs).max() ?? 0
    let needed = max(largest, questionnaire.scoring.change * 2, 1)
    // A round scale: 5, 10, 20, 25, 50 or 100 points either side.
    let scale = [5.0, 10, 20, 25, 50, 100].first { $0 >= needed - 1e-9 } ?? needed
    let charts = comparison.changes.map { changeChart($0, scale: scale) }
    return "<div class=\"multiples\">" + charts.joined(separator: "\n") + "</div>"
  }

  private func changeChart(_ change: Comparison.Change, scale: Double) -> String {
    let fontSize = 11.0
    let labelWidth = 150.0
    let plotLeft = labelWidth + 50
    let half = 95.0
    let zero = plotLeft + half
    let width = zero + half + 50
    let heading =
      "\(clean(change.administration, for: .document)) \(clean(change.from, for: .document)) → \(clean(change.to, for: .document))"
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
          "<rect x=\"\(fixed(min(end, zero), digits: 1))\" y=\"\(fixed(middle - 6, digits: 1))\" width=\"\(fixed(max(abs(end - zero), 1), digits: 1))\" height=\"12\" fill=\"\(colour)\"><title>\(esc("\(clean(change.administration, for: .document)), \(names[row]): \(signed(value))"))</title></rect>"
        )
        let text = "\(arrow(delta.direction)) \(signed(value))"
        let right = value >= 0
        parts.append(
          SVGText.element(
            [text], x: right ? max(end, zero) + 4 : min(end, zero) - 4, y: middle + 4,
            fontSize: 10, anchor: right ? "start" : "end",
            attributes: "fill=\"#1f2328\" \(SVGText.halo)"))
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
  /// round, then the same per factor in small multiples; a sentence when no administration
  /// has two rounds.
  private func historyCharts() -> String {
    let history = comparison.history
    guard history.contains(where: { $0.rounds.count >= 2 }) else {
      return "<p>\(esc(phrases.noHistory))</p>"
    }
    let medians = comparison.medianByRound
    let rounds = medians.map(\.round)
    let shown = Array(history.prefix(Self.historyLines))
    // Each administration's values placed on the rounds of the whole comparison.
    func aligned(_ series: Comparison.History, _ values: [Double?]) -> [Double?] {
      rounds.map { round in
        series.rounds.firstIndex { $0.utf8.elementsEqual(round.utf8) }.flatMap { values[$0] }
      }
    }
    func lines(_ pick: (Comparison.History) -> [Double?], median: [Double?]) -> [ChartSeries] {
      shown.enumerated().map { index, series in
        ChartSeries(
          name: clean(series.administration, for: .document), values: aligned(series, pick(series)),
          style: .series(index))
      } + [ChartSeries(name: phrases.peerMedian, values: median, style: .median)]
    }
    let overall = lines({ $0.overall }, median: medians.map(\.overall))
    let names = shown.map { bdi($0.administration) } + [esc(phrases.peerMedianByRound)]
    var out: [String] = []
    out.append(
      "<div class=\"chart\">"
        + LineChart(rounds: rounds, series: overall, format: { phrases.decimal($0) }).svg()
        + "</div>")
    out.append(ChartLegend.html(overall.map(\.style), names: names))
    if history.count > shown.count {
      out.append(
        "<p class=\"note\">\(esc(phrases.historyFirst(shown.count, of: history.count)))</p>")
    }
    out.append("<h3>\(esc(phrases.historyByFactor))</h3>")
    let multiples = factors.indices.map { factor in
      LineChart(
        title: factorTitle(factors[factor], for: .document), rounds: rounds,
        series: lines(
          { factor < $0.scores.count ? $0.scores[factor] : [] },
          median: medians.map { factor < $0.scores.count ? $0.scores[factor] : nil }),
        format: nil, width: 300, plotHeight: 120, fontSize: 11
      ).svg()
    }
    out.append("<div class=\"multiples\">" + multiples.joined(separator: "\n") + "</div>")
    out.append(ChartLegend.html(overall.map(\.style), names: names))
    out.append("<p class=\"note\">\(esc(phrases.historyNote))</p>")
    return out.joined(separator: "\n")
  }

  /// The most administrations drawn on the history charts.
  private static let historyLines = 8

  private func changesTable() -> String {
    var header =
      "<tr><th>\(esc(phrases.administration))</th><th>\(esc(phrases.from))</th><th>\(esc(phrases.to))</th><th class=\"num\">\(esc(phrases.overall))</th>"
    for (index, factor) in factors.enumerated() {
      header +=
        "<th class=\"num\" title=\"\(esc(factorTitle(factor, for: .document)))\">\(esc(factorNumber(index)))</th>"
    }
    header += "</tr>"
    let rows = comparison.changes.map { change in
      var row =
        "<tr><td>\(bdi(change.administration))</td><td>\(bdi(change.from))</td><td>\(bdi(change.to))\(mark(change.mapped))</td>"
      for delta in [change.overall] + change.scores {
        let tone =
          delta.direction == .up
          ? " class=\"num delta strength\""
          : delta.direction == .down ? " class=\"num delta improvement\"" : " class=\"num delta\""
        let text = delta.delta == nil ? "—" : "\(arrow(delta.direction)) \(signed(delta.delta))"
        row += "<td\(tone)>\(esc(text))</td>"
      }
      return row + "</tr>"
    }
    return "<div class=\"wide\"><table class=\"compact\"><thead>\(header)</thead><tbody>\n"
      + rows.joined(separator: "\n") + "\n</tbody></table></div>"
  }

  private func peersTable() -> String {
    let peers = comparison.peers
    var rows: [String] = []
    let header =
      "<tr><th>\(esc(phrases.factor))</th><th class=\"num\">\(esc(phrases.count))</th><th class=\"num\">\(esc(phrases.mean))</th><th class=\"num\">\(esc(phrases.median))</th><th class=\"num\">\(esc(phrases.minimum))</th><th class=\"num\">\(esc(phrases.maximum))</th></tr>"
    // Labels as HTML: arusha's word escaped, factor titles isolated too.
    for (label, value) in [(esc(phrases.overall), peers.overall)]
      + zip(factors.map { bdi(factorTitle($0, for: .document)) }, peers.scores)
    {
      let figures = [value.mean, value.median, value.min, value.max].map {
        "<td class=\"num\">\(phrases.decimal($0))</td>"
      }
      rows.append(
        "<tr><td>\(label)</td><td class=\"num\">\(value.n)</td>\(figures.joined())</tr>")
    }
    return "<table><thead>\(header)</thead><tbody>\n" + rows.joined(separator: "\n")
      + "\n</tbody></table>"
  }

  private func findingsTable() -> String {
    let header =
      "<tr><th>\(esc(phrases.administration))</th><th>\(esc(phrases.round))</th><th>\(esc(phrases.strengths))</th><th>\(esc(phrases.improvements))</th></tr>"
    let names = { (ids: [String]) in
      ids.map { bdi(self.factorTitle(id: $0, for: .document)) }.joined(separator: ", ")
    }
    let cell = { (ids: [String], tone: String) in
      ids.isEmpty
        ? "<td class=\"note\">\(self.esc(self.phrases.none))</td>"
        : "<td class=\"\(tone)\">\(names(ids))</td>"
    }
    let rows = shownGroups.map { group in
      "<tr><td>\(bdi(group.administration))</td><td>\(bdi(group.round))</td>"
        + cell(group.strengths, "strength") + cell(group.improvements, "improvement") + "</tr>"
    }
    return "<table><thead>\(header)</thead><tbody>\n" + rows.joined(separator: "\n")
      + "\n</tbody></table>"
  }
}
