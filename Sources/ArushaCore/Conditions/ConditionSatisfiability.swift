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
/// The work is bounded: past ``maxCombinations`` combinations, the check says nothing.
struct ConditionSatisfiability {
  /// The most combinations of values tried; a larger condition is not judged.
  static let maxCombinations = 4096

  /// The questions that decoded, in file order, with their conditions when sound.
  let questions: [Question]
  /// Each id's first decoded question in ``questions``.
  let positions: [String: Int]

  /// Whether no answers make `condition` true; false when it cannot be judged (a question it
  /// reads did not decode, or too many combinations).
  func neverTrue(_ condition: Condition) -> Bool {
    // The questions read, with those their own conditions read, in file order.
    var included: Set<Int> = []
    var pending = condition.references
    while let id = pending.popLast() {
      guard let position = positions[id] else { return false }
      if included.insert(position).inserted, let inner = questions[position].condition {
        pending += inner.references
      }
    }
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
