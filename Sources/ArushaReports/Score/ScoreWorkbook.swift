import ArushaCore
import ArushaText

extension ScoreReport {
  /// `arusha score --format xlsx`: the factors with an overall row, the questions, and the
  /// action plan, one sheet each, in the report's language.
  ///
  /// The figures are the JSON report's, unrounded, in numeric cells shown with one decimal
  /// (coverage as a percentage, item scores with two); texts from the questionnaire and the
  /// response are inline strings, never formulas (``Workbook``).
  public func workbook() -> Workbook {
    Workbook(
      title: title(for: .document), subject: subject(for: .document), language: phrases.language,
      sheets: [factorsSheet(), itemsSheet(), actionPlanSheet()])
  }

  /// One row per factor, then the overall row (its id empty, its title "Overall").
  func factorsSheet() -> Workbook.Sheet {
    let document = PrintableText.Destination.document
    var rows: [[Workbook.Cell]] = score.factors.map { factor in
      let found = self.factor(factor.factor)
      return [
        found?.number.map { .integer($0) } ?? .empty,
        .text(localized(found?.title, for: document)),
        .number(factor.score, .score), .text(levelLabel(factor.level, for: document)),
        .number(factor.coverage, .percent), .integer(factor.answered), .integer(factor.unknown),
        .integer(factor.notApplicable), .integer(factor.missing), .integer(factor.absent),
        .integer(factor.unsupported), .bool(factor.capped), .number(factor.uncapped, .score),
        .bool(factor.strength), .bool(factor.improvement), .text(factor.factor),
      ]
    }
    rows.append([
      .empty, .heading(isIndicative ? phrases.overallIndicativeRow : phrases.overallRow),
      .number(score.overall, .overall), .text(levelLabel(score.overallLevel, for: document)),
    ])
    return Workbook.Sheet(
      name: phrases.factorsSheet,
      columns: [
        .init(phrases.numberHeader, width: 6), .init(phrases.factor), .init(phrases.score),
        .init(phrases.level), .init(phrases.coverage), .init(phrases.answered),
        .init(phrases.unknownCount), .init(phrases.notApplicableCount),
        .init(phrases.missingCount), .init(phrases.absentCount), .init(phrases.unsupportedCount),
        .init(phrases.cappedHeader), .init(phrases.uncappedScore), .init(phrases.strengthHeader),
        .init(phrases.improvementHeader), .init(phrases.factorIdentifier),
      ], rows: rows)
  }

  /// One row per question: its number among all the questions, its factor, its text in the report's language, the answer as a
  /// person reads it and as a number, the item score and weight, and the notes.
  func itemsSheet() -> Workbook.Sheet {
    let document = PrintableText.Destination.document
    let answers = response.answers
    let rows: [[Workbook.Cell]] = score.items.map { item in
      let question = self.question(item.question)
      let answer = answers[item.question]
      let value: Workbook.Cell
      switch answer?.value {
      case .number(let number)?: value = .number(number, .general)
      default: value = .empty
      }
      return [
        visibleNumber(item.question).map { .integer($0) } ?? .empty,
        .text(factorTitle(item.factor, for: document)),
        .text(question.map { localized($0.text, for: document) } ?? ""),
        .text(question.map { answerText($0, for: document) } ?? ""), value,
        .text(question?.unit.map { localized($0, for: document) } ?? ""),
        .number(item.score, .fraction), .number(item.weight, .general), .bool(item.critical),
        .bool(item.unsupported), .text(answer?.comment ?? ""), .text(answer?.evidence ?? ""),
        .text(answer?.justification ?? ""), .text(item.question),
      ]
    }
    return Workbook.Sheet(
      name: phrases.questionsSheet,
      columns: [
        .init(phrases.questionNumberHeader, width: 10),
        .init(phrases.factor, width: 30, wraps: true),
        .init(phrases.question, width: 60, wraps: true),
        .init(phrases.answer, width: 30, wraps: true), .init(phrases.valueHeader),
        .init(phrases.unitHeader),
        .init(phrases.itemScoreFraction, width: 12), .init(phrases.weight),
        .init(phrases.criticalHeader), .init(phrases.unsupportedCount),
        .init(phrases.comment, width: 40, wraps: true),
        .init(phrases.evidence, width: 40, wraps: true),
        .init(phrases.justification, width: 40, wraps: true), .init(phrases.questionIdentifier),
      ], rows: rows)
  }

  /// The action plan: every critical gap, then every other priority gap, with empty Action,
  /// Owner and Horizon columns for the workshop to fill in.
  func actionPlanSheet() -> Workbook.Sheet {
    let document = PrintableText.Destination.document
    let rows: [[Workbook.Cell]] = actionPlanQuestions.enumerated().map { index, row in
      [
        .integer(index + 1), visibleNumber(row.question.id).map { .integer($0) } ?? .empty,
        .text(factorTitle(row.factor, for: document)),
        .text(localized(row.question.text, for: document)), .bool(row.critical),
        .text(answerText(row.question, for: document)),
        .text(nextLevel(row.question, for: document)), .empty, .empty, .empty,
        .text(row.question.id),
      ]
    }
    return Workbook.Sheet(
      name: phrases.actionPlan,
      columns: [
        .init(phrases.rank, width: 6), .init(phrases.questionNumberHeader, width: 10),
        .init(phrases.factor, width: 30, wraps: true),
        .init(phrases.question, width: 60, wraps: true), .init(phrases.criticalHeader),
        .init(phrases.answer, width: 30, wraps: true),
        .init(phrases.nextLevel, width: 30, wraps: true),
        .init(phrases.action, width: 40, wraps: true), .init(phrases.owner, width: 20, wraps: true),
        .init(phrases.horizon, width: 20, wraps: true), .init(phrases.questionIdentifier),
      ], rows: rows)
  }
}
