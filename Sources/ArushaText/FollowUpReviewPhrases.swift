// The words the integrity expert's review of the follow-up asked for (issue 27): changes in
// levels, never in percent; the "Declined" list; targets already met or met narrowly; overdue
// actions; critical gaps and the evidence-checked score then and now.
extension Phrases {
  /// A change in levels of a scale or choice question: "+1 level", "−2 levels", "no change".
  ///
  /// - Parameter levels: Now's level minus then's (positions in the question's options, from
  ///   the lowest item score up).
  /// - Returns: The words.
  public func levelChange(_ levels: Int) -> String {
    if levels == 0 { return pick("no change", "inchangé") }
    let sign = levels > 0 ? "+" : "−"
    let count = abs(levels)
    return pick(
      "\(sign)\(count) \(count > 1 ? "levels" : "level")",
      "\(sign)\(count) \(count > 1 ? "niveaux" : "niveau")")
  }

  /// "None" for a list of actions (feminine in French): "None" / « Aucune ».
  public var noneAction: String { pick("None", "Aucune") }

  /// The impact list of every question whose item score fell.
  public func declinedList(count: Int) -> String {
    pick("Declined (\(count))", "En recul (\(count))")
  }

  /// After a declined question addressed by an action done: a contradiction to explain.
  public var doneDeclined: String {
    pick(
      "done, practice declined: a contradiction to explain",
      "réalisée, pratique en recul\u{A0}: contradiction à expliquer")
  }

  /// After a declined question no action addresses.
  public var noActionForQuestion: String { pick("no action", "aucune action") }

  /// The impact list of the actions not done whose practice improved.
  public func notDoneImproved(count: Int) -> String {
    pick(
      "Planned, started or dropped, practice improved: to explain (\(count))",
      "Prévues, engagées ou abandonnées, pratique améliorée\u{A0}: à expliquer (\(count))")
  }

  /// "Reached" for an action that was dropped.
  public var reachedDropped: String {
    pick("level reached (action dropped)", "niveau atteint (action abandonnée)")
  }

  /// A factor target the factor already met at the baseline.
  public var metAtBaseline: String { pick("Already met at the baseline", "Déjà atteint au départ") }
  /// A target the baseline met and the factor no longer meets: a band lost.
  public var targetLost: String {
    pick("Lost: met at the baseline, not now", "Perdu\u{A0}: atteint au départ, plus maintenant")
  }

  /// A factor target met by a change smaller than the questionnaire's change threshold.
  ///
  /// - Parameter threshold: `scoring.change`, as printed.
  /// - Returns: The words.
  public func metNarrowly(threshold: String) -> String {
    pick(
      "Met narrowly: within the change threshold of \(threshold) points, not a real change by the questionnaire’s own rule",
      "Atteint de justesse\u{A0}: en deçà du seuil de variation de \(threshold) points, ce n’est pas un changement réel selon la règle du questionnaire"
    )
  }

  /// A factor target due at a later round: "Due later (2028)".
  public func targetLater(_ round: String) -> String {
    pick("Due later (\(round))", "Échéance ultérieure (\(round))")
  }

  /// The share of the factor targets due and not already met at the baseline that are met now.
  ///
  /// "Factor targets met: 2 of 6 due and not met at the baseline (33%); 3 already met at the
  /// baseline; 1 due later."
  ///
  /// - Parameters:
  ///   - met: How many of them are met.
  ///   - due: How many targets are due and were not met at the baseline.
  ///   - metAtBaseline: How many targets (due or not) the factor met at the baseline.
  ///   - narrowly: How many of the `met` are met narrowly (below the change threshold).
  ///   - later: How many targets are due at a later round.
  ///   - share: `met / due` as a percentage; nil when `due` is 0.
  /// - Returns: One sentence.
  public func targetsMetSinceBaseline(
    met: Int, due: Int, metAtBaseline: Int, narrowly: Int = 0, later: Int, share: String?
  ) -> String {
    var english = "Factor targets met: \(met) of \(due) due and not met at the baseline"
    var french =
      "Objectifs par facteur atteints\u{A0}: \(met) sur \(due) \(due > 1 ? "échus" : "échu") et non \(due > 1 ? "atteints" : "atteint") au départ"
    if let share {
      english += " (\(share))"
      french += " (\(share))"
    }
    if narrowly > 0 {
      let all = narrowly == met
      english +=
        all
        ? (met > 1 ? ", all \(met) narrowly" : ", narrowly")
        : ", \(narrowly) of them narrowly"
      french +=
        all
        ? (met > 1 ? ", tous de justesse" : ", de justesse")
        : ", dont \(narrowly) de justesse"
    }
    if metAtBaseline > 0 {
      english += "; \(metAtBaseline) already met at the baseline"
      french +=
        "\u{202F}; \(metAtBaseline) \(metAtBaseline > 1 ? "déjà atteints" : "déjà atteint") au départ"
    }
    if later > 0 {
      english += "; \(later) due later"
      french += "\u{202F}; \(later) à échéance ultérieure"
    }
    return pick(english + ".", french + ".")
  }

  /// The headline count of overdue actions: "2 actions overdue" / « 2 actions en retard ».
  public func overdueActions(_ count: Int) -> String {
    pick(
      "\(count) \(count > 1 ? "actions" : "action") overdue",
      "\(count) \(count > 1 ? "actions" : "action") en retard")
  }

  /// The mark of an overdue action in its row.
  public var overdueMark: String { pick("overdue", "en retard") }

  /// An action without a description.
  public var actionUndefined: String { pick("action not defined", "action non définie") }

  /// The header of whether an action is overdue (spreadsheet).
  public var overdueHeader: String { pick("Overdue", "En retard") }

  /// Critical gaps then and now: "Critical gaps: 3 → 1".
  public func criticalGapsThenNow(_ then: Int, _ now: Int) -> String {
    pick("Critical gaps: \(then) → \(now)", "Lacunes critiques\u{A0}: \(then) → \(now)")
  }

  /// The critical gaps closed since the baseline: "closed: Q59, Q63".
  public func criticalClosed(_ list: String) -> String {
    pick("closed: \(list)", "comblées\u{A0}: \(list)")
  }

  /// The critical gaps opened since the baseline: "new: Q95".
  public func criticalOpened(_ list: String) -> String {
    pick("new: \(list)", "nouvelles\u{A0}: \(list)")
  }

  /// A round's key figures: the data of the last full year before it: "cycle 2024".
  public func cycle(_ round: String) -> String {
    pick("cycle \(round)", "cycle \(round)")
  }
}

extension Phrases {
  /// The header of an item score in a round (spreadsheet): "Item score 2024".
  public func itemScoreIn(_ round: String) -> String {
    pick("Item score \(round)", "Score de la question \(round)")
  }

  /// The header of a change in levels (spreadsheet).
  public var levelChangeHeader: String { pick("Level change", "Variation en niveaux") }

  /// After the evidence-checked score then → now when "then" cannot be computed.
  public var evidenceThenUnknown: String {
    pick(
      "(the plan’s baseline does not record the evidence: the score then cannot be computed from it)",
      "(la situation de départ du plan n’enregistre pas les justificatifs\u{A0}: le score de départ ne peut en être calculé)"
    )
  }
}
