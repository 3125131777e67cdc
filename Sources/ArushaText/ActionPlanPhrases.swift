// The words of the action plan (issue 24): its scope, its annex and the targets of a `multi`.
extension Phrases {
  /// The heading of the annex of an action plan: the `count` gaps the plan leaves out.
  public func actionPlanAnnex(count: Int) -> String {
    count == 1
      ? pick("Annex: the other gap", "Annexe\u{A0}: l’autre lacune")
      : pick("Annex: the other gaps", "Annexe\u{A0}: les autres lacunes")
  }

  /// The name of the workbook's sheet that holds the annex.
  public var actionPlanAnnexSheet: String {
    pick("Action plan annex", "Annexe du plan d’action")
  }

  /// The header of the column that says what the target level means for the question (the
  /// question's own description of it).
  public var targetDescription: String {
    pick("What that level means", "Ce que recouvre ce niveau")
  }

  /// What a plan that leaves gaps out holds, said under its title: the critical gaps, the
  /// next `top` priority gaps and what they build on, and how many gaps the annex holds.
  ///
  /// - Parameters:
  ///   - top: How many priority gaps beyond the critical ones.
  ///   - annex: How many gaps the annex holds.
  ///   - critical: Whether the response has a critical gap (else the plan does not speak of
  ///     them).
  /// - Returns: Two sentences.
  public func actionPlanScope(top: Int, annex: Int, critical: Bool = true) -> String {
    let english: String
    let french: String
    switch (top, critical) {
    case (_, false):
      english =
        top == 1
        ? "The first priority gap and the gaps it builds on."
        : "The first \(top) priority gaps and the gaps they build on."
      french =
        top == 1
        ? "La première lacune prioritaire et celles dont elle dépend."
        : "Les \(top) premières lacunes prioritaires et celles dont elles dépendent."
    case (0, _):
      english = "Every critical gap and the gaps they build on."
      french = "Toutes les lacunes critiques et celles dont elles dépendent."
    case (1, _):
      english = "Every critical gap, the next priority gap and the gaps they build on."
      french =
        "Toutes les lacunes critiques, la lacune prioritaire suivante et celles dont elles dépendent."
    default:
      english = "Every critical gap, the next \(top) priority gaps and the gaps they build on."
      french =
        "Toutes les lacunes critiques, les \(top) lacunes prioritaires suivantes et celles dont elles dépendent."
    }
    return pick(
      english + " "
        + (annex == 1
          ? "The other gap is in the annex." : "The other \(annex) gaps are in the annex."),
      french + " "
        + (annex == 1
          ? "L’autre lacune figure en annexe." : "Les \(annex) autres lacunes figurent en annexe."))
  }

  /// The order of a plan whose questions build on others (`requires`).
  public var actionPlanOrder: String {
    pick(
      "Each gap comes after the gaps it builds on.",
      "Chaque lacune vient après celles dont elle dépend.")
  }

  /// The target of a `multi`: the options to put in place (``selectMore(_:)``) and those to
  /// give up, each list joined by `;`.
  ///
  /// - Parameters:
  ///   - add: The labels of the options to put in place.
  ///   - drop: The labels of the selected options that count against the answer.
  /// - Returns: The step, or an empty string when both lists are empty.
  public func changeSelection(add: [String], drop: [String]) -> String {
    let giveUp = pick(
      "To give up: " + drop.joined(separator: listSeparator),
      "À abandonner\u{A0}: " + drop.joined(separator: listSeparator))
    switch (add.isEmpty, drop.isEmpty) {
    case (false, true): return selectMore(add)
    case (true, false): return giveUp
    case (false, false): return selectMore(add) + " — " + giveUp
    case (true, true): return ""
    }
  }
}
