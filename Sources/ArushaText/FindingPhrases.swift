// The words of issue 24's findings in the score report: the "not applicable" answers in plain
// sight, key figures that are not available, and relative strengths.

extension Phrases {
  /// The header's count of "not applicable" answers: "3 answers not applicable",
  /// « 3 réponses sans objet », « 1 réponse sans objet ».
  public func notApplicableAnswers(count: Int) -> String {
    pick(
      "\(count) answer\(count == 1 ? "" : "s") not applicable",
      "\(count) réponse\(plural(count)) sans objet")
  }

  /// The heading of the section that lists the "not applicable" answers with their
  /// justifications: singular for one answer.
  public func notApplicableSection(count: Int) -> String {
    count == 1
      ? pick("Answer not applicable", "Réponse sans objet")
      : pick("Answers not applicable", "Réponses sans objet")
  }

  /// What a key figure answered "don't know" shows instead of its number.
  public var notAvailable: String { pick("not available", "non disponible") }

  /// The heading of the relative strengths, and the Factors sheet's column: singular for one
  /// factor.
  public func relativeStrengths(count: Int) -> String {
    count == 1
      ? pick("Relative strength", "Point fort relatif")
      : pick("Relative strengths", "Points forts relatifs")
  }

  /// Said under the relative strengths: why they are not strengths.
  ///
  /// `threshold` is `scoring.strength` as the report writes a score.
  public func relativeStrengthsNote(threshold: String) -> String {
    pick(
      "No factor is a strength (\(threshold) or more, without a critical gap): these are the best factors of this response.",
      "Aucun facteur n’est un point fort (\(threshold) ou plus, sans lacune critique)\u{A0}: voici les meilleurs facteurs de cette réponse."
    )
  }
}
