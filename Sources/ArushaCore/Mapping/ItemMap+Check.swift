extension ItemMap {
  /// How a question's answers fit another's: single values, selections, numbers, texts.
  enum Family: Equatable {
    case single
    case selection
    case number
    case text

    init(_ kind: Question.Kind) {
      switch kind {
      case .scale, .choice, .yesno: self = .single
      case .multi: self = .selection
      case .number: self = .number
      case .text: self = .text
      }
    }
  }

  /// Whether the question is a yes/no, whose 0 and 1 are not levels of a scale.
  static func isYesNo(_ kind: Question.Kind) -> Bool {
    if case .yesno = kind { return true }
    return false
  }

  /// The option values a question's answers take (yes/no: 0 and 1).
  static func optionValues(_ kind: Question.Kind) -> [Double] {
    isYesNo(kind) ? [0, 1] : kind.options.map(\.value)
  }

  /// The lowest and highest of `values` (not empty).
  static func range(_ values: [Double]) -> (Double, Double) {
    (values.min() ?? 0, values.max() ?? 0)
  }

  /// A value of `source` that would score differently read as the same value of `target`, with
  /// both scores (0–100, whole): nil when every value scores the same, or either is not a
  /// `scale` or `choice`.
  static func scoreChange(_ source: Question.Kind, _ target: Question.Kind)
    -> (value: Double, from: Double, to: Double)?
  {
    let sourceValues = source.options.map(\.value)
    let targetValues = target.options.map(\.value)
    guard !isYesNo(source), !isYesNo(target), !sourceValues.isEmpty, !targetValues.isEmpty else {
      return nil
    }
    let (sourceLow, sourceHigh) = range(sourceValues)
    let (targetLow, targetHigh) = range(targetValues)
    guard sourceLow != targetLow || sourceHigh != targetHigh else { return nil }
    func score(_ value: Double, _ low: Double, _ high: Double) -> Double {
      high > low ? ((value - low) / (high - low) * 100).rounded() : 0
    }
    for value in sourceValues.sorted(by: >) {
      let before = score(value, sourceLow, sourceHigh)
      let after = score(value, targetLow, targetHigh)
      if before != after { return (value, before, after) }
    }
    return nil
  }

  /// The error that the questionnaire of one side cannot be found or used, at that side's
  /// place in the map file.
  ///
  /// - Parameters:
  ///   - isSource: Whether it is the `from` side (else `to`).
  ///   - reason: Why, with what to pass (`--questionnaire FILE`).
  /// - Returns: An error at the map's `from` or `to`.
  public func questionnaireNotFound(isSource: Bool, reason: String) -> Diagnostic {
    let side = isSource ? from : to
    return .error(
      .mapQuestionnaireNotFound(
        isSource ? "from" : "to", named: "\(side.id) \(side.version)", reason: reason),
      at: isSource ? marks.from : marks.to)
  }

  /// Every mistake of this map against `source` (its `from`) and `target` (its `to`).
  public func check(from source: Questionnaire, to target: Questionnaire) -> [Diagnostic] {
    var reader = NodeReader()
    if source.id != from.id || source.version != from.version {
      reader.error(
        .mapQuestionnaireMismatch(
          "from", named: "\(from.id) \(from.version)", given: "\(source.id) \(source.version)"),
        at: marks.from)
    }
    if target.id != to.id || target.version != to.version {
      reader.error(
        .mapQuestionnaireMismatch(
          "to", named: "\(to.id) \(to.version)", given: "\(target.id) \(target.version)"),
        at: marks.to)
    }
    if from.id != to.id {
      reader.warning(.mapOtherQuestionnaire(from.id, to.id), at: marks.to)
    }
    if from == to {
      reader.error(.mapToItself(from.id, from.version), at: marks.to)
    } else if from.id == to.id, NaturalOrder.compare(from.version, to.version) > 0 {
      // Versions in the order `compare` and the bundled catalogue sort them (runs of digits
      // as numbers): a map reads responses to an older version as the newer one.
      reader.error(.mapToOlderVersion(from.id, from: from.version, to: to.version), at: marks.to)
    }
    let sourceQuestions = Dictionary(
      source.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let targetQuestions = Dictionary(
      target.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // Sorted once, and "did you mean" searched for the first unknown ids only: a map with
    // thousands of unknown ids costs linear work (issue 22).
    let sourceIDs = sourceQuestions.keys.sorted()
    let targetIDs = targetQuestions.keys.sorted()
    var searches = 0
    func suggestion(for id: String, in ids: [String]) -> String? {
      searches += 1
      return searches <= ConditionChecker.suggestionsPerFile ? closestMatch(to: id, in: ids) : nil
    }
    for (id, listed) in questions.sorted(by: { $0.key < $1.key }) {
      if sourceQuestions[id] == nil {
        let match = suggestion(for: id, in: sourceIDs)
        reader.error(
          .mapUnknownQuestion(id, side: "from", suggestion: match),
          at: marks.sourceKeys[id] ?? marks.root, suggestion: match)
      }
      if let listed, targetQuestions[listed] == nil {
        let match = suggestion(for: listed, in: targetIDs)
        reader.error(
          .mapUnknownQuestion(listed, side: "to", suggestion: match),
          at: marks.targets[id] ?? marks.root, suggestion: match)
      }
    }
    // Sources by target, in the source's order.
    var sourcesByTarget: [String: [Question]] = [:]
    let targets = targets(from: source, to: target)
    for question in source.questions {
      guard let targetID = targets[question.id], targetQuestions[targetID] != nil else {
        continue
      }
      sourcesByTarget[targetID, default: []].append(question)
    }
    for question in target.questions {
      guard let sources = sourcesByTarget[question.id] else { continue }
      let family = Family(question.kind)
      let targetValues = Self.optionValues(question.kind)
      if sources.count > 1, family != .single {
        reader.error(
          .mapMergeNotSingle(question.id, question.kind.typeName),
          at: marks.targets[sources[1].id] ?? marks.root)
      }
      let table = values[question.id]
      var offered: Set<Double> = []
      for from in sources {
        let listed = questions[from.id] != nil
        let place = marks.targets[from.id] ?? marks.questions
        guard Family(from.kind) == family else {
          reader.error(
            listed
              ? .mapTypesDoNotFit(from.id, from.kind.typeName, question.id, question.kind.typeName)
              : .mapItselfTypesDoNotFit(from.id, from.kind.typeName, question.kind.typeName),
            at: place)
          continue
        }
        guard family == .single || family == .selection else { continue }
        let fromValues = Self.optionValues(from.kind)
        offered.formUnion(fromValues)
        if let table {
          for value in fromValues where table[value] == nil {
            reader.error(
              .mapValueNotCovered(value, source: from.id, target: question.id),
              at: marks.valueKeys[question.id] ?? marks.root)
          }
        } else if !Set(fromValues).isSubset(of: targetValues) {
          reader.error(.mapValuesNeeded(from.id, target: question.id), at: place)
        } else if Self.isYesNo(from.kind) != Self.isYesNo(question.kind) {
          // A yes/no is not a level (yes = 1 is not maturity 1): its values must be said.
          reader.error(.mapYesNoNeedsValues(from.id, target: question.id), at: place)
        } else if family == .single, let example = Self.scoreChange(from.kind, question.kind) {
          // Same values, other range: an item scores (v − low) / (high − low), so 3 of 0–3
          // (100) would become 3 of 0–10 (30).
          reader.error(
            .mapRangesDiffer(
              from.id, Self.range(fromValues), target: question.id, Self.range(targetValues),
              example: example),
            at: place)
        }
      }
      if let table {
        let places = marks.values[question.id] ?? [:]
        if family != .single && family != .selection {
          reader.error(
            .mapValuesDoNotApply(question.id), at: marks.valueKeys[question.id] ?? marks.root)
          continue
        }
        for (key, value) in table.sorted(by: { $0.key < $1.key }) {
          if !offered.contains(key) {
            reader.error(
              .mapValueNotInSource(key, target: question.id),
              at: places[key]?.key ?? marks.root)
          }
          if !targetValues.contains(value) {
            reader.error(
              .mapValueNotInTarget(value, target: question.id, values: targetValues),
              at: places[key]?.value ?? marks.root)
          }
        }
      }
    }
    for id in values.keys.sorted() where sourcesByTarget[id] == nil {
      reader.error(.mapValuesDoNotApply(id), at: marks.valueKeys[id] ?? marks.root)
    }
    return reader.diagnostics.sortedByPosition()
  }
}
