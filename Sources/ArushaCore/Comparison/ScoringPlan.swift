/// A questionnaire prepared for scoring: its questions in file order with what checking and
/// scoring an answer needs, found by id without hashing.
///
/// Made once per questionnaire and shared by every thread. ``ScoringKernel`` scores with it
/// (for `score`, `assess` and `compare` alike) and ``ResponseSummarizer`` reads with it. A
/// class of constants: passing it around costs one reference count, where a struct would
/// retain each of the questionnaire's arrays at every copy, thousands of times a file.
public final class ScoringPlan: Sendable {
  /// What a question accepts and how it scores.
  public enum ItemKind: Sendable {
    /// `scale` or `choice`: one of `values`; scores (v − low) / (high − low), none when high ≤ low.
    case option(values: [Double], low: Double, high: Double)
    /// 1 or 0.
    case yesno
    /// Distinct values of `values`; scores min(max(Σ, 0), positive) / positive, none when
    /// `positive` (the sum of the positive option values) is 0.
    case multi(values: [Double], positive: Double)
    /// A number within optional bounds; unscored.
    case number(min: Double?, max: Double?)
    /// Text; unscored.
    case text

    /// The kind of a question of `kind`.
    public init(_ kind: Question.Kind) {
      switch kind {
      case .scale(_, let options), .choice(let options):
        let values = options.map(\.value)
        self = .option(values: values, low: values.min() ?? 0, high: values.max() ?? 0)
      case .yesno:
        self = .yesno
      case .multi(let options):
        let values = options.map(\.value)
        self = .multi(values: values, positive: values.filter { $0 > 0 }.reduce(0, +))
      case .number(let low, let high):
        self = .number(min: low, max: high)
      case .text:
        self = .text
      }
    }

    /// Whether answers of this kind have an item score.
    public var isScored: Bool {
      switch self {
      case .option, .yesno, .multi: return true
      case .number, .text: return false
      }
    }

    /// The item score of `value`, in 0…1 (questionnaire-format.md, "Types"): the one formula
    /// of each type; nil for unscored kinds and values of another shape.
    public func score(_ value: AnswerValue) -> Double? {
      switch (self, value) {
      case (.option(_, let low, let high), .number(let number)):
        guard high > low else { return nil }
        return (number - low) / (high - low)
      case (.yesno, .number(let number)):
        return number == 1 ? 1 : 0
      case (.multi(_, let positive), .selection(let selected)):
        guard positive > 0 else { return nil }
        return min(max(selected.reduce(0, +), 0), positive) / positive
      default:
        return nil
      }
    }
  }

  /// One question.
  struct Item: Sendable {
    var id: String
    var idBytes: [UInt8]
    var factor: Int
    var kind: ItemKind
    /// What an answer's value must be (the readers' one statement of it).
    var rule: AnswerRule
    var weight: Double
    var required: Bool
    var critical: Bool
    /// For a critical question, the item score below which it is a gap; nil: only 0 is.
    var criticalBelow: Double?
    var allowNotApplicable: Bool
    var allowUnknown: Bool
    var condition: Condition?
    var whenHidden: Question.WhenHidden
    /// The questions the condition reads, found once.
    var references: [Reference]
    /// When an answer is unsupported.
    var evidence: EvidenceRule
    /// `evidence.mayExpect`, kept flat for the per-file loop.
    var mayExpectEvidence: Bool

    var isScored: Bool { kind.isScored }
  }

  /// A question a condition reads, and where it is.
  struct Reference: Sendable {
    var id: String
    var index: Int
  }

  /// One factor: its questions are `items[range]`.
  struct FactorPlan: Sendable {
    var id: String
    var weight: Double
    var method: ScoringMethod
    var range: Range<Int>
  }

  /// The questionnaire.
  public let questionnaire: Questionnaire
  let items: [Item]
  let factors: [FactorPlan]
  let index: [String: Int]
  /// Each question's `unit`, in file order (kept apart from ``items``, which the kernel walks
  /// once per response).
  let units: [LocalizedText?]
  /// The `number` questions with `per`, in file order (issue 24): empty for most
  /// questionnaires, so that a response without them costs nothing more.
  let normalizedFigures: [NormalizedFigure]

  /// Prepares `questionnaire`.
  public init(_ questionnaire: Questionnaire) {
    var items: [Item] = []
    var factors: [FactorPlan] = []
    for (factorIndex, factor) in questionnaire.factors.enumerated() {
      let start = items.count
      for question in factor.questions {
        items.append(
          Item(
            id: question.id, idBytes: Array(question.id.utf8), factor: factorIndex,
            kind: ItemKind(question.kind), rule: AnswerRule(question.kind), weight: question.weight,
            required: question.required,
            critical: question.critical,
            criticalBelow: question.criticalBelow ?? questionnaire.scoring.criticalBelow,
            allowNotApplicable: question.allowNotApplicable,
            allowUnknown: question.allowUnknown, condition: question.condition,
            whenHidden: question.whenHidden, references: [], evidence: EvidenceRule(question),
            mayExpectEvidence: EvidenceRule(question).mayExpect))
      }
      factors.append(
        FactorPlan(
          id: factor.id, weight: factor.weight, method: questionnaire.method(of: factor),
          range: start..<items.count))
    }
    let index = Dictionary(
      items.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first }
    )
    for position in items.indices {
      items[position].references = (items[position].condition?.references ?? []).compactMap { id in
        index[id].map { Reference(id: id, index: $0) }
      }
    }
    self.questionnaire = questionnaire
    self.units = questionnaire.questions.map(\.unit)
    self.normalizedFigures = questionnaire.questions.enumerated().compactMap { position, question in
      question.per.map {
        NormalizedFigure(position: position, per: $0, denominator: index[$0.question])
      }
    }
    self.items = items
    self.factors = factors
    self.index = index
  }

  /// The number of questions.
  public var count: Int { items.count }

  /// The position of the question `id` in file order, or nil.
  public func position(of id: String) -> Int? { index[id] }
}
