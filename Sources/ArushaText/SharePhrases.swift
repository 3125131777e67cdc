// MARK: - Effective weight (issue 24: each question's share of the overall score)

extension Phrases {
  /// The header of explain's column of shares.
  public var shareHeader: String { pick("Share", "Part") }

  /// A share 0…1 as a percentage with two decimals: `3.33%`, « 3,33 % » (a no-break space
  /// before `%` in French).
  public func share(_ share: Double) -> String {
    let text = decimal(share * 100, digits: 2)
    return pick(text + "%", text + "\u{A0}%")
  }

  /// The note under explain's tables: what a share is.
  public var shareNote: String {
    pick(
      "Share: the question's part of the overall score from the questionnaire's weights alone, (factor weight ÷ the weights of the factors) × (question weight ÷ the weights of its factor's scored questions), as if every question were shown and answered; none where the lowest item sets the factor's score.",
      "Part\u{A0}: la part de la question dans le score global d’après les seules pondérations du questionnaire, (poids du facteur ÷ poids des facteurs) × (poids de la question ÷ poids des questions notées de son facteur), comme si toutes les questions étaient posées et renseignées\u{202F}; aucune là où la question la plus faible fait le score du facteur."
    )
  }
}
