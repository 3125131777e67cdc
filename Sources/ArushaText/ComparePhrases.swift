import ArushaCore

extension Phrases {
  public var comparison: String { pick("Comparison", "Comparaison") }
  public var scores: String { pick("Scores", "Scores") }
  public var respondents: String { pick("Respondents", "Répondants") }
  public var changes: String { pick("Changes", "Évolutions") }
  public var peers: String { pick("Peers", "Pairs") }
  public var count: String { pick("n", "n") }
  public var mean: String { pick("Mean", "Moyenne") }
  public var median: String { pick("Median", "Médiane") }
  public var minimum: String { pick("Min", "Min") }
  public var maximum: String { pick("Max", "Max") }
  public var from: String { pick("From", "De") }
  public var to: String { pick("To", "À") }
  public var position: String { pick("Position", "Position") }
  public var peerMedian: String { pick("Peer median", "Médiane des pairs") }
  public var suppressed: String { pick("suppressed", "masqué") }
  public var strengthsAndImprovements: String {
    pick("Strengths and areas for improvement", "Points forts et axes d’amélioration")
  }
  public var scoresByGroup: String { pick("Scores by group", "Scores par groupe") }
  public var latestAgainstPeers: String {
    pick("Latest round against the peer median", "Dernier cycle comparé à la médiane des pairs")
  }
  public var changesByFactor: String {
    pick("Changes by factor", "Évolutions par facteur")
  }
  public var noChanges: String {
    pick(
      "No administration has two rounds to compare.",
      "Aucune administration n’a deux cycles à comparer.")
  }
  public var history: String {
    pick(
      "History: the overall score round by round",
      "Historique\u{A0}: le score global cycle par cycle")
  }
  public var peerMedianByRound: String {
    pick("Peer median of each round", "Médiane des pairs de chaque cycle")
  }
  public var historyNote: String { historyNote(inPage: true) }
  /// The note under the history: in the page the changes stand above it; a standalone chart
  /// file (`--charts DIR`) has nothing above, and points to the changes charts instead.
  public func historyNote(inPage: Bool) -> String {
    inPage
      ? pick(
        "Every unsuppressed round of each administration; the changes above compare two of them.",
        "Tous les cycles non masqués de chaque administration\u{202F}; les évolutions ci-dessus en comparent deux."
      )
      : pick(
        "Every unsuppressed round of each administration; the changes charts compare two of them.",
        "Tous les cycles non masqués de chaque administration\u{202F}; les graphiques d’évolution en comparent deux."
      )
  }
  public var noHistory: String {
    pick(
      "No administration has two rounds: there is no history to draw yet.",
      "Aucune administration n’a deux cycles\u{A0}: il n’y a pas encore d’historique à tracer.")
  }
  public var historyByFactor: String {
    pick("Each factor round by round", "Chaque facteur cycle par cycle")
  }
  /// The title of one factor's history chart ("History: Leadership, round by round").
  ///
  /// Its file's heading and `<title>` (`history-N.svg`), and its `<title>` in the page.
  public func historyOf(factor: String) -> String {
    pick("History: \(factor), round by round", "Historique\u{A0}: \(factor), cycle par cycle")
  }
  /// The title of one administration's chart of changes: "Changes: Benin, 2020 → 2024".
  ///
  /// The `<title>` of `changes-N.svg` and of the chart in the page.
  public func changesOf(_ administration: String, from: String, to: String) -> String {
    pick(
      "Changes: \(administration), \(from) → \(to)",
      "Évolutions\u{A0}: \(administration), \(from) → \(to)")
  }
  /// Under a chart of the latest rounds that draws only the first `drawn` of `total` groups:
  /// which it leaves out and where their scores are (issue 23).
  ///
  /// - Parameters:
  ///   - drawn: How many groups the chart draws.
  ///   - total: How many it would draw without its limit.
  ///   - names: The groups left out, already written for the page or the file.
  ///   - inPage: Whether the note stands in the HTML page (the table is "above"), or in a
  ///     chart's file of its own (the table is in the HTML report).
  /// - Returns: The sentence, with the names in it as given.
  public func chartLeavesOut(drawn: Int, of total: Int, names: [String], inPage: Bool) -> String {
    let list = names.joined(separator: listSeparator)
    return pick(
      "The chart draws \(drawn) of the \(total) groups and leaves out: \(list). Every group’s scores are in the table “\(scoresByGroup)” \(inPage ? "above" : "of the HTML report").",
      "Le graphique trace \(drawn) des \(total) groupes et laisse de côté\u{A0}: \(list). Les scores de chaque groupe sont dans le tableau «\u{A0}\(scoresByGroup)\u{A0}» \(inPage ? "ci-dessus" : "du rapport HTML")."
    )
  }
  /// Under the history charts when they draw only the first `drawn` of `total`
  /// administrations: which they leave out and where their rounds are (issue 23).
  ///
  /// - Parameters:
  ///   - drawn: How many administrations the charts draw.
  ///   - total: How many administrations have a history.
  ///   - names: The administrations left out, already written for the page or the file.
  ///   - inPage: Whether the note stands in the HTML page, or in a chart's file of its own.
  /// - Returns: The sentence, with the names in it as given.
  public func historyLeavesOut(drawn: Int, of total: Int, names: [String], inPage: Bool)
    -> String
  {
    let list = names.joined(separator: listSeparator)
    return pick(
      "The history charts draw \(drawn) of the \(total) administrations and leave out: \(list). Every round of each administration is in the table “\(scoresByGroup)” \(inPage ? "above" : "of the HTML report").",
      "Les graphiques de l’historique tracent \(drawn) des \(total) administrations et laissent de côté\u{A0}: \(list). Chaque cycle de chaque administration est dans le tableau «\u{A0}\(scoresByGroup)\u{A0}» \(inPage ? "ci-dessus" : "du rapport HTML")."
    )
  }
  /// The mark beside a group or a change scored through an item map.
  public var mappedMark: String { "†" }
  public var signedCount: String { pick("Signed", "Signées") }
  /// The header of who signed a group's responses.
  public var signersHeader: String { pick("Signed by", "Signées par") }
  /// Who signed, under `--anonymize`: never the principal (issue 22).
  public var allowedKey: String { pick("allowed key", "clé autorisée") }
  public var mappedFromHeader: String { pick("Mapped from", "Transposé depuis") }
  public var mappedHeader: String { pick("Mapped", "Transposée") }

  /// A share 0…1 as a percentage with no decimal, in this language's typography (`83%`, and
  /// in French with a no-break space before `%`).
  public func percent(_ share: Double?) -> String {
    guard let share else { return "—" }
    let text = decimal(share * 100, digits: 0)
    return pick(text + "%", text + "\u{A0}%")
  }

  /// The legend of the groups and changes scored through an item map (trust-and-continuity.md).
  ///
  /// - Parameters:
  ///   - versions: The source versions, in order.
  ///   - version: The compared version.
  /// - Returns: One paragraph, beginning with the mark.
  public func mappedNote(_ versions: [String], to version: String) -> String {
    let from = versions.joined(separator: ", ")
    let several = versions.count > 1
    return pick(
      "\(mappedMark) answered on version\(several ? "s" : "") \(from) and read as version \(version) through an item map: the questions of version \(version) that \(several ? "they" : "it") did not ask have no score, which lowers the coverage.",
      "\(mappedMark) réponses \(several ? "aux versions" : "à la version") \(from), lues comme la version \(version) au moyen d’une table de correspondance\u{A0}: les questions de la version \(version) qu’\(several ? "elles ne posaient" : "elle ne posait") pas n’ont pas de score, ce qui réduit la couverture."
    )
  }

  /// The header of each group's count of files left out as copies.
  public var copiesHeader: String { pick("Copies left out", "Copies écartées") }

  /// The legend of the copies left out (issue 22: each respondent counts once).
  public var copiesNote: String {
    pick(
      "Copies left out: files that repeat a response counted, with the same bytes or from the same respondent with an older 'updated' time; each respondent counts once, and the respondents are counted after this.",
      "Copies écartées\u{A0}: fichiers qui répètent une réponse comptée, octet pour octet ou du même répondant avec une date de mise à jour plus ancienne\u{202F}; chaque répondant compte une fois, et les répondants sont comptés après cela."
    )
  }

  /// The legend of the signed counts (`compare --allowed-signers`).
  public var signedNote: String {
    pick(
      "Signed: responses whose OpenSSH signature verifies with a key that the allowed signers allow for the response's administration; Signed by: the principals of those keys' lines.",
      "Signées\u{A0}: réponses dont la signature OpenSSH est vérifiée avec une clé que les signataires autorisés admettent pour l’administration de la réponse\u{202F}; Signées par\u{A0}: les principaux des lignes de ces clés."
    )
  }

  public var noPeers: String { pick("No group to compare with.", "Aucun groupe de comparaison.") }

  public func positionWord(_ position: Comparison.Position) -> String {
    switch position {
    case .above: return pick("above peers", "au-dessus des pairs")
    case .near: return pick("near peers", "proche des pairs")
    case .below: return pick("below peers", "en dessous des pairs")
    }
  }

  public func directionWord(_ direction: Comparison.Direction) -> String {
    switch direction {
    case .up: return pick("up", "en hausse")
    case .down: return pick("down", "en baisse")
    case .stable: return pick("stable", "stable")
    }
  }

  public func groupsCount(_ groups: Int, administrations: Int) -> String {
    let (g, a) = (plural(groups), plural(administrations))
    return pick(
      "\(groups) group\(g) · \(administrations) administration\(a)",
      "\(groups) groupe\(g) · \(administrations) administration\(a)")
  }

  public func peersOver(round: String?, groups: Int) -> String {
    let g = plural(groups)
    if let round {
      return pick("round \(round) (\(groups) group\(g))", "cycle \(round) (\(groups) groupe\(g))")
    }
    return pick(
      "latest round of each administration (\(groups) group\(g))",
      "dernier cycle de chaque administration (\(groups) groupe\(g))")
  }

  public func changesSince(baseline: String?) -> String {
    guard let baseline else {
      return pick("previous round → latest round", "cycle précédent → dernier cycle")
    }
    return pick("round \(baseline) → latest round", "cycle \(baseline) → dernier cycle")
  }

  /// The legend of a suppressed group's dash (after its mark, a label of its own).
  public func suppressedNote(_ minimum: Int) -> String {
    pick(
      "— \(standalone(suppressed)): fewer than \(minimum) respondents",
      "— \(standalone(suppressed))\u{A0}: moins de \(minimum) répondants")
  }

  /// The legend of ▲ and ▼, each entry a label after its mark.
  public func positionNote(_ margin: String) -> String {
    let (above, below) = (standalone(positionWord(.above)), standalone(positionWord(.below)))
    // No-break spaces: a mark stays with its label, a sign between its two terms.
    return pick(
      "▲\u{A0}\(above) (median\u{A0}+\u{A0}\(margin) or more) · ▼\u{A0}\(below) (median\u{A0}−\u{A0}\(margin) or less)",
      "▲\u{A0}\(above) (médiane\u{A0}+\u{A0}\(margin) ou plus) · ▼\u{A0}\(below) (médiane\u{A0}−\u{A0}\(margin) ou moins)"
    )
  }

  /// The legend of ↑ ↓ →, each entry a label after its mark, as ``positionNote(_:)`` writes
  /// its own.
  public func directionNote(_ change: String) -> String {
    let (up, down, stable) = (
      standalone(directionWord(.up)), standalone(directionWord(.down)),
      standalone(directionWord(.stable))
    )
    // No-break spaces: a mark never ends a line without its label.
    return pick(
      "↑\u{A0}\(up) (+\(change)\u{A0}points or more) · ↓\u{A0}\(down) (−\(change)\u{A0}points or less) · →\u{A0}\(stable)",
      "↑\u{A0}\(up) (+\(change)\u{A0}points ou plus) · ↓\u{A0}\(down) (−\(change)\u{A0}points ou moins) · →\u{A0}\(stable)"
    )
  }

  /// The note under an anonymized comparison.
  ///
  /// The labels follow the groups' order, which scoring.md fixes as the Unicode code-point
  /// order of the names (not a language's alphabetical order): the note says so, since
  /// « Éthiopie » then comes after « Zambia ».
  public var anonymizedNote: String {
    pick(
      "Administrations are anonymized (A1, A2, … in the order of their names by Unicode code point, as the groups are listed, not in alphabetical order: É comes after Z).",
      "Les administrations sont anonymisées (A1, A2, … dans l’ordre des points de code Unicode de leurs noms, celui des groupes, et non dans l’ordre alphabétique\u{A0}: É vient après Z)."
    )
  }

  public var compareNote: String {
    pick(
      "Self-assessment scores (0–100), averaged over each group's respondents. Compare like with like: the same questionnaire, and rounds taken the same way.",
      "Scores d’auto-évaluation (0 à 100), moyennés sur les répondants de chaque groupe. Comparez ce qui est comparable\u{A0}: le même questionnaire, et des cycles menés de la même manière."
    )
  }

  /// Said after ``mappedNote(_:to:)`` when questions of the compared version no longer offer
  /// "not applicable" where the mapped version did (issue 25).
  ///
  /// - Parameter questions: Their numbers ("Q62").
  /// - Returns: One sentence.
  public func notApplicableKept(_ questions: [String]) -> String {
    let list = questions.joined(separator: ", ")
    return questions.count == 1
      ? pick(
        "Question \(list) no longer offers “not applicable”: a mapped answer “not applicable” there stays so, and has no score.",
        "La question \(list) n’offre plus «\u{A0}sans objet\u{A0}»\u{A0}: une réponse transposée «\u{A0}sans objet\u{A0}» y reste sans objet, sans score."
      )
      : pick(
        "Questions \(list) no longer offer “not applicable”: a mapped answer “not applicable” there stays so, and has no score.",
        "Les questions \(list) n’offrent plus «\u{A0}sans objet\u{A0}»\u{A0}: une réponse transposée «\u{A0}sans objet\u{A0}» y reste sans objet, sans score."
      )
  }
}
