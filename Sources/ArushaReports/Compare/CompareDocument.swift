import ArushaCore
import ArushaText

extension CompareReport {
  /// The comparison as one document, which every presentation format writes (issue 23): the
  /// scores of every group (a matrix: groups by factors), the peers (a chart, then their
  /// statistics), the changes (charts, then a matrix of the deltas), the history of every
  /// round, and each group's strengths and areas for improvement, each with its notes.
  ///
  /// Charts are built only when an HTML page asks for them (``ReportDocument/Chart``).
  public func compareDocument() -> ReportDocument {
    typealias Inline = ReportDocument.Inline
    let options = comparison.options
    let document = PrintableText.Destination.document
    var blocks: [ReportDocument.Block] = [
      .heading([.text(phrases.comparison), " — ", .text(title(for: document))], level: 1)
    ]
    let administrations = Set(comparison.groups.map(\.administration)).count
    blocks.append(
      .paragraph(
        [
          .text(phrases.groupsCount(comparison.groups.count, administrations: administrations)),
          " · ",
        ]
          + Inline.phrase([questionnaire.version]) { phrases.questionnaireVersion($0[0]) }))
    if options.anonymize { blocks.append(.note([.text(phrases.anonymizedNote)])) }

    blocks.append(.heading([.text(phrases.scoresByGroup)], level: 2))
    if options.evidenceChecked {
      blocks.append(.paragraph([.text(phrases.comparedEvidenceChecked)]))
    }
    blocks.append(.matrix(scoresMatrix))
    // A wide page heads factors by number: name them. A terminal's rows carry the titles.
    blocks.append(
      .detail(
        .note(
          factors.indices.flatMap { index -> [Inline] in
            [
              .symbol((index == 0 ? "" : " · ") + factorNumber(index) + " = "),
              .text(localized(factors[index].title, for: document)),
            ]
          })))
    // The legend of ▲ and ▼ where one stands in the matrix.
    if comparison.groups.contains(where: {
      $0.position?.contains { $0 == .above || $0 == .below } == true
    }) {
      blocks.append(
        .note([.text(phrases.positionNote(phrases.decimal(options.margin, digits: 0)))]))
    }
    if comparison.groups.contains(where: { !$0.suppressed && $0.indicative > 0 }) {
      blocks.append(.note([.text(phrases.indicativeGroupsNote)]))
    }
    if !suppressedGroups.isEmpty {
      blocks.append(.note([.text(phrases.suppressedNote(options.minimumRespondents))]))
    }
    if let note = mappedNote(for: document) { blocks.append(.note([.text(note)])) }
    if showsCopies { blocks.append(.note([.text(phrases.copiesNote)])) }
    if showsSigned { blocks.append(.note([.text(phrases.signedNote)])) }
    blocks += figureBlocks()

    if showsEvidenceChecked {
      blocks.append(
        .heading(
          [
            .text(
              options.evidenceChecked
                ? phrases.declaredScoresByGroup : phrases.evidenceCheckedScoresByGroup)
          ], level: 2))
      blocks.append(.matrix(otherScoresMatrix))
      blocks.append(.note([.text(phrases.evidenceCheckedNote)]))
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
      blocks.append(
        .chart(
          ReportDocument.Chart { [.figure(self.peersFigure(inPage: true))] }
        ))
      blocks.append(.table(peersTable))
    }

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
      blocks.append(
        .chart(
          ReportDocument.Chart {
            [.multiples(self.changesFigures(), heading: nil, legend: nil)]
          }))
      blocks.append(.matrix(changesMatrix))
      blocks.append(
        .note([
          .text(phrases.directionNote(phrases.decimal(questionnaire.scoring.change, digits: 0)))
        ]))
      if let note = crossVersionChangesNote(for: document) { blocks.append(.note([.text(note)])) }
    }

    let history = comparison.history
    blocks.append(.heading([.text(phrases.history)], level: 2))
    if history.contains(where: { $0.rounds.count >= 2 }) {
      blocks.append(.table(historyTable(history)))
      blocks.append(.note([.text(phrases.historyNote)]))
      if let note = crossVersionRoundsNote(history, for: document) {
        blocks.append(.note([.text(note)]))
      }
      blocks.append(.chart(ReportDocument.Chart { self.historyDrawings() }))
    } else {
      blocks.append(.paragraph([.text(phrases.noHistory)]))
    }

    blocks += planBlocks()

    blocks.append(.heading([.text(phrases.strengthsAndImprovements)], level: 2))
    if shownGroups.isEmpty {
      blocks.append(.paragraph([.text(phrases.standalone(phrases.none))]))
    } else {
      blocks.append(.table(findingsTable))
    }
    blocks.append(.paragraph([.emphasis([.text(phrases.compareNote)])]))
    return ReportDocument(blocks)
  }

  /// The terminal report (``compareDocument()`` by the terminal writer), readable at 100
  /// columns: the matrices turned around (factors by groups), further blocks below for the
  /// groups that do not fit the width, and the names of groups too long for a column given in
  /// a legend (`G1`, `Δ1`…), never cut.
  ///
  /// - Parameters:
  ///   - style: Colour or not.
  ///   - width: The terminal's width in columns.
  /// - Returns: The report's lines.
  public func table(style: TextStyle, width: Int = 100) -> String {
    compareDocument().terminal(style: style, width: width)
  }

  /// A report for minutes and briefings (``compareDocument()`` as Markdown).
  public func markdown() -> String {
    compareDocument().markdown()
  }

  /// One self-contained page (``compareDocument()`` by the HTML writer): the scores as a
  /// heatmap, a radar chart of the latest rounds against the peer median (bars below three
  /// factors), the changes as charts and a table, the history as charts (overall and per
  /// factor, with the peer median of each round), and every table the other formats have.
  ///
  /// Every chart draws every group up to 12 and names those it leaves out beyond
  /// (``CompareCharts``). Text from the questionnaire or the responses is escaped, and
  /// isolated in `<bdi>` when its direction could turn its neighbours around (cli.md).
  public func html() -> String {
    compareDocument().html(
      title: "\(phrases.comparison) — \(title(for: .document))", language: language)
  }

  /// One row per group (its administration and round), one measure per figure: respondents,
  /// the copies left out, the signed count and signers, the coverage, unsupported and "not
  /// applicable" answers where they apply, the overall score and each factor's score with its position against
  /// the peers (▲, ▼); "—" for a suppressed group's figures.
  var scoresMatrix: ReportDocument.Matrix { scoresMatrix(tips: true) }

  /// ``scoresMatrix``, with its cells' tips (a page's) or without (a sheet's, which has none:
  /// a tip for each of a report's many cells costs more than the cell, issue 29).
  func scoresMatrix(tips: Bool) -> ReportDocument.Matrix {
    typealias Measure = ReportDocument.Matrix.Measure
    typealias Cell = ReportDocument.Matrix.Cell
    let document = PrintableText.Destination.document
    let missing = Cell([figure(nil, .score)])
    var measures: [Measure] = [.init(header: [.text(phrases.respondents)])]
    var figures: [(Comparison.Group) -> Cell] = [{ Cell([self.count($0.respondents)]) }]
    if showsCopies {
      measures.append(.init(header: [.text(phrases.copiesHeader)]))
      figures.append { Cell([self.count($0.copiesLeftOut)]) }
    }
    if showsSigned {
      measures.append(.init(header: [.text(phrases.signedCount)]))
      figures.append { Cell([self.count($0.signed ?? 0)]) }
      measures.append(.init(header: [.text(phrases.signersHeader)], alignment: .leading))
      figures.append { Cell(self.listed(self.signers($0))) }
    }
    if showsMapping {
      measures.append(
        .init(
          header: [.text(phrases.mappedFromHeader)], alignment: .leading, presence: .spreadsheet))
      figures.append { Cell(self.listed($0.mappedFrom)) }
      measures.append(.init(header: [.text(phrases.coverage)]))
      figures.append { $0.suppressed ? missing : Cell([self.figure($0.coverage, .percent)]) }
    }
    if showsUnsupported {
      measures.append(.init(header: [.text(phrases.unsupportedCount)]))
      figures.append {
        $0.suppressed
          ? Cell([.figure(self.phrases.decimal(nil), value: nil, format: .general)])
          : Cell([self.count($0.unsupported)])
      }
    }
    if showsNotApplicable {
      measures.append(.init(header: [.text(phrases.notApplicableCount)]))
      figures.append {
        $0.suppressed
          ? Cell([.figure(self.phrases.decimal(nil), value: nil, format: .general)])
          : Cell([self.count($0.notApplicable)])
      }
    }
    // Marked as the factors are, so that a terminal lines their figures up. The declared
    // overall score first, then the evidence-checked one (issue 24).
    func overall(_ header: String, _ value: @escaping (Comparison.Group) -> Double?) {
      measures.append(.init(header: [.text(header)], strong: true, marked: true))
      figures.append { group in
        guard !group.suppressed else { return missing }
        let score = value(group)
        let level = tips ? self.levelLabel(score, for: document) : ""
        // * an indicative overall score, as `score` labels it (issue 24).
        return Cell(
          [.strong([self.figure(score, .score)])],
          shade: .init(score: score, tone: self.levelTone(score)),
          mark: group.indicative > 0 ? "*" : nil,
          tip: level.isEmpty ? nil : level)
      }
    }
    overall(phrases.overall, \.declaredOverall)
    if showsEvidenceChecked { overall(phrases.evidenceChecked, \.evidenceCheckedOverall) }
    for (index, factor) in factors.enumerated() {
      let title = factorTitle(factor, for: document)
      measures.append(
        .init(
          header: [.text(factorNumber(index))], label: [.text(title)], tip: title, marked: true,
          width: 16))
      figures.append { group in
        guard !group.suppressed, index < group.scores.count else { return missing }
        let score = group.scores[index]
        let position = group.position?[index]
        let tip =
          tips
          ? ([title, self.levelLabel(score, for: document)]
            + [position.map(self.phrases.positionWord)]
            .compactMap { $0 }).filter { !$0.isEmpty }.joined(separator: " — ") : nil
        return Cell(
          [self.figure(score, .score)],
          shade: .init(score: score, tone: self.levelTone(score)),
          mark: position == .above ? "▲" : position == .below ? "▼" : nil,
          tip: tip)
      }
    }
    // Why a suppressed group has no figures, and what a mapped one is: said under the
    // matrix on a page, in a column of a sheet.
    measures.append(
      .init(header: [.text(phrases.noteHeader)], alignment: .leading, presence: .spreadsheet))
    figures.append { group in
      let notes =
        (group.suppressed
          ? [self.phrases.suppressedNote(self.comparison.options.minimumRespondents)] : [])
        + (group.isMapped ? [self.mappedNote(for: document) ?? ""] : [])
        + (group.copiesLeftOut > 0 ? [self.phrases.copiesNote] : [])
      return Cell(notes.isEmpty ? [] : [.text(notes.joined(separator: " "))])
    }
    let groups = comparison.groups
    return ReportDocument.Matrix(
      names: [[.text(phrases.administration)], [.text(phrases.round)]],
      entries: groups.map(groupEntry),
      measures: measures, cells: groups.map { group in figures.map { $0(group) } }, mark: "G")
  }

  /// A group as a matrix's entry: its administration and round (the round marked † when
  /// mapped), and its name for a legend.
  func groupEntry(_ group: Comparison.Group) -> ReportDocument.Matrix.Entry {
    let round = roundCell(group.round, mapped: group.isMapped)
    return .init(
      names: [[.text(group.administration)], round],
      heading: ([.text(group.administration)], round),
      legend: [.text(groupName(group, for: .document))])
  }

  /// The factor scores that the comparison does not compare, one row per group (— for a
  /// suppressed one, so that a terminal names each group G1, G2… as in the scores above):
  /// the evidence-checked ones, or the declared ones under `--evidence-checked` (issue 24),
  /// overall first; shown where some group has answers without the evidence they expect.
  var otherScoresMatrix: ReportDocument.Matrix { otherScoresMatrix(tips: true) }

  /// ``otherScoresMatrix``, with its cells' tips or without (a sheet's, ``scoresMatrix(tips:)``).
  func otherScoresMatrix(tips: Bool) -> ReportDocument.Matrix {
    typealias Cell = ReportDocument.Matrix.Cell
    let document = PrintableText.Destination.document
    let checked = !comparison.options.evidenceChecked
    let groups = comparison.groups
    let measures: [ReportDocument.Matrix.Measure] =
      [.init(header: [.text(phrases.overall)], strong: true, marked: true)]
      + factors.enumerated().map { index, factor in
        let title = factorTitle(factor, for: document)
        return .init(
          header: [.text(factorNumber(index))], label: [.text(title)], tip: title, marked: true,
          width: 16)
      }
    func cell(_ score: Double?, strong: Bool = false) -> Cell {
      let level = tips ? levelLabel(score, for: document) : ""
      let figure = self.figure(score, .score)
      return Cell(
        strong ? [.strong([figure])] : [figure],
        shade: .init(score: score, tone: levelTone(score)), tip: level.isEmpty ? nil : level)
    }
    return ReportDocument.Matrix(
      names: [[.text(phrases.administration)], [.text(phrases.round)]],
      entries: groups.map(groupEntry),
      measures: measures,
      cells: groups.map { group in
        guard !group.suppressed else {
          return Array(repeating: Cell([self.figure(nil, .score)]), count: measures.count)
        }
        return [cell(checked ? group.evidenceCheckedOverall : group.declaredOverall, strong: true)]
          + (checked ? group.evidenceCheckedScores : group.declaredScores).map { cell($0) }
      }, mark: "G")
  }

  /// One row per administration with two rounds: the rounds compared, then the change of the
  /// overall score and of each factor, with its direction's arrow and colour.
  private var changesMatrix: ReportDocument.Matrix {
    let document = PrintableText.Destination.document
    let measures: [ReportDocument.Matrix.Measure] =
      [.init(header: [.text(phrases.overall)], strong: true)]
      + factors.indices.map { index in
        let title = factorTitle(factors[index], for: document)
        return .init(header: [.text(factorNumber(index))], label: [.text(title)], tip: title)
      }
    return ReportDocument.Matrix(
      names: [[.text(phrases.administration)], [.text(phrases.from)], [.text(phrases.to)]],
      entries: comparison.changes.map { change in
        let rounds: [ReportDocument.Inline] =
          [.text(change.from), " → "] + roundCell(change.to, mapped: change.mapped)
        return .init(
          names: [
            [.text(change.administration)], [.text(change.from)],
            roundCell(change.to, mapped: change.mapped),
          ],
          heading: ([.text(change.administration)], rounds),
          legend: [.text(change.administration), " · "] + rounds)
      },
      measures: measures,
      cells: comparison.changes.map { change in
        ([change.overall] + change.scores).enumerated().map { index, delta in
          var value: [ReportDocument.Inline] = [.text(self.delta(delta))]
          if let direction = delta.direction, direction != .stable {
            value = [.trend(value, rising: direction == .up)]
          }
          return ReportDocument.Matrix.Cell(index == 0 ? [.strong(value)] : value)
        }
      }, mark: "Δ")
  }

  /// A round as a cell, with ``Phrases/mappedMark`` after it when it was scored through a map,
  /// explained on hover where the format can.
  func roundCell(_ round: String, mapped: Bool) -> [ReportDocument.Inline] {
    guard mapped else { return [.text(round)] }
    let mark: ReportDocument.Inline = .symbol(phrases.mappedMark)
    return [
      .text(round),
      .aside(["\u{A0}", mappedNote(for: .document).map { .explained([mark], note: $0) } ?? mark]),
    ]
  }

  /// The peer statistics, overall then per factor.
  var peersTable: ReportDocument.Table {
    let peers = comparison.peers
    let labelled: [([ReportDocument.Inline], Comparison.Statistics)] =
      [([.strong([.text(phrases.overall)])], peers.overall)]
      + zip(factors.map { [.text(factorTitle($0, for: .document))] }, peers.scores)
    return ReportDocument.Table(
      columns: [
        .init([.text(phrases.factor)]),
        .init([.text(phrases.count)], alignment: .trailing),
        .init([.text(phrases.mean)], alignment: .trailing),
        .init([.text(phrases.median)], alignment: .trailing),
        .init([.text(phrases.minimum)], alignment: .trailing),
        .init([.text(phrases.maximum)], alignment: .trailing),
      ],
      rows: labelled.map { label, value in
        [label, [count(value.n)]]
          + [value.mean, value.median, value.min, value.max].map { [figure($0, .score)] }
      })
  }

  /// Each administration's overall score round by round, then the peer median of each round.
  private func historyTable(_ history: [Comparison.History]) -> ReportDocument.Table {
    let document = PrintableText.Destination.document
    let medians = comparison.medianByRound
    return ReportDocument.Table(
      columns: [.init([.text(phrases.administration)]), .init([.text(phrases.overall)])],
      rows: history.map { series in
        [
          [.text(series.administration)],
          [
            .text(
              trend(
                series.rounds, series.overall,
                mapped: series.rounds.map { isMappedRound(series.administration, $0) },
                for: document))
          ],
        ]
      } + [
        [
          [.emphasis([.text(phrases.peerMedianByRound)])],
          [.emphasis([.text(trend(medians.map(\.round), medians.map(\.overall), for: document))])],
        ]
      ])
  }

  /// The history charts: the overall score with its legend and the note on who is left out,
  /// then one small chart per factor under one legend.
  ///
  /// Each chart block builds only its own charts (``CompareCharts`` builds them all, for
  /// `--charts DIR`).
  private func historyDrawings() -> [ReportDocument.Chart.Drawing] {
    let history = historyFigures(inPage: true)
    guard var overall = history.overall else { return [] }
    // The note on the history stands under the charts, as in every format.
    overall.notes = history.leftOut.map { [$0] } ?? []
    return [
      .figure(overall),
      .multiples(history.byFactor, heading: phrases.historyByFactor, legend: overall),
    ]
  }

  /// One row per shown group: its strengths and its areas for improvement, by factor title.
  var findingsTable: ReportDocument.Table {
    let none: [ReportDocument.Inline] = [.emphasis([.text(phrases.standalone(phrases.none))])]
    // A factor's number kept with its title: « 3.\u{A0}Transparence ».
    func numbered(_ id: String) -> String {
      guard let factor = factors.first(where: { $0.id == id }), let number = factor.number else {
        return factorTitle(id: id, for: .document)
      }
      return "\(number).\u{A0}\(localized(factor.title, for: .document))"
    }
    // Each factor's written once, not once for each group that names it (issue 29).
    let titles = Dictionary(
      factors.map { ($0.id, numbered($0.id)) }, uniquingKeysWith: { first, _ in first })
    func title(_ id: String) -> String { titles[id] ?? numbered(id) }
    func names(_ ids: [String], rising: Bool) -> [ReportDocument.Inline] {
      ids.isEmpty ? none : [.trend(listed(ids.map(title)), rising: rising)]
    }
    // Where a group stands against the peers, factor by factor: in a sheet of its own, since
    // a sheet's scores have no ▲ or ▼.
    func placed(_ group: Comparison.Group, _ position: Comparison.Position) -> [ReportDocument
      .Inline]
    {
      listed(
        factors.indices.filter { group.position?[$0] == position }.map { title(factors[$0].id) })
    }
    return ReportDocument.Table(
      columns: [
        .init([.text(phrases.administration)]), .init([.text(phrases.round)]),
        .init([.text(phrases.strengths)]), .init([.text(phrases.improvements)]),
        .init(
          [.text(phrases.standalone(phrases.positionWord(.above)))], presence: .spreadsheet),
        .init(
          [.text(phrases.standalone(phrases.positionWord(.below)))], presence: .spreadsheet),
      ],
      rows: shownGroups.map { group in
        [
          [.text(group.administration)], roundCell(group.round, mapped: group.isMapped),
          names(group.strengths, rising: true), names(group.improvements, rising: false),
          placed(group, .above), placed(group, .below),
        ]
      })
  }

  /// Names from files as a list in the report language (« a ; b »), each name a run of its
  /// own, so that a writer isolates each one and not the separators.
  private func listed(_ names: [String]) -> [ReportDocument.Inline] {
    // One array, not two for each name (issue 29).
    var runs: [ReportDocument.Inline] = []
    runs.reserveCapacity(max(0, 2 * names.count - 1))
    let separator = phrases.listSeparator
    for (index, name) in names.enumerated() {
      if index > 0 { runs.append(.symbol(separator)) }
      runs.append(.text(name))
    }
    return runs
  }

  /// A figure's run (``ReportDocument/Inline/figure(_:value:format:phrases:)``).
  func figure(_ value: Double?, _ format: Workbook.NumberFormat) -> ReportDocument.Inline {
    .figure(value, format, phrases)
  }

  /// A count's run.
  func count(_ value: Int) -> ReportDocument.Inline { .count(value) }

  private func delta(_ value: Comparison.Delta) -> String {
    value.delta == nil ? "—" : "\(arrow(value.direction)) \(signed(value.delta))"
  }
}
