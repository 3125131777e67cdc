import ArushaCore
import ArushaText

extension CompareReport {
  /// The comparison as a document: one row per group with its scores (factors by number,
  /// named below), the changes, the history, the peer statistics, and each group's strengths
  /// and areas for improvement.
  public func compareDocument() -> ReportDocument {
    typealias Inline = ReportDocument.Inline
    typealias Column = ReportDocument.Column
    let options = comparison.options
    let document = PrintableText.Destination.document
    let none: [Inline] = [.text(phrases.none)]
    var blocks: [ReportDocument.Block] = [
      .heading([.text(phrases.comparison), " — ", .text(title(for: document))], level: 1)
    ]
    let administrations = Set(comparison.groups.map(\.administration)).count
    blocks.append(
      .paragraph([
        .text(phrases.groupsCount(comparison.groups.count, administrations: administrations)),
        " · ", .text(questionnaire.id), " ", .text(questionnaire.version),
      ]))
    if options.anonymize { blocks.append(.paragraph([.text(phrases.anonymizedNote)])) }

    blocks.append(.heading([.text(phrases.scores)], level: 2))
    let numbers = factors.indices.map(factorNumber)
    var columns: [Column] = [
      .init([.text(phrases.administration)]), .init([.text(phrases.round)]),
      .init([.text(phrases.respondents)], alignment: .trailing),
    ]
    if showsCopies { columns.append(.init([.text(phrases.copiesHeader)], alignment: .trailing)) }
    if showsSigned {
      columns.append(.init([.text(phrases.signedCount)], alignment: .trailing))
      columns.append(.init([.text(phrases.signersHeader)]))
    }
    if showsMapping { columns.append(.init([.text(phrases.coverage)], alignment: .trailing)) }
    if showsUnsupported {
      columns.append(.init([.text(phrases.unsupportedCount)], alignment: .trailing))
    }
    columns.append(.init([.text(phrases.overall)], alignment: .trailing))
    columns += numbers.map { .init([.text($0)], alignment: .trailing) }
    let rows: [[[Inline]]] = comparison.groups.map { group in
      var cells: [[Inline]] = [
        [.text(group.administration)], [.text(roundLabel(group, for: document))],
        [.text(String(group.respondents))],
      ]
      if showsCopies { cells.append([.text(String(group.copiesLeftOut))]) }
      if showsSigned {
        cells.append([.text(String(group.signed ?? 0))])
        cells.append([.text(signers(group).joined(separator: phrases.listSeparator))])
      }
      if showsMapping {
        cells.append([.text(group.suppressed ? "—" : phrases.percent(group.coverage))])
      }
      if showsUnsupported {
        cells.append([.text(group.suppressed ? "—" : String(group.unsupported))])
      }
      if group.suppressed {
        cells += Array(repeating: [.text("—")], count: factors.count + 1)
      } else {
        cells.append([.strong([.text(phrases.decimal(group.overall))])])
        for (index, score) in group.scores.enumerated() {
          var cell: [Inline] = [.text(phrases.decimal(score))]
          switch group.position?[index] {
          case .above?: cell.append(.symbol(" ▲"))
          case .below?: cell.append(.symbol(" ▼"))
          default: break
          }
          cells.append(cell)
        }
      }
      return cells
    }
    blocks.append(.table(ReportDocument.Table(columns: columns, rows: rows)))
    blocks.append(
      .paragraph([
        .text(
          factors.enumerated().map {
            "\(numbers[$0.offset]) = \(localized($0.element.title, for: document))"
          }
          .joined(separator: " · "))
      ]))
    blocks.append(
      .paragraph([.text(phrases.positionNote(phrases.decimal(options.margin, digits: 0)))]))
    if !suppressedGroups.isEmpty {
      blocks.append(.paragraph([.text(phrases.suppressedNote(options.minimumRespondents))]))
    }
    if let note = mappedNote(for: document) { blocks.append(.paragraph([.text(note)])) }
    if showsCopies { blocks.append(.paragraph([.text(phrases.copiesNote)])) }
    if showsSigned { blocks.append(.paragraph([.text(phrases.signedNote)])) }

    blocks.append(
      .heading(
        [
          .text(phrases.changes), " (", .text(phrases.changesSince(baseline: options.baseline)),
          ")",
        ],
        level: 2))
    if comparison.changes.isEmpty {
      blocks.append(.paragraph([.text(phrases.noChanges)]))
    } else {
      let changeColumns: [Column] =
        [
          .init([.text(phrases.administration)]), .init([.text(phrases.from)]),
          .init([.text(phrases.to)]), .init([.text(phrases.overall)], alignment: .trailing),
        ] + numbers.map { .init([.text($0)], alignment: .trailing) }
      let changeRows: [[[Inline]]] = comparison.changes.map { change in
        [
          [.text(change.administration)], [.text(change.from)],
          [.text(change.to)] + (change.mapped ? [.symbol(" " + phrases.mappedMark)] : []),
          [.strong([.text(delta(change.overall))])],
        ] + change.scores.map { [.text(delta($0))] }
      }
      blocks.append(.table(ReportDocument.Table(columns: changeColumns, rows: changeRows)))
      blocks.append(
        .paragraph([
          .text(phrases.directionNote(phrases.decimal(questionnaire.scoring.change, digits: 0)))
        ]))
    }

    let history = comparison.history
    if !history.isEmpty {
      blocks.append(.heading([.text(phrases.history)], level: 2))
      var historyRows: [[[Inline]]] = history.map { series in
        [
          [.text(clean(series.administration, for: document))],
          [.text(trend(series.rounds, series.overall, for: document))],
        ]
      }
      let medians = comparison.medianByRound
      historyRows.append([
        [.emphasis([.text(phrases.peerMedianByRound)])],
        [.emphasis([.text(trend(medians.map(\.round), medians.map(\.overall), for: document))])],
      ])
      blocks.append(
        .table(
          ReportDocument.Table(
            columns: [.init([.text(phrases.administration)]), .init([.text(phrases.overall)])],
            rows: historyRows)))
      blocks.append(.paragraph([.text(phrases.historyNote)]))
    }

    let peers = comparison.peers
    blocks.append(
      .heading(
        [
          .text(phrases.colon(phrases.peers)), " ",
          .text(phrases.peersOver(round: peers.round, groups: peers.groups)),
        ], level: 2))
    if peers.groups == 0 {
      blocks.append(.paragraph([.text(phrases.noPeers)]))
    } else {
      let peerColumns: [Column] = [
        .init([.text(phrases.factor)]), .init([.text(phrases.count)], alignment: .trailing),
        .init([.text(phrases.mean)], alignment: .trailing),
        .init([.text(phrases.median)], alignment: .trailing),
        .init([.text(phrases.minimum)], alignment: .trailing),
        .init([.text(phrases.maximum)], alignment: .trailing),
      ]
      let labelled =
        [(phrases.overall, peers.overall)]
        + zip(factors.map { factorTitle($0, for: document) }, peers.scores)
      let peerRows: [[[Inline]]] = labelled.map { label, value in
        [[.text(label)], [.text(String(value.n))]]
          + [value.mean, value.median, value.min, value.max].map { [.text(phrases.decimal($0))] }
      }
      blocks.append(.table(ReportDocument.Table(columns: peerColumns, rows: peerRows)))
    }

    blocks.append(.heading([.text(phrases.strengthsAndImprovements)], level: 2))
    let names = { (ids: [String]) -> String in
      ids.isEmpty
        ? self.phrases.none
        : ids.map { self.factorTitle(id: $0, for: document) }.joined(
          separator: self.phrases.listSeparator)
    }
    for group in shownGroups {
      blocks.append(.heading([.text(groupName(group, for: document))], level: 3))
      blocks.append(
        .list(
          [
            [
              .strong([.text(phrases.colon(phrases.strengths(count: group.strengths.count)))]), " ",
              .text(names(group.strengths)),
            ],
            [
              .strong([.text(phrases.colon(phrases.improvements(count: group.improvements.count)))]
              ),
              " ",
              .text(names(group.improvements)),
            ],
          ], empty: none))
    }
    if shownGroups.isEmpty { blocks.append(.list([], empty: none)) }
    blocks.append(.paragraph([.emphasis([.text(phrases.compareNote)])]))
    return ReportDocument(blocks)
  }

  /// A report for minutes and briefings (``compareDocument()`` as Markdown).
  public func markdown() -> String {
    compareDocument().markdown()
  }

  private func delta(_ value: Comparison.Delta) -> String {
    value.delta == nil ? "—" : "\(arrow(value.direction)) \(signed(value.delta))"
  }
}
