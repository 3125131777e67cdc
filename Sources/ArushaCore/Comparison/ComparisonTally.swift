/// Running sums per group (administration, round), to which responses are added one by one.
///
/// Memory depends on the number of groups and factors, not on the number of responses. Two
/// tallies merge, so that workers can each tally a part of the files; merging in a fixed order
/// gives the same sums on every run.
public struct ComparisonTally: Sendable, Hashable {
  /// The groups seen so far.
  public private(set) var groups: [Key: Group] = [:]

  /// An empty tally.
  public init() {}

  /// Adds one response to its group.
  public mutating func add(_ summary: ResponseSummary) {
    let key = Key(administration: summary.administration, round: summary.round)
    groups[key, default: Group()].add(summary)
  }

  /// Records that `count` files of the group with `key` were left out as copies; nothing when
  /// the group has no response counted.
  public mutating func noteCopies(_ count: Int, in key: Key) {
    groups[key]?.copiesLeftOut += count
  }

  /// Adds every group of `other` (its sums after this tally's).
  public mutating func merge(_ other: ComparisonTally) {
    for (key, group) in other.groups {
      groups[key, default: Group()].merge(group)
    }
  }

  /// The number of responses added.
  public var respondents: Int { groups.values.reduce(0) { $0 + $1.respondents } }
}
