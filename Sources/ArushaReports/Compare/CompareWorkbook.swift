import ArushaCore
import ArushaText

extension CompareReport {
  /// `arusha compare --format xlsx`: the scores matrix, the peers, the changes, the history,
  /// and each group's strengths, areas for improvement and position against the peers, one
  /// sheet each in the order of the report, in the report's language.
  ///
  /// The figures are the JSON report's, unrounded, in numeric cells shown with one decimal;
  /// administrations, rounds and titles are inline strings, never formulas (``Workbook``).
  /// The scores, the peers and the findings are the pages' tables (``compareDocument()``)
  /// with their spreadsheet-only columns; the changes and the history are long tables a
  /// spreadsheet charts, which pages show as matrices and trends instead.
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
    [Workbook.Sheet(name: phrases.scores, table: scoresMatrix(tips: false).table(labelled: true))]
      + (showsEvidenceChecked
        ? [
          Workbook.Sheet(
            name: comparison.options.evidenceChecked
              ? phrases.declaredSheet : phrases.evidenceCheckedSheet,
            table: otherScoresMatrix(tips: false).table(labelled: true))
        ] : [])
      + [
        Workbook.Sheet(name: phrases.peers, table: peersTable),
        Workbook.Sheet(name: phrases.changes, table: changesTable),
        Workbook.Sheet(name: phrases.historySheet, table: historyRounds),
        Workbook.Sheet(name: phrases.findingsSheet, table: findingsTable),
      ]
      + figuresSheets + plansSheets
  }

  /// The normalised key figures' sheet, when a question has `per` (issue 24); none otherwise.
  var figuresSheets: [Workbook.Sheet] {
    guard !comparison.figureQuestions.isEmpty else { return [] }
    return [Workbook.Sheet(name: phrases.figuresSheet, table: figuresMatrix.table(labelled: true))]
  }

  /// One row per administration with a change and per score (overall first, then each
  /// factor): the two rounds, the change and its direction, and, when a group was scored
  /// through a map, whether the change is mapped and, when it is, that it crosses
  /// questionnaire versions (issue 24).
  var changesTable: ReportDocument.Table {
    let document = PrintableText.Destination.document
    var rows: [[[ReportDocument.Inline]]] = []
    for change in comparison.changes {
      let lines: [([ReportDocument.Inline], Comparison.Delta)] =
        [([.strong([.text(phrases.overallRow)])], change.overall)]
        + zip(factors, change.scores).map { ([.text(factorTitle($0, for: document))], $1) }
      for (title, delta) in lines {
        rows.append(
          [
            [.text(change.administration)], [.text(change.from)], [.text(change.to)], title,
            [.figure(signed(delta.delta), value: delta.delta, format: .signed)],
            // A cell of its own: « En hausse ».
            delta.direction.map { [.symbol(phrases.standalone(phrases.directionWord($0)))] } ?? [],
          ]
            + (showsMapping
              ? [
                [.symbol(change.mapped ? phrases.yes : phrases.no)],
                crossVersionNote(change, for: document).map { [.text($0)] } ?? [],
              ] : []))
      }
    }
    return ReportDocument.Table(
      columns: [
        .init([.text(phrases.administration)]), .init([.text(phrases.from)]),
        .init([.text(phrases.to)]), .init([.text(phrases.factor)]),
        .init([.text(phrases.changeHeader)], alignment: .trailing),
        .init([.text(phrases.directionHeader)]),
      ]
        + (showsMapping
          ? [.init([.text(phrases.mappedHeader)]), .init([.text(phrases.noteHeader)], width: 60)]
          : []),
      rows: rows)
  }

  /// Every unsuppressed round of each administration (scoring.md, "History"), one row per
  /// administration and round: its overall score, the peer median of that round, then one
  /// column per factor, ready for a chart of the trend; when a group was scored through a
  /// map, a last column of the versions each round was read from.
  var historyRounds: ReportDocument.Table {
    let document = PrintableText.Destination.document
    let medians = Dictionary(
      comparison.medianByRound.map { ($0.round, $0.overall) },
      uniquingKeysWith: { first, _ in first }
    )
    var rows: [[[ReportDocument.Inline]]] = []
    for series in comparison.history {
      for (index, round) in series.rounds.enumerated() {
        rows.append(
          [
            [.text(series.administration)], [.text(round)],
            [.strong([figure(series.overall[index], .score)])],
            [figure(medians[round] ?? nil, .score)],
          ] + series.scores.map { [figure(index < $0.count ? $0[index] : nil, .score)] }
            + (showsMapping ? [listedVersions(series.administration, round)] : []))
      }
    }
    return ReportDocument.Table(
      columns: [
        .init([.text(phrases.administration)]), .init([.text(phrases.round)]),
        .init([.text(phrases.overall)], alignment: .trailing),
        .init([.text(phrases.peerMedian)], alignment: .trailing),
      ]
        + factors.map {
          .init([.text(factorTitle($0, for: document))], alignment: .trailing, width: 16)
        } + (showsMapping ? [.init([.text(phrases.mappedFromHeader)])] : []), rows: rows)
  }

  /// The versions the group of `administration` and `round` was read from through maps,
  /// space-separated as in CSV (issue 24: the history sheet says which rounds cross
  /// questionnaire versions); empty when none.
  private func listedVersions(_ administration: String, _ round: String)
    -> [ReportDocument.Inline]
  {
    let versions = mappedFrom(administration, round)
    return versions.isEmpty ? [] : [.text(versions.joined(separator: " "))]
  }
}
