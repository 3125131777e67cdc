import ArushaCore
import ArushaText

extension CompareReport {
  /// The terminal report, readable at 100 columns.
  ///
  /// The matrix of factors × groups coloured by level, the changes with arrows and deltas,
  /// the peer statistics, then each group's strengths and areas for improvement. Columns that
  /// do not fit `width` go to further matrices below; names too long for a column are numbered
  /// (`#1`…) under a legend with each whole name, never cut. Text from files
  /// is printable on a terminal: no control or bidirectional format character.
  ///
  /// - Parameters:
  ///   - style: Colour or not.
  ///   - width: The terminal's width in columns.
  /// - Returns: The report's lines.
  public func table(style: TextStyle, width: Int = 100) -> String {
    let width = max(width, 50)
    let options = comparison.options
    let settings = questionnaire.scoring
    let terminal = PrintableText.Destination.terminal
    var lines: [String] = []
    lines.append(
      style.apply(.bold, truncate("\(phrases.comparison) — \(title(for: terminal))", to: width)))
    let administrations = Set(comparison.groups.map(\.administration)).count
    let version =
      "\(clean(questionnaire.id, for: terminal)) \(clean(questionnaire.version, for: terminal))"
    lines.append(
      truncate(
        "\(phrases.groupsCount(comparison.groups.count, administrations: administrations)) · \(version)",
        to: width))
    if options.anonymize { lines += wrapText(phrases.anonymizedNote, width: width) }
    lines.append("")

    // Scores.
    lines.append(style.apply(.bold, phrases.scores))
    var rows: [TextMatrix.Row] = [
      TextMatrix.Row(
        label: phrases.respondents,
        cells: comparison.groups.map { TextMatrix.Cell(String($0.respondents)) })
    ]
    if showsCopies {
      rows.append(
        TextMatrix.Row(
          label: phrases.copiesHeader,
          cells: comparison.groups.map { TextMatrix.Cell(String($0.copiesLeftOut)) }))
    }
    if showsSigned {
      rows.append(
        TextMatrix.Row(
          label: phrases.signedCount,
          cells: comparison.groups.map { TextMatrix.Cell(String($0.signed ?? 0)) }))
      rows.append(
        TextMatrix.Row(
          label: phrases.signersHeader,
          cells: comparison.groups.map {
            TextMatrix.Cell(
              clean(signers($0).joined(separator: phrases.listSeparator), for: terminal))
          }))
    }
    if showsMapping {
      rows.append(
        TextMatrix.Row(
          label: phrases.coverage,
          cells: comparison.groups.map {
            TextMatrix.Cell($0.suppressed ? "—" : phrases.percent($0.coverage))
          }))
    }
    if showsUnsupported {
      rows.append(
        TextMatrix.Row(
          label: phrases.unsupportedCount,
          cells: comparison.groups.map {
            TextMatrix.Cell($0.suppressed ? "—" : String($0.unsupported))
          }))
    }
    rows += [
      TextMatrix.Row(
        label: phrases.overall, bold: true,
        cells: comparison.groups.map { scoreCell($0.suppressed ? nil : $0.overall, $0) })
    ]
    for (index, factor) in factors.enumerated() {
      rows.append(
        TextMatrix.Row(
          label: factorTitle(factor, for: terminal),
          cells: comparison.groups.map { group in
            guard !group.suppressed else { return TextMatrix.Cell("—") }
            let marker: String
            switch group.position?[index] {
            case .above?: marker = "▲"
            case .below?: marker = "▼"
            default: marker = " "
            }
            return scoreCell(group.scores[index], group, marker: marker)
          }))
    }
    lines += TextMatrix(
      columns: comparison.groups.map {
        (clean($0.administration, for: terminal), roundLabel($0, for: terminal))
      }, rows: rows,
      labelWidth: min(labelWidth, 30),
      legend: comparison.groups.map { groupName($0, for: terminal) }
    ).render(width: width, style: style)
    lines += wrapText(
      phrases.positionNote(phrases.decimal(options.margin, digits: 0)), width: width)
    if !suppressedGroups.isEmpty {
      lines.append(phrases.suppressedNote(options.minimumRespondents))
    }
    if let note = mappedNote(for: terminal) { lines += wrapText(note, width: width) }
    if showsCopies { lines += wrapText(phrases.copiesNote, width: width) }
    if showsSigned { lines += wrapText(phrases.signedNote, width: width) }
    lines.append("")

    // Changes.
    lines.append(
      style.apply(.bold, "\(phrases.changes) (\(phrases.changesSince(baseline: options.baseline)))")
    )
    if comparison.changes.isEmpty {
      lines.append(phrases.noChanges)
    } else {
      func deltaCell(_ delta: Comparison.Delta) -> TextMatrix.Cell {
        guard delta.delta != nil else { return TextMatrix.Cell("—") }
        let tone: TextStyle.Tone? =
          delta.direction == .up ? .green : delta.direction == .down ? .red : nil
        return TextMatrix.Cell("\(arrow(delta.direction)) \(signed(delta.delta))", tone: tone)
      }
      var changeRows = [
        TextMatrix.Row(
          label: phrases.overall, bold: true,
          cells: comparison.changes.map { deltaCell($0.overall) })
      ]
      for (index, factor) in factors.enumerated() {
        changeRows.append(
          TextMatrix.Row(
            label: factorTitle(factor, for: terminal),
            cells: comparison.changes.map { deltaCell($0.scores[index]) }))
      }
      lines += TextMatrix(
        columns: comparison.changes.map {
          (clean($0.administration, for: terminal), changeLabel($0, for: terminal))
        }, rows: changeRows, labelWidth: min(labelWidth, 30), mark: "Δ",
        legend: comparison.changes.map {
          "\(clean($0.administration, for: terminal)) · \(changeLabel($0, for: terminal))"
        }
      ).render(width: width, style: style)
      lines += wrapText(
        phrases.directionNote(phrases.decimal(settings.change, digits: 0)), width: width)
    }
    lines.append("")

    // History: every round of each administration.
    let history = comparison.history
    if !history.isEmpty {
      lines.append(style.apply(.bold, phrases.history))
      let medians = comparison.medianByRound
      for (name, line) in history.map({
        (clean($0.administration, for: terminal), trend($0.rounds, $0.overall, for: terminal))
      }) + [
        (
          phrases.peerMedianByRound,
          trend(medians.map(\.round), medians.map(\.overall), for: terminal)
        )
      ] {
        lines += wrapText("\(phrases.colon(name)) \(line)", width: width - 2, indent: "  ")
          .map { "  " + $0 }
      }
      lines.append("")
    }

    // Peers.
    let peers = comparison.peers
    lines.append(
      style.apply(
        .bold,
        "\(phrases.colon(phrases.peers)) \(phrases.peersOver(round: peers.round.map { clean($0, for: terminal) }, groups: peers.groups))"
      ))
    if peers.groups == 0 {
      lines.append(phrases.noPeers)
    } else {
      let nameWidth = max(12, min(labelWidth, width - 44))
      let header = [
        phrases.factor, phrases.count, phrases.mean, phrases.median, phrases.minimum,
        phrases.maximum,
      ]
      func row(_ label: String, _ value: Comparison.Statistics) -> [String] {
        [truncate(label, to: nameWidth), String(value.n)]
          + [value.mean, value.median, value.min, value.max].map { phrases.decimal($0) }
      }
      let table = TextTable(
        header: header,
        rows: [row(phrases.overall, peers.overall)]
          + zip(factors, peers.scores).map { row(factorTitle($0.0, for: terminal), $0.1) },
        rightAligned: [1, 2, 3, 4, 5])
      lines += table.render(style: style).split(separator: "\n").map(String.init)
    }
    lines.append("")

    // Strengths and areas for improvement.
    lines.append(style.apply(.bold, phrases.strengthsAndImprovements))
    for group in shownGroups {
      lines.append(truncate(groupName(group, for: terminal), to: width))
      let names = { (ids: [String]) in
        ids.isEmpty
          ? self.phrases.none
          : ids.map { self.factorTitle(id: $0, for: terminal) }.joined(
            separator: self.phrases.listSeparator)
      }
      for (label, ids) in [
        (phrases.strengths(count: group.strengths.count), group.strengths),
        (phrases.improvements(count: group.improvements.count), group.improvements),
      ] {
        lines += wrapText("\(phrases.colon(label)) \(names(ids))", width: width - 2, indent: "  ")
          .map { "  " + $0 }
      }
    }
    if shownGroups.isEmpty { lines.append(phrases.none) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The widest factor label, for the first column.
  private var labelWidth: Int {
    ([phrases.respondents, phrases.overall] + factors.map { factorTitle($0, for: .terminal) })
      .map(\.count).max() ?? 12
  }

  private func scoreCell(_ score: Double?, _ group: Comparison.Group, marker: String = " ")
    -> TextMatrix.Cell
  {
    guard !group.suppressed else { return TextMatrix.Cell("—") }
    guard let score else { return TextMatrix.Cell("·" + marker) }
    return TextMatrix.Cell(
      phrases.decimal(score) + marker, tone: levelTone(score).map(TextStyle.Tone.level))
  }
}
