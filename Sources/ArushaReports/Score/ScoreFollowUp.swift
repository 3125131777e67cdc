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

  /// An item score (0…1) as a percentage: "75%" / « 75 % »; "—" for none.
  func itemPercent(_ value: Double?) -> String {
    phrases.percent(value)
  }

  /// A change of item score as signed percentage points: "+50%", "−25%", "0%"; "—" for none.
  func signedPercent(_ value: Double?) -> String {
    guard let value else { return "—" }
    let text = phrases.percent(abs(value))
    if text == phrases.percent(0) { return text }
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

  /// "25% → 75% (+50%)": an item score then and now, and its change when both are known.
  func itemChange(_ change: PlanFollowUp.QuestionChange) -> String {
    let moved = phrases.fromTo(itemPercent(change.then), itemPercent(change.now))
    return change.change == nil ? moved : "\(moved) (\(signedPercent(change.change)))"
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
    return itemPercent(change.target)
  }

  /// Yes, No or "—" for a result that cannot be told.
  func yesNoDash(_ value: Bool?) -> [ReportDocument.Inline] {
    value.map(yesNo) ?? [.symbol("—")]
  }

  /// An item score then or now as a cell: the level's words on a page, the score as a
  /// percentage (a numeric cell in a sheet); "—" (an empty cell) for none.
  func itemCell(_ question: Question?, _ answer: Answer?, _ score: Double?)
    -> [ReportDocument.Inline]
  {
    let figure = ReportDocument.Inline.figure(itemPercent(score), value: score, format: .percent)
    guard let question, let level = levelText(question, answer) else { return [figure] }
    if score == nil { return [.text(level)] }
    return [.aside([.text(level), " ("]), figure, .aside([")"])]
  }

  /// The action's id, and its description after it on a page: "a1 — Adopt the code".
  func actionName(_ action: ImprovementPlan.Action) -> [ReportDocument.Inline] {
    var runs: [ReportDocument.Inline] = [.strong([.text(clean(action.id, for: .document))])]
    if let description = action.description, !description.isEmpty {
      runs.append(.aside([" — ", .text(clean(description, for: .document))]))
    }
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
    let counts = Dictionary(
      followUp.statusCounts.map { ($0.status, $0.count) }, uniquingKeysWith: { first, _ in first })
    blocks.append(
      .paragraph([
        .text(
          phrases.actionCounts(
            done: counts[.done] ?? 0, started: counts[.started] ?? 0,
            planned: counts[.planned] ?? 0, dropped: counts[.dropped] ?? 0))
      ]))
    if !followUp.targets.isEmpty {
      let (met, due) = followUp.targetsMet
      blocks.append(
        .paragraph([
          .text(
            phrases.targetsMet(
              met: met, due: due, notDue: followUp.targets.count - due,
              share: due > 0 ? phrases.percent(Double(met) / Double(due)) : nil))
        ]))
    }

    // The impact: what did not improve first, the first thing an adviser asks about.
    blocks.append(.heading([.text(phrases.followUpImpact)], level: 3))
    let results = Dictionary(
      followUp.actions.map { ($0.action.id, $0) }, uniquingKeysWith: { first, _ in first })
    func impactItems(_ ids: [String]) -> [[Inline]] {
      ids.compactMap { results[$0] }.map { result in
        var runs = actionName(result.action) + [" — "]
        if result.questions.isEmpty {
          runs.append(.emphasis([.text(phrases.questionRetired)]))
        }
        for (index, change) in result.questions.enumerated() {
          if index > 0 { runs.append("; ") }
          runs += questionRuns(change.question) + [" · ", .text(itemChange(change))]
        }
        return runs
      }
    }
    blocks.append(
      .paragraph([.alert([.text(phrases.doneNotImproved(count: followUp.doneNotImproved.count))])]))
    blocks.append(.list(impactItems(followUp.doneNotImproved), empty: none))
    blocks.append(
      .paragraph([.strong([.text(phrases.doneImproved(count: followUp.doneAndImproved.count))])]))
    blocks.append(.list(impactItems(followUp.doneAndImproved), empty: none))
    if !followUp.doneNotMeasured.isEmpty {
      blocks.append(
        .paragraph([
          .strong([.text(phrases.doneNotMeasured(count: followUp.doneNotMeasured.count))])
        ]))
      blocks.append(.list(impactItems(followUp.doneNotMeasured), empty: none))
    }
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
        }, empty: none))

    // The actions: a table on a page, a list on a terminal.
    blocks.append(.heading([.text(phrases.followUpActions)], level: 3))
    blocks.append(.detail(.table(followUpActionTable)))
    blocks.append(.narrow(.list(followUpActionLines, empty: none)))

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
      column([.text(thenRound)], .everywhere, width: nil, .trailing),
      column([.text(nowRound)], .everywhere, width: nil, .trailing),
      column([.text(phrases.changeHeader)], .everywhere, width: nil, .trailing),
      column([.text(phrases.factor)], width: 30),
      column([.text(phrases.factorIn(thenRound))], .spreadsheet, width: nil, .trailing),
      column([.text(phrases.factorIn(nowRound))], .spreadsheet, width: nil, .trailing),
      column([.text(phrases.changeHeader)], .spreadsheet, width: nil, .trailing),
      column([.text(phrases.descriptionHeader)], .spreadsheet, width: 40),
      column([.text(phrases.owner)], .spreadsheet, width: 20),
      column([.text(phrases.dueHeader)], .spreadsheet),
      column([.text(phrases.evidenceHeader)], .spreadsheet, width: 30),
      column([.text(phrases.questionIdentifier)], .spreadsheet),
    ]
    let factors = Dictionary(
      followUp.factors.map { ($0.factor, $0) }, uniquingKeysWith: { first, _ in first })
    var rows: [[[Inline]]] = []
    for result in followUp.actions {
      let action = result.action
      let tail: [[Inline]] = [
        [.text(clean(action.description, for: document))],
        [.text(clean(action.owner, for: document))], [.text(clean(action.due, for: document))],
        [.text(clean(action.evidence, for: document))],
      ]
      let status: [Inline] = [.text(phrases.actionStatus(action.status.rawValue))]
      if result.questions.isEmpty {
        rows.append(
          [actionName(action), [], [.emphasis([.text(phrases.questionRetired)])], status]
            + Array(repeating: [], count: 9) + tail + [[]])
        continue
      }
      for change in result.questions {
        let question = self.question(change.question)
        let factor = factors[change.factor]
        rows.append(
          [
            actionName(action),
            visibleNumber(change.question).map { [count($0)] } ?? [],
            [.text(question.map { localized($0.text, for: document) } ?? change.question)],
            status, [.text(targetText(action, change))],
            action.target == nil ? [] : yesNoDash(change.reached),
            itemCell(question, followUp.baselineAnswers[change.question], change.then),
            itemCell(question, response.answers[change.question], change.now),
            [.figure(signedPercent(change.change), value: change.change, format: .percent)],
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
          ] + tail + [[.text(change.question)]])
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
        if index > 0 { runs.append("; ") }
        runs += questionRuns(change.question)
        if action.target != nil {
          runs += [
            " · ", .text(phrases.colon(phrases.targetLevelHeader)), " ",
            .text(targetText(action, change)), " (",
          ]
          runs += [.text(phrases.colon(phrases.reachedHeader)), " "] + yesNoDash(change.reached)
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
      return runs + [" · ", .strong([.text(phrases.actionStatus(action.status.rawValue))])]
    }
  }

  /// One row per factor target: the factor, the target (the level band's label, or a score),
  /// the round it is due by, the factor then and now, and the result (met, not met, or not due
  /// yet, "met already" beside it when the factor meets it before its round).
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
      if !result.due {
        outcome = [.text(phrases.targetNotDue)]
        if result.met == true { outcome.append(.aside([" (", .text(phrases.alreadyMet), ")"])) }
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
          " ", .text(phrases.colon(thenRound)), " ", .strong([.text(value(change.then))]), " → ",
          .text(phrases.colon(nowRound)), " ", .strong([.text(value(change.now))]),
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
