/// Whether any answers can make a condition true, given what the questions it reads can hold
/// (questionnaire-format.md, "Conditions").
///
/// Every question a condition reads is earlier in the file and has a known set of values: the
/// options of a `scale` or `choice`, 0 and 1 for `yesno`, subsets of the options of a `multi`,
/// numbers within a `number`'s `min` and `max`, any text; each may also have no value. The
/// check tries one representative value of every class that the condition's comparisons can
/// tell apart, for every question read (and, transitively, every question their own
/// conditions read), and keeps only the combinations in which a question hidden by its own
/// condition has no value. A condition that none of them makes true is never true: its
/// question is never shown (`a > 1 and a < 1`, `b == yes` when `b` is asked only if `a == 0`
/// and the condition also says `a == 2`).
///
/// The work is bounded: past ``maxCombinations`` combinations, or when trying them all would
/// evaluate more nodes than the file's remaining budget (``fileBudget`` for a whole file),
/// the check says nothing: a hostile file of many conditions costs at most about
/// ``fileBudget`` node evaluations more than before.
struct ConditionSatisfiability {
  /// The most combinations of values tried; a larger condition is not judged.
  static let maxCombinations = 4096
  /// The node evaluations allowed for every condition of one file together.
  static let fileBudget = 2_000_000

  /// The questions that decoded, in file order, with their conditions when sound.
  let questions: [Question]
  /// Each id's first decoded question in ``questions``.
  let positions: [String: Int]

  /// Whether no answers make `condition` true; false when it cannot be judged (a question it
  /// reads did not decode, too many combinations, or more work than `budget`, which the
  /// judgement spends).
  func neverTrue(_ condition: Condition, budget: inout Int) -> Bool {
    // Once the file's budget is spent, a condition costs nothing more here.
    guard budget > 0 else { return false }
    // The questions read, with those their own conditions read, in file order.
    var included: Set<Int> = []
    var pending = condition.references
    var nodes = Self.size(condition)
    while let id = pending.popLast() {
      guard let position = positions[id] else { return false }
      if included.insert(position).inserted, let inner = questions[position].condition {
        // Reading another question's condition is work too; every question has at least two
        // candidates (no value, a value), so more than 12 is past the combinations anyway.
        let size = Self.size(inner)
        guard included.count <= 12, size <= budget else { return false }
        budget -= size
        nodes += size
        pending += inner.references
      }
      if included.count > 12 { return false }
    }
    // Each combination evaluates the condition and the conditions of the questions it reads:
    // at least two combinations per question read.
    guard nodes << included.count <= budget else { return false }
    // Making the candidates costs about one pass over the conditions, judged or not: charged
    // here, so that conditions too costly to judge still wear the budget out.
    budget -= nodes
    let order = included.sorted()
    var literals: [String: [Condition.Literal]] = [:]
    var includes: [String: Set<Double>] = [:]
    for inner in [condition] + order.compactMap({ questions[$0].condition }) {
      collect(inner, &literals, &includes)
    }
    var domains: [[AnswerValue?]] = []
    var combinations = 1
    for position in order {
      let question = questions[position]
      let domain =
        [nil]
        + candidates(
          question.kind, literals[question.id] ?? [], includes[question.id] ?? [])
      combinations *= domain.count
      if combinations > Self.maxCombinations { return false }
      domains.append(domain)
    }
    guard combinations * nodes <= budget else { return false }
    budget -= combinations * nodes
    var indices = Array(repeating: 0, count: order.count)
    var values: [String: AnswerValue] = [:]
    while true {
      values.removeAll(keepingCapacity: true)
      for (slot, position) in order.enumerated() {
        if let value = domains[slot][indices[slot]] { values[questions[position].id] = value }
      }
      // A question hidden by its own condition has no value.
      let consistent = order.allSatisfy { position in
        let question = questions[position]
        guard values[question.id] != nil, let shown = question.condition else { return true }
        return shown.evaluate { values[$0] }
      }
      if consistent, condition.evaluate({ values[$0] }) { return false }
      // Next combination.
      var slot = 0
      while slot < indices.count {
        indices[slot] += 1
        if indices[slot] < domains[slot].count { break }
        indices[slot] = 0
        slot += 1
      }
      if slot == indices.count { return true }
    }
  }

  /// The number of nodes of `condition`.
  static func size(_ condition: Condition) -> Int {
    switch condition {
    case .and(let left, let right), .or(let left, let right): return 1 + size(left) + size(right)
    case .not(let inner): return 1 + size(inner)
    case .answered, .compare, .includes: return 1
    }
  }

  private func collect(
    _ condition: Condition, _ literals: inout [String: [Condition.Literal]],
    _ includes: inout [String: Set<Double>]
  ) {
    switch condition {
    case .and(let left, let right), .or(let left, let right):
      collect(left, &literals, &includes)
      collect(right, &literals, &includes)
    case .not(let inner): collect(inner, &literals, &includes)
    case .answered: break
    case .compare(let id, _, let literal): literals[id, default: []].append(literal)
    case .includes(let id, let value): includes[id, default: []].insert(value)
    }
  }

  /// One value of each class the comparisons in `literals` (and the `includes` of `tested`)
  /// can tell apart, among the values a question of `kind` can hold.
  private func candidates(
    _ kind: Question.Kind, _ literals: [Condition.Literal], _ tested: Set<Double>
  ) -> [AnswerValue] {
    switch kind {
    case .scale(_, let options), .choice(let options):
      return options.map { .number($0.value) }
    case .yesno:
      return [.number(0), .number(1)]
    case .multi(let options):
      // Only which tested options are selected matters.
      let relevant = options.map(\.value).filter { tested.contains($0) }
      guard relevant.count <= 12 else { return [] }
      return (0..<(1 << relevant.count)).map { mask in
        .selection(relevant.indices.filter { mask & (1 << $0) != 0 }.map { relevant[$0] })
      }
    case .number(let low, let high):
      let marks = Set(
        literals.compactMap { literal -> Double? in
          if case .number(let value) = literal { return value }
          return nil
        }
      ).sorted()
      var points = marks
      for (left, right) in zip(marks, marks.dropFirst()) { points.append((left + right) / 2) }
      if let first = marks.first { points.append(first - 1) }
      if let last = marks.last { points.append(last + 1) }
      points += [low, high].compactMap { $0 }
      if points.isEmpty { points = [0] }
      let inside = Set(points.filter { (low ?? $0) <= $0 && $0 <= (high ?? $0) })
      return inside.sorted().map { .number($0) }
    case .text:
      var texts = Set(
        literals.compactMap { literal -> String? in
          if case .string(let text) = literal { return text }
          return nil
        })
      // A text unlike every literal.
      texts.insert(texts.max().map { $0 + "\u{1}" } ?? "")
      return texts.sorted().map { .text($0) }
    }
  }
}
