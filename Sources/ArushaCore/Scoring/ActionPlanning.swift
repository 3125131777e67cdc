/// The action plan of one scored response (issue 24, scoring.md "The action plan"): which gaps
/// it lists, in which order, and the level each aims at.
///
/// The plan holds every critical gap, then the top N other priority gaps (critical gaps not
/// counted, none twice), then, transitively, every gap that a listed gap `requires`; the other
/// gaps form the annex. What a gap requires is its question's `requires` and the questions
/// its `when` condition reads (a follow-up builds on what it follows). Both are ordered
/// foundations first: a gap comes after the gaps it requires; among the gaps free to come next, critical first, then by weight × shortfall
/// (``PriorityGap/priority``), then file order, a foundation ranking as the most urgent gap
/// that requires it. A required question that is not a gap (full marks, not applicable,
/// hidden, unanswered) imposes nothing.
///
/// Pure: the same questionnaire, score and answers give the same plan.
public enum ActionPlanning {
  /// How many priority gaps beyond the critical ones the plan lists without `--top`.
  public static let defaultTop = 15

  /// The plan of `score`.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire answered.
  ///   - score: Its scores for the response (``ResponseScorer``).
  ///   - answers: The response's answers by question id: a `multi` target starts from the
  ///     selection.
  ///   - top: How many priority gaps the plan lists beyond the critical ones (and those they
  ///     require); nil lists every gap, leaving the annex empty.
  /// - Returns: The plan's rows and the annex's.
  public static func plan(
    _ questionnaire: Questionnaire, score: ResponseScore, answers: [String: Answer], top: Int?
  ) -> Plan {
    let questions = Dictionary(
      questionnaire.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // Each gap's place in the priority order (weight × shortfall, then file order).
    let gaps = score.gaps
    let rank = Dictionary(
      gaps.enumerated().map { ($0.element.question, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    let critical = Set(score.critical).intersection(rank.keys)
    // The gaps each gap requires, each once, in the order of its `requires`, then those its
    // condition reads: a follow-up asked only once another practice is in place (`when`)
    // builds on it as surely as on what it `requires`, so its plan never comes first.
    let required = gaps.map { gap -> [Int] in
      var seen: Set<Int> = []
      let question = questions[gap.question]
      let foundations = (question?.requires ?? []) + (question?.condition?.references ?? [])
      return foundations.compactMap { id in
        guard let index = rank[id], seen.insert(index).inserted else { return nil }
        return index
      }
    }

    var selected = [Bool](repeating: false, count: gaps.count)
    var pulledIn = [Bool](repeating: false, count: gaps.count)
    var others = 0
    for (index, gap) in gaps.enumerated() {
      if critical.contains(gap.question) {
        selected[index] = true
      } else if top.map({ others < $0 }) ?? true {
        selected[index] = true
        others += 1
      }
    }
    // What the listed gaps require, transitively.
    var queue = gaps.indices.filter { selected[$0] }
    while let index = queue.popLast() {
      for requirement in required[index] where !selected[requirement] {
        selected[requirement] = true
        pulledIn[requirement] = true
        queue.append(requirement)
      }
    }

    let states = Dictionary(
      score.items.map { ($0.question, $0.state) }, uniquingKeysWith: { first, _ in first })
    func row(_ index: Int) -> Row {
      let gap = gaps[index]
      let isCritical = critical.contains(gap.question)
      var target: Target?
      if let question = questions[gap.question] {
        let value = states[gap.question] == .answered ? answers[gap.question]?.value : nil
        target = Self.target(
          of: question, score: gap.score, value: value, critical: isCritical,
          threshold: question.criticalBelow ?? questionnaire.scoring.criticalBelow)
      }
      return Row(
        question: gap.question, factor: gap.factor, critical: isCritical,
        pulledIn: pulledIn[index], requires: required[index].map { gaps[$0].question },
        target: target)
    }
    let key = gaps.indices.map { critical.contains(gaps[$0].question) ? $0 : gaps.count + $0 }
    let inPlan = order(gaps.indices.filter { selected[$0] }, required: required, key: key)
    let inAnnex = order(gaps.indices.filter { !selected[$0] }, required: required, key: key)
    return Plan(rows: inPlan.map(row), annex: inAnnex.map(row))
  }

  /// `nodes` in topological order of `required` (a node after those it requires among
  /// `nodes`); among those free to come next, the one that leads to the smallest `key` first.
  ///
  /// A node ranks as the most urgent node it leads to: its own key, or the smallest key of
  /// the nodes that require it, directly or through others. So the foundations of a critical
  /// gap come with the critical gaps, and those of the largest gap with it, not after every
  /// gap of a higher priority than their own. Ties go to the smaller own key.
  ///
  /// A cycle (which `validate` refuses) does not stop the order: when every node left waits
  /// for another, the one with the smallest key comes next.
  ///
  /// - Parameters:
  ///   - nodes: The nodes to order (indices into `required` and `key`).
  ///   - required: For each node, the nodes it requires.
  ///   - key: For each node, its own rank: critical first, then priority, then file order.
  /// - Returns: `nodes`, each once, in order.
  static func order(_ nodes: [Int], required: [[Int]], key: [Int]) -> [Int] {
    guard !nodes.isEmpty else { return [] }
    let members = Set(nodes)
    var dependents = [[Int]](repeating: [], count: key.count)
    var requirements = [[Int]](repeating: [], count: key.count)
    for node in nodes {
      for requirement in Set(required[node]) where members.contains(requirement) {
        guard requirement != node else { continue }
        dependents[requirement].append(node)
        requirements[node].append(requirement)
      }
    }
    // The most urgent key each node leads to: walked from the nodes nothing requires down to
    // their foundations (a topological order of `dependents`, by the own keys).
    var urgency = key
    for node in kahn(nodes, waitingFor: dependents, unlocking: requirements, rank: key) {
      for dependent in dependents[node] { urgency[node] = min(urgency[node], urgency[dependent]) }
    }
    var rank = key
    let ranked = nodes.sorted { (urgency[$0], key[$0]) < (urgency[$1], key[$1]) }
    for (place, node) in ranked.enumerated() { rank[node] = place }
    return kahn(nodes, waitingFor: requirements, unlocking: dependents, rank: rank)
  }

  /// Kahn's algorithm: `nodes` each after every node of `waitingFor` it names, the smallest
  /// `rank` first among those free to come next; in a cycle, the smallest rank of what is
  /// left comes next.
  private static func kahn(
    _ nodes: [Int], waitingFor: [[Int]], unlocking: [[Int]], rank: [Int]
  ) -> [Int] {
    var waiting = [Int](repeating: 0, count: waitingFor.count)
    var free = NodeHeap(rank: rank)
    for node in nodes {
      waiting[node] = waitingFor[node].count
      if waiting[node] == 0 { free.push(node) }
    }
    var placed = [Bool](repeating: false, count: waitingFor.count)
    var result: [Int] = []
    result.reserveCapacity(nodes.count)
    while result.count < nodes.count {
      let next: Int
      if let node = free.pop() {
        guard !placed[node] else { continue }
        next = node
      } else {
        // A cycle: the first of what is left.
        guard let first = nodes.filter({ !placed[$0] }).min(by: { rank[$0] < rank[$1] }) else {
          break
        }
        next = first
      }
      placed[next] = true
      result.append(next)
      for other in unlocking[next] where !placed[other] {
        waiting[other] -= 1
        if waiting[other] == 0 { free.push(other) }
      }
    }
    return result
  }

  /// The target of a gap on `question` (issue 24).
  ///
  /// A critical gap aims at the lowest level whose item score is no longer a critical gap
  /// (not below `threshold`; without one, above 0: the next level up); any other gap at the
  /// next level up. A `yesno` aims at yes. A `multi` puts in place the options not selected
  /// (positive values) and gives up the selected ones that count against it (negative
  /// values): a critical one the fewest that clear the threshold, the largest first (then in
  /// options order); any other all of them.
  ///
  /// - Parameters:
  ///   - question: The question.
  ///   - score: Its item score, 0…1 (0 for "don't know" and an absent question).
  ///   - value: Its answer's value, when it has one.
  ///   - critical: Whether it is a critical gap.
  ///   - threshold: Its effective `critical_below` (the question's, else the
  ///     questionnaire's); nil for the old rule, where only 0 is a critical gap.
  /// - Returns: The target; nil when no answer scores above this one.
  public static func target(
    of question: Question, score: Double, value: AnswerValue?, critical: Bool, threshold: Double?
  ) -> Target? {
    let kind = ScoringPlan.ItemKind(question.kind)
    switch question.kind {
    case .scale(_, let options), .choice(let options):
      let ascending = options.indices.sorted { options[$0].value < options[$1].value }
      return ascending.first { index in
        guard let level = kind.score(.number(options[index].value)),
          Tolerance.below(score, level)
        else { return false }
        return !critical || !ScoringKernel.isCriticalGap(level, below: threshold)
      }.map(Target.option)
    case .yesno:
      return .yes
    case .multi(let options):
      var selected: [Double] = []
      if case .selection(let values)? = value { selected = values }
      // Each change and what it adds to the sum: the largest first, then in options order.
      let changes = options.indices.compactMap { index -> (index: Int, gain: Double)? in
        let option = options[index].value
        let isSelected = selected.contains(option)
        if option > 0, !isSelected { return (index, option) }
        if option < 0, isSelected { return (index, -option) }
        return nil
      }.sorted { $0.gain != $1.gain ? $0.gain > $1.gain : $0.index < $1.index }
      guard !changes.isEmpty else { return nil }
      var chosen = changes
      if critical {
        var sum = selected.reduce(0, +)
        for (count, change) in changes.enumerated() {
          sum += change.gain
          if let level = kind.score(.selection([sum])),
            !ScoringKernel.isCriticalGap(level, below: threshold)
          {
            chosen = Array(changes.prefix(count + 1))
            break
          }
        }
      }
      let indices = chosen.map(\.index).sorted()
      return .selection(
        add: indices.filter { options[$0].value > 0 },
        drop: indices.filter { options[$0].value < 0 })
    case .number, .text:
      return nil
    }
  }

  /// What the target level means for this question, when the question says so itself: a
  /// `scale` question's `descriptions` entry for it, a `choice` option's `description`; nil
  /// for a scale's shared description, `yesno` and `multi`.
  ///
  /// - Parameters:
  ///   - target: The row's target.
  ///   - question: Its question.
  /// - Returns: The question's own description of the target level, or nil.
  public static func description(of target: Target?, in question: Question) -> LocalizedText? {
    guard case .option(let index)? = target, question.kind.options.indices.contains(index) else {
      return nil
    }
    switch question.kind {
    case .scale(_, let options): return question.descriptions[options[index].value]
    case .choice(let options): return options[index].description
    default: return nil
    }
  }
}

/// A binary heap of node indices, the smallest `rank` on top.
private struct NodeHeap {
  let rank: [Int]
  var nodes: [Int] = []

  func isBefore(_ left: Int, _ right: Int) -> Bool { rank[left] < rank[right] }

  mutating func push(_ node: Int) {
    nodes.append(node)
    var child = nodes.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard isBefore(nodes[child], nodes[parent]) else { break }
      nodes.swapAt(child, parent)
      child = parent
    }
  }

  mutating func pop() -> Int? {
    guard let first = nodes.first else { return nil }
    let last = nodes.removeLast()
    guard !nodes.isEmpty else { return first }
    nodes[0] = last
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var top = parent
      if left < nodes.count, isBefore(nodes[left], nodes[top]) { top = left }
      if right < nodes.count, isBefore(nodes[right], nodes[top]) { top = right }
      guard top != parent else { break }
      nodes.swapAt(parent, top)
      parent = top
    }
    return first
  }
}
