import ArushaCore

extension Phrases {
  var comparison: String { pick("Comparison", "Comparaison") }
  var scores: String { pick("Scores", "Scores") }
  var respondents: String { pick("Respondents", "Répondants") }
  var changes: String { pick("Changes", "Évolutions") }
  var peers: String { pick("Peers", "Pairs") }
  var count: String { pick("n", "n") }
  var mean: String { pick("Mean", "Moyenne") }
  var median: String { pick("Median", "Médiane") }
  var minimum: String { pick("Min", "Min") }
  var maximum: String { pick("Max", "Max") }
  var from: String { pick("From", "De") }
  var to: String { pick("To", "À") }
  var position: String { pick("Position", "Position") }
  var peerMedian: String { pick("Peer median", "Médiane des pairs") }
  var suppressed: String { pick("suppressed", "masqué") }
  var strengthsAndImprovements: String {
    pick("Strengths and areas for improvement", "Points forts et axes d'amélioration")
  }
  var scoresByGroup: String { pick("Scores by group", "Scores par groupe") }
  var latestAgainstPeers: String {
    pick("Latest round against the peer median", "Dernier cycle comparé à la médiane des pairs")
  }
  var changesByFactor: String {
    pick("Changes by factor", "Évolutions par facteur")
  }
  var noChanges: String {
    pick(
      "No administration has two rounds to compare.",
      "Aucune administration n'a deux cycles à comparer.")
  }
  var noPeers: String { pick("No group to compare with.", "Aucun groupe de comparaison.") }

  func positionWord(_ position: Comparison.Position) -> String {
    switch position {
    case .above: return pick("above peers", "au-dessus des pairs")
    case .near: return pick("near peers", "proche des pairs")
    case .below: return pick("below peers", "en dessous des pairs")
    }
  }

  func directionWord(_ direction: Comparison.Direction) -> String {
    switch direction {
    case .up: return pick("up", "en hausse")
    case .down: return pick("down", "en baisse")
    case .stable: return pick("stable", "stable")
    }
  }

  func groupsCount(_ groups: Int, administrations: Int) -> String {
    let g = groups == 1 ? "" : "s"
    let a = administrations == 1 ? "" : "s"
    return pick(
      "\(groups) group\(g) · \(administrations) administration\(a)",
      "\(groups) groupe\(g) · \(administrations) administration\(a)")
  }

  func peersOver(round: String?, groups: Int) -> String {
    let g = groups == 1 ? "" : "s"
    if let round {
      return pick("round \(round) (\(groups) group\(g))", "cycle \(round) (\(groups) groupe\(g))")
    }
    return pick(
      "latest round of each administration (\(groups) group\(g))",
      "dernier cycle de chaque administration (\(groups) groupe\(g))")
  }

  func changesSince(baseline: String?) -> String {
    guard let baseline else {
      return pick("previous round → latest round", "cycle précédent → dernier cycle")
    }
    return pick("round \(baseline) → latest round", "cycle \(baseline) → dernier cycle")
  }

  func suppressedNote(_ minimum: Int) -> String {
    pick(
      "— \(suppressed): fewer than \(minimum) respondents",
      "— \(suppressed) : moins de \(minimum) répondants")
  }

  func positionNote(_ margin: String) -> String {
    pick(
      "▲ \(positionWord(.above)) (median + \(margin) or more) · ▼ \(positionWord(.below)) (median − \(margin) or less)",
      "▲ \(positionWord(.above)) (médiane + \(margin) ou plus) · ▼ \(positionWord(.below)) (médiane − \(margin) ou moins)"
    )
  }

  func directionNote(_ change: String) -> String {
    pick(
      "↑ up, ↓ down by \(change) points or more; → stable",
      "↑ en hausse, ↓ en baisse d'au moins \(change) points ; → stable")
  }

  var anonymizedNote: String {
    pick(
      "Administrations are anonymized (A1, A2, … in the order of their names).",
      "Les administrations sont anonymisées (A1, A2, … dans l'ordre de leurs noms).")
  }

  var compareNote: String {
    pick(
      "Self-assessment scores (0–100), averaged over each group's respondents. Compare like with like: the same questionnaire, and rounds taken the same way.",
      "Scores d'auto-évaluation (0 à 100), moyennés sur les répondants de chaque groupe. Comparez ce qui est comparable : le même questionnaire, et des cycles menés de la même manière."
    )
  }
}
