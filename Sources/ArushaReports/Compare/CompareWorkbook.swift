import ArushaCore
import ArushaText

extension CompareReport {
  /// `arusha compare --format xlsx`: the scores matrix, the changes, the peers and the
  /// history, one sheet each, in the report's language.
  ///
  /// The figures are the JSON report's, unrounded, in numeric cells shown with one decimal;
  /// administrations, rounds and titles are inline strings, never formulas (``Workbook``).
  public func workbook() -> Workbook {
    Workbook(
      title: "\(phrases.comparison) — \(title(for: .document))",
      subject: phrases.groupsCount(
        comparison.groups.count,
        administrations: Set(comparison.groups.map(\.administration)).count),
      language: phrases.language, sheets: workbookSheets)
  }

  /// The sheets, in tab order.
  var workbookSheets: [Workbook.Sheet] {
    [scoresSheet(), changesSheet(), peersSheet(), historySheet()]
  }

  /// One row per group: administration, round, respondents, the copies left out (when any
  /// group has some), the signed count (with
  /// `--allowed-signers`), the mapped source versions and the coverage (when a group was
  /// scored through a map), the unsupported answers when any group has some, the overall
  /// score, then one column per factor; the last column says why a suppressed group has no
  /// figures and what a mapped one is.
  func scoresSheet() -> Workbook.Sheet {
    let document = PrintableText.Destination.document
    let unsupported = showsUnsupported
    var columns: [Workbook.Column] = [
      .init(phrases.administration), .init(phrases.round), .init(phrases.respondents),
    ]
    if showsCopies { columns.append(.init(phrases.copiesHeader)) }
    if showsSigned { columns += [.init(phrases.signedCount), .init(phrases.signersHeader)] }
    if showsMapping { columns += [.init(phrases.mappedFromHeader), .init(phrases.coverage)] }
    if unsupported { columns.append(.init(phrases.unsupportedCount)) }
    columns.append(.init(phrases.overall))
    columns += factors.map { .init(factorTitle($0, for: document), width: 16) }
    columns.append(.init(phrases.noteHeader))
    let rows: [[Workbook.Cell]] = comparison.groups.map { group in
      var row: [Workbook.Cell] = [
        .text(group.administration), .text(group.round), .integer(group.respondents),
      ]
      if showsCopies { row.append(.integer(group.copiesLeftOut)) }
      if showsSigned {
        row += [
          .integer(group.signed ?? 0),
          .text(signers(group).joined(separator: phrases.listSeparator)),
        ]
      }
      if showsMapping {
        row += [
          .text(group.mappedFrom.joined(separator: phrases.listSeparator)),
          .number(group.suppressed ? nil : group.coverage, .percent),
        ]
      }
      if unsupported { row.append(group.suppressed ? .empty : .integer(group.unsupported)) }
      row.append(.number(group.suppressed ? nil : group.overall, .overall))
      row += factors.indices.map { index in
        .number(
          group.suppressed || index >= group.scores.count ? nil : group.scores[index], .score)
      }
      let notes =
        (group.suppressed ? [phrases.suppressedNote(comparison.options.minimumRespondents)] : [])
        + (group.isMapped ? [mappedNote(for: document) ?? ""] : [])
        + (group.copiesLeftOut > 0 ? [phrases.copiesNote] : [])
      row.append(notes.isEmpty ? .empty : .text(notes.joined(separator: " ")))
      return row
    }
    return Workbook.Sheet(name: phrases.scores, columns: columns, rows: rows)
  }

  /// One row per administration with a change and per score (overall first, then each
  /// factor): the two rounds, the change and its direction, and whether it is mapped (when a
  /// group was scored through a map).
  func changesSheet() -> Workbook.Sheet {
    let document = PrintableText.Destination.document
    var rows: [[Workbook.Cell]] = []
    for change in comparison.changes {
      let lines: [(Workbook.Cell, Comparison.Delta)] =
        [(.heading(phrases.overallRow), change.overall)]
        + zip(factors, change.scores).map { (.text(factorTitle($0, for: document)), $1) }
      for (title, delta) in lines {
        rows.append(
          [
            .text(change.administration), .text(change.from), .text(change.to), title,
            .number(delta.delta, .signed),
            // A cell of its own: « En hausse ».
            delta.direction.map { .text(phrases.standalone(phrases.directionWord($0))) } ?? .empty,
          ] + (showsMapping ? [.bool(change.mapped)] : []))
      }
    }
    return Workbook.Sheet(
      name: phrases.changes,
      columns: [
        .init(phrases.administration), .init(phrases.from), .init(phrases.to),
        .init(phrases.factor, width: 30), .init(phrases.changeHeader),
        .init(phrases.directionHeader),
      ] + (showsMapping ? [.init(phrases.mappedHeader)] : []), rows: rows)
  }

  /// The peer statistics, overall then per factor: count, mean, median, minimum, maximum.
  func peersSheet() -> Workbook.Sheet {
    let document = PrintableText.Destination.document
    let peers = comparison.peers
    let lines: [(Workbook.Cell, Comparison.Statistics)] =
      [(.heading(phrases.overallRow), peers.overall)]
      + zip(factors, peers.scores).map { (.text(factorTitle($0, for: document)), $1) }
    let rows: [[Workbook.Cell]] = lines.map { title, statistics in
      [
        title, .integer(statistics.n), .number(statistics.mean, .score),
        .number(statistics.median, .score), .number(statistics.min, .score),
        .number(statistics.max, .score),
      ]
    }
    return Workbook.Sheet(
      name: phrases.peers,
      columns: [
        .init(phrases.factor, width: 30), .init(phrases.count), .init(phrases.mean),
        .init(phrases.median), .init(phrases.minimum), .init(phrases.maximum),
      ], rows: rows)
  }

  /// Every unsuppressed round of each administration (scoring.md, "History"), one row per
  /// administration and round: its overall score, the peer median of that round, then one
  /// column per factor, ready for a chart of the trend.
  func historySheet() -> Workbook.Sheet {
    let document = PrintableText.Destination.document
    let medians = Dictionary(
      comparison.medianByRound.map { ($0.round, $0.overall) },
      uniquingKeysWith: { first, _ in first }
    )
    var rows: [[Workbook.Cell]] = []
    for series in comparison.history {
      for (index, round) in series.rounds.enumerated() {
        var row: [Workbook.Cell] = [
          .text(series.administration), .text(round),
          .number(series.overall[index], .overall), .number(medians[round] ?? nil, .score),
        ]
        row += series.scores.map { .number(index < $0.count ? $0[index] : nil, .score) }
        rows.append(row)
      }
    }
    return Workbook.Sheet(
      name: phrases.historySheet,
      columns: [
        .init(phrases.administration), .init(phrases.round), .init(phrases.overall),
        .init(phrases.peerMedian),
      ] + factors.map { .init(factorTitle($0, for: document), width: 16) }, rows: rows)
  }
}
