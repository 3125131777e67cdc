/// A questionnaire prepared for reading and scoring many responses fast: its questions in
/// file order with what checking and scoring an answer needs, found by id without hashing.
///
/// Made once per questionnaire and shared by every thread; ``ResponseSummarizer`` reads with
/// it. A class of constants: passing it around costs one reference count, where a struct
/// would retain each of the questionnaire's arrays at every copy, thousands of times a file.
public final class ScoringPlan: Sendable {
  /// What a question accepts and how it scores.
  enum ItemKind: Sendable {
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
  }

  /// One question.
  struct Item: Sendable {
    var id: String
    var idBytes: [UInt8]
    var factor: Int
    var kind: ItemKind
    var weight: Double
    var required: Bool
    var allowNotApplicable: Bool
    var allowUnknown: Bool
    var condition: Condition?
    /// The questions the condition reads, found once.
    var references: [Reference]

    var isScored: Bool {
      switch kind {
      case .option, .yesno, .multi: return true
      case .number, .text: return false
      }
    }
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

  /// Prepares `questionnaire`.
  public init(_ questionnaire: Questionnaire) {
    var items: [Item] = []
    var factors: [FactorPlan] = []
    for (factorIndex, factor) in questionnaire.factors.enumerated() {
      let start = items.count
      for question in factor.questions {
        let kind: ItemKind
        switch question.kind {
        case .scale(_, let options), .choice(let options):
          let values = options.map(\.value)
          kind = .option(values: values, low: values.min() ?? 0, high: values.max() ?? 0)
        case .yesno:
          kind = .yesno
        case .multi(let options):
          let values = options.map(\.value)
          kind = .multi(values: values, positive: values.filter { $0 > 0 }.reduce(0, +))
        case .number(let low, let high):
          kind = .number(min: low, max: high)
        case .text:
          kind = .text
        }
        items.append(
          Item(
            id: question.id, idBytes: Array(question.id.utf8), factor: factorIndex, kind: kind,
            weight: question.weight, required: question.required,
            allowNotApplicable: question.allowNotApplicable, allowUnknown: question.allowUnknown,
            condition: question.condition, references: []))
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
    self.items = items
    self.factors = factors
    self.index = index
  }
}
