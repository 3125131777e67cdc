import ArushaCore
import ArushaText

extension ScoreReport {
  /// The rows of the action plan: every critical gap, then every other priority gap in order.
  var actionPlanQuestions: [(question: Question, factor: String, critical: Bool)] {
    var seen: Set<String> = []
    var rows: [(Question, String, Bool)] = []
    for id in score.critical {
      guard let question = question(id),
        let factor = score.items.first(where: { $0.question == id })?.factor
      else { continue }
      seen.insert(id)
      rows.append((question, factor, true))
    }
    for gap in score.gaps where !seen.contains(gap.question) {
      guard let question = question(gap.question) else { continue }
      rows.append((question, gap.factor, false))
    }
    return rows
  }

  /// The action plan as a document: the title, the subject, and a table of every critical
  /// and priority gap with empty Action, Owner and Horizon columns to fill in.
  public func actionPlanDocument() -> ReportDocument {
    let document = PrintableText.Destination.document
    var blocks: [ReportDocument.Block] = [
      .heading([.text(phrases.actionPlan), " — ", .text(title(for: document))], level: 1),
      .paragraph(subjectRuns(for: document)),
    ]
    let table = actionPlanTable
    blocks.append(.table(table))
    if table.rows.isEmpty {
      blocks.append(.list([], empty: [.text(phrases.standalone(phrases.none))]))
    }
    return ReportDocument(blocks)
  }

  /// Every critical gap, then every other priority gap, in rank order, with empty Action,
  /// Owner and Horizon columns to fill in: the plan's table on a page (the question after its
  /// number, « (critical) » after it) and its sheet, which also has the question's number,
  /// whether it is critical and its identifier in columns of their own.
  var actionPlanTable: ReportDocument.Table {
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
      column(phrases.nextLevel, width: 30), column(phrases.action, width: 40),
      column(phrases.owner, width: 20), column(phrases.horizon, width: 20),
      column(phrases.questionIdentifier, .spreadsheet),
    ]
    let rows: [[[ReportDocument.Inline]]] = actionPlanQuestions.enumerated().map { index, row in
      var question: [ReportDocument.Inline] =
        [.aside(numbered(row.question.id)), .text(localized(row.question.text, for: document))]
      if row.critical {
        question.append(.aside([" ", .strong(["(", .text(phrases.critical), ")"])]))
      }
      return [
        [count(index + 1)], visibleNumber(row.question.id).map { [count($0)] } ?? [],
        [.text(factorTitle(row.factor, for: document))], question, yesNo(row.critical),
        [.text(answerText(row.question, for: document))],
        [.text(nextLevel(row.question, for: document))], [], [], [], [.text(row.question.id)],
      ]
    }
    return ReportDocument.Table(columns: columns, rows: rows)
  }
  /// The action plan as Markdown (``actionPlanDocument()``).
  public func actionPlanMarkdown() -> String {
    actionPlanDocument().markdown()
  }

  /// The action plan as CSV, for a spreadsheet the workshop fills in: `#` is the row's place in
  /// the plan; `question_number`, at the end (issue 23), the question's among all questions.
  public func actionPlanCSV(dialect: CSVTable.Dialect = .tools) -> String {
    let document = PrintableText.Destination.document
    let rows: [[CSVTable.Cell]] = actionPlanQuestions.enumerated().map { index, row in
      [
        .integer(index + 1), .text(row.factor),
        .text(localized(factor(row.factor)?.title, for: document)), .text(row.question.id),
        .text(localized(row.question.text, for: document)), .bool(row.critical),
        .text(answerText(row.question, for: document)),
        .text(nextLevel(row.question, for: document)), .text(""), .text(""), .text(""),
        visibleNumber(row.question.id).map { .integer($0) } ?? .text(""),
      ]
    }
    return CSVTable(
      header: [
        "#", "factor_id", phrases.factor, "question_id", phrases.question, phrases.critical,
        phrases.answer,
        phrases.nextLevel, phrases.action, phrases.owner, phrases.horizon, "question_number",
      ], rows: rows, dialect: dialect
    ).render()
  }
}
