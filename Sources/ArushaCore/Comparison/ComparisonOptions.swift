/// The settings of a comparison that change its figures (scoring.md, "Many responses").
public struct ComparisonOptions: Sendable, Hashable {
  /// Groups with fewer responses are suppressed (`--min-respondents`, at least 1).
  public var minimumRespondents: Int
  /// How far from the peer median a score must be to be above or below peers, in points.
  public var margin: Double
  /// Changes are from this round to the latest, for administrations that have it.
  public var baseline: String?
  /// Peers are this round's groups instead of each administration's latest.
  public var round: String?
  /// Whether administrations are shown as `A1`, `A2`, … instead of their names.
  public var anonymize: Bool
  /// Whether signatures were checked (`--allowed-signers`), so that each group says how many
  /// of its responses are signed (trust-and-continuity.md).
  public var checksSignatures = false
  /// Whether peers, positions, changes, history, strengths and areas for improvement use the
  /// evidence-checked scores instead of the declared ones (`--evidence-checked`, issue 24).
  public var evidenceChecked = false

  /// Creates options; the defaults are those of `arusha compare`.
  public init(
    minimumRespondents: Int = 1, margin: Double = 10, baseline: String? = nil,
    round: String? = nil, anonymize: Bool = false
  ) {
    self.minimumRespondents = minimumRespondents
    self.margin = margin
    self.baseline = baseline
    self.round = round
    self.anonymize = anonymize
  }
}
