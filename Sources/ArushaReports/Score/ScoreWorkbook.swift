import ArushaCore
import ArushaText

extension ScoreReport {
  /// `arusha score --format xlsx`: the factors with an overall row, the questions, and the
  /// action plan, one sheet each, in the report's language; when the plan leaves gaps out
  /// (`top` priority gaps beyond the critical ones; nil for every gap), a fourth sheet holds
  /// its annex, so that the plan's sheet stays one table to sort and fill in.
  ///
  /// The figures are the JSON report's, unrounded, in numeric cells shown with one decimal
  /// (coverage as a percentage, item scores with two); texts from the questionnaire and the
  /// response are inline strings, never formulas (``Workbook``).
  public func workbook(top: Int? = ActionPlanning.defaultTop) -> Workbook {
    Workbook(
      title: title(for: .document), subject: subject(for: .document), language: phrases.language,
      sheets: [factorsSheet(), itemsSheet()] + actionPlanSheets(top: top)
        + (followUpSheet().map { [$0] } ?? []))
  }

  /// The factors with the overall row (``factorTable``, every column).
  func factorsSheet() -> Workbook.Sheet {
    Workbook.Sheet(name: phrases.factorsSheet, table: factorTable)
  }

  /// One row per question (``itemsTable``).
  func itemsSheet() -> Workbook.Sheet {
    Workbook.Sheet(name: phrases.questionsSheet, table: itemsTable)
  }

  /// The action plan (``actionPlanTables(_:)``, every column), and its annex when it has one:
  /// the rows of the Markdown and CSV plans.
  func actionPlanSheets(top: Int?) -> [Workbook.Sheet] {
    let tables = actionPlanTables(actionPlan(top: top))
    var sheets = [Workbook.Sheet(name: phrases.actionPlan, table: tables.plan)]
    if !tables.annex.rows.isEmpty {
      sheets.append(Workbook.Sheet(name: phrases.actionPlanAnnexSheet, table: tables.annex))
    }
    return sheets
  }
}
