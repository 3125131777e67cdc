public import ArushaYAML

/// Each scored question's share of the overall score, from the questionnaire alone (issue 24,
/// "effective weight"; scoring.md, "Effective weight").
///
/// share = (W / ΣW) × (w / Σw): W is the question's factor weight and ΣW the sum of the weights
/// of the factors that have a scored question; w is the question's weight and Σw the sum of
/// the weights of its factor's scored questions. Every scored question counts, conditional
/// ones included: the share is the weight the author gave, as if every question were shown
/// and answered (which answers hide a question cannot be known from the file). A question of
/// a factor scored by its lowest item (`method: minimum`) has no share: whichever item is
/// lowest decides the whole factor. When every factor is scored by the mean, the shares add
/// up to 1.
public enum EffectiveWeight {
  /// A warning of `validate --strict` fires when the largest share is more than this many
  /// times the smallest.
  public static let unevenRatio = 4.0

  /// The share, 0…1, of each scored question of `questionnaire` in its overall score, by
  /// question id; a question of a `minimum` factor, and an unscored one, has none.
  ///
  /// - Parameter questionnaire: The questionnaire.
  /// - Returns: Question id → share.
  public static func shares(_ questionnaire: Questionnaire) -> [String: Double] {
    let factors = questionnaire.factors.filter { $0.questions.contains { $0.kind.isScored } }
    // Each weight over the largest first: the same ratios, with no sum of tiny weights lost.
    let largestFactor = factors.map(\.weight).max() ?? 1
    let factorTotal = factors.reduce(0) { $0 + $1.weight / largestFactor }
    var shares: [String: Double] = [:]
    for factor in factors where questionnaire.method(of: factor) == .mean {
      let scored = factor.questions.filter { $0.kind.isScored }
      let largest = scored.map(\.weight).max() ?? 1
      let total = scored.reduce(0) { $0 + $1.weight / largest }
      let factorShare = factor.weight / largestFactor / factorTotal
      for question in scored where shares[question.id] == nil {
        shares[question.id] = factorShare * (question.weight / largest / total)
      }
    }
    return shares
  }

  /// The warning of `validate --strict` on uneven shares, at the `id` of the question with the
  /// largest share (in `marks`, question id → where its id is written), with a note at the
  /// smallest's; nil when the shares are even enough or a question has no mark.
  ///
  /// A warning, never an error, even under `--strict`: the weights are the author's choice,
  /// and released questionnaires keep their bytes.
  public static func warning(_ questionnaire: Questionnaire, marks: [String: SourceMark])
    -> Diagnostic?
  {
    guard let (largest, smallest) = uneven(questionnaire), let mark = marks[largest.id],
      let note = marks[smallest.id]
    else { return nil }
    return .warning(
      .unevenShares(
        largest.id, largest.share, smallest: smallest.id, smallest.share, limit: unevenRatio),
      at: mark, notes: [.init(.smallestShare(smallest.id, smallest.share), at: note)])
  }

  /// The questions with the largest and the smallest share, in file order among equals, when
  /// the largest is more than ``unevenRatio`` times the smallest; nil otherwise.
  ///
  /// - Parameter questionnaire: The questionnaire.
  /// - Returns: Each question's id and share.
  public static func uneven(_ questionnaire: Questionnaire)
    -> (largest: (id: String, share: Double), smallest: (id: String, share: Double))?
  {
    let shares = shares(questionnaire)
    let ordered = questionnaire.questions.compactMap { question in
      shares[question.id].map { (id: question.id, share: $0) }
    }
    guard var largest = ordered.first, var smallest = ordered.first else { return nil }
    for entry in ordered.dropFirst() {
      if entry.share > largest.share { largest = entry }
      if entry.share < smallest.share { smallest = entry }
    }
    guard smallest.share > 0,
      !Tolerance.atMost(largest.share / smallest.share, unevenRatio)
    else { return nil }
    return (largest, smallest)
  }
}
