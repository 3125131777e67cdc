import ArushaCore
import ArushaText

extension CompareReport {
  /// A report for minutes and briefings: one row per group with its scores (factors by number,
  /// named below), the changes, the peer statistics, and each group's strengths and areas.
  public func markdown() -> String {
    let options = comparison.options
    let document = PrintableText.Destination.document
    var out: [String] = []
    out.append("# \(md(phrases.comparison)) — \(md(title(for: document)))")
    out.append("")
    let administrations = Set(comparison.groups.map(\.administration)).count
    out.append(
      "\(phrases.groupsCount(comparison.groups.count, administrations: administrations)) · \(md(questionnaire.id)) \(md(questionnaire.version))"
    )
    if options.anonymize {
      out.append("")
      out.append(md(phrases.anonymizedNote))
    }
    out.append("")
    out.append("## \(md(phrases.scores))")
    out.append("")
    let numbers = factors.indices.map(factorNumber)
    let unsupported = showsUnsupported ? " \(phrases.unsupportedCount) |" : ""
    let signedColumn =
      (showsCopies ? " \(phrases.copiesHeader) |" : "")
      + (showsSigned ? " \(phrases.signedCount) | \(phrases.signersHeader) |" : "")
    let coverageColumn = showsMapping ? " \(phrases.coverage) |" : ""
    out.append(
      "| \(phrases.administration) | \(phrases.round) | \(phrases.respondents) |\(signedColumn)\(coverageColumn)\(unsupported) \(phrases.overall) | "
        + numbers.joined(separator: " | ") + " |")
    out.append(
      "|---|---|---:|" + (showsCopies ? "---:|" : "") + (showsSigned ? "---:|---|" : "")
        + (showsMapping ? "---:|" : "")
        + (showsUnsupported ? "---:|" : "") + "---:|"
        + String(repeating: "---:|", count: factors.count))
    for group in comparison.groups {
      var cells = [
        md(group.administration), md(roundLabel(group, for: document)), String(group.respondents),
      ]
      if showsCopies { cells.append(String(group.copiesLeftOut)) }
      if showsSigned {
        cells.append(String(group.signed ?? 0))
        cells.append(md(signers(group).joined(separator: "; ")))
      }
      if showsMapping { cells.append(group.suppressed ? "—" : phrases.percent(group.coverage)) }
      if showsUnsupported { cells.append(group.suppressed ? "—" : String(group.unsupported)) }
      if group.suppressed {
        cells += Array(repeating: "—", count: factors.count + 1)
      } else {
        cells.append("**\(phrases.decimal(group.overall))**")
        for (index, score) in group.scores.enumerated() {
          let marker: String
          switch group.position?[index] {
          case .above?: marker = " ▲"
          case .below?: marker = " ▼"
          default: marker = ""
          }
          cells.append(phrases.decimal(score) + marker)
        }
      }
      out.append("| " + cells.joined(separator: " | ") + " |")
    }
    out.append("")
    out.append(
      factors.enumerated().map {
        "\(numbers[$0.offset]) = \(md(localized($0.element.title, for: document)))"
      }
      .joined(separator: " · "))
    out.append("")
    out.append(md(phrases.positionNote(phrases.decimal(options.margin, digits: 0))))
    if !suppressedGroups.isEmpty {
      out.append("")
      out.append(md(phrases.suppressedNote(options.minimumRespondents)))
    }
    if let note = mappedNote(for: document) {
      out.append("")
      out.append(md(note))
    }
    if showsCopies {
      out.append("")
      out.append(md(phrases.copiesNote))
    }
    if showsSigned {
      out.append("")
      out.append(md(phrases.signedNote))
    }

    out.append("")
    out.append(
      "## \(md(phrases.changes)) (\(md(phrases.changesSince(baseline: options.baseline))))")
    out.append("")
    if comparison.changes.isEmpty {
      out.append(md(phrases.noChanges))
    } else {
      out.append(
        "| \(phrases.administration) | \(phrases.from) | \(phrases.to) | \(phrases.overall) | "
          + numbers.joined(separator: " | ") + " |")
      out.append("|---|---|---|---:|" + String(repeating: "---:|", count: factors.count))
      for change in comparison.changes {
        let cells =
          [
            md(change.administration), md(change.from),
            md(change.to) + (change.mapped ? " " + phrases.mappedMark : ""),
            "**\(delta(change.overall))**",
          ]
          + change.scores.map(delta)
        out.append("| " + cells.joined(separator: " | ") + " |")
      }
      out.append("")
      out.append(
        md(phrases.directionNote(phrases.decimal(questionnaire.scoring.change, digits: 0))))
    }

    let history = comparison.history
    if !history.isEmpty {
      out.append("")
      out.append("## \(md(phrases.history))")
      out.append("")
      out.append("| \(phrases.administration) | \(phrases.overall) |")
      out.append("|---|---|")
      for series in history {
        out.append(
          "| \(md(clean(series.administration, for: document))) | \(md(trend(series.rounds, series.overall, for: document))) |"
        )
      }
      let medians = comparison.medianByRound
      out.append(
        "| _\(md(phrases.peerMedianByRound))_ | _\(md(trend(medians.map(\.round), medians.map(\.overall), for: document)))_ |"
      )
      out.append("")
      out.append(md(phrases.historyNote))
    }

    let peers = comparison.peers
    out.append("")
    out.append(
      "## \(md(phrases.colon(phrases.peers))) \(md(phrases.peersOver(round: peers.round, groups: peers.groups)))"
    )
    out.append("")
    if peers.groups == 0 {
      out.append(md(phrases.noPeers))
    } else {
      out.append(
        "| \(phrases.factor) | \(phrases.count) | \(phrases.mean) | \(phrases.median) | \(phrases.minimum) | \(phrases.maximum) |"
      )
      out.append("|---|---:|---:|---:|---:|---:|")
      let rows =
        [(phrases.overall, peers.overall)]
        + zip(factors.map { factorTitle($0, for: document) }, peers.scores)
      for (label, value) in rows {
        let figures = [value.mean, value.median, value.min, value.max].map { phrases.decimal($0) }
        out.append("| \(md(label)) | \(value.n) | " + figures.joined(separator: " | ") + " |")
      }
    }

    out.append("")
    out.append("## \(md(phrases.strengthsAndImprovements))")
    for group in shownGroups {
      out.append("")
      out.append("### \(md(groupName(group, for: document)))")
      out.append("")
      let names = { (ids: [String]) in
        ids.isEmpty
          ? self.phrases.none
          : ids.map { md(self.factorTitle(id: $0, for: document)) }.joined(separator: ", ")
      }
      out.append("- **\(phrases.colon(phrases.strengths))** \(names(group.strengths))")
      out.append("- **\(phrases.colon(phrases.improvements))** \(names(group.improvements))")
    }
    if shownGroups.isEmpty {
      out.append("")
      out.append("- \(phrases.none)")
    }
    out.append("")
    out.append("_\(md(phrases.compareNote))_")
    return out.joined(separator: "\n") + "\n"
  }

  private func delta(_ value: Comparison.Delta) -> String {
    value.delta == nil ? "—" : "\(arrow(value.direction)) \(signed(value.delta))"
  }
}
