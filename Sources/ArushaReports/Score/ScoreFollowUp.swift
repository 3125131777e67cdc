import ArushaCore
import ArushaText

/// The follow-up of an improvement plan in the score report (issue 27, items 3 and 4):
/// `score NEW --plan PLAN` adds one section to every format.
///
/// Every string of the plan (its round, ids, descriptions, owners, evidence) is untrusted like
/// an answer: it goes through ``ScoreReport/clean(_:for:)`` (``PrintableText``) and each
/// format's own escaping.
extension ScoreReport {
  /// The report with the follow-up of a plan (``PlanFollowUp/make(_:questionnaire:response:score:map:)``).
  public func following(_ followUp: PlanFollowUp) -> ScoreReport {
    var report = self
    report.followUp = followUp
    return report
  }

  // MARK: - Figures as words

  /// An item score (0…1) as a decimal with two digits: "0.45" / « 0,45 ».
  ///
  /// "—" for none. Never a percentage (issue 27 review: "+25 %" reads as growth).
  func itemFraction(_ value: Double?) -> String {
    phrases.decimal(value, digits: 2)
  }

  /// A change of item score with its sign and two decimals: "+0.25", "−0.50", "0.00".
  func signedFraction(_ value: Double?) -> String {
    guard let value else { return "—" }
    let text = phrases.decimal(abs(value), digits: 2)
    if text == phrases.decimal(0, digits: 2) { return text }
    return (value > 0 ? "+" : "−") + text
  }

  /// A change of a score on 0–100 with one decimal and its sign: "+23.3", "−4.0", "0.0".
  func signedScore(_ value: Double?) -> String {
    guard let value else { return "—" }
    let text = phrases.decimal(abs(value))
    if text == phrases.decimal(0) { return text }
    return (value > 0 ? "+" : "−") + text
  }

  /// "11.7 → 35.0 (+23.3)": a score then and now, and its change when both are known.
  func scoreChange(_ change: PlanFollowUp.FactorChange) -> String {
    let moved = phrases.fromTo(phrases.decimal(change.then), phrases.decimal(change.now))
    return change.change == nil ? moved : "\(moved) (\(signedScore(change.change)))"
  }

  /// The level of a `scale` or `choice` answer: its option's position among the question's
  /// options ordered by item score (the lowest 0); nil for another kind or answer.
  func levelIndex(_ question: Question, _ answer: Answer?) -> Int? {
    guard answer?.state == nil, case .number(let number)? = answer?.value else { return nil }
    let options: [AnswerOption]
    switch question.kind {
    case .scale(_, let list), .choice(let list): options = list
    default: return nil
    }
    let ordered = options.enumerated().sorted { left, right in
      let a = ResponseScorer.valueScore(question.kind, .number(left.element.value)) ?? 0
      let b = ResponseScorer.valueScore(question.kind, .number(right.element.value)) ?? 0
      return a == b ? left.offset < right.offset : a < b
    }
    return ordered.firstIndex { $0.element.value == number }
  }

  /// The change in levels of a `scale` or `choice` question between the baseline and now;
  /// nil when either answer is not one of its options.
  func levelDelta(_ change: PlanFollowUp.QuestionChange) -> Int? {
    guard let followUp, let question = question(change.question),
      let then = levelIndex(question, followUp.baselineAnswers[change.question]),
      let now = levelIndex(question, response.answers[change.question])
    else { return nil }
    return now - then
  }

  /// Whether a question is read in levels (its answers' labels): `scale`, `choice`, `yesno`.
  func readsInLevels(_ question: Question?) -> Bool {
    switch question?.kind {
    case .scale?, .choice?, .yesno?: return true
    default: return false
    }
  }

  /// A question's change in words, never in percent (issue 27 review): for a `scale` or
  /// `choice` the levels' labels then → now and the change in levels ("Started → Adopted
  /// (+1 level)"); for a `yesno` the labels ("No → Yes"); for a `multi` (or an answer that
  /// is no level, "don't know") the item scores as decimals and their change ("0.45 → 0.70
  /// (+0.25)").
  func itemChange(_ change: PlanFollowUp.QuestionChange) -> String {
    let question = self.question(change.question)
    if let question, readsInLevels(question) {
      let then = levelText(question, followUp?.baselineAnswers[change.question])
      let now = levelText(question, response.answers[change.question])
      let moved = phrases.fromTo(then ?? phrases.decimal(nil), now ?? phrases.decimal(nil))
      if let delta = levelDelta(change) { return "\(moved) (\(phrases.levelChange(delta)))" }
      if case .yesno = question.kind { return moved }
      return change.change == nil ? moved : "\(moved) (\(signedFraction(change.change)))"
    }
    let moved = phrases.fromTo(itemFraction(change.then), itemFraction(change.now))
    return change.change == nil ? moved : "\(moved) (\(signedFraction(change.change)))"
  }

  /// The change column's words on a page: levels for a `scale` or `choice`, nothing more
  /// for a `yesno` (its labels say it), the signed item score for the rest.
  func changeWords(_ change: PlanFollowUp.QuestionChange) -> String {
    if let delta = levelDelta(change) { return phrases.levelChange(delta) }
    if case .yesno? = question(change.question)?.kind, change.change != nil {
      return change.improved == true
        ? phrases.levelChange(1)
        : change.declined == true ? phrases.levelChange(-1) : phrases.levelChange(0)
    }
    return signedFraction(change.change)
  }

  /// The answer as a level a person reads: an option's label, yes or no, "not applicable",
  /// "don't know"; nil for no answer and for a `multi` (its score says it).
  func levelText(_ question: Question, _ answer: Answer?) -> String? {
    guard let answer else { return nil }
    switch answer.state {
    case .notApplicable?: return phrases.notApplicableAnswer
    case .unknown?: return phrases.unknownAnswer
    case nil: break
    }
    switch (question.kind, answer.value) {
    case (.yesno, .number(let number)?): return number == 1 ? phrases.yes : phrases.no
    case (.scale(_, let options), .number(let number)?),
      (.choice(let options), .number(let number)?):
      return options.first { $0.value == number }.map { localized($0.label, for: .document) }
    default: return nil
    }
  }

  /// The level an action aims at on `question`, in words: the option whose item score is the
  /// target's (so read in the new version's values, through the map's value table), "Yes",
  /// or the options of a `multi` to have; empty when the action has no target.
  func targetText(_ action: ImprovementPlan.Action, _ change: PlanFollowUp.QuestionChange)
    -> String
  {
    guard let target = action.target, let question = question(change.question) else { return "" }
    switch question.kind {
    case .yesno: return phrases.yes
    case .scale(_, let options), .choice(let options):
      if let score = change.target,
        let option = options.first(where: {
          ResponseScorer.valueScore(question.kind, .number($0.value)).map {
            Tolerance.equal($0, score)
          } ?? false
        })
      {
        return localized(option.label, for: .document)
      }
    case .multi(let options):
      if case .selection(let values) = target {
        let labels = options.filter { values.contains($0.value) }.map {
          localized($0.label, for: .document)
        }
        if !labels.isEmpty { return labels.joined(separator: phrases.listSeparator) }
      }
    case .number, .text: break
    }
    return itemFraction(change.target)
  }

  /// Yes, No or "—" for a result that cannot be told.
  func yesNoDash(_ value: Bool?) -> [ReportDocument.Inline] {
    value.map(yesNo) ?? [.symbol("—")]
  }

  /// An item score then or now as a page's cell: the level's words for a `scale`, `choice`
  /// or `yesno` ("don't know", "not applicable" too), the item score as a decimal for a
  /// `multi`; "—" for none.
  func itemCell(_ question: Question?, _ answer: Answer?, _ score: Double?)
    -> [ReportDocument.Inline]
  {
    if let question, let level = levelText(question, answer) { return [.text(level)] }
    return [.figure(itemFraction(score), value: score, format: .fraction)]
  }

  /// The action's id, and its description after it on a page: "a1 — Adopt the code"; "a1 —
  /// action not defined" when it has none.
  func actionName(_ action: ImprovementPlan.Action) -> [ReportDocument.Inline] {
    var runs: [ReportDocument.Inline] = [.strong([.text(clean(action.id, for: .document))])]
    if let description = action.description,
      description.contains(where: { !$0.isWhitespace })
    {
      runs.append(.aside([" — ", .text(clean(description, for: .document))]))
    } else {
      runs.append(.aside([" — ", .emphasis([.text(phrases.actionUndefined)])]))
    }
    return runs
  }

  /// Whether an action's target level is reached, in words: Yes, No, "—", or for a dropped
  /// action that reached it "level reached (action dropped)".
  func reachedWords(_ action: ImprovementPlan.Action, _ reached: Bool?) -> [ReportDocument.Inline] {
    if action.status == .dropped && reached == true { return [.text(phrases.reachedDropped)] }
    return yesNoDash(reached)
  }

  /// An action's status, « (en retard) » after it when it is overdue.
  func statusWords(_ result: PlanFollowUp.ActionResult) -> [ReportDocument.Inline] {
    var runs: [ReportDocument.Inline] = [.text(phrases.actionStatus(result.action.status.rawValue))]
    if result.overdue { runs += [" ", .alert([.text("(" + phrases.overdueMark + ")")])] }
    return runs
  }

  /// A question as a list names it: "Q4 Is staff trained?".
  func questionRuns(_ id: String) -> [ReportDocument.Inline] {
    numbered(id) + [.text(question(id).map { localized($0.text, for: .document) } ?? id)]
  }

  // MARK: - The document's section

  /// The follow-up section of the score document.
  ///
  /// The heading, when and on which version
  /// the plan was made, the overall score then and now, the actions by status, the share of
  /// due factor targets met; the impact (actions done whose practice did not improve first,
  /// then those done whose practice improved, those done that cannot be measured, and the
  /// practices that improved with no action); the actions' table (a list on a terminal), the
  /// factor targets and the key figures then and now. Empty without a plan.
  func followUpBlocks() -> [ReportDocument.Block] {
    guard let followUp else { return [] }
    typealias Inline = ReportDocument.Inline
    let document = PrintableText.Destination.document
    let plan = followUp.plan
    let none: [Inline] = [.text(phrases.standalone(phrases.none))]
    var blocks: [ReportDocument.Block] = [
      .heading(
        Inline.phrase([clean(plan.round, for: document)]) { phrases.followUpOf(round: $0[0]) },
        level: 2)
    ]
    let version = clean(plan.questionnaire.version, for: document)
    var made: [Inline]
    if let day = plan.made, !day.isEmpty {
      made = Inline.phrase([phrases.date(clean(day, for: document)), version]) {
        phrases.followUpMade(day: $0[0], version: $0[1])
      }
    } else {
      made = Inline.phrase([version]) { phrases.followUpMade(day: nil, version: $0[0]) }
    }
    if followUp.mapped {
      made +=
        [" "]
        + Inline.phrase([clean(questionnaire.version, for: document)]) {
          phrases.followUpMapped(to: $0[0])
        }
    }
    blocks.append(.paragraph(made))
    let overall = PlanFollowUp.FactorChange(
      factor: "", then: followUp.overall.then, now: followUp.overall.now)
    blocks.append(
      .paragraph([
        .strong([.text(phrases.colon(phrases.overall))]), " ", .text(scoreChange(overall)),
      ]))
    let checked = PlanFollowUp.FactorChange(
      factor: "", then: followUp.evidenceChecked.then, now: followUp.evidenceChecked.now)
    if checked.then != nil || checked.now != nil {
      var runs: [Inline] = [
        .strong([.text(phrases.colon(phrases.evidenceChecked))]), " ",
        .text(scoreChange(checked)),
      ]
      if checked.then == nil {
        runs += [" ", .aside([.text(phrases.evidenceThenUnknown)])]
      }
      blocks.append(.paragraph(runs))
    }
    // Critical gaps then → now, and which closed and opened.
    var critical: [Inline] = [
      .text(phrases.criticalGapsThenNow(followUp.critical.then.count, followUp.critical.now.count))
    ]
    func numbers(_ ids: [String]) -> String {
      ids.map { id in visibleNumber(id).map { "Q\($0)" } ?? clean(id, for: document) }
        .joined(separator: phrases.listSeparator)
    }
    if !followUp.criticalClosed.isEmpty {
      critical.append(.text(" · " + phrases.criticalClosed(numbers(followUp.criticalClosed))))
    }
    if !followUp.criticalOpened.isEmpty {
      critical.append(
        .alert([.text(" · " + phrases.criticalOpened(numbers(followUp.criticalOpened)))]))
    }
    blocks.append(.paragraph(critical))
    let counts = Dictionary(
      followUp.statusCounts.map { ($0.status, $0.count) }, uniquingKeysWith: { first, _ in first })
    var countRuns: [Inline] = [
      .text(
        phrases.actionCounts(
          done: counts[.done] ?? 0, started: counts[.started] ?? 0,
          planned: counts[.planned] ?? 0, dropped: counts[.dropped] ?? 0))
    ]
    if !followUp.overdue.isEmpty {
      countRuns += [" ", .alert([.text(phrases.overdueActions(followUp.overdue.count) + ".")])]
    }
    blocks.append(.paragraph(countRuns))
    if !followUp.targets.isEmpty {
      blocks.append(.paragraph([.text(targetsMetSentence)]))
    }

    // The impact: what declined first, then what did not improve: the first things an
    // adviser asks about.
    blocks.append(.heading([.text(phrases.followUpImpact)], level: 3))
    let noAction: [Inline] = [.text(phrases.standalone(phrases.noneAction))]
    let results = Dictionary(
      followUp.actions.map { ($0.action.id, $0) }, uniquingKeysWith: { first, _ in first })
    func impactItems(_ ids: [String]) -> [[Inline]] {
      ids.compactMap { results[$0] }.map { result in
        var runs = actionName(result.action) + [" — "]
        if result.questions.isEmpty {
          runs.append(.emphasis([.text(phrases.questionRetired)]))
        }
        for (index, change) in result.questions.enumerated() {
          if index > 0 { runs.append(.text(phrases.listSeparator)) }
          runs += questionRuns(change.question) + [" · ", .text(itemChange(change))]
        }
        if result.action.status != .done {
          runs += [" · ", .strong([.text(phrases.actionStatus(result.action.status.rawValue))])]
        }
        return runs
      }
    }
    blocks.append(
      .paragraph([.alert([.text(phrases.declinedList(count: followUp.declined.count))])]))
    blocks.append(
      .list(
        followUp.declined.map { change in
          var runs: [Inline] =
            [.strong([.text(factorTitle(change.factor, for: document))]), " — "]
            + questionRuns(change.question) + [" · ", .text(itemChange(change)), " · "]
          let ids = followUp.actions(addressing: change.question)
          if ids.isEmpty { return runs + [.emphasis([.text(phrases.noActionForQuestion)])] }
          for (index, id) in ids.enumerated() {
            if index > 0 { runs.append(", ") }
            runs.append(.strong([.text(clean(id, for: document))]))
            guard let status = results[id]?.action.status else { continue }
            if status == .done {
              runs += [" ", .alert([.text("(" + phrases.doneDeclined + ")")])]
            } else {
              runs += [" (", .text(phrases.actionStatus(status.rawValue)), ")"]
            }
          }
          return runs
        }, empty: noAction))
    blocks.append(
      .paragraph([.alert([.text(phrases.doneNotImproved(count: followUp.doneNotImproved.count))])]))
    blocks.append(.list(impactItems(followUp.doneNotImproved), empty: noAction))
    blocks.append(
      .paragraph([.strong([.text(phrases.doneImproved(count: followUp.doneAndImproved.count))])]))
    blocks.append(.list(impactItems(followUp.doneAndImproved), empty: noAction))
    blocks.append(
      .paragraph([
        .strong([.text(phrases.notDoneImproved(count: followUp.notDoneImproved.count))])
      ]))
    blocks.append(.list(impactItems(followUp.notDoneImproved), empty: noAction))
    blocks.append(
      .paragraph([
        .strong([
          .text(phrases.improvedWithoutAction(count: followUp.improvedWithoutAction.count))
        ])
      ]))
    blocks.append(
      .list(
        followUp.improvedWithoutAction.map { change in
          [.strong([.text(factorTitle(change.factor, for: document))]), " — "]
            + questionRuns(change.question) + [" · ", .text(itemChange(change))]
        }, empty: noAction))
    if !followUp.doneNotMeasured.isEmpty {
      blocks.append(
        .paragraph([
          .strong([.text(phrases.doneNotMeasured(count: followUp.doneNotMeasured.count))])
        ]))
      blocks.append(.list(impactItems(followUp.doneNotMeasured), empty: noAction))
    }

    // The actions: a table on a page, a list on a terminal.
    blocks.append(.heading([.text(phrases.followUpActions)], level: 3))
    blocks.append(.detail(.table(followUpActionTable)))
    blocks.append(.narrow(.list(followUpActionLines, empty: noAction)))

    if !followUp.targets.isEmpty {
      blocks.append(.heading([.text(phrases.followUpTargets)], level: 3))
      blocks.append(.table(followUpTargetTable))
    }
    if !followUp.figures.isEmpty {
      blocks.append(.heading([.text(phrases.followUpFigures)], level: 3))
      blocks.append(.list(followUpFigureLines, empty: none))
    }
    return blocks
  }

  /// The headline's share of factor targets met: of the targets due that the factor did not
  /// already meet at the baseline (those are no success of the plan), with the count of those
  /// already met and of those due later.
  var targetsMetSentence: String {
    guard let followUp else { return "" }
    let (met, due, atBaseline) = followUp.targetsMetSinceBaseline
    return phrases.targetsMetSinceBaseline(
      met: met, due: due, metAtBaseline: atBaseline, narrowly: followUp.targetsMetNarrowly,
      later: followUp.targets.count { !$0.due },
      share: due > 0 ? phrases.percent(Double(met) / Double(due)) : nil)
  }

  /// One row per action and question (an action on two questions has two rows; an action
  /// whose questions the new version dropped has one, its question cell saying so): the
  /// action's id (its description after it on a page), the question's number and text, the
  /// status, the level aimed at and whether it is reached, the item score then and now (the
  /// answer's level on a page) and its change, the factor then → now; a sheet also has the
  /// description, owner, due date and evidence, the factor's scores in columns of their own
  /// and the question's id.
  var followUpActionTable: ReportDocument.Table {
    typealias Inline = ReportDocument.Inline
    let document = PrintableText.Destination.document
    guard let followUp else { return ReportDocument.Table(columns: [], rows: []) }
    let thenRound = clean(followUp.plan.round, for: document)
    let nowRound = clean(response.round, for: document)
    func column(
      _ header: [Inline], _ presence: ReportDocument.Presence = .everywhere,
      width: Double? = nil, _ alignment: ReportDocument.Alignment = .leading
    ) -> ReportDocument.Column {
      .init(header, alignment: alignment, presence: presence, width: width)
    }
    let columns = [
      column([.text(phrases.actionHeader)], width: 24),
      column([.symbol("#")], .everywhere, width: nil, .trailing),
      column([.text(phrases.question)], width: 50),
      column([.text(phrases.statusHeader)]),
      column([.text(phrases.targetLevelHeader)], width: 24),
      column([.text(phrases.reachedHeader)]),
      column([.text(thenRound)], .everywhere, width: 20),
      column([.text(nowRound)], .everywhere, width: 20),
      column([.text(phrases.changeHeader)], .page, width: nil, .trailing),
      column([.text(phrases.itemScoreIn(thenRound))], .spreadsheet, width: nil, .trailing),
      column([.text(phrases.itemScoreIn(nowRound))], .spreadsheet, width: nil, .trailing),
      column([.text(phrases.changeHeader)], .spreadsheet, width: nil, .trailing),
      column([.text(phrases.levelChangeHeader)], .spreadsheet, width: nil, .trailing),
      column([.text(phrases.factor)], width: 30),
      column([.text(phrases.factorIn(thenRound))], .spreadsheet, width: nil, .trailing),
      column([.text(phrases.factorIn(nowRound))], .spreadsheet, width: nil, .trailing),
      column([.text(phrases.changeHeader)], .spreadsheet, width: nil, .trailing),
      column([.text(phrases.owner)], width: 20),
      column([.text(phrases.dueHeader)]),
      column([.text(phrases.descriptionHeader)], .spreadsheet, width: 40),
      column([.text(phrases.evidenceHeader)], .spreadsheet, width: 30),
      column([.text(phrases.overdueHeader)], .spreadsheet),
      column([.text(phrases.questionIdentifier)], .spreadsheet),
    ]
    let factors = Dictionary(
      followUp.factors.map { ($0.factor, $0) }, uniquingKeysWith: { first, _ in first })
    var rows: [[[Inline]]] = []
    for result in followUp.actions {
      let action = result.action
      let people: [[Inline]] = [
        [.text(clean(action.owner, for: document))], [.text(clean(action.due, for: document))],
      ]
      let tail: [[Inline]] = [
        [.text(clean(action.description, for: document))],
        [.text(clean(action.evidence, for: document))], yesNo(result.overdue),
      ]
      let status = statusWords(result)
      if result.questions.isEmpty {
        rows.append(
          [actionName(action), [], [.emphasis([.text(phrases.questionRetired)])], status]
            + Array(repeating: [], count: 13) + people + tail + [[]])
        continue
      }
      for change in result.questions {
        let question = self.question(change.question)
        let factor = factors[change.factor]
        let delta = levelDelta(change)
        rows.append(
          [
            actionName(action),
            visibleNumber(change.question).map { [count($0)] } ?? [],
            [.text(question.map { localized($0.text, for: document) } ?? change.question)],
            status, [.text(targetText(action, change))],
            action.target == nil ? [] : reachedWords(action, change.reached),
            itemCell(question, followUp.baselineAnswers[change.question], change.then),
            itemCell(question, response.answers[change.question], change.now),
            [.text(changeWords(change))],
            [.figure(change.then, .fraction, phrases)], [.figure(change.now, .fraction, phrases)],
            [.figure(signedFraction(change.change), value: change.change, format: .fraction)],
            delta.map { [.figure(phrases.levelChange($0), value: Double($0), format: .general)] }
              ?? [],
            [.text(factorTitle(change.factor, for: document))]
              + (factor.map {
                // « 1. Conduite : 11,7 → 35,0 », the colon as the catalogue writes it.
                [.aside([.symbol(phrases.colon("")), " ", .text(scoreChange($0))])]
              } ?? []),
            [.figure(factor?.then, .score, phrases)], [.figure(factor?.now, .score, phrases)],
            [
              .figure(
                signedScore(factor?.change), value: factor?.change, format: .signed)
            ],
          ] + people + tail + [[.text(change.question)]])
      }
    }
    return ReportDocument.Table(columns: columns, rows: rows)
  }

  /// The actions as a terminal lists them.
  ///
  /// "a1 — Q1 Does management own the programme? ·
  /// Done · target Applied: reached · 25% → 75% (+50%) · 1. Leadership: 11.7 → 35.0 (+23.3)".
  var followUpActionLines: [[ReportDocument.Inline]] {
    guard let followUp else { return [] }
    let document = PrintableText.Destination.document
    let factors = Dictionary(
      followUp.factors.map { ($0.factor, $0) }, uniquingKeysWith: { first, _ in first })
    return followUp.actions.map { result in
      let action = result.action
      var runs = actionName(action) + [" — "]
      if result.questions.isEmpty {
        runs += [.emphasis([.text(phrases.questionRetired)])]
      }
      for (index, change) in result.questions.enumerated() {
        if index > 0 { runs.append(.text(phrases.listSeparator)) }
        runs += questionRuns(change.question)
        if action.target != nil {
          runs += [
            " · ", .text(phrases.colon(phrases.targetLevelHeader)), " ",
            .text(targetText(action, change)), " (",
          ]
          runs +=
            [.text(phrases.colon(phrases.reachedHeader)), " "]
            + reachedWords(action, change.reached)
          runs.append(")")
        }
        runs += [" · ", .text(itemChange(change))]
        if let factor = factors[change.factor] {
          runs += [
            " · ", .text(phrases.colon(factorTitle(change.factor, for: document))), " ",
            .text(scoreChange(factor)),
          ]
        }
      }
      runs += [" · ", .strong(statusWords(result))]
      if let owner = action.owner, !owner.isEmpty {
        runs += [
          " · ", .text(phrases.colon(phrases.owner)), " ", .text(clean(owner, for: document)),
        ]
      }
      if let due = action.due, !due.isEmpty {
        runs += [
          " · ", .text(phrases.colon(phrases.dueHeader)), " ", .text(clean(due, for: document)),
        ]
      }
      return runs
    }
  }

  /// One row per factor target: the factor, the target (the level band's label, or a score),
  /// the round it is due by, the factor then and now, and the result: "already met at the
  /// baseline" (then ≥ threshold, due or not), "due later (ROUND)" (", met already" when the
  /// factor meets it before its round), "met narrowly" (met by less than `scoring.change`),
  /// met, or not met.
  var followUpTargetTable: ReportDocument.Table {
    typealias Inline = ReportDocument.Inline
    let document = PrintableText.Destination.document
    guard let followUp else { return ReportDocument.Table(columns: [], rows: []) }
    let columns: [ReportDocument.Column] = [
      .init([.text(phrases.factor)], width: 30), .init([.text(phrases.goalHeader)]),
      .init([.text(phrases.byHeader)]),
      .init([.text(clean(followUp.plan.round, for: document))], alignment: .trailing),
      .init([.text(clean(response.round, for: document))], alignment: .trailing),
      .init([.text(phrases.changeHeader)], alignment: .trailing),
      .init([.text(phrases.resultHeader)]),
      .init([.text(phrases.factorIdentifier)], presence: .spreadsheet),
    ]
    let rows: [[[Inline]]] = followUp.targets.map { result in
      let target = result.target
      let goal: String
      switch target.goal {
      case .level(let min):
        let band = questionnaire.scoring.levels.first { Tolerance.equal($0.min, min) }
        goal = band.map { localized($0.label, for: document) } ?? phrases.decimal(min)
      case .score(let score): goal = phrases.scoreGoal(phrases.decimal(score))
      }
      var outcome: [Inline]
      if result.lost {
        outcome = [.trend([.text(phrases.targetLost)], rising: false)]
      } else if result.metAtBaseline == true {
        outcome = [.text(phrases.metAtBaseline)]
      } else if !result.due {
        outcome = [.text(phrases.targetLater(clean(target.by ?? "", for: document)))]
        if result.met == true { outcome.append(.aside([", ", .text(phrases.alreadyMet)])) }
      } else if result.metNarrowly {
        outcome = [
          .alert([.text(phrases.metNarrowly(threshold: phrases.decimal(result.changeThreshold)))])
        ]
      } else if result.met == true {
        outcome = [.trend([.text(phrases.targetMet)], rising: true)]
      } else {
        outcome = [.trend([.text(phrases.targetNotMet)], rising: false)]
      }
      return [
        [.text(factorTitle(target.factor, for: document))], [.text(goal)],
        [.text(target.by.map { clean($0, for: document) } ?? phrases.nextRound)],
        [.figure(result.factor.then, .score, phrases)],
        [.figure(result.factor.now, .score, phrases)],
        [
          .figure(
            signedScore(result.factor.change), value: result.factor.change, format: .signed)
        ],
        outcome, [.text(clean(target.factor, for: document))],
      ]
    }
    return ReportDocument.Table(columns: columns, rows: rows)
  }

  /// The key figures then and now: "Q8 How many staff? 2024: 400 staff → 2026: 500 staff",
  /// and their `per` normalisation: " · per 100 staff: 1.5 → 2.0".
  var followUpFigureLines: [[ReportDocument.Inline]] {
    guard let followUp else { return [] }
    let document = PrintableText.Destination.document
    let thenRound = clean(followUp.plan.round, for: document)
    let nowRound = clean(response.round, for: document)
    let words = normalizedFigures(for: document)
    let thenCycle = phrases.cycle(thenRound)
    let nowCycle = phrases.cycle(nowRound)
    return followUp.figures.map { change in
      let question = question(change.question)
      func value(_ number: Double?) -> String {
        figureValue(
          KeyFigure(
            question: change.question, factor: change.factor, value: number,
            unit: question?.unit), for: document)
      }
      var runs =
        questionRuns(change.question) + [
          " ", .text(phrases.colon(thenCycle)), " ", .strong([.text(value(change.then))]), " → ",
          .text(phrases.colon(nowCycle)), " ", .strong([.text(value(change.now))]),
        ]
      if let per = question?.per {
        runs += [
          " · ", .text(phrases.colon(words.label(per))), " ",
          .text(
            phrases.fromTo(
              change.thenNormalized.map(words.number) ?? phrases.decimal(nil),
              change.nowNormalized.map(words.number) ?? phrases.decimal(nil))),
        ]
      }
      return runs
    }
  }
}
