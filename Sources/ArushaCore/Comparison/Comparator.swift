/// Computes a ``Comparison`` from tallied responses exactly as scoring.md says.
///
/// Pure: no I/O. The figures do not depend on the order in which the groups were tallied.
public enum Comparator {
  /// Compares the groups of `tally`.
  ///
  /// - Parameters:
  ///   - tally: The responses that count, summed per group.
  ///   - questionnaire: The questionnaire whose factors (by id), titles and thresholds are
  ///     used: the newest version when responses answer several.
  ///   - options: Suppression, margin, baseline, peer round and anonymization.
  ///   - labelled: Administrations that `--anonymize` numbers besides the tallied ones: every
  ///     readable response's, before the filters, so labels are stable across `--role`.
  /// - Returns: The groups in order, the changes, the peer statistics and the positions.
  public static func compare(
    _ tally: ComparisonTally, questionnaire: Questionnaire, options: ComparisonOptions,
    labelled: [String] = []
  ) -> Comparison {
    let settings = questionnaire.scoring
    let factorIDs = questionnaire.factors.map(\.id)
    let figureIDs = questionnaire.questions.filter { $0.per != nil }.map(\.id)
    let keys = tally.groups.keys.sorted { left, right in
      !left.administration.utf8.elementsEqual(right.administration.utf8)
        ? NaturalOrder.codePointPrecedes(left.administration, right.administration)
        : NaturalOrder.precedes(left.round, right.round)
    }
    // Names print as PrintableText.distinctNames says (two different names never print
    // alike); `roundsAsGiven` keeps each group's round as the files have it, for `--baseline`
    // and `--round`.
    let administrations = keys.map(\.administration)
    let key = options.anonymize ? anonymizationKey(administrations + labelled) : []
    let labels =
      options.anonymize ? labelsByName(key) : PrintableText.distinctNames(administrations)
    let roundNames = PrintableText.distinctNames(keys.map(\.round))
    func label(_ name: String) -> String { labels[Array(name.utf8)] ?? name }
    func shownRound(_ round: String) -> String { roundNames[Array(round.utf8)] ?? round }

    var groups: [Comparison.Group] = []
    var roundsAsGiven: [String] = []
    for key in keys {
      guard let sums = tally.groups[key] else { continue }
      let name = label(key.administration)
      roundsAsGiven.append(key.round)
      let mappedFrom = sums.mappedFrom.sorted(by: NaturalOrder.precedes)
      let signed = options.checksSignatures ? sums.signed : nil
      let signers =
        options.checksSignatures
        ? sums.signers.sorted(by: NaturalOrder.codePointPrecedes) : nil
      guard sums.respondents >= options.minimumRespondents else {
        var group = Comparison.Group(
          administration: name, round: shownRound(key.round), respondents: sums.respondents,
          suppressed: true, overall: nil, scores: [], strengths: [], improvements: [],
          position: nil)
        group.mappedFrom = mappedFrom
        group.signed = signed
        group.signers = signers
        group.copiesLeftOut = sums.copiesLeftOut
        groups.append(group)
        continue
      }
      let declared = factorIDs.map { sums.scores[$0]?.mean }
      let checked = factorIDs.map { sums.evidenceCheckedScores[$0]?.mean }
      // The scores compared: declared first, unless --evidence-checked (issue 24).
      let scores = options.evidenceChecked ? checked : declared
      let overall =
        options.evidenceChecked ? sums.evidenceCheckedOverall.mean : sums.overall.mean
      // Critical gaps are a property of single responses (scoring.md): they reach a group
      // through its responses' capped scores.
      let strengths = zip(factorIDs, scores).filter {
        settings.isStrength($0.1, criticalGap: false)
      }
      let improvements = zip(factorIDs, scores).filter {
        settings.isImprovement($0.1, criticalGap: false)
      }
      var group = Comparison.Group(
        administration: name, round: shownRound(key.round), respondents: sums.respondents,
        suppressed: false, overall: overall, scores: scores,
        strengths: strengths.map(\.0), improvements: improvements.map(\.0), position: nil)
      group.declaredOverall = sums.overall.mean
      group.declaredScores = declared
      group.evidenceCheckedOverall = sums.evidenceCheckedOverall.mean
      group.evidenceCheckedScores = checked
      group.indicative = sums.indicative
      group.unsupported = sums.unsupported
      group.notApplicable = sums.notApplicable
      group.mappedFrom = mappedFrom
      group.coverage = sums.coverage.mean
      group.signed = signed
      group.signers = signers
      group.copiesLeftOut = sums.copiesLeftOut
      group.figures = figureIDs.map { id in
        let sum = sums.figures[id]
        return Comparison.Figure(mean: sum?.mean, responses: sum?.count ?? 0)
      }
      groups.append(group)
    }

    // Indexes of each administration's unsuppressed groups, rounds in natural order.
    var rounds: [(administration: String, indexes: [Int])] = []
    for (index, group) in groups.enumerated() where !group.suppressed {
      if let last = rounds.last?.administration, last.utf8.elementsEqual(group.administration.utf8)
      {
        rounds[rounds.count - 1].indexes.append(index)
      } else {
        rounds.append((group.administration, [index]))
      }
    }

    var changes: [Comparison.Change] = []
    for (administration, indexes) in rounds {
      guard let latest = indexes.last else { continue }
      let earlier: Int?
      if let baseline = options.baseline {
        earlier = indexes.dropLast().first { roundsAsGiven[$0] == baseline }
      } else {
        earlier = indexes.count >= 2 ? indexes[indexes.count - 2] : nil
      }
      guard let earlier else { continue }
      let from = groups[earlier]
      let to = groups[latest]
      var change = Comparison.Change(
        administration: administration, from: from.round, to: to.round,
        overall: Comparison.Delta(from: from.overall, to: to.overall, threshold: settings.change),
        scores: zip(from.scores, to.scores).map {
          Comparison.Delta(from: $0.0, to: $0.1, threshold: settings.change)
        })
      change.mapped = from.isMapped || to.isMapped
      changes.append(change)
    }

    let peerIndexes: [Int]
    if let round = options.round {
      peerIndexes = groups.indices.filter {
        !groups[$0].suppressed && roundsAsGiven[$0] == round
      }
    } else {
      peerIndexes = rounds.compactMap(\.indexes.last)
    }
    let peers = Comparison.Peers(
      round: options.round, groups: peerIndexes.count,
      overall: Comparison.Statistics(peerIndexes.map { groups[$0].overall }),
      scores: factorIDs.indices.map { factor in
        Comparison.Statistics(peerIndexes.map { groups[$0].scores[factor] })
      })
    for index in peerIndexes {
      groups[index].position = zip(groups[index].scores, peers.scores).map { score, peer in
        position(score, median: peer.median, margin: options.margin)
      }
    }
    var comparison = Comparison(
      questionnaire: questionnaire, groups: groups, changes: changes, peers: peers,
      options: options)
    comparison.anonymizationKey = key
    return comparison
  }

  /// Above when `score` ≥ median + margin, below when ≤ median − margin, else near; nil when
  /// either is null.
  public static func position(_ score: Double?, median: Double?, margin: Double)
    -> Comparison.Position?
  {
    guard let score, let median else { return nil }
    if Tolerance.atLeast(score, median + margin) { return .above }
    if Tolerance.atMost(score, median - margin) { return .below }
    return .near
  }

  /// `A1`, `A2`, … for the distinct names (told apart byte by byte, as groups are), in
  /// code-point order of the names; keyed by each name's UTF-8.
  public static func anonymousLabels(_ names: [String]) -> [[UInt8]: String] {
    labelsByName(anonymizationKey(names))
  }

  /// The labels of ``anonymousLabels(_:)`` as a key in label order: `A1` first.
  public static func anonymizationKey(_ names: [String]) -> [Comparison.AnonymousLabel] {
    var seen: Set<[UInt8]> = []
    return names.sorted(by: NaturalOrder.codePointPrecedes)
      .filter { seen.insert(Array($0.utf8)).inserted }
      .enumerated().map { Comparison.AnonymousLabel(label: "A\($0.offset + 1)", name: $0.element) }
  }

  /// Each name's label, keyed by the name's UTF-8.
  public static func labelsByName(_ key: [Comparison.AnonymousLabel]) -> [[UInt8]: String] {
    Dictionary(key.map { (Array($0.name.utf8), $0.label) }, uniquingKeysWith: { first, _ in first })
  }
}
