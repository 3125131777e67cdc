import ArushaCore

extension CompareReport {
  /// The long form, one row per group and factor: administration, round, respondents, the
  /// group's unsupported answers and its "not applicable" answers (`na`, issue 24, beside
  /// the other count of answers), factor id and title, score, level, position (for the peer
  /// groups), delta (for a group that ends a change), then mapped_from, coverage,
  /// delta_mapped and signed (trust-and-continuity.md), and duplicates (the files left out as
  /// copies, issue 22) and signers, and suppressed (`true` for a group below
  /// `--min-respondents`, whose figures are empty; issue 23), always the last column, with
  /// the other score before it (issue 24): `score`, `level`, `position` and `delta` are those
  /// of the scores compared, the declared ones and then `evidence_checked`, or under
  /// `--evidence-checked` the evidence-checked ones and then `declared`, so that a row never
  /// mixes the two; each group's overall row first, its factor id empty and its title
  /// "Overall" / « Score global ».
  ///
  /// Scores are unrounded; a suppressed group has its rows with empty figures. Every text cell
  /// is printable (``CSVTable``).
  public func csv(dialect: CSVTable.Dialect = .tools) -> String {
    var rows: [[CSVTable.Cell]] = []
    let checkedCompared = comparison.options.evidenceChecked
    for group in comparison.groups {
      let overall = group.suppressed ? nil : group.overall
      let otherOverall = checkedCompared ? group.declaredOverall : group.evidenceCheckedOverall
      let others = checkedCompared ? group.declaredScores : group.evidenceCheckedScores
      let change = group.suppressed ? nil : self.change(endingAt: group)
      // Issue 24: the count only; each response's report lists the answers.
      let notApplicable: CSVTable.Cell =
        group.suppressed ? .text("") : .integer(group.notApplicable)
      // First the group's overall row: its factor id empty, its title "Overall".
      rows.append(
        [
          .text(group.administration), .text(group.round), .integer(group.respondents),
          group.suppressed ? .text("") : .integer(group.unsupported), notApplicable, .text(""),
          .text(phrases.overallRow), .number(overall),
          .text(group.suppressed ? "" : levelLabel(overall, for: .document)),
          .text(""), .number(change?.overall.delta),
        ] + trust(group, change, other: group.suppressed ? nil : otherOverall))
      for (index, factor) in factors.enumerated() {
        let score = group.suppressed ? nil : group.scores[index]
        let checked = group.suppressed ? nil : others[index]
        rows.append(
          [
            .text(group.administration), .text(group.round), .integer(group.respondents),
            group.suppressed ? .text("") : .integer(group.unsupported), notApplicable,
            .text(factor.id),
            .text(localized(factor.title, for: .document)), .number(score),
            .text(levelLabel(score, for: .document)),
            .text(group.position?[index]?.rawValue ?? ""),
            .number(change?.scores[index].delta),
          ] + trust(group, change, other: checked))
      }
    }
    return CSVTable(
      header: [
        "administration", "round", "respondents", "unsupported", "na", "factor", "title", "score",
        "level", "position", "delta", "mapped_from", "coverage", "delta_mapped", "signed",
        "duplicates", "signers", checkedCompared ? "declared" : "evidence_checked", "suppressed",
      ], rows: rows, dialect: dialect
    ).render()
  }

  /// The trust columns of a group's rows: its mapped source versions (space-separated), its
  /// coverage (0–1), whether the change ending at it is mapped, its signed count (empty
  /// without `--allowed-signers`), its files left out as copies, who signed (`; ` between
  /// principals), the row's other score (`other`: evidence-checked, or declared under
  /// `--evidence-checked`), and whether it is suppressed.
  private func trust(_ group: Comparison.Group, _ change: Comparison.Change?, other: Double?)
    -> [CSVTable.Cell]
  {
    [
      .text(group.mappedFrom.joined(separator: " ")), .number(group.coverage),
      change.map { .bool($0.mapped) } ?? .text(""),
      group.signed.map { .integer($0) } ?? .text(""), .integer(group.copiesLeftOut),
      .text(signers(group).joined(separator: "; ")), .number(other), .bool(group.suppressed),
    ]
  }
}

extension CompareReport {
  /// `--anonymize-key FILE`: which label stands for which administration.
  ///
  /// `label,name` rows in label order (A1, A2, … A10), for the expert's records (issue 23).
  /// Names print as
  /// everywhere (``PrintableText/name(_:)``: a tab shows as ␉); every cell is neutralised as in
  /// any CSV (``CSVTable``).
  public func anonymizationKeyCSV() -> String {
    CSVTable(
      header: ["label", "name"],
      rows: comparison.anonymizationKey.map {
        [.text($0.label), .text(PrintableText.name($0.name))]
      }
    ).render()
  }
}
