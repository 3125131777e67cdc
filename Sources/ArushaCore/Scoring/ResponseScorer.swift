/// Scores one response exactly as scoring.md says.
///
/// Pure: no I/O, no clock.
public enum ResponseScorer {
  /// Scores `answers` against `questionnaire`.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire answered.
  ///   - answers: Answers by question id (answers to unknown ids are ignored).
  /// - Returns: Item, factor and overall scores, strengths, areas, critical and priority gaps.
  public static func score(_ questionnaire: Questionnaire, answers: [String: Answer])
    -> ResponseScore
  {
    let visibility = Visibility(questionnaire, answers: answers)
    let settings = questionnaire.scoring
    var items: [ItemScore] = []
    var factors: [FactorScore] = []
    var critical: [String] = []

    for factor in questionnaire.factors {
      var factorItems: [ItemScore] = []
      for question in factor.questions {
        let item = itemScore(
          question, factor: factor.id, answer: answers[question.id],
          visible: visibility.isVisible(question))
        if item.critical, item.score == 0 { critical.append(question.id) }
        factorItems.append(item)
      }
      let scored = factorItems.filter { $0.scored && $0.state != .hidden }
      let withScore = scored.filter { $0.score != nil }
      let score: Double?
      switch questionnaire.method(of: factor) {
      case _ where withScore.isEmpty: score = nil
      case .mean:
        let weights = withScore.reduce(0) { $0 + $1.weight }
        score = 100 * withScore.reduce(0) { $0 + $1.weight * ($1.score ?? 0) } / weights
      case .minimum:
        score = 100 * (withScore.compactMap(\.score).min() ?? 0)
      }
      let count = { (state: ItemScore.State) in scored.filter { $0.state == state }.count }
      let notApplicable = count(.notApplicable)
      let denominator = scored.count - notApplicable
      let hasCriticalGap = factorItems.contains { $0.critical && $0.score == 0 }
      factors.append(
        FactorScore(
          factor: factor.id, score: score, level: settings.level(of: score),
          coverage: denominator > 0 ? Double(withScore.count) / Double(denominator) : nil,
          answered: count(.answered), unknown: count(.unknown), notApplicable: notApplicable,
          missing: count(.missing), strength: score.map { $0 >= settings.strength } ?? false,
          improvement: (score.map { $0 < settings.improvement } ?? false) || hasCriticalGap))
      items += factorItems
    }

    let weighted = zip(questionnaire.factors, factors).filter { $0.1.score != nil }
    let totalWeight = weighted.reduce(0) { $0 + $1.0.weight }
    let overall =
      weighted.isEmpty
      ? nil : weighted.reduce(0) { $0 + $1.0.weight * ($1.1.score ?? 0) } / totalWeight
    let gaps = items.enumerated()
      .compactMap { index, item -> (Int, PriorityGap)? in
        guard item.scored, item.state != .hidden, let score = item.score, score < 1 else {
          return nil
        }
        return (
          index,
          PriorityGap(
            question: item.question, factor: item.factor, score: score, weight: item.weight)
        )
      }
      .sorted { $0.1.priority != $1.1.priority ? $0.1.priority > $1.1.priority : $0.0 < $1.0 }
      .map(\.1)

    return ResponseScore(
      overall: overall, overallLevel: settings.level(of: overall), factors: factors, items: items,
      strengths: factors.filter(\.strength).map(\.factor),
      improvements: factors.filter(\.improvement).map(\.factor), critical: critical, gaps: gaps)
  }

  /// The item score of one question: its state and, for visible scored questions, its score.
  static func itemScore(_ question: Question, factor: String, answer: Answer?, visible: Bool)
    -> ItemScore
  {
    var item = ItemScore(
      question: question.id, factor: factor, state: .missing, score: nil, weight: question.weight,
      critical: question.critical, scored: question.kind.isScored)
    guard visible else {
      item.state = .hidden
      item.critical = false
      return item
    }
    switch (answer?.state, answer?.value) {
    case (.unknown?, _):
      item.state = .unknown
      item.score = question.kind.isScored ? 0 : nil
    case (.notApplicable?, _):
      item.state = .notApplicable
    case (nil, let value?):
      item.state = .answered
      item.score = valueScore(question.kind, value)
    case (nil, nil):
      item.state = .missing
    }
    return item
  }

  /// The formula of each type (questionnaire-format.md), in 0…1; nil for unscored types.
  public static func valueScore(_ kind: Question.Kind, _ value: AnswerValue) -> Double? {
    switch (kind, value) {
    case (.scale(_, let options), .number(let number)), (.choice(let options), .number(let number)):
      let values = options.map(\.value)
      guard let low = values.min(), let high = values.max(), high > low else { return nil }
      return (number - low) / (high - low)
    case (.yesno, .number(let number)):
      return number == 1 ? 1 : 0
    case (.multi(let options), .selection(let selected)):
      let positive = options.map(\.value).filter { $0 > 0 }.reduce(0, +)
      guard positive > 0 else { return nil }
      return min(max(selected.reduce(0, +), 0), positive) / positive
    default:
      return nil
    }
  }
}
