import ArushaCore
import ArushaText

extension ScoreReport {
  /// The `follow_up` member of `score --plan` JSON (issue 27), after every other member; none
  /// without a plan, so that a report without `--plan` is unchanged.
  ///
  /// Scores unrounded: factor and overall scores 0–100, item scores 0–1; every string of the
  /// plan printable (``PrintableText`` for a document). The object:
  /// - `plan`: `round`, `made` (or null), `questionnaire` `{id, version}`, `mapped` (whether
  ///   its baseline was read through an item map);
  /// - `overall`: `{then, now, change}`;
  /// - `status_counts`: `{planned, started, done, dropped}`;
  /// - `actions`: per action, in the plan's order: `id`, `status`, `description`, `owner`,
  ///   `due`, `evidence`, `target` (the plan's value: a number, a list, or null),
  ///   `target_score` (its item score on the first question), `reached`, `improved` (true,
  ///   false or null), `questions` (`question`, `number`, `factor`, `then`, `now`, `change`,
  ///   `improved`, `target_score`, `reached`) and `factors` (`factor`, `then`, `now`,
  ///   `change`);
  /// - `targets`: per factor target: `factor`, `goal` (`level` or `score`), `threshold`,
  ///   `level` (the band's label, or null), `by` (null: the next round), `due`, `then`, `now`,
  ///   `change`, `met` (true, false or null);
  /// - `targets_met`: `{met, due, share}` (share null when none is due);
  /// - `impact`: `done_not_improved`, `done_improved`, `done_not_measured` (action ids) and
  ///   `improved_without_action` (`question`, `number`, `factor`, `then`, `now`, `change`);
  ///   `declined` (every comparable question whose item score fell, the same members and
  ///   `actions`, the ids of the actions addressing it), `done_declined` (actions done with a
  ///   declined question: contradictions to explain), `not_done_improved` (actions not done
  ///   whose practice improved);
  /// - every question also has `declined`, `then_value` and `now_value` (the answers' values)
  ///   and `level_change` (a `scale` or `choice`: now's level minus then's; else null); every
  ///   action `overdue`; every target `met_at_baseline`, `met_narrowly` and
  ///   `change_threshold`; `targets_met` also `met_at_baseline`, `met_since_baseline`,
  ///   `due_since_baseline`, `share_since_baseline` (the due targets not met at the baseline);
  /// - `critical`: `{then, now, closed, opened}` (question ids); `evidence_checked`:
  ///   `{then, now, change}` (`then` null when an answer of the baseline expects evidence:
  ///   the plan does not record it); `as_of` (the new round's date) and `overdue` (action ids);
  /// - `factors`: every factor `{factor, then, now, change}`;
  /// - `figures`: every key figure `{question, number, factor, then, then_normalized, now,
  ///   now_normalized}`.
  func followUpMembers() -> [JSONValue.Member] {
    guard let followUp else { return [] }
    let document = PrintableText.Destination.document
    func text(_ value: String?) -> JSONValue {
      .string(value.map { clean($0, for: document) })
    }
    func bool(_ value: Bool?) -> JSONValue { value.map { .bool($0) } ?? .null }
    func number(_ id: String) -> JSONValue {
      visibleNumber(id).map { .integer($0) } ?? .null
    }
    func factor(_ change: PlanFollowUp.FactorChange) -> JSONValue {
      .object([
        .init("factor", text(change.factor)), .init("then", .number(change.then)),
        .init("now", .number(change.now)), .init("change", .number(change.change)),
      ])
    }
    func value(_ value: AnswerValue?) -> JSONValue {
      switch value {
      case .number(let number)?: return .number(number)
      case .selection(let values)?: return .array(values.map { .number($0) })
      case .text(let string)?: return text(string)
      case nil: return .null
      }
    }
    func question(_ change: PlanFollowUp.QuestionChange, target: Bool) -> JSONValue {
      var members: [JSONValue.Member] = [
        .init("question", text(change.question)), .init("number", number(change.question)),
        .init("factor", text(change.factor)), .init("then", .number(change.then)),
        .init("now", .number(change.now)), .init("change", .number(change.change)),
        .init("improved", bool(change.improved)),
        .init("declined", bool(change.declined)),
        .init("then_value", value(followUp.baselineAnswers[change.question]?.value)),
        .init("now_value", value(response.answers[change.question]?.value)),
        .init("level_change", levelDelta(change).map { .integer($0) } ?? .null),
      ]
      if target {
        members += [
          .init("target_score", .number(change.target)), .init("reached", bool(change.reached)),
        ]
      }
      return .object(members)
    }
    let plan = followUp.plan
    let counts = followUp.statusCounts
    let (met, due) = followUp.targetsMet
    let since = followUp.targetsMetSinceBaseline
    let actions: [JSONValue] = followUp.actions.map { result in
      let action = result.action
      return .object([
        .init("id", text(action.id)), .init("status", .string(action.status.rawValue)),
        .init("description", text(action.description)), .init("owner", text(action.owner)),
        .init("due", text(action.due)), .init("evidence", text(action.evidence)),
        .init("target", value(action.target)),
        .init("target_score", .number(result.targetScore)),
        .init("reached", bool(result.reached)), .init("improved", bool(result.improved)),
        .init("questions", .array(result.questions.map { question($0, target: true) })),
        .init("factors", .array(result.factors.map(factor))),
        .init("overdue", .bool(result.overdue)),
      ])
    }
    let targets: [JSONValue] = followUp.targets.map { result in
      let goal: (name: String, band: String?)
      switch result.target.goal {
      case .level(let min):
        goal = (
          "level",
          questionnaire.scoring.levels.first { Tolerance.equal($0.min, min) }.map {
            localized($0.label, for: document)
          }
        )
      case .score: goal = ("score", nil)
      }
      return .object([
        .init("factor", text(result.target.factor)), .init("goal", .string(goal.name)),
        .init("threshold", .number(result.target.goal.threshold)),
        .init("level", .string(goal.band)), .init("by", text(result.target.by)),
        .init("due", .bool(result.due)), .init("then", .number(result.factor.then)),
        .init("now", .number(result.factor.now)), .init("change", .number(result.factor.change)),
        .init("met", bool(result.met)),
        .init("met_at_baseline", bool(result.metAtBaseline)),
        .init("lost", .bool(result.lost)),
        .init("met_narrowly", .bool(result.metNarrowly)),
        .init("change_threshold", .number(result.changeThreshold)),
      ])
    }
    let object = JSONValue.object([
      .init(
        "plan",
        .object([
          .init("round", text(plan.round)), .init("made", text(plan.made)),
          .init(
            "questionnaire",
            .object([
              .init("id", text(plan.questionnaire.id)),
              .init("version", text(plan.questionnaire.version)),
            ])),
          .init("mapped", .bool(followUp.mapped)),
        ])),
      .init(
        "overall",
        factor(.init(factor: "", then: followUp.overall.then, now: followUp.overall.now)).dropping(
          "factor")),
      .init(
        "status_counts",
        .object(counts.map { .init($0.status.rawValue, .integer($0.count)) })),
      .init("actions", .array(actions)),
      .init("targets", .array(targets)),
      .init(
        "targets_met",
        .object([
          .init("met", .integer(met)), .init("due", .integer(due)),
          .init("share", due > 0 ? .number(Double(met) / Double(due)) : .null),
          .init("met_at_baseline", .integer(since.metAtBaseline)),
          .init("met_since_baseline", .integer(since.met)),
          .init("due_since_baseline", .integer(since.due)),
          .init(
            "share_since_baseline",
            since.due > 0 ? .number(Double(since.met) / Double(since.due)) : .null),
        ])),
      .init(
        "impact",
        .object([
          .init("done_not_improved", .array(followUp.doneNotImproved.map(text))),
          .init("done_improved", .array(followUp.doneAndImproved.map(text))),
          .init("done_not_measured", .array(followUp.doneNotMeasured.map(text))),
          .init(
            "improved_without_action",
            .array(followUp.improvedWithoutAction.map { question($0, target: false) })),
          .init(
            "declined",
            .array(
              followUp.declined.map { change in
                guard case .object(let members) = question(change, target: false) else {
                  return .null
                }
                return .object(
                  members + [
                    .init(
                      "actions", .array(followUp.actions(addressing: change.question).map(text)))
                  ])
              })),
          .init("done_declined", .array(followUp.doneDeclined.map(text))),
          .init("not_done_improved", .array(followUp.notDoneImproved.map(text))),
        ])),
      .init(
        "critical",
        .object([
          .init("then", .array(followUp.critical.then.map(text))),
          .init("now", .array(followUp.critical.now.map(text))),
          .init("closed", .array(followUp.criticalClosed.map(text))),
          .init("opened", .array(followUp.criticalOpened.map(text))),
        ])),
      .init(
        "evidence_checked",
        factor(
          .init(
            factor: "", then: followUp.evidenceChecked.then, now: followUp.evidenceChecked.now)
        ).dropping("factor")),
      .init("as_of", text(followUp.asOf)),
      .init("overdue", .array(followUp.overdue.map(text))),
      .init("factors", .array(followUp.factors.map(factor))),
      .init(
        "figures",
        .array(
          followUp.figures.map { change in
            .object([
              .init("question", text(change.question)), .init("number", number(change.question)),
              .init("factor", text(change.factor)), .init("then", .number(change.then)),
              .init("then_normalized", .number(change.thenNormalized)),
              .init("now", .number(change.now)),
              .init("now_normalized", .number(change.nowNormalized)),
            ])
          })),
    ])
    return [.init("follow_up", object)]
  }
}

extension JSONValue {
  /// The object without its member `name`; any other value as it is.
  fileprivate func dropping(_ name: String) -> JSONValue {
    guard case .object(let members) = self else { return self }
    return .object(members.filter { $0.name != name })
  }
}
