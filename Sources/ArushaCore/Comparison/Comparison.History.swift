extension Comparison {
  /// One administration's scores over all its rounds: what a trend chart draws (scoring.md,
  /// "History").
  public struct History: Sendable, Hashable {
    /// The administration's name as printed (``Comparison/Group/administration``), or its
    /// label when anonymized.
    public var administration: String
    /// Its unsuppressed rounds, in round order (natural order, as groups are sorted).
    public var rounds: [String]
    /// The overall score of each round (0…100; nil where the group has none).
    public var overall: [Double?]
    /// Per factor (file order), the score of each round.
    public var scores: [[Double?]]
  }

  /// Each administration's series, in group order: its unsuppressed groups round by round.
  ///
  /// An administration whose every group is suppressed has no series (nothing to draw).
  ///
  /// Groups are sorted by administration, then round, so an administration's groups are
  /// next to each other.
  public var history: [History] {
    var series: [History] = []
    for group in groups where !group.suppressed {
      // Names told apart byte by byte, as groups are (``ComparisonTally/Key``).
      if series.last.map({ !$0.administration.utf8.elementsEqual(group.administration.utf8) })
        ?? true
      {
        series.append(
          History(
            administration: group.administration, rounds: [], overall: [],
            scores: Array(repeating: [], count: group.scores.count)))
      }
      let last = series.count - 1
      series[last].rounds.append(group.round)
      series[last].overall.append(group.overall)
      for (factor, score) in group.scores.enumerated() where factor < series[last].scores.count {
        series[last].scores[factor].append(score)
      }
    }
    return series
  }

  /// The median of the unsuppressed groups' overall scores round by round, for the rounds of
  /// the comparison in natural order: the peer line of a trend chart.
  ///
  /// - Returns: `(round, median)` pairs; the median is nil for a round whose groups all lack
  ///   an overall score.
  public var medianByRound: [(round: String, overall: Double?, scores: [Double?])] {
    let rounds = Set(groups.filter { !$0.suppressed }.map(\.round)).sorted(
      by: NaturalOrder.precedes)
    return rounds.map { round in
      let members = groups.filter { !$0.suppressed && $0.round == round }
      let factorCount = members.first?.scores.count ?? 0
      return (
        round,
        Statistics(members.map(\.overall)).median,
        (0..<factorCount).map { factor in Statistics(members.map { $0.scores[factor] }).median }
      )
    }
  }
}
