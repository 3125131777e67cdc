import ArushaCore

// MARK: - Normalised key figures (issue 24: `per` on a number question)

extension Phrases {
  /// What a normalised figure is per: "per 100 staff" / « pour 100 agents », a no-break space
  /// between the scale and its unit.
  ///
  /// - Parameters:
  ///   - scale: The scale, as written ("100").
  ///   - unit: The denominator's unit in the number the scale takes (``unit(_:count:singular:)``);
  ///     nil when it has none.
  ///   - denominator: The denominator's number ("Q3"), said when it has no unit.
  /// - Returns: The label.
  public func per(_ scale: String, unit: String?, denominator: String) -> String {
    let what = unit.map { scale + "\u{A0}" + $0 } ?? "\(scale) (\(denominator))"
    return pick("per ", "pour ") + what
  }

  /// A normalised value with what it is per: "1.0 per 100 staff" / « 1,0 pour 100 agents ».
  public func perValue(_ value: String, per label: String) -> String {
    value + "\u{A0}" + label
  }

  /// A figure with `per` whose denominator gives no normalised value: "per 100 staff: not
  /// available (no answer to Q3)".
  public func perUnavailable(per label: String, reason: String) -> String {
    colon(label) + " " + pick("not available", "non disponible") + " (\(reason))"
  }

  /// Why a normalised value is not available, by the denominator's answer (`denominator` is
  /// its number, "Q3").
  public func unavailableReason(_ reason: KeyFigure.Unavailable, denominator: String) -> String {
    switch reason {
    case .missing: pick("no answer to \(denominator)", "pas de réponse à \(denominator)")
    case .unknown:
      pick(
        "\(denominator) answered “don't know”",
        "réponse «\u{A0}ne sait pas\u{A0}» à \(denominator)")
    case .notApplicable:
      pick(
        "\(denominator) answered “not applicable”",
        "réponse «\u{A0}sans objet\u{A0}» à \(denominator)")
    case .hidden: pick("\(denominator) not asked", "\(denominator) non posée")
    case .zero: pick("\(denominator) answered 0", "réponse 0 à \(denominator)")
    case .negative:
      pick("\(denominator) answered below 0", "réponse négative à \(denominator)")
    }
  }

  /// The header of a normalised value's column.
  public var normalizedHeader: String { pick("Normalised", "Valeur rapportée") }
  /// The header of the column that says what a normalised value is per.
  public var perHeader: String { pick("Per", "Rapportée à") }

  /// The name of compare's workbook sheet of normalised key figures (at most 31 characters).
  public var figuresSheet: String { pick("Key figures", "Chiffres clés") }

  /// The heading of compare's normalised key figures.
  public var normalizedFigures: String {
    pick("Key figures, normalised", "Chiffres clés rapportés")
  }

  /// The note under compare's normalised key figures.
  public var normalizedFiguresNote: String {
    pick(
      "Each figure is the mean, over the group's responses that give one, of the value divided by its denominator and multiplied by the scale; — where no response gives one.",
      "Chaque chiffre est la moyenne, sur les réponses du groupe qui en donnent un, de la valeur divisée par son dénominateur et multipliée par l’échelle\u{202F}; —\u{A0}quand aucune réponse n’en donne."
    )
  }
}
