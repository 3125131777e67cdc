import ArushaCore
import ArushaText

/// An improvement plan ready to render for the minutes (issue 27, item 5): its targets and its
/// actions as Markdown and as a workbook, with the same rows.
///
/// The plan's round is read from its baseline (the answers and scores it was made from), so
/// that a plan file edited by a team renders without its response. Every text from the plan
/// file (ids, rounds, descriptions, owners, dates, evidence) goes through ``PrintableText``
/// like every answer, and the document's writers escape it for their format.
public struct PlanReport: Sendable {
  /// The plan.
  public let plan: ImprovementPlan
  /// The report of the plan's round, rebuilt from its baseline: the questionnaire, the
  /// answers as they stood, the report language and its words.
  let round: ScoreReport
  /// Each factor's score if every action (but the dropped) reached its target
  /// (``ImprovementPlanning/projectedScores(of:questionnaire:)``), by factor id.
  let projected: [String: Double?]

  /// Prepares the plan for rendering in `language` (default: the questionnaire's first).
  ///
  /// - Parameters:
  ///   - plan: The plan.
  ///   - questionnaire: The questionnaire its round answered.
  ///   - language: The report language.
  public init(plan: ImprovementPlan, questionnaire: Questionnaire, language: String? = nil) {
    self.plan = plan
    var answers: [String: Answer] = [:]
    for item in plan.baseline.items {
      answers[item.question] = Answer(value: item.value, state: item.state)
    }
    let response = Response(
      questionnaire: plan.questionnaire, administration: plan.administration, round: plan.round,
      status: .complete, answers: answers)
    self.round = ScoreReport(
      questionnaire: questionnaire, response: response,
      language: language ?? questionnaire.defaultLanguage)
    self.projected = ImprovementPlanning.projectedScores(of: plan, questionnaire: questionnaire)
  }

  var phrases: Phrases { round.phrases }
  var questionnaire: Questionnaire { round.questionnaire }

  /// The plan as a document: the title, the round it was made from and when, the targets
  /// table, then the actions table (``targetsTable``, ``actionsTable``).
  public func document() -> ReportDocument {
    let document = PrintableText.Destination.document
    let made = plan.made.flatMap { Timestamp.isValid($0) ? phrases.date($0) : nil }
    var blocks: [ReportDocument.Block] = [
      .heading(
        [.text(phrases.improvementPlan), " — ", .text(round.title(for: document))], level: 1),
      .paragraph(
        ReportDocument.Inline.phrase([
          round.clean(plan.administration, for: document), round.clean(plan.round, for: document),
        ]) {
          phrases.planMadeFrom(phrases.roundOf($0[0], $0[1]), on: made)
        }),
      .heading([.text(phrases.planTargets)], level: 2),
    ]
    let targets = targetsTable
    blocks.append(.table(targets))
    if targets.rows.isEmpty {
      blocks.append(.list([], empty: [.text(phrases.standalone(phrases.none))]))
    }
    blocks.append(.heading([.text(phrases.planActions)], level: 2))
    let actions = actionsTable
    blocks.append(.table(actions))
    if actions.rows.isEmpty {
      blocks.append(.list([], empty: [.text(phrases.standalone(phrases.none))]))
    }
    return ReportDocument(blocks)
  }

  /// The plan as Markdown, for the minutes.
  public func markdown() -> String {
    document().markdown()
  }

  /// The plan as a workbook: the actions, then the targets, one sheet each (the rows of
  /// ``markdown()``, with the identifiers in columns of their own).
  public func workbook() -> Workbook {
    Workbook(
      title: phrases.improvementPlan + " — " + round.title(for: .document),
      subject: phrases.roundOf(
        round.clean(plan.administration, for: .document),
        round.clean(plan.round, for: .document)),
      language: phrases.language,
      sheets: [
        Workbook.Sheet(name: phrases.planActionsSheet, table: actionsTable),
        Workbook.Sheet(name: phrases.planTargetsSheet, table: targetsTable),
      ])
  }

  /// One row per target, in the plan's order: the factor's number (sheet) and its number and
  /// title, its score in the plan's round, the target (a band's label, or "Score 60"), the
  /// score that meets it, the score projected if every action reached its level
  /// (``projected``), whether that projection reaches the target (said when it falls short:
  /// more actions are needed), the round to meet it by ("Next round" when open), the
  /// factor's id (sheet).
  var targetsTable: ReportDocument.Table {
    let document = PrintableText.Destination.document
    func column(
      _ header: String, _ alignment: ReportDocument.Alignment = .leading,
      _ presence: ReportDocument.Presence = .everywhere, width: Double? = nil
    ) -> ReportDocument.Column {
      .init([.text(header)], alignment: alignment, presence: presence, width: width)
    }
    let columns = [
      column(phrases.numberHeader, .trailing, .spreadsheet, width: 6),
      column(phrases.factor, width: 40), column(phrases.baselineScore, .trailing),
      column(phrases.targetHeader, width: 20), column(phrases.targetScore, .trailing),
      column(phrases.projectedScore, .trailing, width: 18),
      column(phrases.projectionHeader, width: 30), column(phrases.byRound),
      column(phrases.factorIdentifier, .leading, .spreadsheet),
    ]
    let rows = plan.targets.map { target -> [[ReportDocument.Inline]] in
      let factor = round.factor(target.factor)
      let label: String
      switch target.goal {
      case .level(let min):
        let band = questionnaire.scoring.levels.first { Tolerance.equal($0.min, min) }
        label =
          band.map { round.localized($0.label, for: document) }
          ?? phrases.scoreTarget(phrases.decimal(min, digits: min == min.rounded() ? 0 : 1))
      case .score(let score):
        label = phrases.scoreTarget(
          phrases.decimal(score, digits: score == score.rounded() ? 0 : 1))
      }
      let projection = projected[target.factor] ?? nil
      let verdict = projection.map {
        Tolerance.atLeast($0, target.goal.threshold)
          ? phrases.projectionReaches : phrases.projectionShort
      }
      return [
        factor?.number.map { [.count($0)] } ?? [],
        [.text(round.factorTitle(target.factor, for: document))],
        [round.figure(plan.baseline.score(of: target.factor), .score)], [.text(label)],
        [round.figure(target.goal.threshold, .score)], [round.figure(projection, .score)],
        verdict.map { [.text($0)] } ?? [],
        [.text(target.by.map { round.clean($0, for: document) } ?? phrases.nextRound)],
        [.text(round.clean(target.factor, for: document))],
      ]
    }
    return ReportDocument.Table(columns: columns, rows: rows)
  }

  /// One row per action, in the plan's order: its id, the number of its question(s) as every
  /// report numbers them (``Questionnaire/number(of:)``), the question's text, its factor,
  /// the answer in the plan's round, the answer to reach, then the team's columns
  /// (description, owner, due, status, evidence), and the question ids (sheet).
  ///
  /// An action on several questions joins each cell's texts: numbers with ", ", the rest
  /// with " / ", each distinct text once.
  var actionsTable: ReportDocument.Table {
    let document = PrintableText.Destination.document
    func column(
      _ header: String, _ alignment: ReportDocument.Alignment = .leading,
      _ presence: ReportDocument.Presence = .everywhere, width: Double? = nil
    ) -> ReportDocument.Column {
      .init([.text(header)], alignment: alignment, presence: presence, width: width)
    }
    let columns = [
      column(phrases.actionIdentifier), column(phrases.questionNumberHeader, .trailing, width: 10),
      column(phrases.question, width: 50), column(phrases.factor, width: 30),
      column(phrases.answer, width: 25), column(phrases.answerToReach, width: 25),
      column(phrases.descriptionHeader, width: 40), column(phrases.owner, width: 20),
      column(phrases.dueHeader), column(phrases.status), column(phrases.evidence, width: 25),
      column(phrases.questionIdentifier, .leading, .spreadsheet),
    ]
    let questions = round.questionsByID
    func joined(_ texts: [String], _ separator: String = " / ") -> String {
      var seen: Set<String> = []
      return texts.filter { !$0.isEmpty && seen.insert($0).inserted }.joined(separator: separator)
    }
    func text(_ value: String?) -> [ReportDocument.Inline] {
      guard let value, !value.isEmpty else { return [] }
      return [.text(round.clean(value, for: document))]
    }
    let rows = plan.actions.map { action -> [[ReportDocument.Inline]] in
      let known = action.questions.compactMap { questions[$0] }
      let numbers = action.questions.compactMap { questionnaire.number(of: $0) }
      // "Q12" on a page, 12 in a sheet; "Q3, Q5" for several.
      let number: [ReportDocument.Inline] =
        numbers.count == 1
        ? [.figure(phrases.questionNumber(numbers[0]), value: Double(numbers[0]), format: .general)]
        : numbers.isEmpty
          ? [] : [.text(numbers.map(phrases.questionNumber).joined(separator: ", "))]
      return [
        text(action.id), number,
        [.text(joined(known.map { round.localized($0.text, for: document) }))],
        [.text(joined(known.map { round.factorOf($0.id, for: document) }))],
        [.text(joined(known.map { round.answerText($0, for: document) }))],
        [.text(joined(known.map { targetText(action.target, of: $0) }))],
        text(action.description), text(action.owner), text(action.due),
        [.text(phrases.actionStatus(action.status.rawValue))], text(action.evidence),
        [.text(round.clean(action.questions.joined(separator: ", "), for: document))],
      ]
    }
    return ReportDocument.Table(columns: columns, rows: rows)
  }

  /// An action's target value in words for `question`: the option's label, yes or no, the
  /// options of a selection (or "none selected"), a number; empty without a target.
  func targetText(_ target: AnswerValue?, of question: Question) -> String {
    let document = PrintableText.Destination.document
    switch (question.kind, target) {
    case (_, nil): return ""
    case (.yesno, .number(let number)?): return number == 1 ? phrases.yes : phrases.no
    case (_, .number(let number)?):
      if let option = question.kind.options.first(where: { $0.value == number }) {
        return round.localized(option.label, for: document)
      }
      return phrases.decimal(number, digits: number == number.rounded() ? 0 : 2)
    case (_, .selection(let selected)?):
      let labels = question.kind.options.filter { selected.contains($0.value) }.map {
        round.localized($0.label, for: document)
      }
      return labels.isEmpty ? phrases.noneSelected : labels.joined(separator: phrases.listSeparator)
    case (_, .text(let text)?): return round.clean(text, for: document)
    }
  }
}
