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

  /// The action plan as a Markdown table with empty Action, Owner and Horizon columns.
  public func actionPlanMarkdown() -> String {
    let document = PrintableText.Destination.document
    var out = [
      "# \(md(phrases.actionPlan)) — \(md(title(for: document)))", "", md(subject(for: document)),
      "",
    ]
    out.append(
      "| # | \(phrases.factor) | \(phrases.question) | \(phrases.answer) | \(phrases.nextLevel) | \(phrases.action) | \(phrases.owner) | \(phrases.horizon) |"
    )
    out.append("|---:|---|---|---|---|---|---|---|")
    for (index, row) in actionPlanQuestions.enumerated() {
      let flag = row.critical ? " **(\(phrases.critical))**" : ""
      out.append(
        "| \(index + 1) | \(md(factorTitle(row.factor, for: document))) | \(md(localized(row.question.text, for: document)))\(flag) | \(md(answerText(row.question, for: document))) | \(md(nextLevel(row.question, for: document))) |  |  |  |"
      )
    }
    if actionPlanQuestions.isEmpty {
      out.append("")
      out.append("- \(phrases.none)")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The action plan as CSV, for a spreadsheet the workshop fills in.
  public func actionPlanCSV() -> String {
    let document = PrintableText.Destination.document
    let rows: [[CSVTable.Cell]] = actionPlanQuestions.enumerated().map { index, row in
      [
        .integer(index + 1), .text(row.factor),
        .text(localized(factor(row.factor)?.title, for: document)), .text(row.question.id),
        .text(localized(row.question.text, for: document)), .bool(row.critical),
        .text(answerText(row.question, for: document)),
        .text(nextLevel(row.question, for: document)), .text(""), .text(""), .text(""),
      ]
    }
    return CSVTable(
      header: [
        "#", "factor_id", phrases.factor, "question_id", phrases.question, phrases.critical,
        phrases.answer,
        phrases.nextLevel, phrases.action, phrases.owner, phrases.horizon,
      ], rows: rows
    ).render()
  }
}
