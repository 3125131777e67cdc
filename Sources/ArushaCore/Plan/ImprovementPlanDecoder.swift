public import ArushaYAML

/// Reads an improvement plan file (`arusha/plan-1`, issue 27, docs/plan-format.md), reporting
/// every mistake of its syntax at once at its FILE:LINE:COL.
///
/// The checks against a questionnaire (ids, target values, levels) are
/// ``ImprovementPlan/check(against:map:)``'s.
public struct ImprovementPlanDecoder: Sendable {
  /// A decoding's outcome.
  public struct Result: Sendable {
    /// The plan, when the file has no error.
    public var plan: ImprovementPlan?
    /// Every finding, sorted by position.
    public var diagnostics: [Diagnostic]
    /// The plan as far as it could be read, without its parts in error, when its questionnaire,
    /// administration and round could: so that its checks against the questionnaire report
    /// their mistakes in the same run as the syntax ones.
    public var partial: ImprovementPlan?
  }

  /// The most actions a plan may have: far above a plan's top N, far below what would cost.
  public static let maxActions = 1_000

  /// The loader's limits.
  public var limits: YAMLLoader.Limits

  /// Creates a decoder; the loader's limits are those of responses by default (4 MiB, 64
  /// levels, bounded aliases).
  public init(limits: YAMLLoader.Limits = YAMLLoader.Limits()) {
    self.limits = limits
  }

  /// Decodes the bytes of a plan file (its own syntax, not yet its questionnaire).
  public func decode(_ bytes: [UInt8]) -> Result {
    let (plan, diagnostics) = NodeReader.decode(bytes, limits: limits, read: Self.plan)
    return Result(
      plan: diagnostics.hasErrors ? nil : plan, diagnostics: diagnostics, partial: plan)
  }

  // MARK: The top level

  private static func plan(_ root: YAMLNode, _ reader: inout NodeReader) -> ImprovementPlan? {
    // Another `format` (an `arusha/plan-2`, a format this arusha does not read) is one line,
    // before the keys, which are another format's.
    if let node = root.mapping?.first(where: { $0.key.scalar?.text == "format" })?.value,
      let scalar = node.scalar, !scalar.isNull, scalar.text != ImprovementPlan.format
    {
      reader.error(
        .unsupportedFormat(scalar.text, expected: ImprovementPlan.format), at: node.reportMark)
      return nil
    }
    guard let fields = reader.fields(of: root, as: FormatSchema.plan) else { return nil }
    if let node = fields["format"] { _ = reader.string(node, "format") }
    var marks = ImprovementPlan.Marks()
    marks.root = root.reportMark
    marks.questionnaire = fields["questionnaire"]?.reportMark ?? root.reportMark
    marks.round = fields["round"]?.reportMark ?? root.reportMark
    marks.baseline = root.reportMark
    marks.baselineOverall = root.reportMark
    let reference = fields["questionnaire"].flatMap { Self.questionnaire($0, &reader) }
    let administration = fields["administration"].flatMap {
      Self.identity($0, "administration", &reader)
    }
    let round = fields["round"].flatMap { Self.identity($0, "round", &reader) }
    var made: String?
    if let node = fields.present("made"), let text = reader.string(node, "'made'") {
      if Timestamp.isValid(text) {
        made = text
      } else {
        reader.error(.invalidTime("made", text), at: node.reportMark)
      }
    }
    let note = fields.present("note").flatMap { Self.longText($0, "'note'", &reader) }
    let baseline = fields["baseline"].flatMap { Self.baseline($0, &marks, &reader) }
    if baseline == nil { marks.baselineComplete = false }
    let targets = fields.present("targets").map { Self.targets($0, &marks, &reader) } ?? []
    let actions = fields.present("actions").map { Self.actions($0, &marks, &reader) } ?? []
    guard let reference, let administration, let round else { return nil }
    var plan = ImprovementPlan(
      questionnaire: reference, administration: administration, round: round, made: made,
      note: note,
      baseline: baseline
        ?? ImprovementPlan.Baseline(sha256: "", overall: nil, factors: [], items: [], figures: []),
      targets: targets, actions: actions)
    plan.marks = marks
    return plan
  }

  private static func questionnaire(_ node: YAMLNode, _ reader: inout NodeReader)
    -> QuestionnaireReference?
  {
    guard let fields = reader.fields(of: node, as: FormatSchema.planQuestionnaire) else {
      return nil
    }
    let id = fields["id"].flatMap { reader.slug($0, "questionnaire id") }
    let version = fields["version"].flatMap { reader.nonEmptyString($0, "questionnaire version") }
    let sha256 = fields["sha256"].flatMap { Self.sha256($0, &reader) }
    guard let id, let version, let sha256 else { return nil }
    return QuestionnaireReference(id: id, version: version, sha256: sha256)
  }

  // MARK: The baseline

  private static func baseline(
    _ node: YAMLNode, _ marks: inout ImprovementPlan.Marks, _ reader: inout NodeReader
  ) -> ImprovementPlan.Baseline? {
    guard let fields = reader.fields(of: node, as: FormatSchema.baseline) else { return nil }
    let errorsBefore = reader.diagnostics.count
    defer { marks.baselineComplete = reader.diagnostics.count == errorsBefore }
    marks.baseline = node.reportMark
    marks.baselineOverall =
      fields.present("overall") != nil ? fields.keyMark("overall") : node.reportMark
    let sha256 = fields["sha256"].flatMap { Self.sha256($0, &reader) }
    let overall = fields.present("overall").flatMap {
      Self.percentage($0, "the overall score", &reader)
    }
    var factors: [(factor: String, score: Double?)] = []
    for (key, value) in Self.pairs(fields.present("factors"), "'factors'", &reader) {
      guard let id = reader.slug(key, "factor id") else { continue }
      marks.baselineFactors[id] = key.reportMark
      if value.scalar?.isNull == true {
        factors.append((id, nil))
      } else if let score = Self.percentage(value, "the score of '\(id)'", &reader) {
        factors.append((id, score))
      }
    }
    var items: [ImprovementPlan.Baseline.Item] = []
    for (key, value) in Self.pairs(fields.present("items"), "'items'", &reader) {
      guard let id = reader.slug(key, "question id") else { continue }
      marks.baselineItems[id] = key.reportMark
      if let item = Self.item(id, value, &reader) { items.append(item) }
    }
    var figures: [ImprovementPlan.Baseline.Figure] = []
    for (key, value) in Self.pairs(fields.present("figures"), "'figures'", &reader) {
      guard let id = reader.slug(key, "question id") else { continue }
      marks.baselineFigures[id] = key.reportMark
      guard let figure = reader.fields(of: value, as: FormatSchema.baselineFigure) else {
        continue
      }
      let number = figure.present("value").flatMap { reader.number($0, "the value of '\(id)'") }
      let normalized = figure.present("normalized").flatMap {
        reader.number($0, "the normalized value of '\(id)'")
      }
      figures.append(.init(question: id, value: number, normalized: normalized))
    }
    guard let sha256 else { return nil }
    return ImprovementPlan.Baseline(
      sha256: sha256, overall: overall, factors: factors, items: items, figures: figures)
  }

  private static func item(_ id: String, _ node: YAMLNode, _ reader: inout NodeReader)
    -> ImprovementPlan.Baseline.Item?
  {
    guard let fields = reader.fields(of: node, as: FormatSchema.baselineItem) else { return nil }
    let errorsBefore = reader.diagnostics.count
    let valueNode = fields.present("value")
    let stateNode = fields.present("state")
    if (valueNode == nil) == (stateNode == nil) {
      reader.error(
        .baselineItemValueAndState(id, both: valueNode != nil),
        at: stateNode.map { _ in fields.keyMark("state") } ?? node.reportMark)
    }
    let value = valueNode.flatMap { Self.answerValue($0, "the value of '\(id)'", &reader) }
    let state = stateNode.flatMap { reader.oneOf($0, ["na", "unknown"], "answer state") }
      .flatMap(Answer.State.init(rawValue:))
    let score = fields.present("score").flatMap { node -> Double? in
      guard let score = reader.number(node, "the item score of '\(id)'") else { return nil }
      guard (0...1).contains(score) else {
        reader.error(.notAFraction("the item score of '\(id)'", score), at: node.reportMark)
        return nil
      }
      return score
    }
    guard reader.diagnostics.count == errorsBefore else { return nil }
    return .init(question: id, value: value, state: state, score: score)
  }

  /// A baseline item's value: a number, a list of numbers (`multi`) or a text.
  private static func answerValue(_ node: YAMLNode, _ what: String, _ reader: inout NodeReader)
    -> AnswerValue?
  {
    if node.sequence != nil { return Self.numbers(node, what, &reader).map(AnswerValue.selection) }
    guard let scalar = node.scalar, !scalar.isNull else {
      reader.error(.notANumber(what, found: node), at: node.reportMark)
      return nil
    }
    if scalar.isPlain, let number = NumberSyntax.parse(scalar.text) { return .number(number) }
    return Self.longText(node, what, &reader).map(AnswerValue.text)
  }

  // MARK: Targets

  private static func targets(
    _ node: YAMLNode, _ marks: inout ImprovementPlan.Marks, _ reader: inout NodeReader
  ) -> [ImprovementPlan.Target] {
    var targets: [ImprovementPlan.Target] = []
    for (key, value) in Self.pairs(node, "'targets'", &reader) {
      guard let factor = reader.slug(key, "factor id") else { continue }
      marks.targetKeys[factor] = key.reportMark
      guard let fields = reader.fields(of: value, as: FormatSchema.planTarget) else { continue }
      let levelNode = fields.present("level")
      let scoreNode = fields.present("score")
      var goal: ImprovementPlan.Target.Goal?
      if levelNode != nil, scoreNode != nil {
        reader.error(.targetLevelAndScore, at: fields.keyMark("score"))
      } else if let levelNode {
        marks.targetGoals[factor] = levelNode.reportMark
        goal = Self.percentage(levelNode, "the level of '\(factor)'", &reader).map { .level($0) }
      } else if let scoreNode {
        marks.targetGoals[factor] = scoreNode.reportMark
        goal = Self.percentage(scoreNode, "the target score of '\(factor)'", &reader).map {
          .score($0)
        }
      } else {
        reader.error(.targetWithoutGoal(factor), at: value.reportMark)
      }
      var by: String?
      if let byNode = fields.present("by") {
        marks.targetRounds[factor] = byNode.reportMark
        by = Self.identity(byNode, "'by'", &reader)
      }
      if let goal { targets.append(.init(factor: factor, goal: goal, by: by)) }
    }
    return targets
  }

  // MARK: Actions

  private static func actions(
    _ node: YAMLNode, _ marks: inout ImprovementPlan.Marks, _ reader: inout NodeReader
  ) -> [ImprovementPlan.Action] {
    guard let list = reader.list(node, "'actions'") else { return [] }
    if list.count > maxActions {
      reader.error(.tooManyActions(list.count, limit: maxActions), at: node.reportMark)
      return []
    }
    var actions: [ImprovementPlan.Action] = []
    var firstUse: [String: SourceMark] = [:]
    for item in list {
      guard let fields = reader.fields(of: item, as: FormatSchema.planAction) else { continue }
      var id = fields["id"].flatMap { reader.slug($0, "action id") }
      if let known = id, let idNode = fields["id"] {
        if let first = firstUse[known] {
          reader.error(
            .duplicateActionID(known), at: idNode.reportMark,
            notes: [.init(.idFirstUsed(known), at: first)])
          id = nil
        } else {
          firstUse[known] = idNode.reportMark
        }
      }
      var questions: [String] = []
      var questionMarks: [SourceMark] = []
      if let node = fields["questions"], let entries = reader.list(node, "'questions'") {
        if entries.isEmpty { reader.error(.actionWithoutQuestions, at: node.reportMark) }
        for entry in entries {
          guard let question = reader.slug(entry, "question id") else { continue }
          if questions.contains(question) {
            reader.error(.questionListedTwice(question), at: entry.reportMark)
            continue
          }
          questions.append(question)
          questionMarks.append(entry.reportMark)
        }
      }
      let description = fields.present("description").flatMap {
        Self.optionalText($0, "'description'", limit: ResponseLimits.textLength, &reader)
      }
      let owner = fields.present("owner").flatMap {
        Self.optionalText($0, "'owner'", limit: ResponseLimits.identityLength, &reader)
      }
      let evidence = fields.present("evidence").flatMap {
        Self.optionalText($0, "'evidence'", limit: ResponseLimits.textLength, &reader)
      }
      var due: String?
      if let node = fields.present("due"), let text = reader.string(node, "'due'") {
        if CalendarDate.isValid(text) {
          due = text
        } else {
          reader.error(.invalidDate("due", text), at: node.reportMark)
        }
      }
      let target = fields.present("target").flatMap { node -> AnswerValue? in
        if node.sequence != nil {
          return Self.numbers(node, "a value of the action's target", &reader).map(
            AnswerValue.selection)
        }
        guard node.scalar != nil else {
          reader.error(.notATargetValue(found: node), at: node.reportMark)
          return nil
        }
        return reader.number(node, "the action's target").map(AnswerValue.number)
      }
      let status = fields["status"].flatMap { Self.status($0, &reader) }
      // An action is kept for the questionnaire checks when its id and questions could be
      // read: the checks need nothing else, and its other mistakes are reported already.
      guard let id, !questions.isEmpty else { continue }
      actions.append(
        .init(
          id: id, questions: questions, description: description, owner: owner, due: due,
          target: target, status: status ?? .planned, evidence: evidence))
      marks.actions.append(item.reportMark)
      marks.actionQuestions.append(questionMarks)
      marks.actionTargets.append(fields.present("target")?.reportMark ?? item.reportMark)
      marks.actionDue.append(fields.present("due")?.reportMark ?? item.reportMark)
      marks.actionStatuses.append(fields.present("status")?.reportMark ?? item.reportMark)
    }
    return actions
  }

  // MARK: Values

  /// The pairs of a mapping (none for null); anything else is an error.
  private static func pairs(_ node: YAMLNode?, _ what: String, _ reader: inout NodeReader)
    -> [(key: YAMLNode, value: YAMLNode)]
  {
    guard let node, node.scalar?.isNull != true else { return [] }
    guard let pairs = node.mapping else {
      reader.error(.notAMapping(what, found: node), at: node.reportMark)
      return []
    }
    return pairs.map { ($0.key, $0.value) }
  }

  /// A list of distinct numbers.
  private static func numbers(_ node: YAMLNode, _ what: String, _ reader: inout NodeReader)
    -> [Double]?
  {
    guard let items = reader.list(node, what) else { return nil }
    var values: [Double] = []
    var clean = true
    for item in items {
      guard let value = reader.number(item, what) else {
        clean = false
        continue
      }
      if values.contains(value) {
        reader.error(.optionSelectedTwice(value), at: item.reportMark)
        clean = false
        continue
      }
      values.append(value)
    }
    return clean ? values : nil
  }

  private static func percentage(_ node: YAMLNode, _ what: String, _ reader: inout NodeReader)
    -> Double?
  {
    guard let value = reader.number(node, what) else { return nil }
    guard (0...100).contains(value) else {
      reader.error(.notAPercentage(what, value), at: node.reportMark)
      return nil
    }
    return value
  }

  private static func sha256(_ node: YAMLNode, _ reader: inout NodeReader) -> String? {
    guard let text = reader.string(node, "sha256") else { return nil }
    let isHex =
      text.utf8.count == 64
      && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    guard isHex else {
      reader.error(.invalidSHA256(text), at: node.reportMark)
      return nil
    }
    return text
  }

  /// An identity (`administration`, `round`, a target's `by`): not blank, at most 200
  /// characters, as responses have them.
  private static func identity(_ node: YAMLNode, _ what: String, _ reader: inout NodeReader)
    -> String?
  {
    guard let text = reader.string(node, what) else { return nil }
    if let problem = ResponseLimits.identityProblem(text, what) {
      reader.error(problem, at: node.reportMark)
      return nil
    }
    return text
  }

  private static func longText(_ node: YAMLNode, _ what: String, _ reader: inout NodeReader)
    -> String?
  {
    guard let text = reader.string(node, what) else { return nil }
    if let problem = ResponseLimits.textProblem(text, what) {
      reader.error(problem, at: node.reportMark)
      return nil
    }
    return text
  }

  /// A text the team fills in: empty or blank is "not written yet" (nil).
  private static func optionalText(
    _ node: YAMLNode, _ what: String, limit: Int, _ reader: inout NodeReader
  ) -> String? {
    guard let text = reader.string(node, what) else { return nil }
    if text.allSatisfy(\.isWhitespace) { return nil }
    if let length = ResponseLimits.length(of: text, over: limit) {
      reader.error(.tooLong(what, length: length, limit: limit), at: node.reportMark)
      return nil
    }
    return text
  }
}
