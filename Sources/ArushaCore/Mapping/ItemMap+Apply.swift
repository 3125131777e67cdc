extension ItemMap {
  /// `response` (to this map's `from`) read as a response to `target` (its `to`).
  ///
  /// Answers are carried to their mapped questions with values translated; `na` and `unknown`
  /// are kept; the target's other questions have no answer (missing). Several sources merged
  /// into one target: `unknown` if any is `unknown`; else the lowest translated value among the
  /// valued ones; `na` only if all answered ones are `na`; sources without an answer are
  /// ignored (no answered source at all → no answer).
  public func apply(
    _ response: Response, from source: Questionnaire, to target: Questionnaire,
    sha256: String = ""
  ) -> Response {
    let targets = targets(from: source, to: target)
    var gathered: [String: [Answer]] = [:]
    for question in source.questions {
      guard let targetID = targets[question.id], let answer = response.answers[question.id],
        answer.isGiven
      else { continue }
      gathered[targetID, default: []].append(translated(answer, to: targetID))
    }
    var answers: [String: Answer] = [:]
    for question in target.questions {
      guard let given = gathered[question.id], !given.isEmpty else { continue }
      answers[question.id] = Self.merged(given)
    }
    var mapped = response
    mapped.questionnaire = QuestionnaireReference(
      id: target.id, version: target.version, sha256: sha256)
    mapped.answers = answers
    return mapped
  }

  private func translated(_ answer: Answer, to targetID: String) -> Answer {
    guard let value = answer.value else { return answer }
    var result = answer
    result.value = translatedValue(value, to: targetID)
    return result
  }

  /// `value` (an answer value of a question mapped to `targetID`) in `targetID`'s values:
  /// each number through the map's `values` table for it, a selection without duplicates;
  /// unchanged when the table does not list it.
  public func translatedValue(_ value: AnswerValue, to targetID: String) -> AnswerValue {
    Self.translated(value, through: values[targetID])
  }

  /// `value` through a map's value `table` for its target question.
  ///
  /// Each number as the table lists it, a selection without duplicates; unchanged without a
  /// table. The one statement of the rule, for ``apply(_:from:to:sha256:)`` and
  /// ``MappedScoringPlan``.
  static func translated(_ value: AnswerValue, through table: [Double: Double]?) -> AnswerValue {
    guard let table else { return value }
    switch value {
    case .number(let number): return .number(table[number] ?? number)
    case .selection(let selected):
      var seen: Set<Double> = []
      return .selection(selected.map { table[$0] ?? $0 }.filter { seen.insert($0).inserted })
    case .text: return value
    }
  }

  /// What the merged-question rule (trust-and-continuity.md) makes of several answers.
  enum Merge: Equatable {
    /// "Don't know": one of them is.
    case unknown
    /// The lowest of their numbers.
    case lowest(Double)
    /// "Not applicable": all of them are.
    case notApplicable
    /// The first, as it is.
    case first
  }

  /// The merged-question rule on answers described by their state.
  ///
  /// `unknown` if any is `unknown`; else the lowest number among the valued ones; `na` only
  /// if all are `na`; else the first. The one statement of the rule, for ``merged(_:)`` and
  /// ``MappedScoringPlan``.
  static func merge<Answers: Collection>(
    _ answers: Answers, isUnknown: (Answers.Element) -> Bool,
    number: (Answers.Element) -> Double?, isNotApplicable: (Answers.Element) -> Bool
  ) -> Merge {
    if answers.contains(where: isUnknown) { return .unknown }
    if let lowest = answers.compactMap(number).min() { return .lowest(lowest) }
    if answers.allSatisfy(isNotApplicable) { return .notApplicable }
    return .first
  }

  /// The merged-question rule (trust-and-continuity.md), texts joined.
  static func merged(_ answers: [Answer]) -> Answer {
    if answers.count == 1 { return answers[0] }
    let comment = joined(answers.compactMap(\.comment))
    let evidence = joined(answers.compactMap(\.evidence))
    let merge = merge(
      answers, isUnknown: { $0.state == .unknown },
      number: { answer in
        if case .number(let number)? = answer.value { return number }
        return nil
      }, isNotApplicable: { $0.state == .notApplicable })
    switch merge {
    case .unknown: return Answer(state: .unknown, comment: comment, evidence: evidence)
    case .lowest(let lowest):
      return Answer(value: .number(lowest), comment: comment, evidence: evidence)
    case .notApplicable:
      return Answer(
        state: .notApplicable, comment: comment, evidence: evidence,
        justification: joined(answers.compactMap(\.justification)))
    case .first: return answers[0]
    }
  }

  private static func joined(_ texts: [String]) -> String? {
    var seen: Set<String> = []
    let distinct = texts.filter { seen.insert($0).inserted }
    return distinct.isEmpty ? nil : distinct.joined(separator: "; ")
  }

  /// `response` carried through `maps` to `target`'s version, one step per map.
  ///
  /// Maps chain (2025 → 2026.1 → 2027.1) when `maps` has every step and `questionnaires` has
  /// every version on the way. `nil` when no chain of the given maps reaches `target`.
  public static func chain(
    _ response: Response, maps: [ItemMap], questionnaires: [Questionnaire], to target: Questionnaire
  ) -> Response? {
    var current = response
    var used: Set<Int> = []
    while current.questionnaire.id != target.id || current.questionnaire.version != target.version {
      guard
        let index = maps.indices.first(where: {
          !used.contains($0) && maps[$0].from.id == current.questionnaire.id
            && maps[$0].from.version == current.questionnaire.version
        })
      else { return nil }
      used.insert(index)
      let map = maps[index]
      guard
        let source = questionnaires.first(where: {
          $0.id == map.from.id && $0.version == map.from.version
        }),
        let next = questionnaires.first(where: {
          $0.id == map.to.id && $0.version == map.to.version
        })
      else { return nil }
      current = map.apply(current, from: source, to: next)
    }
    return current
  }
}
