// The words of the Excel workbooks (issue 14): sheet names and column headers.
extension Phrases {
  public var factorsSheet: String { pick("Factors", "Facteurs") }
  public var questionsSheet: String { pick("Questions", "Questions") }
  public var historySheet: String { pick("History", "Historique") }
  public var identifier: String { pick("Id", "Identifiant") }
  public var questionIdentifier: String { pick("Question id", "Identifiant de la question") }
  public var factorIdentifier: String { pick("Factor id", "Identifiant du facteur") }
  public var numberHeader: String { pick("No.", "N°") }
  /// The header of a column of question numbers (the place among all the questions).
  public var questionNumberHeader: String { pick("Question no.", "N° de question") }
  public var absentCount: String { pick("Absent", "Absentes") }
  public var cappedHeader: String { pick("Capped", "Plafonné") }
  public var uncappedScore: String { pick("Score without the cap", "Score sans plafond") }
  public var strengthHeader: String { pick("Strength", "Point fort") }
  public var improvementHeader: String { pick("Area for improvement", "Axe d’amélioration") }
  /// The sheet of each group's strengths, areas for improvement and position against the peers.
  public var findingsSheet: String { pick("Findings", "Constats") }
  /// The header of a factor's finding on a page: a strength, an area for improvement, or none.
  public var findingHeader: String { pick("Finding", "Constat") }
  public var criticalHeader: String { pick("Critical", "Critique") }
  public var valueHeader: String { pick("Value", "Valeur") }
  public var unitHeader: String { pick("Unit", "Unité") }
  public var itemScoreFraction: String { pick("Item score (0–1)", "Score de la question (0 à 1)") }
  public var noteHeader: String { pick("Note", "Remarque") }
  public var changeHeader: String { pick("Change", "Évolution") }
  public var directionHeader: String { pick("Direction", "Sens") }
  /// The title of the overall row of a table of factors: the same words as the overall score
  /// everywhere else (issue 23: it was « Ensemble » beside « Score global »).
  public var overallRow: String { pick("Overall", "Score global") }
  /// The overall row's title when the overall score is indicative (scoring.md).
  public var overallIndicativeRow: String {
    pick("Overall (indicative)", "Score global (indicatif)")
  }
}
