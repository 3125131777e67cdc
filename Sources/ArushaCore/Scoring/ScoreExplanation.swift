/// Why each factor of one response scored what it did, item by item (scoring.md, "Why a
/// factor scored what it did").
///
/// Built from a ``ResponseScore`` (the figures the scorer computed), so an explanation can
/// never disagree with the score it explains: for method `mean` the contributions add up to
/// the factor's `uncapped` score, and the cap, when it applies, is the step to `score`.
public struct ScoreExplanation: Sendable, Hashable {
  /// One scored question of a factor.
  public struct Item: Sendable, Hashable {
    /// The question's id.
    public var question: String
    /// How it counts (`answered`, `unknown`, `na`, `missing`, `absent`, `hidden`).
    public var state: ItemScore.State
    /// The answer's value, when it has one.
    public var value: AnswerValue?
    /// The item score in 0…1; nil without one.
    public var score: Double?
    /// The question's weight.
    public var weight: Double
    /// For method `mean`: `100 × w·s / Σw` over the factor's items that have a score, in
    /// points of the 0…100 factor score; nil for an item without a score and for `minimum`.
    public var contribution: Double?
    /// Whether the question is critical.
    public var critical: Bool
    /// Whether the answer claims the practice without the evidence it expects.
    public var unsupported: Bool
    /// For method `minimum`: whether this item's score is the minimum (within 1e-9).
    public var decisive: Bool
    /// The item score the evidence-checked score counts (``ItemScore/evidenceChecked``).
    public var evidenceChecked: Double?
    /// The question's share, 0…1, of the overall score, from the questionnaire alone
    /// (``EffectiveWeight``); nil in a `minimum` factor.
    public var share: Double?
  }

  /// One factor.
  public struct Factor: Sendable, Hashable {
    /// The factor's id.
    public var id: String
    /// How its score is computed.
    public var method: ScoringMethod
    /// 0…100 after the critical cap; nil when no item has a score.
    public var score: Double?
    /// The score before the cap.
    public var uncapped: Double?
    /// Whether the critical cap lowered the score.
    public var capped: Bool
    /// The cap's value (`scoring.critical_cap`) when it applies, else nil.
    public var cap: Double?
    /// Whether a critical question of the factor scores 0.
    public var criticalGap: Bool
    /// Its scored questions, in file order.
    public var items: [Item]
    /// Its evidence-checked score (``FactorScore/evidenceChecked``).
    public var evidenceChecked: Double?
  }

  /// The factors explained, in file order.
  public var factors: [Factor]

  /// Explains `score`, the result of scoring `answers` against `questionnaire`.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire answered.
  ///   - answers: The response's answers by question id (for the values shown).
  ///   - score: What ``ResponseScorer`` computed for them.
  ///   - wanted: The ids of the factors to explain, in the order asked; empty: every factor.
  ///     An id that is no factor of the questionnaire is left out (the caller refuses it).
  public init(
    _ questionnaire: Questionnaire, answers: [String: Answer], score: ResponseScore,
    factors wanted: [String] = []
  ) {
    let items = Dictionary(
      score.items.map { ($0.question, $0) }, uniquingKeysWith: { first, _ in first })
    let shares = EffectiveWeight.shares(questionnaire)
    let chosen =
      wanted.isEmpty
      ? questionnaire.factors
      : wanted.compactMap { id in questionnaire.factors.first { $0.id == id } }
    self.factors = chosen.compactMap { factor in
      guard let result = score.factors.first(where: { $0.factor == factor.id }) else { return nil }
      let method = questionnaire.method(of: factor)
      let scored = factor.questions.compactMap { question -> (Question, ItemScore)? in
        guard let item = items[question.id], item.scored else { return nil }
        return (question, item)
      }
      let withScore = scored.compactMap { $0.1.score == nil ? nil : $0.1 }
      // The kernel's mean: weights rescaled by the largest when their total is tiny.
      let largest = withScore.map(\.weight).max() ?? 1
      let rescale = withScore.reduce(0) { $0 + $1.weight } < ScoringKernel.tinyTotal
      func weight(_ item: ItemScore) -> Double { rescale ? item.weight / largest : item.weight }
      let total = withScore.reduce(0) { $0 + weight($1) }
      let lowest = withScore.compactMap(\.score).min()
      let explained = scored.map { question, item in
        var contribution: Double?
        var decisive = false
        if let itemScore = item.score {
          switch method {
          case .mean: contribution = 100 * weight(item) * itemScore / total
          case .minimum: decisive = lowest.map { Tolerance.equal(itemScore, $0) } ?? false
          }
        }
        let value = item.state == .answered ? answers[question.id]?.value : nil
        return Item(
          question: question.id, state: item.state, value: value, score: item.score,
          weight: item.weight, contribution: contribution, critical: question.critical,
          unsupported: item.unsupported, decisive: decisive, evidenceChecked: item.evidenceChecked,
          share: shares[question.id])
      }
      return Factor(
        id: factor.id, method: method, score: result.score, uncapped: result.uncapped,
        capped: result.capped, cap: result.capped ? questionnaire.scoring.criticalCap : nil,
        criticalGap: result.criticalGap, items: explained, evidenceChecked: result.evidenceChecked)
    }
  }
}
