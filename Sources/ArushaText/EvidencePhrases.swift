import ArushaCore

/// The words of the evidence-checked score (issue 24, blocking point 2).
extension Phrases {
  /// A column's header and a label before a score: the score with unsupported answers counted
  /// at the highest level of their question that expects no evidence.
  public var evidenceChecked: String { pick("Evidence-checked", "Score étayé") }
  /// The item score the evidence-checked score counts: a column of the questions sheet.
  public var evidenceCheckedItemScore: String {
    pick("Evidence-checked item score (0–1)", "Score étayé de la question (0–1)")
  }

  /// How many of the answers that expect evidence have none, for a report's header: "3 of 12
  /// answers that expect evidence have none", « 3 réponses sur 12 appelant un justificatif
  /// n’en ont pas »; when none lacks it, "All 12 answers that expect evidence have it".
  ///
  /// - Parameters:
  ///   - unsupported: Answers without the evidence they expect (N).
  ///   - expecting: Answers that expect evidence (M, at least 1).
  /// - Returns: One sentence, without a final period.
  public func unsupportedOf(_ unsupported: Int, of expecting: Int) -> String {
    if unsupported == 0 {
      return expecting == 1
        ? pick(
          "The one answer that expects evidence has it",
          "La seule réponse appelant un justificatif en a un")
        : pick(
          "All \(expecting) answers that expect evidence have it",
          "Les \(expecting) réponses appelant un justificatif en ont toutes un")
    }
    return pick(
      "\(unsupported) of \(expecting) answer\(expecting == 1 ? "" : "s") that expect\(expecting == 1 ? "s" : "") evidence \(unsupported == 1 ? "has" : "have") none",
      "\(unsupported) réponse\(plural(unsupported)) sur \(expecting) appelant un justificatif n’en \(unsupported <= 1 ? "a" : "ont") pas"
    )
  }

  /// Why unsupported answers make the overall score indicative (`scoring.unsupported_indicative`):
  /// "more than 10%: the overall score is indicative".
  ///
  /// - Parameter threshold: The setting, 0…1.
  /// - Returns: A clause to follow ``unsupportedOf(_:of:)`` after a comma.
  public func indicativeForEvidence(threshold: Double) -> String {
    pick(
      "more than \(percent(threshold)): the overall score is indicative",
      "plus de \(percent(threshold))\u{A0}: le score global est indicatif")
  }

  /// What the evidence-checked score is, under the factors: said once, where it is first shown.
  public var evidenceCheckedNote: String {
    pick(
      "Evidence-checked: each answer without the evidence it expects is counted at the highest level below it that expects none (a multiple selection, a yes, or an answer to a question that expects evidence whatever the level counts as the lowest answer).",
      "Score étayé\u{A0}: chaque réponse sans le justificatif attendu est comptée au plus haut niveau inférieur qui n’en demande pas (une sélection multiple, un «\u{A0}oui\u{A0}» ou la réponse à une question qui demande un justificatif à tout niveau compte comme la réponse la plus basse)."
    )
  }

  /// The terminal's note under the bars: what the figure in brackets is.
  public var evidenceCheckedInBrackets: String {
    pick(
      "In brackets: the evidence-checked score, where it differs.",
      "Entre parenthèses\u{A0}: le score étayé, lorsqu’il diffère.")
  }

  /// The heading of compare's second matrix: the scores it does not compare.
  public var evidenceCheckedScoresByGroup: String {
    pick("Evidence-checked scores by group", "Scores étayés par groupe")
  }
  /// The same heading under `--evidence-checked`.
  public var declaredScoresByGroup: String {
    pick("Declared scores by group", "Scores déclarés par groupe")
  }
  /// The workbook's sheet of evidence-checked scores (31 characters at most).
  public var evidenceCheckedSheet: String { pick("Evidence-checked", "Scores étayés") }
  /// The workbook's sheet of declared scores under `--evidence-checked`.
  public var declaredSheet: String { pick("Declared", "Scores déclarés") }
  /// Said under the heading of the scores under `--evidence-checked`.
  public var comparedEvidenceChecked: String {
    pick(
      "Factor scores, peers, positions, changes, history and findings compare the evidence-checked scores (--evidence-checked); the overall score is shown both ways.",
      "Les scores des facteurs, les pairs, les positions, les évolutions, l’historique et les constats comparent les scores étayés (--evidence-checked)\u{202F}; le score global est donné des deux façons."
    )
  }

  /// Said under an action plan when answers lack the evidence they expect: the plan rests on
  /// the declared scores, and gathering that evidence is work for the team too.
  ///
  /// - Parameters:
  ///   - unsupported: Answers without the evidence they expect (at least 1).
  ///   - expecting: Answers that expect evidence.
  /// - Returns: One or two sentences.
  public func evidenceToAttach(_ unsupported: Int, of expecting: Int) -> String {
    unsupportedOf(unsupported, of: expecting) + "."
      + pick(
        " This plan starts from the declared answers: attaching that evidence, or revising the answers it cannot support, is work for the plan too.",
        " Ce plan part des réponses déclarées\u{A0}: joindre ces justificatifs, ou revoir les réponses qu’ils ne peuvent étayer, fait aussi partie du travail."
      )
  }

  /// The note under compare's scores when a group's overall score is marked `*`.
  public var indicativeGroupsNote: String {
    pick(
      "* Indicative: some of the group's responses have an indicative overall score (not complete, a factor without a score, or too many answers without the evidence they expect; JSON indicative: how many).",
      "* Indicatif\u{A0}: des réponses du groupe ont un score global indicatif (non terminées, un facteur sans score, ou trop de réponses sans le justificatif attendu\u{202F}; JSON indicative\u{A0}: combien)."
    )
  }
}
