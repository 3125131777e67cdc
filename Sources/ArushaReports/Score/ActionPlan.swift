import ArushaCore
import ArushaText

extension ScoreReport {
  /// The action plan's rows and its annex's (``ActionPlanning``): every critical gap, the
  /// `top` next priority gaps and the gaps they require, foundations first; nil lists every
  /// gap in the plan (`--all`).
  public func actionPlan(top: Int? = ActionPlanning.defaultTop) -> ActionPlanning.Plan {
    ActionPlanning.plan(questionnaire, score: score, answers: response.answers, top: top)
  }

  /// The action plan as a document: the title, the subject, what the plan holds when it leaves
  /// gaps out and its order when its questions build on others, and a table of its gaps with
  /// empty Action, Owner and Horizon columns to fill in; then, when the plan leaves gaps out,
  /// the annex: the same table of the other gaps, numbered on.
  public func actionPlanDocument(top: Int? = ActionPlanning.defaultTop) -> ReportDocument {
    let document = PrintableText.Destination.document
    let plan = actionPlan(top: top)
    let tables = actionPlanTables(plan)
    var blocks: [ReportDocument.Block] = [
      .heading([.text(phrases.actionPlan), " — ", .text(title(for: document))], level: 1),
      .paragraph(subjectRuns(for: document)),
    ]
    var scope: [String] = []
    if let top, !plan.annex.isEmpty {
      scope.append(
        phrases.actionPlanScope(
          top: top, annex: plan.annex.count, critical: plan.all.contains(where: \.critical)))
    }
    if plan.all.contains(where: { !$0.requires.isEmpty }) {
      scope.append(phrases.actionPlanOrder)
    }
    if !scope.isEmpty {
      blocks.append(.paragraph([.text(scope.joined(separator: " "))]))
    }
    blocks.append(.table(tables.plan))
    if tables.plan.rows.isEmpty {
      blocks.append(.list([], empty: [.text(phrases.standalone(phrases.none))]))
    }
    if !score.unsupported.isEmpty {
      // The plan rests on the declared scores; the evidence still to attach is work too.
      blocks.append(
        .quote([
          .text(phrases.evidenceToAttach(score.unsupported.count, of: score.expectingEvidence))
        ]))
    }
    if !tables.annex.rows.isEmpty {
      blocks += [
        .heading([.text(phrases.actionPlanAnnex(count: tables.annex.rows.count))], level: 2),
        .table(tables.annex),
      ]
    }
    return ReportDocument(blocks)
  }

  /// The plan's table and the annex's, with empty Action, Owner and Horizon columns to fill in.
  ///
  /// Each is a table on a page (the question after its number, « (critical) » after it, the
  /// target level's own description after its label) and a sheet, which also has the
  /// question's number, whether it is critical, the description and the question's
  /// identifier in columns of their own. The annex numbers its rows on from the plan's.
  func actionPlanTables(_ plan: ActionPlanning.Plan) -> (
    plan: ReportDocument.Table, annex: ReportDocument.Table
  ) {
    let document = PrintableText.Destination.document
    func column(
      _ header: String, _ presence: ReportDocument.Presence = .everywhere, width: Double? = nil,
      _ alignment: ReportDocument.Alignment = .leading
    ) -> ReportDocument.Column {
      .init([.text(header)], alignment: alignment, presence: presence, width: width)
    }
    let columns = [
      column(phrases.rank, width: 6, .trailing),
      column(phrases.questionNumberHeader, .spreadsheet, width: 10, .trailing),
      column(phrases.factor, width: 30), column(phrases.question, width: 60),
      column(phrases.criticalHeader, .spreadsheet), column(phrases.answer, width: 30),
      column(phrases.nextLevel, width: 30),
      column(phrases.targetDescription, .spreadsheet, width: 50),
      column(phrases.action, width: 40), column(phrases.owner, width: 20),
      column(phrases.horizon, width: 20), column(phrases.questionIdentifier, .spreadsheet),
    ]
    let questions = questionsByID
    func rows(_ planned: [ActionPlanning.Row], from first: Int) -> [[[ReportDocument.Inline]]] {
      planned.enumerated().compactMap { offset, row in
        guard let question = questions[row.question] else { return nil }
        var text: [ReportDocument.Inline] =
          [.aside(numbered(row.question)), .text(localized(question.text, for: document))]
        if row.critical {
          text.append(.aside([" ", .strong(["(", .text(phrases.critical), ")"])]))
        }
        let description = targetDescription(row, question, for: document)
        var target: [ReportDocument.Inline] = [.text(targetText(row, question, for: document))]
        if !description.isEmpty {
          target.append(.aside([" — ", .emphasis([.text(description)])]))
        }
        return [
          [count(first + offset)], visibleNumber(row.question).map { [count($0)] } ?? [],
          [.text(factorTitle(row.factor, for: document))], text, yesNo(row.critical),
          [.text(answerText(question, for: document))], target, [.text(description)], [], [], [],
          [.text(row.question)],
        ]
      }
    }
    return (
      ReportDocument.Table(columns: columns, rows: rows(plan.rows, from: 1)),
      ReportDocument.Table(columns: columns, rows: rows(plan.annex, from: plan.rows.count + 1))
    )
  }

  /// The questions by id (the first of an id).
  var questionsByID: [String: Question] {
    Dictionary(
      questionnaire.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// What a row aims at, in words: the target option's label, "Yes", or the options of a
  /// `multi` to put in place and to give up; empty without a target.
  func targetText(
    _ row: ActionPlanning.Row, _ question: Question, for destination: PrintableText.Destination
  ) -> String {
    let options = question.kind.options
    func labels(_ indices: [Int]) -> [String] {
      indices.filter(options.indices.contains).map {
        localized(options[$0].label, for: destination)
      }
    }
    switch row.target {
    case .option(let index)?: return labels([index]).first ?? ""
    case .yes?: return phrases.yes
    case .selection(let add, let drop)?:
      return phrases.changeSelection(add: labels(add), drop: labels(drop))
    case nil: return ""
    }
  }

  /// What the target level means for this question, in its own words
  /// (``ActionPlanning/description(of:in:)``); empty when it has none.
  func targetDescription(
    _ row: ActionPlanning.Row, _ question: Question, for destination: PrintableText.Destination
  ) -> String {
    localized(ActionPlanning.description(of: row.target, in: question), for: destination)
  }

  /// The action plan as Markdown (``actionPlanDocument(top:)``).
  public func actionPlanMarkdown(top: Int? = ActionPlanning.defaultTop) -> String {
    actionPlanDocument(top: top).markdown()
  }

  /// The action plan as CSV, for a spreadsheet the workshop fills in.
  ///
  /// The plan's rows, then the annex's. `#` is the row's place (the annex numbered on); at the end, `question_number`
  /// (issue 23) is the question's among all questions, `target_description` the target
  /// level's own description and `annex` whether the row is in the annex (issue 24).
  public func actionPlanCSV(
    dialect: CSVTable.Dialect = .tools, top: Int? = ActionPlanning.defaultTop
  ) -> String {
    let document = PrintableText.Destination.document
    let plan = actionPlan(top: top)
    let questions = questionsByID
    let planned = plan.rows.map { ($0, false) } + plan.annex.map { ($0, true) }
    let rows: [[CSVTable.Cell]] = planned.compactMap { row, inAnnex in
      guard let question = questions[row.question] else { return nil }
      return [
        .text(row.factor), .text(localized(factor(row.factor)?.title, for: document)),
        .text(row.question), .text(localized(question.text, for: document)), .bool(row.critical),
        .text(answerText(question, for: document)),
        .text(targetText(row, question, for: document)), .text(""), .text(""), .text(""),
        visibleNumber(row.question).map { .integer($0) } ?? .text(""),
        .text(targetDescription(row, question, for: document)), .bool(inAnnex),
      ]
    }.enumerated().map { [.integer($0.offset + 1)] + $0.element }
    return CSVTable(
      header: [
        "#", "factor_id", phrases.factor, "question_id", phrases.question, phrases.critical,
        phrases.answer, phrases.nextLevel, phrases.action, phrases.owner, phrases.horizon,
        "question_number", "target_description", "annex",
      ], rows: rows, dialect: dialect
    ).render()
  }
}
