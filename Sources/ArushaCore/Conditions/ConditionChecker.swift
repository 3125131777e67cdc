/// Parses a `when` expression and checks it against the questions before it: unknown and
/// forward references, operators or literals that do not fit the referenced type, comparisons
/// that no value of the question can make true, and conditions that no answers can make true.
struct ConditionChecker {
  /// One problem, at an offset into the expression (Unicode scalars, 0-based).
  struct Problem: Error, Hashable {
    var message: Diagnostic.Message
    var offset: Int
    var suggestion: String?
    /// Whether the problem is the compared value rather than the question.
    var aboutLiteral = false
  }

  /// The questions that decoded, in file order (the decoder sets each one's condition once
  /// checked, so that later conditions read it).
  var questions: [Question]
  /// Each decoded question's index in ``questions``.
  let positions: [String: Int]
  /// Every question id in the file, including those that failed to decode.
  let allIDs: Set<String>
  /// The ids more than one question has (each an error of its own): which one a condition
  /// means is unknown, so its type and values are not checked against the first.
  var duplicated: Set<String> = []

  /// How many problems of a file may search for a "did you mean": each search reads every
  /// earlier question, so it is bounded (issue 22); the text report shows 100 findings.
  static let suggestionsPerFile = 100

  /// Checks the condition of the question at `position`: the condition when it is sound,
  /// and the problems found; `suggesting` whether an unknown question gets a "did you mean".
  ///
  /// `budget` is what is left of the file's work for judging whole conditions
  /// (``ConditionSatisfiability``): each judged condition spends its cost, and one that costs
  /// more than is left is not judged.
  func check(_ source: String, at position: Int, suggesting: Bool = true, budget: inout Int)
    -> (Condition?, [Problem])
  {
    let parsed: (Condition, ConditionParser.ReferenceOffsets)
    do {
      parsed = try ConditionParser.parse(source)
    } catch {
      return (nil, [Problem(message: .invalidCondition(error.message), offset: error.offset)])
    }
    let (condition, offsets) = parsed
    var problems: [Problem] = []
    var offsetIndex = 0
    walk(condition) { id, check in
      let place = offsets[offsetIndex]
      offsetIndex += 1
      if var problem = reference(
        id, from: position, offset: place.offset, check: check, suggesting: suggesting)
      {
        if problem.aboutLiteral, let literal = place.literalOffset { problem.offset = literal }
        problems.append(problem)
      }
    }
    if problems.isEmpty, duplicated.isDisjoint(with: condition.references),
      ConditionSatisfiability(questions: questions, positions: positions)
        .neverTrue(condition, budget: &budget)
    {
      let readsHidden = condition.references.contains {
        positions[$0].map { questions[$0].condition != nil } ?? false
      }
      problems.append(
        Problem(
          message: .conditionNeverTrue(unique(condition.references), readsHidden: readsHidden),
          offset: 0))
    }
    return (problems.isEmpty ? condition : nil, problems)
  }

  private func unique(_ ids: [String]) -> [String] {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }

  /// What a reference must satisfy.
  private enum Use {
    case answered
    case compare(Condition.Operator, Condition.Literal)
    case includes(Double)
  }

  /// Visits references in source order (the order the parser recorded their offsets).
  private func walk(_ condition: Condition, _ visit: (String, Use) -> Void) {
    switch condition {
    case .and(let left, let right), .or(let left, let right):
      walk(left, visit)
      walk(right, visit)
    case .not(let inner): walk(inner, visit)
    case .answered(let id): visit(id, .answered)
    case .compare(let id, let op, let literal): visit(id, .compare(op, literal))
    case .includes(let id, let value): visit(id, .includes(value))
    }
  }

  private func reference(
    _ id: String, from position: Int, offset: Int, check use: Use, suggesting: Bool
  ) -> Problem? {
    guard let target = positions[id] else {
      if allIDs.contains(id) { return nil }  // it failed to decode; its own errors say why
      let suggestion =
        suggesting ? closestMatch(to: id, in: questions.prefix(position).lazy.map(\.id)) : nil
      return Problem(
        message: .unknownConditionQuestion(id, suggestion: suggestion), offset: offset,
        suggestion: suggestion)
    }
    guard target < position else {
      return Problem(
        message: .conditionNotOnEarlierQuestion(id, itself: target == position), offset: offset)
    }
    if duplicated.contains(id) { return nil }
    return fit(questions[target], use, offset: offset)
  }

  private func fit(_ question: Question, _ use: Use, offset: Int) -> Problem? {
    let id = question.id
    let type = question.kind.typeName
    func problem(_ message: Diagnostic.Message) -> Problem {
      Problem(message: message, offset: offset)
    }
    func literalProblem(_ message: Diagnostic.Message) -> Problem {
      Problem(message: message, offset: offset, aboutLiteral: true)
    }
    switch (use, question.kind) {
    case (.answered, _):
      return nil
    case (.includes(let value), .multi(let options)):
      return options.contains(where: { $0.value == value })
        ? nil : literalProblem(.notAnOptionValue(value, of: id, values: options.map(\.value)))
    case (.includes, _):
      return problem(.includesOnNonMulti(id, type: type))
    case (.compare(_, .yes), .yesno), (.compare(_, .no), .yesno):
      if case .compare(let op, _) = use, op != .equal, op != .notEqual {
        return problem(.yesNoOperator(id, op.rawValue))
      }
      return nil
    case (.compare, .yesno):
      return problem(.yesNoNeedsYesOrNo(id))
    case (.compare(_, .yes), _), (.compare(_, .no), _):
      return problem(.yesOrNoOnOtherType(id, type: type))
    case (.compare, .multi):
      return problem(.comparedMulti(id))
    case (.compare(let op, .string), .text):
      return op == .equal || op == .notEqual
        ? nil : problem(.textOperator(id, op.rawValue))
    case (.compare, .text):
      return problem(.textNeedsString(id))
    case (.compare(_, .string), _):
      return problem(.stringOnOtherType(id, type: type))
    case (.compare(let op, .number(let value)), .scale(_, let options)),
      (.compare(let op, .number(let value)), .choice(let options)):
      if op == .equal || op == .notEqual, !options.contains(where: { $0.value == value }) {
        return literalProblem(.notAnOptionValue(value, of: id, values: options.map(\.value)))
      }
      if !options.contains(where: { op.holds($0.value, value) }) {
        return literalProblem(
          .comparisonNeverTrue(id, op.rawValue, value, values: options.map(\.value)))
      }
      return nil
    case (.compare(let op, .number(let value)), .number(let low, let high)):
      if !Self.interval(low, high, canMake: op, value) {
        return literalProblem(
          .numberComparisonNeverTrue(id, op.rawValue, value, min: low, max: high))
      }
      return nil
    }
  }

  /// Whether some number in `low…high` (each bound inclusive, nil: unbounded) makes
  /// `x op value` true.
  static func interval(
    _ low: Double?, _ high: Double?, canMake op: Condition.Operator, _ value: Double
  ) -> Bool {
    switch op {
    case .equal: return (low ?? value) <= value && value <= (high ?? value)
    case .notEqual: return !(low == value && high == value)
    case .less: return (low ?? value - 1) < value
    case .lessOrEqual: return (low ?? value) <= value
    case .greater: return (high ?? value + 1) > value
    case .greaterOrEqual: return (high ?? value) >= value
    }
  }
}
