// MARK: - Changes across questionnaire versions (issue 24: an item map changes the instrument)

extension Phrases {
  /// "2026.1 → 2027.1", or "2025, 2026.1 → 2027.1": the versions read through maps, then the
  /// version compared.
  func versionSpan(_ versions: [String], to version: String) -> String {
    // No-break spaces: the span never breaks across lines.
    versions.joined(separator: ", ") + "\u{A0}→\u{A0}" + version
  }

  /// The legend under the changes when some change is computed through an item map.
  ///
  /// - Parameters:
  ///   - versions: The versions read through maps, in order.
  ///   - version: The version compared.
  /// - Returns: One sentence.
  public func crossVersionChanges(_ versions: [String], to version: String) -> String {
    let span = versionSpan(versions, to: version)
    return pick(
      "Changes marked \(mappedMark) cross questionnaire versions (\(span)): they mix changes in the instrument with changes in practice.",
      "Les évolutions marquées \(mappedMark) franchissent des versions du questionnaire (\(span))\u{A0}: elles mêlent les changements de l’instrument et ceux de la pratique."
    )
  }

  /// The legend under the history when a round in it was read through an item map.
  public func crossVersionRounds(_ versions: [String], to version: String) -> String {
    let earlier = versions.joined(separator: ", ")
    return pick(
      "Rounds marked \(mappedMark) were answered on an earlier version of the questionnaire (\(earlier)) and read as version \(version): a change to or from them mixes changes in the instrument with changes in practice.",
      "Les cycles marqués \(mappedMark) ont été renseignés sur une version antérieure du questionnaire (\(earlier)) et lus comme la version \(version)\u{A0}: une évolution qui part d’eux ou y aboutit mêle les changements de l’instrument et ceux de la pratique."
    )
  }

  /// What one change computed through an item map is, for its row of a sheet and its JSON.
  public func crossVersionChange(_ versions: [String], to version: String) -> String {
    let span = versionSpan(versions, to: version)
    return pick(
      "Crosses questionnaire versions (\(span)): mixes changes in the instrument with changes in practice.",
      "Franchit des versions du questionnaire (\(span))\u{A0}: mêle les changements de l’instrument et ceux de la pratique."
    )
  }
}
