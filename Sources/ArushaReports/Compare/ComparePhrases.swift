import ArushaCore

extension Phrases {
  private func word(_ english: String, _ french: String) -> String {
    language == "fr" ? french : english
  }

  var comparison: String { word("Comparison", "Comparaison") }
  var scores: String { word("Scores", "Scores") }
  var respondents: String { word("Respondents", "Répondants") }
  var changes: String { word("Changes", "Évolutions") }
  var peers: String { word("Peers", "Pairs") }
  var count: String { word("n", "n") }
  var mean: String { word("Mean", "Moyenne") }
  var median: String { word("Median", "Médiane") }
  var minimum: String { word("Min", "Min") }
  var maximum: String { word("Max", "Max") }
  var from: String { word("From", "De") }
  var to: String { word("To", "À") }
  var position: String { word("Position", "Position") }
  var peerMedian: String { word("Peer median", "Médiane des pairs") }
  var suppressed: String { word("suppressed", "masqué") }
  var strengthsAndImprovements: String {
    word("Strengths and areas for improvement", "Points forts et axes d'amélioration")
  }
  var scoresByGroup: String { word("Scores by group", "Scores par groupe") }
  var latestAgainstPeers: String {
    word("Latest round against the peer median", "Dernier cycle comparé à la médiane des pairs")
  }
  var changesByFactor: String {
    word("Changes by factor", "Évolutions par facteur")
  }
  var noChanges: String {
    word(
      "No administration has two rounds to compare.",
      "Aucune administration n'a deux cycles à comparer.")
  }
  var noPeers: String { word("No group to compare with.", "Aucun groupe de comparaison.") }

  func positionWord(_ position: Comparison.Position) -> String {
    switch position {
    case .above: return word("above peers", "au-dessus des pairs")
    case .near: return word("near peers", "proche des pairs")
    case .below: return word("below peers", "en dessous des pairs")
    }
  }

  func directionWord(_ direction: Comparison.Direction) -> String {
    switch direction {
    case .up: return word("up", "en hausse")
    case .down: return word("down", "en baisse")
    case .stable: return word("stable", "stable")
    }
  }

  func groupsCount(_ groups: Int, administrations: Int) -> String {
    let g = groups == 1 ? "" : "s"
    let a = administrations == 1 ? "" : "s"
    return word(
      "\(groups) group\(g) · \(administrations) administration\(a)",
      "\(groups) groupe\(g) · \(administrations) administration\(a)")
  }

  func peersOver(round: String?, groups: Int) -> String {
    let g = groups == 1 ? "" : "s"
    if let round {
      return word("round \(round) (\(groups) group\(g))", "cycle \(round) (\(groups) groupe\(g))")
    }
    return word(
      "latest round of each administration (\(groups) group\(g))",
      "dernier cycle de chaque administration (\(groups) groupe\(g))")
  }

  func changesSince(baseline: String?) -> String {
    guard let baseline else {
      return word("previous round → latest round", "cycle précédent → dernier cycle")
    }
    return word("round \(baseline) → latest round", "cycle \(baseline) → dernier cycle")
  }

  func suppressedNote(_ minimum: Int) -> String {
    word(
      "— \(suppressed): fewer than \(minimum) respondents",
      "— \(suppressed) : moins de \(minimum) répondants")
  }

  func positionNote(_ margin: String) -> String {
    word(
      "▲ \(positionWord(.above)) (median + \(margin) or more) · ▼ \(positionWord(.below)) (median − \(margin) or less)",
      "▲ \(positionWord(.above)) (médiane + \(margin) ou plus) · ▼ \(positionWord(.below)) (médiane − \(margin) ou moins)"
    )
  }

  func directionNote(_ change: String) -> String {
    word(
      "↑ up, ↓ down by \(change) points or more; → stable",
      "↑ en hausse, ↓ en baisse d'au moins \(change) points ; → stable")
  }

  var anonymizedNote: String {
    word(
      "Administrations are anonymized (A1, A2, … in the order of their names).",
      "Les administrations sont anonymisées (A1, A2, … dans l'ordre de leurs noms).")
  }

  var compareNote: String {
    word(
      "Self-assessment scores (0–100), averaged over each group's respondents. Compare like with like: the same questionnaire, and rounds taken the same way.",
      "Scores d'auto-évaluation (0 à 100), moyennés sur les répondants de chaque groupe. Comparez ce qui est comparable : le même questionnaire, et des cycles menés de la même manière."
    )
  }
}
