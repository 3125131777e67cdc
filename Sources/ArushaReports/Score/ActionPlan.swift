import ArushaCore

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
    var out = ["# \(md(phrases.actionPlan)) — \(md(title))", "", md(subject), ""]
    out.append(
      "| # | \(phrases.factor) | \(phrases.question) | \(phrases.answer) | \(phrases.nextLevel) | \(phrases.action) | \(phrases.owner) | \(phrases.horizon) |"
    )
    out.append("|---:|---|---|---|---|---|---|---|")
    for (index, row) in actionPlanQuestions.enumerated() {
      let flag = row.critical ? " **(\(phrases.critical))**" : ""
      out.append(
        "| \(index + 1) | \(md(factorTitle(row.factor))) | \(md(row.question.id)): \(md(localized(row.question.text)))\(flag) | \(md(answerText(row.question))) | \(md(nextLevel(row.question))) |  |  |  |"
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
    let rows: [[CSVTable.Cell]] = actionPlanQuestions.enumerated().map { index, row in
      [
        .integer(index + 1), .text(row.factor), .text(localized(factor(row.factor)?.title)),
        .text(row.question.id),
        .text(localized(row.question.text)), .bool(row.critical), .text(answerText(row.question)),
        .text(nextLevel(row.question)), .text(""), .text(""), .text(""),
      ]
    }
    return CSVTable(
      header: [
        "#", "factor", phrases.factor, "question", phrases.question, phrases.critical,
        phrases.answer,
        phrases.nextLevel, phrases.action, phrases.owner, phrases.horizon,
      ], rows: rows
    ).render()
  }
}
