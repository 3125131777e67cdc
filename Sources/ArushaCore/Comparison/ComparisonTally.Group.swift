extension ComparisonTally {
  /// The sums of one group's responses.
  public struct Group: Sendable, Hashable {
    /// How many responses the group has.
    public var respondents = 0
    /// The non-null overall scores.
    public var overall = Sum()
    /// The non-null scores of each factor, by factor id.
    public var scores: [String: Sum] = [:]
    /// How many of its responses have an indicative overall score.
    public var indicative = 0
    /// The non-null evidence-checked overall scores (issue 24).
    public var evidenceCheckedOverall = Sum()
    /// The non-null evidence-checked scores of each factor, by factor id.
    public var evidenceCheckedScores: [String: Sum] = [:]
    /// The unsupported answers of its responses, in total.
    public var unsupported = 0
    /// The "not applicable" answers of its responses, in total
    /// (``ResponseSummary/notApplicable``).
    public var notApplicable = 0
    /// The responses' coverages (``ResponseSummary/coverage``), for their mean.
    public var coverage = Sum()
    /// The source versions of its responses scored through a map.
    public var mappedFrom: Set<String> = []
    /// How many of its responses are signed by an allowed key.
    public var signed = 0
    /// Who signed its signed responses (``ResponseSummary/signer``).
    public var signers: Set<String> = []
    /// How many of its files were left out as copies of a response counted
    /// (``ResponseCopies``); not in ``respondents``.
    public var copiesLeftOut = 0
    /// The normalised key figures of its responses (``ResponseSummary/figures``), by question
    /// id, for their mean.
    public var figures: [String: Sum] = [:]
    /// The item scores of its responses' measured practices (``ResponseSummary/items``), by
    /// question id, for their mean: only for an administration with a plan (issue 27).
    public var items: [String: Sum] = [:]

    /// An empty group.
    public init() {}

    /// Adds one response.
    public mutating func add(_ summary: ResponseSummary) {
      respondents += 1
      unsupported += summary.unsupported
      notApplicable += summary.notApplicable
      if let value = summary.coverage { coverage.add(value) }
      if let version = summary.mappedFrom { mappedFrom.insert(version) }
      if summary.signed { signed += 1 }
      if let signer = summary.signer { signers.insert(signer) }
      if let value = summary.overall { overall.add(value) }
      for (factor, value) in summary.scores {
        scores[factor, default: Sum()].add(value)
      }
      if summary.indicative { indicative += 1 }
      if let value = summary.evidenceChecked { evidenceCheckedOverall.add(value) }
      for (factor, value) in summary.evidenceCheckedScores ?? summary.scores {
        evidenceCheckedScores[factor, default: Sum()].add(value)
      }
      for (question, value) in summary.figures {
        figures[question, default: Sum()].add(value)
      }
      for (question, value) in summary.items {
        items[question, default: Sum()].add(value)
      }
    }

    /// Adds another part of the same group.
    public mutating func merge(_ other: Group) {
      respondents += other.respondents
      unsupported += other.unsupported
      notApplicable += other.notApplicable
      coverage.merge(other.coverage)
      mappedFrom.formUnion(other.mappedFrom)
      signed += other.signed
      signers.formUnion(other.signers)
      copiesLeftOut += other.copiesLeftOut
      overall.merge(other.overall)
      for (factor, sum) in other.scores {
        scores[factor, default: Sum()].merge(sum)
      }
      indicative += other.indicative
      evidenceCheckedOverall.merge(other.evidenceCheckedOverall)
      for (factor, sum) in other.evidenceCheckedScores {
        evidenceCheckedScores[factor, default: Sum()].merge(sum)
      }
      for (question, sum) in other.figures {
        figures[question, default: Sum()].merge(sum)
      }
      for (question, sum) in other.items {
        items[question, default: Sum()].merge(sum)
      }
    }
  }
}
