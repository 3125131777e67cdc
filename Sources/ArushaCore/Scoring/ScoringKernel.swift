/// The one implementation of the scoring rules of scoring.md ("One response").
///
/// Visibility, item scores, `when_hidden`, unsupported answers, factor scores with the
/// critical cap, coverage, the overall score. `arusha score`, `assess` and `compare` (both its fast path and
/// the full decoder) all score through it; what differs is only how they read the answers
/// into ``Answers``.
///
/// Pure and allocation-light: one array of item results and one of factor results per call.
public enum ScoringKernel {
  /// How one question was answered, as the kernel reads it: the compact form that both the
  /// decoded ``Response`` and the compare fast path produce.
  public struct ItemAnswer: Sendable, Hashable {
    /// The answer's state.
    public enum State: Sendable, Hashable {
      /// No answer.
      case missing
      /// "Don't know / no evidence".
      case unknown
      /// Not applicable (with a justification).
      case notApplicable
      /// A value (that fits the question).
      case value(AnswerValue)
    }

    /// The state.
    public var state: State
    /// Whether the answer has an evidence reference that is not blank.
    public var hasEvidence: Bool

    /// No answer.
    public static let missing = ItemAnswer(state: .missing, hasEvidence: false)

    /// Creates an item answer.
    public init(state: State, hasEvidence: Bool) {
      self.state = state
      self.hasEvidence = hasEvidence
    }

    /// The compact form of `answer` (nil: no answer).
    public init(_ answer: Answer?) {
      guard let answer else {
        self = .missing
        return
      }
      let evidence = answer.evidence.map { !$0.allSatisfy(\.isWhitespace) } ?? false
      switch (answer.state, answer.value) {
      case (.unknown?, _): self.init(state: .unknown, hasEvidence: evidence)
      case (.notApplicable?, _): self.init(state: .notApplicable, hasEvidence: evidence)
      case (nil, let value?): self.init(state: .value(value), hasEvidence: evidence)
      case (nil, nil): self.init(state: .missing, hasEvidence: evidence)
      }
    }

    /// The value, when the state is one.
    public var value: AnswerValue? {
      if case .value(let value) = state { return value }
      return nil
    }
  }

  /// One question's result.
  public struct Item: Sendable, Hashable {
    /// Whether its condition shows it.
    public var visible: Bool
    /// How it counts (``ItemScore/State``).
    public var state: ItemScore.State
    /// The item score in 0…1; nil without one.
    public var score: Double?
    /// Whether the answer claims a practice that expects evidence, with or without it.
    public var expectsEvidence: Bool
    /// Whether the answer claims the practice without the evidence it expects.
    public var unsupported: Bool
    /// Whether it is a critical question whose item score is below its threshold
    /// (``isCriticalGap(_:below:)``).
    public var criticalGap: Bool
    /// The item score the evidence-checked score counts (issue 24): ``score``, except for an
    /// unsupported answer, which counts as the highest value of its question below it that
    /// expects no evidence (``EvidenceRule/supported(_:kind:)``).
    public var checkedScore: Double?
  }

  /// One factor's result.
  public struct Factor: Sendable, Hashable {
    /// 0…100 after the critical cap; nil when no scored question has a score.
    public var score: Double?
    /// The score before the cap (equal to `score` when not capped).
    public var uncapped: Double?
    /// Whether the cap lowered the score.
    public var capped: Bool
    /// `with score / (with score + missing)`; nil when that denominator is 0.
    public var coverage: Double?
    /// Visible scored questions by state.
    public var answered: Int
    public var unknown: Int
    public var notApplicable: Int
    public var missing: Int
    /// Hidden `when_hidden: zero` questions scored 0.
    public var absent: Int
    /// Unsupported answers.
    public var unsupported: Int
    /// Whether a critical question of the factor scores 0.
    public var criticalGap: Bool
  }

  /// The evidence-checked score (issue 24): the whole pipeline again, cap included, with each
  /// unsupported answer's item score replaced by ``Item/checkedScore``.
  public struct EvidenceCheck: Sendable, Hashable {
    /// Each factor's evidence-checked score, 0…100, in file order (nil where the declared
    /// score is nil).
    public var factors: [Double?]
    /// The evidence-checked overall score, 0…100.
    public var overall: Double?
    /// Answers that claim a practice expecting evidence (M of "N of M").
    public var expecting: Int
    /// Those of them without evidence (N of "N of M").
    public var unsupported: Int
  }

  /// The whole result.
  public struct Result: Sendable, Hashable {
    /// One per question, in file order.
    public var items: [Item]
    /// One per factor, in file order.
    public var factors: [Factor]
    /// `Σ W·F / Σ W` over the factors that have a score; nil when none has.
    public var overall: Double?
    /// The evidence-checked scores, equal to the declared ones when no answer is unsupported.
    public var evidenceChecked: EvidenceCheck
  }

  /// Scores `answers` (one per question of `plan`, in file order) as scoring.md says.
  ///
  /// - Parameters:
  ///   - plan: The prepared questionnaire.
  ///   - answers: The answers in file order; an answer to a question its condition hides is
  ///     ignored, as the spec says.
  /// - Returns: Items, factors and the overall score.
  public static func score(_ plan: ScoringPlan, _ answers: [ItemAnswer]) -> Result {
    var items: [Item] = []
    items.reserveCapacity(plan.items.count)
    // Walked by index, field by field: copying whole plan items (their arrays and condition)
    // for each of thousands of files costs more than the arithmetic.
    let count = plan.items.count
    for position in 0..<count {
      // What a condition sees: the values of the visible questions before this one.
      var visible = true
      if let condition = plan.items[position].condition {
        visible = condition.evaluate { id in
          let index =
            plan.items[position].references.first { $0.id == id }?.index ?? plan.index[id]
          guard let index, index < items.count, items[index].visible, index < answers.count
          else { return nil }
          return answers[index].value
        }
      }
      var item = Item(
        visible: visible, state: .missing, score: nil, expectsEvidence: false, unsupported: false,
        criticalGap: false, checkedScore: nil)
      let isScored = plan.items[position].isScored
      if visible, position < answers.count {
        switch answers[position].state {
        case .missing: item.state = .missing
        case .unknown:
          item.state = .unknown
          item.score = isScored ? 0 : nil
        case .notApplicable: item.state = .notApplicable
        case .value(let value):
          item.state = .answered
          item.score = plan.items[position].kind.score(value)
          if plan.items[position].mayExpectEvidence {
            let kind = plan.items[position].kind
            item.expectsEvidence = plan.items[position].evidence.expects(value, kind: kind)
            item.unsupported = item.expectsEvidence && !answers[position].hasEvidence
            if item.unsupported {
              item.checkedScore = kind.score(
                plan.items[position].evidence.supported(value, kind: kind))
            }
          }
        }
      } else if !visible {
        item.state = hiddenState(plan.items[position], items: items)
        if item.state == .absent { item.score = 0 }
      }
      item.criticalGap =
        plan.items[position].critical && isScored
        && Self.isCriticalGap(item.score, below: plan.items[position].criticalBelow)
      if !item.unsupported { item.checkedScore = item.score }
      items.append(item)
    }

    let (factors, overall) = aggregate(plan, items)
    var check = EvidenceCheck(
      factors: factors.map(\.score), overall: overall, expecting: 0, unsupported: 0)
    for item in items {
      if item.expectsEvidence { check.expecting += 1 }
      if item.unsupported { check.unsupported += 1 }
    }
    if check.unsupported > 0 {
      // The same pipeline on the substituted item scores: their critical gaps and cap too.
      var checked = items
      for index in checked.indices where checked[index].unsupported {
        checked[index].score = checked[index].checkedScore
        checked[index].criticalGap =
          plan.items[index].critical
          && Self.isCriticalGap(checked[index].score, below: plan.items[index].criticalBelow)
      }
      let (checkedFactors, checkedOverall) = aggregate(plan, checked)
      check.factors = checkedFactors.map(\.score)
      check.overall = checkedOverall
    }
    return Result(items: items, factors: factors, overall: overall, evidenceChecked: check)
  }

  /// The factor scores and the overall score of scored `items` (scoring.md, steps 4–7): counts,
  /// coverage, the factor's method, the critical cap, the weighted overall mean.
  ///
  /// - Parameters:
  ///   - plan: The prepared questionnaire.
  ///   - items: One result per question of `plan`, in file order.
  /// - Returns: One factor per factor of `plan`, and the overall score (nil when no factor has
  ///   one).
  static func aggregate(_ plan: ScoringPlan, _ items: [Item]) -> ([Factor], Double?) {
    let settings = plan.questionnaire.scoring

    var factors: [Factor] = []
    factors.reserveCapacity(plan.factors.count)
    var overallSum: Double = 0
    var overallWeight: Double = 0
    var anyFactor = false
    for factorPlan in plan.factors {
      var factor = Factor(
        score: nil, uncapped: nil, capped: false, coverage: nil, answered: 0, unknown: 0,
        notApplicable: 0, missing: 0, absent: 0, unsupported: 0, criticalGap: false)
      var weights: Double = 0
      var weighted: Double = 0
      var largestWeight: Double = 0
      var lowest: Double?
      var withScore = 0
      for index in factorPlan.range where plan.items[index].isScored {
        let item = items[index]
        switch item.state {
        case .answered: factor.answered += 1
        case .unknown: factor.unknown += 1
        case .notApplicable: factor.notApplicable += 1
        case .missing: factor.missing += 1
        case .absent: factor.absent += 1
        case .hidden: break
        }
        if item.unsupported { factor.unsupported += 1 }
        if item.criticalGap { factor.criticalGap = true }
        guard let score = item.score else { continue }
        let weight = plan.items[index].weight
        withScore += 1
        weights += weight
        weighted += weight * score
        largestWeight = max(largestWeight, weight)
        lowest = min(lowest ?? score, score)
      }
      if withScore + factor.missing > 0 {
        factor.coverage = Double(withScore) / Double(withScore + factor.missing)
      }
      if withScore > 0 {
        var value: Double
        switch factorPlan.method {
        case .mean:
          value = 100 * weighted / weights
          if weights < tinyTotal {
            // Weights so small that their products lose their digits (validate accepts any
            // w > 0): the same mean, with every weight divided by the largest.
            var scaledWeights: Double = 0
            var scaledSum: Double = 0
            for index in factorPlan.range where plan.items[index].isScored {
              guard let score = items[index].score else { continue }
              let weight = plan.items[index].weight / largestWeight
              scaledWeights += weight
              scaledSum += weight * score
            }
            value = 100 * scaledSum / scaledWeights
          }
        case .minimum: value = 100 * (lowest ?? 0)
        }
        factor.uncapped = value
        if factor.criticalGap, let cap = settings.criticalCap, value > cap + Tolerance.epsilon {
          value = cap
          factor.capped = true
        }
        factor.score = value
        anyFactor = true
        overallSum += factorPlan.weight * value
        overallWeight += factorPlan.weight
      }
      factors.append(factor)
    }
    return (factors, anyFactor ? overallSum / overallWeight : nil)
  }

  /// A total of weights below which a weighted mean is computed on rescaled weights.
  static let tinyTotal = 1e-200

  /// Whether a critical question's item score makes it a critical gap (scoring.md, step 7).
  ///
  /// Below `threshold` (within 1e-9) when the questionnaire sets `critical_below`, else
  /// exactly 0, the rule of questionnaires without the key. No score is no gap.
  ///
  /// - Parameters:
  ///   - score: The item score, 0…1, or nil.
  ///   - threshold: The question's `critical_below`, else the questionnaire's; nil for none.
  /// - Returns: Whether the item is a critical gap.
  static func isCriticalGap(_ score: Double?, below threshold: Double?) -> Bool {
    guard let score else { return false }
    guard let threshold else { return score == 0 }
    return Tolerance.below(score, threshold)
  }

  /// How a question its condition hides counts (scoring.md): left out (`hidden`), unless it
  /// says `when_hidden: zero`; then the questions its condition reads decide: every one of
  /// them with a value, `unknown`, or itself absent → `absent` (scores 0); any `na`, or
  /// hidden and left out → `hidden`; else (one is unanswered) → `missing`.
  static func hiddenState(_ planned: ScoringPlan.Item, items: [Item]) -> ItemScore.State {
    guard planned.isScored, planned.whenHidden == .zero else { return .hidden }
    var anyMissing = false
    for reference in planned.references where reference.index < items.count {
      switch items[reference.index].state {
      case .answered, .unknown, .absent: continue
      case .notApplicable, .hidden: return .hidden
      case .missing: anyMissing = true
      }
    }
    return anyMissing ? .missing : .absent
  }
}
