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
    let columns: [ReportDocument.Column] = [
      .init([.text(phrases.rank)], alignment: .trailing), .init([.text(phrases.factor)]),
      .init([.text(phrases.question)]), .init([.text(phrases.answer)]),
      .init([.text(phrases.nextLevel)]), .init([.text(phrases.action)]),
      .init([.text(phrases.owner)]), .init([.text(phrases.horizon)]),
    ]
    let rows: [[[ReportDocument.Inline]]] = actionPlanQuestions.enumerated().map { index, row in
      var question: [ReportDocument.Inline] =
        numbered(row.question.id) + [.text(localized(row.question.text, for: document))]
      if row.critical { question += [" ", .strong(["(", .text(phrases.critical), ")"])] }
      return [
        [.text("\(index + 1)")], [.text(factorTitle(row.factor, for: document))], question,
        [.text(answerText(row.question, for: document))],
        [.text(nextLevel(row.question, for: document))], [], [], [],
      ]
    }
    blocks.append(.table(ReportDocument.Table(columns: columns, rows: rows)))
    if rows.isEmpty { blocks.append(.list([], empty: [.text(phrases.standalone(phrases.none))])) }
    return ReportDocument(blocks)
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
