import ArushaCore
import ArushaText

extension ScoreReport {
  /// Where an action done stands in the impact lists (issue 27): `done_not_improved`,
  /// `done_improved`, `done_not_measured`; empty for an action not done.
  func impact(_ result: PlanFollowUp.ActionResult) -> String {
    guard result.action.status == .done else {
      return result.improved == true ? "not_done_improved" : ""
    }
    if result.declined { return "done_declined" }
    switch result.improved {
    case true?: return "done_improved"
    case false?: return "done_not_improved"
    case nil: return "done_not_measured"
    }
  }

  /// `score --plan PLAN --format csv` (issue 27): the follow-up as one table, a `section`
  /// column saying what each row is, so that a spreadsheet filters it.
  ///
  /// Sections, in order: `overall` (the overall score then, now, change); `action` (one row
  /// per action and question, in the plan's order: an action on two questions has two rows;
  /// one whose questions the new version dropped has one, without a question); `target` (one
  /// per factor target); `improved_without_action` (one per question that improved with no
  /// action); `figure` (one per key figure, with its `per` normalisation then and now).
  /// Scores unrounded: item scores 0–1, factor and overall scores 0–100. Every string of the
  /// plan is printable (``CSVTable``).
  public func followUpCSV(dialect: CSVTable.Dialect = .tools) -> String {
    guard let followUp else { return factorsCSV(dialect: dialect) }
    let header = [
      "section", "administration", "round", "plan_round", "action", "status", "question",
      "question_number", "factor", "target", "target_score", "reached", "then", "now", "change",
      "improved", "impact", "factor_then", "factor_now", "factor_change", "goal", "threshold",
      "by", "due", "met", "then_normalized", "now_normalized", "description", "owner",
      "due_date", "evidence", "level_change", "then_value", "now_value", "overdue",
      "met_at_baseline", "met_narrowly",
    ]
    let column = Dictionary(
      header.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    func row(_ section: String, _ cells: [String: CSVTable.Cell]) -> [CSVTable.Cell] {
      var row = Array(repeating: CSVTable.Cell.text(""), count: header.count)
      row[0] = .text(section)
      row[1] = .text(response.administration)
      row[2] = .text(response.round)
      row[3] = .text(followUp.plan.round)
      for (name, cell) in cells {
        if let index = column[name] { row[index] = cell }
      }
      return row
    }
    func bool(_ value: Bool?) -> CSVTable.Cell { value.map { .bool($0) } ?? .text("") }
    func number(_ id: String) -> CSVTable.Cell {
      visibleNumber(id).map { .integer($0) } ?? .text("")
    }
    func target(_ value: AnswerValue?) -> CSVTable.Cell {
      switch value {
      case .number(let number)?: return .number(number)
      case .selection(let values)?:
        return .text(
          values.map { fixed($0, digits: $0 == $0.rounded() ? 0 : 2) }.joined(separator: " "))
      case .text(let text)?: return .text(text)
      case nil: return .text("")
      }
    }
    func level(_ change: PlanFollowUp.QuestionChange) -> [String: CSVTable.Cell] {
      [
        "level_change": levelDelta(change).map { .integer($0) } ?? .text(""),
        "then_value": target(followUp.baselineAnswers[change.question]?.value),
        "now_value": target(response.answers[change.question]?.value),
      ]
    }
    let factors = Dictionary(
      followUp.factors.map { ($0.factor, $0) }, uniquingKeysWith: { first, _ in first })
    var rows: [[CSVTable.Cell]] = [
      row(
        "overall",
        [
          "then": .number(followUp.overall.then), "now": .number(followUp.overall.now),
          "change": .number(
            PlanFollowUp.FactorChange(
              factor: "", then: followUp.overall.then, now: followUp.overall.now
            ).change),
        ])
    ]
    for result in followUp.actions {
      let action = result.action
      let common: [String: CSVTable.Cell] = [
        "action": .text(action.id), "status": .text(action.status.rawValue),
        "target": target(action.target), "impact": .text(impact(result)),
        "description": .text(action.description ?? ""), "owner": .text(action.owner ?? ""),
        "due_date": .text(action.due ?? ""), "evidence": .text(action.evidence ?? ""),
        "overdue": .bool(result.overdue),
      ]
      if result.questions.isEmpty {
        rows.append(row("action", common))
        continue
      }
      for change in result.questions {
        let factor = factors[change.factor]
        rows.append(
          row(
            "action",
            common.merging(
              [
                "question": .text(change.question), "question_number": number(change.question),
                "factor": .text(change.factor), "target_score": .number(change.target),
                "reached": bool(change.reached), "then": .number(change.then),
                "now": .number(change.now), "change": .number(change.change),
                "improved": bool(change.improved), "factor_then": .number(factor?.then),
                "factor_now": .number(factor?.now), "factor_change": .number(factor?.change),
              ].merging(level(change), uniquingKeysWith: { _, new in new }),
              uniquingKeysWith: { _, new in new })))
      }
    }
    for result in followUp.targets {
      let goal: String
      switch result.target.goal {
      case .level: goal = "level"
      case .score: goal = "score"
      }
      rows.append(
        row(
          "target",
          [
            "factor": .text(result.target.factor), "goal": .text(goal),
            "threshold": .number(result.target.goal.threshold),
            "by": .text(result.target.by ?? ""), "due": .bool(result.due),
            "met": bool(result.met), "then": .number(result.factor.then),
            "now": .number(result.factor.now), "change": .number(result.factor.change),
            "met_at_baseline": bool(result.metAtBaseline),
            "met_narrowly": .bool(result.metNarrowly),
          ]))
    }
    for change in followUp.declined {
      rows.append(
        row(
          "declined",
          [
            "question": .text(change.question), "question_number": number(change.question),
            "factor": .text(change.factor), "then": .number(change.then),
            "now": .number(change.now), "change": .number(change.change),
            "improved": bool(change.improved),
            "action": .text(followUp.actions(addressing: change.question).joined(separator: " ")),
            "impact": .text("declined"),
          ].merging(level(change), uniquingKeysWith: { _, new in new })))
    }
    for change in followUp.improvedWithoutAction {
      rows.append(
        row(
          "improved_without_action",
          [
            "question": .text(change.question), "question_number": number(change.question),
            "factor": .text(change.factor), "then": .number(change.then),
            "now": .number(change.now), "change": .number(change.change),
            "improved": bool(change.improved), "impact": .text("improved_without_action"),
          ].merging(level(change), uniquingKeysWith: { _, new in new })))
    }
    for figure in followUp.figures {
      rows.append(
        row(
          "figure",
          [
            "question": .text(figure.question), "question_number": number(figure.question),
            "factor": .text(figure.factor), "then": .number(figure.then),
            "now": .number(figure.now),
            "change": .number(
              figure.then.flatMap { then in figure.now.map { Tolerance.reported($0 - then) } }),
            "then_normalized": .number(figure.thenNormalized),
            "now_normalized": .number(figure.nowNormalized),
          ]))
    }
    return CSVTable(header: header, rows: rows, dialect: dialect).render()
  }

  /// The workbook's "Follow-up" sheet (issue 27): the actions' table (every column, and the
  /// impact of each action done), then, each under a bold title and its own bold header row,
  /// the factor targets, the practices that improved with no action, the key figures then
  /// and now, and the overall score then and now with the share of due targets met.
  func followUpSheet() -> Workbook.Sheet? {
    guard let followUp else { return nil }
    typealias Inline = ReportDocument.Inline
    let document = PrintableText.Destination.document
    var actions = followUpActionTable.inSheet
    actions.columns.append(.init([.text(phrases.followUpImpact)]))
    var index = 0
    for result in followUp.actions {
      for _ in 0..<max(1, result.questions.count) where index < actions.rows.count {
        let words: String
        switch impact(result) {
        case "done_improved": words = phrases.doneImproved(count: 1)
        case "done_not_improved": words = phrases.doneNotImproved(count: 1)
        case "done_not_measured": words = phrases.doneNotMeasured(count: 1)
        case "done_declined": words = phrases.doneDeclined + " ("
        case "not_done_improved": words = phrases.notDoneImproved(count: 1)
        default: words = ""
        }
        // The list's title without its count: "Done, practice improved".
        let title = words.split(separator: " (", maxSplits: 1).first.map(String.init) ?? ""
        actions.rows[index].append([.text(title)])
        index += 1
      }
    }
    var rows = actions.rows
    func section(_ title: String, _ table: ReportDocument.Table) {
      let table = table.inSheet
      rows.append([])
      rows.append([[.strong([.text(title)])]])
      rows.append(table.columns.map { [.strong($0.header)] })
      rows += table.rows
    }
    if !followUp.targets.isEmpty {
      section(phrases.followUpTargets, followUpTargetTable)
    }
    let thenRound = clean(followUp.plan.round, for: document)
    let nowRound = clean(response.round, for: document)
    section(
      phrases.declinedList(count: followUp.declined.count),
      ReportDocument.Table(
        columns: [
          .init([.symbol("#")]), .init([.text(phrases.question)]),
          .init([.text(phrases.factor)]), .init([.text(phrases.itemScoreIn(thenRound))]),
          .init([.text(phrases.itemScoreIn(nowRound))]), .init([.text(phrases.changeHeader)]),
          .init([.text(phrases.levelChangeHeader)]), .init([.text(phrases.actionHeader)]),
          .init([.text(phrases.questionIdentifier)]),
        ],
        rows: followUp.declined.map { change in
          let ids = followUp.actions(addressing: change.question)
          return [
            visibleNumber(change.question).map { [count($0)] } ?? [],
            [.text(question(change.question).map { localized($0.text, for: document) } ?? "")],
            [.text(factorTitle(change.factor, for: document))],
            [.figure(change.then, .fraction, phrases)], [.figure(change.now, .fraction, phrases)],
            [.figure(signedFraction(change.change), value: change.change, format: .fraction)],
            levelDelta(change).map {
              [.figure(phrases.levelChange($0), value: Double($0), format: .general)]
            } ?? [],
            [
              .text(
                ids.isEmpty
                  ? phrases.noActionForQuestion : clean(ids.joined(separator: ", "), for: document))
            ],
            [.text(change.question)],
          ]
        }))
    section(
      phrases.improvedWithoutAction(count: followUp.improvedWithoutAction.count),
      ReportDocument.Table(
        columns: [
          .init([.symbol("#")]), .init([.text(phrases.question)]),
          .init([.text(phrases.factor)]), .init([.text(phrases.itemScoreIn(thenRound))]),
          .init([.text(phrases.itemScoreIn(nowRound))]),
          .init([.text(phrases.changeHeader)]), .init([.text(phrases.questionIdentifier)]),
        ],
        rows: followUp.improvedWithoutAction.map { change in
          [
            visibleNumber(change.question).map { [count($0)] } ?? [],
            [.text(question(change.question).map { localized($0.text, for: document) } ?? "")],
            [.text(factorTitle(change.factor, for: document))],
            [.figure(change.then, .fraction, phrases)], [.figure(change.now, .fraction, phrases)],
            [.figure(signedFraction(change.change), value: change.change, format: .fraction)],
            [.text(change.question)],
          ]
        }))
    if !followUp.figures.isEmpty {
      let words = normalizedFigures(for: document)
      section(
        phrases.followUpFigures,
        ReportDocument.Table(
          columns: [
            .init([.symbol("#")]), .init([.text(phrases.question)]),
            .init([.text(phrases.cycle(thenRound))]),
            .init([.text(phrases.cycle(nowRound))]), .init([.text(phrases.perHeader)]),
            .init([.text(phrases.cycle(thenRound))]), .init([.text(phrases.cycle(nowRound))]),
            .init([.text(phrases.questionIdentifier)]),
          ],
          rows: followUp.figures.map { change in
            let per = question(change.question)?.per
            return [
              visibleNumber(change.question).map { [count($0)] } ?? [],
              [
                .text(question(change.question).map { localized($0.text, for: document) } ?? "")
              ],
              [.figure(change.then, .general, phrases)], [.figure(change.now, .general, phrases)],
              per.map { [.text(words.label($0))] } ?? [],
              per == nil ? [] : [.figure(change.thenNormalized, .general, phrases)],
              per == nil ? [] : [.figure(change.nowNormalized, .general, phrases)],
              [.text(change.question)],
            ]
          }))
    }
    let overall = PlanFollowUp.FactorChange(
      factor: "", then: followUp.overall.then, now: followUp.overall.now)
    section(
      phrases.overall,
      ReportDocument.Table(
        columns: [
          .init([.text(thenRound)]), .init([.text(nowRound)]),
          .init([.text(phrases.changeHeader)]),
        ],
        rows: [
          [
            [.figure(overall.then, .score, phrases)], [.figure(overall.now, .score, phrases)],
            [.figure(signedScore(overall.change), value: overall.change, format: .signed)],
          ]
        ]))
    let checked = PlanFollowUp.FactorChange(
      factor: "", then: followUp.evidenceChecked.then, now: followUp.evidenceChecked.now)
    section(
      phrases.evidenceChecked,
      ReportDocument.Table(
        columns: [
          .init([.text(thenRound)]), .init([.text(nowRound)]),
          .init([.text(phrases.changeHeader)]),
        ],
        rows: [
          [
            [.figure(checked.then, .score, phrases)], [.figure(checked.now, .score, phrases)],
            [.figure(signedScore(checked.change), value: checked.change, format: .signed)],
          ]
        ]))
    rows.append([])
    rows.append([
      [
        .text(
          phrases.criticalGapsThenNow(followUp.critical.then.count, followUp.critical.now.count))
      ]
    ])
    if !followUp.criticalClosed.isEmpty {
      rows.append([[.text(phrases.criticalClosed(followUp.criticalClosed.joined(separator: ", ")))]]
      )
    }
    if !followUp.criticalOpened.isEmpty {
      rows.append([[.text(phrases.criticalOpened(followUp.criticalOpened.joined(separator: ", ")))]]
      )
    }
    if !followUp.overdue.isEmpty {
      rows.append([
        [
          .text(
            phrases.overdueActions(followUp.overdue.count) + ": "
              + clean(followUp.overdue.joined(separator: ", "), for: document))
        ]
      ])
    }
    if !followUp.targets.isEmpty {
      rows.append([])
      rows.append([[.text(targetsMetSentence)]])
    }
    let width = actions.columns.count
    let padded = rows.map { row in
      row.count >= width ? row : row + Array(repeating: [Inline](), count: width - row.count)
    }
    return Workbook.Sheet(
      name: phrases.followUpSheet,
      table: ReportDocument.Table(columns: actions.columns, rows: padded))
  }
}
