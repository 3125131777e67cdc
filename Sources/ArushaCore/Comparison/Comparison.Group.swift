extension Comparison {
  /// One administration in one round: the mean of its responses' scores.
  public struct Group: Sendable, Hashable {
    /// The administration's name as printed (``PrintableText/distinctNames(_:)``: controls
    /// shown as ␉ ␊ ␍…, and two different names never alike), or its label (`A1`) when
    /// anonymized.
    public var administration: String
    /// The round's label as printed (``PrintableText/distinctNames(_:)``).
    public var round: String
    /// How many responses the group has.
    public var respondents: Int
    /// Whether it has fewer responses than the minimum, so that no score is shown.
    public var suppressed: Bool
    /// The overall score compared (peers, changes, history): ``declaredOverall``, or
    /// ``evidenceCheckedOverall`` under `--evidence-checked` (issue 24).
    public var overall: Double?
    /// The factor scores compared, in factor order: ``declaredScores``, or
    /// ``evidenceCheckedScores`` under `--evidence-checked`; empty when suppressed.
    public var scores: [Double?]
    /// The mean of the responses' non-null overall scores; nil when none or suppressed.
    public var declaredOverall: Double?
    /// The mean of the responses' non-null scores per factor, in factor order; empty when
    /// suppressed.
    public var declaredScores: [Double?] = []
    /// How many of its responses have an indicative overall score (0 when suppressed): its
    /// overall score is then indicative too.
    public var indicative = 0
    /// The mean of the responses' non-null evidence-checked overall scores (scoring.md step
    /// 11); nil when none or suppressed.
    public var evidenceCheckedOverall: Double?
    /// The mean of the responses' non-null evidence-checked scores per factor, in factor
    /// order; empty when suppressed.
    public var evidenceCheckedScores: [Double?] = []
    /// Ids of the factors at or above `scoring.strength`, in factor order.
    public var strengths: [String]
    /// Ids of the factors below `scoring.improvement`, in factor order.
    public var improvements: [String]
    /// Where each factor stands against the peers, in factor order; nil for a group that the
    /// peers are not computed over.
    public var position: [Position?]?
    /// The unsupported answers of its responses, in total (0 when suppressed).
    public var unsupported = 0
    /// The "not applicable" answers of its responses, in total (0 when suppressed; issue 24:
    /// counts only, the answers and their justifications are in each response's report).
    public var notApplicable = 0
    /// The source versions of its responses scored through a map, in natural order; empty
    /// when none was (trust-and-continuity.md).
    public var mappedFrom: [String] = []
    /// The mean over its responses of the share, 0…1, of the compared version's visible scored
    /// questions that have a score (``ResponseSummary/coverage``); nil when suppressed.
    public var coverage: Double?
    /// How many of its responses are signed by an allowed key; nil when signatures were not
    /// checked (no `--allowed-signers`).
    public var signed: Int?
    /// Who signed its signed responses, in code-point order (the principals of the allowed
    /// signers lines, as written); nil when signatures were not checked.
    public var signers: [String]?
    /// How many of its files were left out as copies of a response counted
    /// (``ResponseCopies``: the same bytes, or the same respondent with an older `updated`);
    /// not in ``respondents``.
    public var copiesLeftOut = 0
    /// Its normalised key figures, in the order of ``Comparison/figureQuestions``; empty
    /// when suppressed (issue 24).
    public var figures: [Figure] = []

    /// Whether some of its responses were scored through a map.
    public var isMapped: Bool { !mappedFrom.isEmpty }

    /// Creates a group.
    public init(
      administration: String, round: String, respondents: Int, suppressed: Bool,
      overall: Double?, scores: [Double?], strengths: [String], improvements: [String],
      position: [Position?]?
    ) {
      self.administration = administration
      self.round = round
      self.respondents = respondents
      self.suppressed = suppressed
      self.overall = overall
      self.scores = scores
      self.declaredOverall = overall
      self.declaredScores = scores
      self.evidenceCheckedOverall = overall
      self.evidenceCheckedScores = scores
      self.strengths = strengths
      self.improvements = improvements
      self.position = position
    }
  }
}
