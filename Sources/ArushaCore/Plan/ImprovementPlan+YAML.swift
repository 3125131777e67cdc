public import ArushaYAML

extension ImprovementPlan {
  /// The plan as the YAML value of format `arusha/plan-1` (issue 27, docs/plan-format.md).
  ///
  /// Keys in the format's order: `format`, `note`, `questionnaire` (`id`, `version`,
  /// `sha256`), `administration`, `round`, `made`, `targets`, `actions`, then `baseline`
  /// (`sha256`, `overall`, `factors`, `items`, `figures`) last: the team's work first, the
  /// measurement it starts from after it (the decoder reads the keys in any order). The
  /// note, in short lines, is a literal block (`|`). Every key is written, null when
  /// empty (an action's description and owner `""`, to fill in), except an item's `value`,
  /// `state` and `score`, written only when it has them.
  /// Numbers are plain (`2`, `0.625`) and unrounded; a `multi` value and an action's questions
  /// are flow lists (`[1, 4]`); texts are quoted when YAML could read them as something else,
  /// as responses are written (``YAMLWriter``).
  public func yamlValue() -> YAMLValue {
    func text(_ value: String?) -> YAMLValue { value.map { .string($0) } ?? .null }
    func number(_ value: Double?) -> YAMLValue { value.map { .number($0) } ?? .null }
    func answer(_ value: AnswerValue?) -> YAMLValue {
      switch value {
      case .number(let number)?: return .number(number)
      case .selection(let selected)?: return .sequence(selected.map { .number($0) }, flow: true)
      case .text(let string)?: return .string(string)
      case nil: return .null
      }
    }
    let items = baseline.items.map { item -> YAMLValue.Entry in
      var fields: [YAMLValue.Entry] = []
      if item.value != nil { fields.append(.init("value", answer(item.value))) }
      if let state = item.state { fields.append(.init("state", .plain(state.rawValue))) }
      if let score = item.score { fields.append(.init("score", .number(score))) }
      return .init(item.question, .mapping(fields))
    }
    let figures = baseline.figures.map { figure in
      YAMLValue.Entry(
        figure.question,
        .mapping([
          .init("value", number(figure.value)), .init("normalized", number(figure.normalized)),
        ]))
    }
    let targets = targets.map { target -> YAMLValue.Entry in
      let goal: YAMLValue.Entry =
        switch target.goal {
        case .level(let min): .init("level", .number(min))
        case .score(let score): .init("score", .number(score))
        }
      return .init(target.factor, .mapping([goal, .init("by", text(target.by))]))
    }
    let actions = actions.map { action -> YAMLValue in
      .mapping([
        .init("id", .string(action.id)),
        .init("questions", .sequence(action.questions.map { .string($0) }, flow: true)),
        // Not written yet: `""`, a string to fill in (the decoder reads it back as nil).
        .init("description", .string(action.description ?? "")),
        .init("owner", .string(action.owner ?? "")),
        .init("due", action.due.map { .string($0) } ?? .null),
        .init("target", answer(action.target)), .init("status", .plain(action.status.rawValue)),
        .init("evidence", text(action.evidence)),
      ])
    }
    return .mapping([
      .init("format", .plain(Self.format)),
      .init("note", text(note)),
      .init(
        "questionnaire",
        .mapping([
          .init("id", .string(questionnaire.id)),
          .init("version", .string(questionnaire.version)),
          .init("sha256", .string(questionnaire.sha256)),
        ])),
      .init("administration", .string(administration)),
      .init("round", .string(round)),
      // Plain only when it is a timestamp (a plan read back may carry anything there).
      .init("made", made.map { Timestamp.isValid($0) ? .plain($0) : .string($0) } ?? .null),
      .init("targets", .mapping(targets)),
      .init("actions", .sequence(actions)),
      .init(
        "baseline",
        .mapping([
          .init("sha256", .string(baseline.sha256)),
          .init("overall", number(baseline.overall)),
          .init(
            "factors",
            .mapping(baseline.factors.map { .init($0.factor, number($0.score)) })),
          .init("items", .mapping(items)),
          .init("figures", .mapping(figures)),
        ])),
    ])
  }

  /// The bytes of the plan file (``yamlValue()``).
  ///
  /// - Throws: ``YAMLError`` if libyaml refuses to write (it should not).
  public func yamlBytes() throws(YAMLError) -> [UInt8] {
    try YAMLWriter().write(yamlValue())
  }
}
