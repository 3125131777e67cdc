import ArushaCore
import ArushaText

extension CompareReport {
  /// One self-contained page: a heatmap of every group's scores, a radar chart of the latest
  /// rounds against the peer median (bars below three factors), a chart and a table of the
  /// changes, the history of every round (overall and per factor, with the peer median of each
  /// round), the peer statistics, and each group's strengths and areas for improvement.
  ///
  /// Chart labels are whole, wrapped on several lines; every series has its own colour, dash
  /// and marker, shown again in the legend. A chart draws every group up to 12; beyond, a note
  /// under it names the groups it leaves out (``CompareCharts``).
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
    let charts = charts(inPage: true)
    if let figure = charts.peers {
      body.append(figure.html())
    } else {
      body.append("<p>\(esc(phrases.noPeers))</p>")
    }

    body.append(
      "<h2>\(esc(phrases.changes)) (\(esc(phrases.changesSince(baseline: options.baseline))))</h2>")
    if comparison.changes.isEmpty {
      body.append("<p>\(esc(phrases.noChanges))</p>")
    } else {
      body.append(
        "<div class=\"multiples\">" + charts.changes.map(\.svg).joined(separator: "\n") + "</div>")
      body.append(changesTable())
      body.append(
        "<p class=\"note\">\(esc(phrases.directionNote(phrases.decimal(questionnaire.scoring.change, digits: 0))))</p>"
      )
    }

    body.append("<h2>\(esc(phrases.history))</h2>")
    body.append(historyCharts(charts))

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

  /// Each administration's overall score over all its rounds, with the peer median of each
  /// round, then the same per factor in small multiples; a sentence when no administration
  /// has two rounds.
  private func historyCharts(_ charts: CompareCharts) -> String {
    guard let overall = charts.history else { return "<p>\(esc(phrases.noHistory))</p>" }
    var out: [String] = ["<div class=\"chart\">\(overall.svg)</div>", overall.legendHTML()]
    if let note = charts.historyLeftOut { out.append("<p class=\"note\">\(note.html)</p>") }
    out.append("<h3>\(esc(phrases.historyByFactor))</h3>")
    out.append(
      "<div class=\"multiples\">" + charts.historyByFactor.map(\.svg).joined(separator: "\n")
        + "</div>")
    out.append(overall.legendHTML())
    out.append("<p class=\"note\">\(esc(phrases.historyNote))</p>")
    return out.joined(separator: "\n")
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
      ids.map { bdi(self.factorTitle(id: $0, for: .document)) }.joined(
        separator: self.phrases.listSeparator)
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
