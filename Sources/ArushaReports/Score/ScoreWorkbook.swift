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

  /// The factors with the overall row (``factorTable``, every column).
  func factorsSheet() -> Workbook.Sheet {
    Workbook.Sheet(name: phrases.factorsSheet, table: factorTable)
  }

  /// One row per question (``itemsTable``).
  func itemsSheet() -> Workbook.Sheet {
    Workbook.Sheet(name: phrases.questionsSheet, table: itemsTable)
  }

  /// The action plan (``actionPlanTable``, every column).
  func actionPlanSheet() -> Workbook.Sheet {
    Workbook.Sheet(name: phrases.actionPlan, table: actionPlanTable)
  }
}
