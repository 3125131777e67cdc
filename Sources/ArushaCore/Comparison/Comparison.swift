/// Groups of responses compared with each other and over time (scoring.md, "Many responses").
public struct Comparison: Sendable, Hashable {
  /// The questionnaire whose factors, titles and thresholds the comparison uses: the newest
  /// version among the responses.
  public var questionnaire: Questionnaire
  /// Every group, by administration then round in natural order.
  public var groups: [Group]
  /// One per administration with two comparable rounds, in the order of administrations.
  public var changes: [Change]
  /// The statistics of the peer groups.
  public var peers: Peers
  /// The options the comparison was made with.
  public var options: ComparisonOptions
  /// Under `--anonymize`, which label stands for which administration; empty otherwise.
  ///
  /// In label order (A1, A2, … A10), the names as the files have them. For the expert's
  /// records only (`--anonymize-key FILE`), never in a report (issue 23).
  public var anonymizationKey: [AnonymousLabel] = []
  /// The compared questionnaire's questions that no longer offer "not applicable" where a
  /// mapped version did, in file order: a mapped `na` there stays `na` (issue 25); set by the
  /// command that applied the maps, empty when none was.
  public var notApplicableKept: [String] = []
  /// With `compare --plans DIR` (issue 27): the progress of each group that has a plan of its
  /// administration (``PlanProgress``), in group order; nil without `--plans`, so that the
  /// reports are those of a comparison without plans.
  public var plans: [PlanProgress]?

  /// One label of ``anonymizationKey``.
  public struct AnonymousLabel: Sendable, Hashable {
    /// The label: `A1`, `A2`, and so on.
    public var label: String
    /// The administration it stands for, as the files have it.
    public var name: String

    /// Creates an entry.
    public init(label: String, name: String) {
      self.label = label
      self.name = name
    }
  }

  /// Creates a comparison.
  public init(
    questionnaire: Questionnaire, groups: [Group], changes: [Change], peers: Peers,
    options: ComparisonOptions
  ) {
    self.questionnaire = questionnaire
    self.groups = groups
    self.changes = changes
    self.peers = peers
    self.options = options
  }

  /// The factors compared, in file order; the scores of groups and changes follow this order.
  public var factors: [Factor] { questionnaire.factors }

  /// The `number` questions with `per`, in file order: the normalised key figures each
  /// group's ``Group/figures`` follow (issue 24).
  public var figureQuestions: [Question] { questionnaire.questions.filter { $0.per != nil } }
}
