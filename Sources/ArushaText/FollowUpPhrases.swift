// The words of the follow-up of an improvement plan (issue 27, items 3 and 4): `score NEW
// --plan PLAN`.
extension Phrases {
  /// The section's heading: "Follow-up of the plan made in round 2024".
  ///
  /// - Parameter round: The plan's round, as printed.
  /// - Returns: The heading.
  public func followUpOf(round: String) -> String {
    pick(
      "Follow-up of the plan made in round \(round)",
      "Suivi du plan établi au cycle \(round)")
  }

  /// The workbook's sheet of the follow-up.
  public var followUpSheet: String { pick("Follow-up", "Suivi") }

  /// When the plan was made, and on which version.
  ///
  /// "Plan made on 14 November 2024 on version 2026.1 of the questionnaire."
  ///
  /// - Parameters:
  ///   - day: The day it was made, as ``date(_:)`` writes it; nil when the plan does not say.
  ///   - version: The questionnaire version of the plan's round.
  /// - Returns: One sentence.
  public func followUpMade(day: String?, version: String) -> String {
    guard let day else {
      return pick(
        "Plan made on version \(version) of the questionnaire.",
        "Plan établi sur la version \(version) du questionnaire.")
    }
    return pick(
      "Plan made on \(day) on version \(version) of the questionnaire.",
      "Plan établi le \(day) sur la version \(version) du questionnaire.")
  }

  /// The sentence of a plan made on another version, read through an item map.
  ///
  /// - Parameter version: The version of the round followed up.
  /// - Returns: One sentence.
  public func followUpMapped(to version: String) -> String {
    pick(
      "Its baseline is read through the item map as answers to version \(version), and its scores computed again with the rules of that version.",
      "Sa situation de départ est lue, au moyen de la table de correspondance, comme des réponses à la version \(version), et ses scores recalculés selon les règles de cette version."
    )
  }

  /// How many actions have each status.
  ///
  /// "Actions: 3 done, 1 started, 1 planned, 1 dropped."
  ///
  /// - Parameters:
  ///   - done: How many actions are done.
  ///   - started: How many are started.
  ///   - planned: How many are planned.
  ///   - dropped: How many are dropped.
  /// - Returns: One sentence.
  public func actionCounts(done: Int, started: Int, planned: Int, dropped: Int) -> String {
    let english = [
      "\(done) done", "\(started) started", "\(planned) planned", "\(dropped) dropped",
    ]
    let french = [
      "\(done) \(done > 1 ? "réalisées" : "réalisée")",
      "\(started) \(started > 1 ? "engagées" : "engagée")",
      "\(planned) \(planned > 1 ? "prévues" : "prévue")",
      "\(dropped) \(dropped > 1 ? "abandonnées" : "abandonnée")",
    ]
    return pick(
      "Actions: " + english.joined(separator: ", ") + ".",
      "Actions\u{A0}: " + french.joined(separator: ", ") + ".")
  }

  /// The share of the factor targets due that are met.
  ///
  /// "Factor targets met: 1 of 2 due (50%); 1 not due yet."
  ///
  /// - Parameters:
  ///   - met: How many due targets are met.
  ///   - due: How many targets are due at this round.
  ///   - notDue: How many are not due yet.
  ///   - share: `met / due` as a percentage ("50%"); nil when none is due.
  /// - Returns: One sentence.
  public func targetsMet(met: Int, due: Int, notDue: Int, share: String?) -> String {
    var english = "Factor targets met: \(met) of \(due) due"
    var french =
      "Objectifs par facteur atteints\u{A0}: \(met) sur \(due) \(due > 1 ? "échus" : "échu")"
    if let share {
      english += " (\(share))"
      french += " (\(share))"
    }
    if notDue > 0 {
      english += "; \(notDue) not due yet"
      french += "\u{202F}; \(notDue) pas encore \(notDue > 1 ? "échus" : "échu")"
    }
    return pick(english + ".", french + ".")
  }

  /// The heading of the actions' table.
  public var followUpActions: String { pick("Actions", "Actions") }
  /// The heading of the factor targets' table.
  public var followUpTargets: String { pick("Factor targets", "Objectifs par facteur") }
  /// The heading of the impact lists.
  public var followUpImpact: String { pick("Impact", "Effets des actions") }
  /// The heading of the key figures then and now.
  public var followUpFigures: String {
    pick("Key figures, then and now", "Chiffres clés, d’un cycle à l’autre")
  }

  /// The impact list of the actions done whose practice did not improve: what an adviser asks
  /// about first.
  public func doneNotImproved(count: Int) -> String {
    pick(
      "Done, practice not improved (\(count))",
      "\(count > 1 ? "Réalisées" : "Réalisée"), pratique non améliorée (\(count))")
  }

  /// The impact list of the actions done whose practice improved.
  public func doneImproved(count: Int) -> String {
    pick(
      "Done, practice improved (\(count))",
      "\(count > 1 ? "Réalisées" : "Réalisée"), pratique améliorée (\(count))")
  }

  /// The impact list of the actions done whose questions cannot be compared.
  public func doneNotMeasured(count: Int) -> String {
    pick(
      "Done, not measurable (\(count)): a question not answered, or not applicable, in one of the rounds",
      "\(count > 1 ? "Réalisées" : "Réalisée"), non \(count > 1 ? "mesurables" : "mesurable") (\(count))\u{A0}: une question sans réponse, ou sans objet, à l’un des cycles"
    )
  }

  /// The impact list of the practices that improved with no action of the plan.
  public func improvedWithoutAction(count: Int) -> String {
    pick(
      "Improved with no action (\(count))",
      "\(count > 1 ? "Pratiques améliorées" : "Pratique améliorée") sans action (\(count))")
  }

  /// The header of an action's id.
  public var actionHeader: String { pick("Action", "Action") }
  /// The header of an action's status.
  public var statusHeader: String { pick("Status", "Statut") }
  /// The header of the level an action aims at.
  public var targetLevelHeader: String { pick("Target level", "Niveau visé") }
  /// The header of whether it is reached.
  public var reachedHeader: String { pick("Reached", "Atteint") }
  /// The header of a factor target's goal.
  public var goalHeader: String { pick("Target", "Objectif") }
  /// The header of the round a target is due by.
  public var byHeader: String { pick("By", "Échéance") }
  /// The header of a factor target's result.
  public var resultHeader: String { pick("Result", "Résultat") }
  /// The header of an action's evidence (spreadsheet).
  public var evidenceHeader: String { pick("Evidence", "Justificatif") }
  /// The header of a factor's score in a round (spreadsheet): "Factor 2024".
  public func factorIn(_ round: String) -> String {
    pick("Factor \(round)", "Facteur \(round)")
  }

  /// A factor target met.
  public var targetMet: String { pick("Met", "Atteint") }
  /// A factor target due and not met.
  public var targetNotMet: String { pick("Not met", "Non atteint") }
  /// A factor target whose round is still to come.
  public var targetNotDue: String { pick("Not due yet", "Pas encore échu") }
  /// After ``targetNotDue`` when the factor meets it already.
  public var alreadyMet: String { pick("met already", "déjà atteint") }

  /// A target given as a factor score: "score 55.0".
  public func scoreGoal(_ score: String) -> String {
    pick("score \(score)", "score \(score)")
  }

  /// An action whose questions the new version no longer asks.
  public var questionRetired: String {
    pick(
      "no longer asked in this version of the questionnaire",
      "n’est plus posée dans cette version du questionnaire")
  }

  /// "then → now" of a value in two rounds.
  public func fromTo(_ then: String, _ now: String) -> String {
    "\(then) → \(now)"
  }
}
