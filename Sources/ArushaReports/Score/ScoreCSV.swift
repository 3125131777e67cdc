import ArushaCore
import ArushaText

extension ScoreReport {
  /// One row per factor: id, number, title, score, level, coverage, counts, strength,
  /// improvement, and relative strength (issue 24: one of the best factors of a response
  /// without a strength), then the evidence-checked score (issue 24).
  ///
  /// Every text cell, from the response (administration, round) or the questionnaire, is
  /// printable (``CSVTable``).
  ///
  /// A last row gives the overall score: its factor id empty, its title "Overall" /
  /// « Score global » ("Overall (indicative)" when the overall score is indicative, scoring.md),
  /// the overall level, and the counts summed over the factors.
  public func factorsCSV(dialect: CSVTable.Dialect = .tools) -> String {
    let document = PrintableText.Destination.document
    var rows: [[CSVTable.Cell]] = score.factors.map { factor in
      [
        .text(response.administration), .text(response.round), .text(factor.factor),
        self.factor(factor.factor)?.number.map { .integer($0) } ?? .text(""),
        .text(localized(self.factor(factor.factor)?.title, for: document)),
        .number(factor.score), .text(levelLabel(factor.level, for: document)),
        .number(factor.coverage), .integer(factor.answered),
        .integer(factor.unknown), .integer(factor.notApplicable), .integer(factor.missing),
        .integer(factor.absent), .bool(factor.capped), .number(factor.uncapped),
        .integer(factor.unsupported), .bool(factor.strength), .bool(factor.improvement),
        .bool(score.relativeStrengths.contains(factor.factor)),
        .number(factor.evidenceChecked),
      ]
    }
    func total(_ count: (FactorScore) -> Int) -> CSVTable.Cell {
      .integer(score.factors.reduce(0) { $0 + count($1) })
    }
    rows.append([
      .text(response.administration), .text(response.round), .text(""), .text(""),
      .text(isIndicative ? phrases.overallIndicativeRow : phrases.overallRow),
      .number(score.overall), .text(levelLabel(score.overallLevel, for: document)), .text(""),
      total(\.answered), total(\.unknown), total(\.notApplicable), total(\.missing),
      total(\.absent), .text(""), .text(""), total(\.unsupported), .text(""), .text(""),
      .text(""),
      .number(score.evidenceChecked),
    ])
    return CSVTable(
      header: [
        "administration", "round", "factor", "number", "title", "score", "level", "coverage",
        "answered", "unknown", "na", "missing", "absent", "capped", "uncapped", "unsupported",
        "strength", "improvement", "relative_strength", "evidence_checked",
      ], rows: rows, dialect: dialect
    ).render()
  }

  /// One row per question: its answer, state, item score, comment and evidence, and at the
  /// end (issue 23) its number among all the questions of the file and (issue 24) the item
  /// score the evidence-checked score counts; when a question of the questionnaire has `per`
  /// (issue 24), then `normalized` (unrounded), `per` (the denominator's id) and
  /// `unavailable` (why there is no normalised value).
  ///
  /// Every text cell, comments, evidence, justifications and text answers included, is
  /// printable (``CSVTable``).
  public func itemsCSV(dialect: CSVTable.Dialect = .tools) -> String {
    let document = PrintableText.Destination.document
    let answers = response.answers
    let rows: [[CSVTable.Cell]] = score.items.map { item in
      let question = self.question(item.question)
      let answer = answers[item.question]
      let value: CSVTable.Cell
      switch answer?.value {
      case .number(let number)?: value = .number(number)
      case .selection(let selected)?:
        value = .text(
          selected.map { fixed($0, digits: $0 == $0.rounded() ? 0 : 2) }.joined(separator: " "))
      case .text(let text)?: value = .text(text)
      case nil: value = .text("")
      }
      return [
        .text(item.factor), .text(item.question),
        .text(question.map { localized($0.text, for: document) } ?? ""),
        .text(question?.kind.typeName ?? ""), value,
        .text(question.map { answerText($0, for: document) } ?? ""),
        .text(item.state.rawValue), .number(item.score), .number(item.weight), .bool(item.critical),
        .bool(item.unsupported),
        .text(question?.unit.map { localized($0, for: document) } ?? ""),
        .text(answer?.comment ?? ""), .text(answer?.evidence ?? ""),
        .text(answer?.justification ?? ""),
        visibleNumber(item.question).map { .integer($0) } ?? .text(""),
        .number(item.evidenceChecked),
      ] + (hasNormalizedFigures ? normalizedCSVCells(item.question) : [])
    }
    return CSVTable(
      header: [
        "factor", "question", "text", "type", "value", "answer", "state", "item_score", "weight",
        "critical", "unsupported", "unit", "comment", "evidence", "justification",
        "question_number", "evidence_checked",
      ] + (hasNormalizedFigures ? ["normalized", "per", "unavailable"] : []), rows: rows,
      dialect: dialect
    ).render()
  }
}
