import ArushaCore

extension ScoreReport {
  /// A report a team can paste into its workshop minutes.
  public func markdown() -> String {
    var out: [String] = []
    out.append("# \(md(title))")
    out.append("")
    let status = response.status == .complete ? phrases.complete : phrases.inProgress
    out.append("\(md(subject)) · \(status)")
    out.append("")
    let overallLevel = levelLabel(score.overallLevel)
    out.append(
      "**\(phrases.colon(phrases.overall)) \(phrases.decimal(score.overall))**"
        + (overallLevel.isEmpty ? "" : " — \(md(overallLevel))"))
    out.append("")
    out.append(
      "| \(phrases.factor) | \(phrases.score) | \(phrases.level) | \(phrases.coverage) | \(phrases.answered) | \(phrases.unknownCount) | \(phrases.notApplicableCount) | \(phrases.missingCount) |"
    )
    out.append("|---|---:|---|---:|---:|---:|---:|---:|")
    for factor in score.factors {
      let coverage = factor.coverage.map { phrases.decimal($0 * 100, digits: 0) + " %" } ?? "—"
      var name = md(factorTitle(factor.factor))
      if factor.strength { name += " ★" }
      if factor.improvement { name += " ▲" }
      out.append(
        "| \(name) | \(phrases.decimal(factor.score)) | \(md(levelLabel(factor.level))) | \(coverage) | \(factor.answered) | \(factor.unknown) | \(factor.notApplicable) | \(factor.missing) |"
      )
    }
    out.append("")
    out.append("★ \(phrases.strengths) · ▲ \(phrases.improvements)")
    out.append("")
    out.append("## \(phrases.strengths)")
    out.append("")
    out += bulletList(score.strengths.map { md(factorTitle($0)) })
    out.append("")
    out.append("## \(phrases.improvements)")
    out.append("")
    out += bulletList(score.improvements.map { md(factorTitle($0)) })
    if !score.critical.isEmpty {
      out.append("")
      out.append("## \(phrases.criticalGaps)")
      out.append("")
      for id in score.critical {
        let text = question(id).map { localized($0.text) } ?? ""
        out.append("- **\(md(id))** — \(md(text)) (\(md(question(id).map(answerText) ?? "")))")
      }
    }
    if !score.gaps.isEmpty {
      out.append("")
      out.append("## \(phrases.priorityGaps) (\(phrases.firstTen))")
      out.append("")
      out.append(
        "| # | \(phrases.question) | \(phrases.factor) | \(phrases.answer) | \(phrases.itemScore) | \(phrases.weight) |"
      )
      out.append("|---:|---|---|---|---:|---:|")
      for (index, gap) in score.gaps.prefix(10).enumerated() {
        let question = self.question(gap.question)
        let text = question.map { localized($0.text) } ?? ""
        out.append(
          "| \(index + 1) | \(md(gap.question)): \(md(text)) | \(md(factorTitle(gap.factor))) | \(md(question.map(answerText) ?? "")) | \(phrases.decimal(gap.score, digits: 2)) | \(phrases.decimal(gap.weight, digits: gap.weight == gap.weight.rounded() ? 0 : 1)) |"
        )
      }
    }
    if score.missing > 0 {
      out.append("")
      let detail = missingByFactor.map {
        "\(phrases.colon(md(localized(factor($0.factor)?.title)))) \($0.count)"
      }.joined(separator: ", ")
      out.append("> \(phrases.incomplete(score.missing)) (\(detail)).")
    }
    out.append("")
    out.append("_\(phrases.selfAssessmentNote)_")
    return out.joined(separator: "\n") + "\n"
  }

  private func bulletList(_ items: [String]) -> [String] {
    items.isEmpty ? ["- \(phrases.none)"] : items.map { "- \($0)" }
  }
}

/// Text safe inside Markdown paragraphs and table cells: no control characters, and the
/// characters that make tables, links, emphasis or HTML escaped.
func md(_ text: String) -> String {
  var out = ""
  for character in PrintableText.sanitize(text, keepLineBreaks: false) {
    switch character {
    case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\\(character)"
    default: out.append(character)
    }
  }
  return out
}
