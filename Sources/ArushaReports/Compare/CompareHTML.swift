import ArushaCore
import ArushaText

extension CompareReport {
  /// One self-contained page: a heatmap of every group's scores, a radar chart of the latest
  /// rounds against the peer median, a chart and a table of the changes, the peer statistics,
  /// and each group's strengths and areas for improvement.
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
      body.append("<div class=\"chart\">\(changesChart())</div>")
      body.append(changesTable())
      body.append(
        "<p class=\"note\">\(esc(phrases.directionNote(phrases.decimal(questionnaire.scoring.change, digits: 0))))</p>"
      )
    }

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
      + (showsUnsupported ? "<th class=\"num\">\(esc(phrases.unsupportedCount))</th>" : "")
      + "<th class=\"num\">\(esc(phrases.overall))</th>"
    for (index, factor) in factors.enumerated() {
      header +=
        "<th class=\"num\" title=\"\(esc(factorTitle(factor, for: .document)))\">\(esc(factorNumber(index)))</th>"
    }
    header += "</tr>"
    for group in comparison.groups {
      var row =
        "<tr><td>\(bdi(group.administration))</td><td>\(bdi(group.round))</td><td class=\"num\">\(group.respondents)</td>"
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
    return "<table style=\"font-size: .8rem\"><thead>\(header)</thead><tbody>\n"
      + rows.joined(separator: "\n") + "\n</tbody></table>"
  }

  private static let palette = ["#0969da", "#bf3989", "#1a7f37", "#9a6700", "#8250df"]

  /// The first five peer groups and the peer median, on one radar.
  private func radar() -> String {
    let settings = questionnaire.scoring
    let shown = comparison.groups.filter { $0.position != nil }.prefix(Self.palette.count)
    var series = zip(shown, Self.palette).map { group, colour in
      RadarChart.Series(
        name: groupName(group, for: .document), values: group.scores, colour: colour)
    }
    // The legend is HTML: each name from a file in its own `<bdi>`.
    let names =
      shown.map { phrases.roundOf(bdi($0.administration), bdi($0.round)) }
      + [esc(phrases.peerMedian)]
    series.append(
      RadarChart.Series(
        name: phrases.peerMedian, values: comparison.peers.scores.map(\.median), colour: "#59636e",
        dashed: true))
    let chart = RadarChart(
      labels: factors.enumerated().map { index, factor in
        "\(factorNumber(index)). " + truncate(localized(factor.title, for: .document), to: 22)
      },
      series: series,
      rings: settings.thresholdRings(phrases))
    let legend = zip(series, names).map { item, name in
      let swatch =
        item.dashed
        ? "<span style=\"display: inline-block; width: 1.2em; border-top: 2px dashed \(item.colour); vertical-align: middle\"></span>"
        : "<span style=\"display: inline-block; width: .8em; height: .8em; background: \(item.colour)\"></span>"
      return "<li>\(swatch) \(name)</li>"
    }
    return "<div class=\"chart\">\(chart.svg())</div>\n<ul class=\"legend\">"
      + legend.joined() + "</ul>"
  }

  /// Deltas per factor per administration: a bar left (down) or right (up) of each cell's middle.
  private func changesChart() -> String {
    let labelWidth = 230.0
    let cellWidth = 64.0
    let rowHeight = 24.0
    let top = 28.0
    let columns = factors.count + 1
    let width = labelWidth + Double(columns) * cellWidth + 10
    let height = top + Double(comparison.changes.count) * rowHeight + 6
    let largest =
      comparison.changes.flatMap { [$0.overall] + $0.scores }.compactMap(\.delta)
      .map(abs).max() ?? 0
    let scale = max(largest, questionnaire.scoring.change * 2, 1)
    var parts: [String] = []
    parts.append(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" style=\"max-width: 100%; height: auto\" role=\"img\">"
    )
    let headings = [phrases.overall] + factors.indices.map(factorNumber)
    for (column, heading) in headings.enumerated() {
      let x = labelWidth + (Double(column) + 0.5) * cellWidth
      parts.append(
        "<text x=\"\(fixed(x, digits: 1))\" y=\"16\" font-size=\"12\" text-anchor=\"middle\" font-weight=\"600\">\(esc(truncate(heading, to: 9)))</text>"
      )
    }
    for (row, change) in comparison.changes.enumerated() {
      let y = top + Double(row) * rowHeight
      let administration = clean(change.administration, for: .document)
      let label = truncate(
        "\(administration) \(clean(change.from, for: .document)) → \(clean(change.to, for: .document))",
        to: 34)
      parts.append(
        "<text x=\"4\" y=\"\(fixed(y + 16, digits: 1))\" font-size=\"12\">\(esc(label))</text>")
      for (column, delta) in ([change.overall] + change.scores).enumerated() {
        let middle = labelWidth + (Double(column) + 0.5) * cellWidth
        parts.append(
          "<line x1=\"\(fixed(middle, digits: 1))\" y1=\"\(fixed(y + 2, digits: 1))\" x2=\"\(fixed(middle, digits: 1))\" y2=\"\(fixed(y + rowHeight - 2, digits: 1))\" stroke=\"#d0d7de\"/>"
        )
        guard let value = delta.delta else { continue }
        let length = (cellWidth / 2 - 4) * min(abs(value), scale) / scale
        let x = value < 0 ? middle - length : middle
        let colour =
          delta.direction == .up ? "#1a7f37" : delta.direction == .down ? "#b42318" : "#8c959f"
        let name = column == 0 ? phrases.overall : factorTitle(factors[column - 1], for: .document)
        parts.append(
          "<rect x=\"\(fixed(x, digits: 1))\" y=\"\(fixed(y + 5, digits: 1))\" width=\"\(fixed(max(length, 0.5), digits: 1))\" height=\"\(fixed(rowHeight - 10, digits: 1))\" fill=\"\(colour)\"><title>\(esc("\(administration), \(name): \(signed(value))"))</title></rect>"
        )
      }
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }

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
        "<tr><td>\(bdi(change.administration))</td><td>\(bdi(change.from))</td><td>\(bdi(change.to))</td>"
      for delta in [change.overall] + change.scores {
        let tone =
          delta.direction == .up
          ? " class=\"num strength\""
          : delta.direction == .down ? " class=\"num improvement\"" : " class=\"num\""
        let text = delta.delta == nil ? "—" : "\(arrow(delta.direction)) \(signed(delta.delta))"
        row += "<td\(tone)>\(esc(text))</td>"
      }
      return row + "</tr>"
    }
    return "<table><thead>\(header)</thead><tbody>\n" + rows.joined(separator: "\n")
      + "\n</tbody></table>"
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
