/// A map route (``MapRoutes/Route``) prepared for the fast path of `compare --map` (issue 29,
/// item 1): it carries a response's compact answers (``ScoringKernel/ItemAnswer``, one a
/// question of the version answered, in file order) to the compact answers of the version
/// compared, by the same rules as ``ItemMap/apply(_:from:to:sha256:)``, so that a mapped
/// response is read by ``ResponseSummarizer`` and scored by ``ScoringKernel`` without its
/// answers ever being built.
///
/// Made once per questionnaire reference a route starts from, shared by every thread. A class
/// of constants, as ``ScoringPlan`` is.
public final class MappedScoringPlan: Sendable {
  /// One map of the route, as positions: for each question of its `to` version (in file
  /// order), the questions of its `from` version mapped to it (in file order, the order in
  /// which ``ItemMap/apply(_:from:to:sha256:)`` gathers them) and the map's value table for it.
  struct Step: Sendable {
    var sources: [[Int]]
    var tables: [[Double: Double]?]
  }

  /// The version answered, to read its responses with (``ResponseSummarizer`` then reads every
  /// answer's evidence: a question of the version compared may expect evidence where its
  /// source did not).
  public let source: ScoringPlan
  /// The version compared, as a mapped response is scored against it.
  public let target: ScoringPlan
  /// The reference a mapped response carries (``MapRoutes/Route/reference``).
  public let reference: QuestionnaireReference
  let steps: [Step]

  /// Prepares `route` for responses read with `source` (the route's first version, as a
  /// response's own reference finds it), scored against `target` (the route's last version).
  public init(_ route: MapRoutes.Route, source: ScoringPlan, target: ScoringPlan) {
    var steps: [Step] = []
    var from = source.questionnaire
    for link in route.links {
      let targets = link.map.targets(from: from, to: link.target)
      let toQuestions = link.target.questions
      let position = Dictionary(
        toQuestions.enumerated().map { ($0.element.id, $0.offset) },
        uniquingKeysWith: { first, _ in first })
      var sources = [[Int]](repeating: [], count: toQuestions.count)
      for (index, question) in from.questions.enumerated() {
        guard let targetID = targets[question.id], let to = position[targetID] else { continue }
        sources[to].append(index)
      }
      steps.append(
        Step(sources: sources, tables: toQuestions.map { link.map.values[$0.id] }))
      from = link.target
    }
    self.source = source
    self.target = target
    self.reference = route.reference
    self.steps = steps
  }

  /// `answers` (one a question of the version answered, in file order) carried through every
  /// map of the route: one a question of the version compared, in file order.
  ///
  /// - Parameters:
  ///   - answers: The compact answers of the version answered.
  ///   - blankEvidence: Whether the response has an evidence reference that is blank (only
  ///     spaces): the compact answers do not say which, and where a map merges such an answer
  ///     with another the merged answer's evidence depends on the texts.
  /// - Returns: The carried answers, or nil when they depend on more than the compact answers
  ///   hold (a merge with blank evidence): the full decoder then reads the file.
  public func carry(_ answers: [ScoringKernel.ItemAnswer], blankEvidence: Bool)
    -> [ScoringKernel.ItemAnswer]?
  {
    var current = answers
    for step in steps {
      var next = [ScoringKernel.ItemAnswer](repeating: .missing, count: step.sources.count)
      for target in step.sources.indices {
        let sources = step.sources[target]
        // Most questions have one source: no merge, no array.
        if sources.count == 1 {
          next[target] = Self.translated(current[sources[0]], step.tables[target])
          continue
        }
        var given: [ScoringKernel.ItemAnswer] = []
        for index in sources where current[index].state != .missing {
          given.append(Self.translated(current[index], step.tables[target]))
        }
        if given.count > 1, blankEvidence { return nil }
        if let merged = Self.merged(given) { next[target] = merged }
      }
      current = next
    }
    return current
  }

  /// `answer` with its value through `table` (``ItemMap/translated(_:through:)``).
  private static func translated(_ answer: ScoringKernel.ItemAnswer, _ table: [Double: Double]?)
    -> ScoringKernel.ItemAnswer
  {
    guard table != nil, case .value(let value) = answer.state else { return answer }
    return .init(
      state: .value(ItemMap.translated(value, through: table)), hasEvidence: answer.hasEvidence)
  }

  /// The merged-question rule (``ItemMap/merge(_:isUnknown:number:isNotApplicable:)``,
  /// trust-and-continuity.md) on compact answers.
  ///
  /// Nil when none is given. A merged answer has evidence when any of those merged has some
  /// (the texts are joined), except the first one taken as it is.
  private static func merged(_ answers: [ScoringKernel.ItemAnswer]) -> ScoringKernel.ItemAnswer? {
    guard let first = answers.first else { return nil }
    if answers.count == 1 { return first }
    let evidence = answers.contains { $0.hasEvidence }
    let merge = ItemMap.merge(
      answers, isUnknown: { $0.state == .unknown },
      number: { answer in
        if case .value(.number(let number)) = answer.state { return number }
        return nil
      }, isNotApplicable: { $0.state == .notApplicable })
    switch merge {
    case .unknown: return .init(state: .unknown, hasEvidence: evidence)
    case .lowest(let lowest): return .init(state: .value(.number(lowest)), hasEvidence: evidence)
    case .notApplicable: return .init(state: .notApplicable, hasEvidence: evidence)
    case .first: return first
    }
  }
}
