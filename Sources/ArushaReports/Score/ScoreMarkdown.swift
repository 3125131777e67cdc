import ArushaCore
import ArushaText

extension ScoreReport {
  /// A report a team can paste into its workshop minutes.
  public func markdown() -> String {
    let document = PrintableText.Destination.document
    var out: [String] = []
    out.append("# \(md(title(for: document)))")
    out.append("")
    let status = response.status == .complete ? phrases.complete : phrases.inProgress
    out.append("\(md(subject(for: document))) · \(status)")
    out.append("")
    let overallLevel = levelLabel(score.overallLevel, for: document)
    if let coverage = coverageSummary {
      out.append("> \(md(coverage))")
      out.append("")
    }
    out.append(
      "**\(phrases.colon(overallLabel)) \(phrases.decimal(score.overall))**"
        + (overallLevel.isEmpty ? "" : " — \(md(overallLevel))"))
    out.append("")
    out.append(
      "| \(phrases.factor) | \(phrases.score) | \(phrases.level) | \(phrases.coverage) | \(phrases.answered) | \(phrases.unknownCount) | \(phrases.notApplicableCount) | \(phrases.missingCount) |"
    )
    out.append("|---|---:|---|---:|---:|---:|---:|---:|")
    for factor in score.factors {
      let coverage = factor.coverage.map { phrases.decimal($0 * 100, digits: 0) + " %" } ?? "—"
      var name = md(factorTitle(factor.factor, for: document))
      if factor.strength { name += " ★" }
      if factor.improvement { name += " ▲" }
      out.append(
        "| \(name) | \(phrases.decimal(factor.score)) | \(md(levelLabel(factor.level, for: document))) | \(coverage) | \(factor.answered) | \(factor.unknown) | \(factor.notApplicable) | \(factor.missing) |"
      )
    }
    out.append("")
    out.append("★ \(phrases.strengths) · ▲ \(phrases.improvements)")
    let capped = cappedLines(for: document)
    if !capped.isEmpty {
      out.append("")
      out.append(
        "**\(phrases.colon(phrases.cappedFactors))** \(capped.map(md).joined(separator: "; "))")
    }
    out.append("")
    out.append("## \(phrases.strengths)")
    out.append("")
    out += bulletList(score.strengths.map { md(factorTitle($0, for: document)) })
    out.append("")
    out.append("## \(phrases.improvements)")
    out.append("")
    out += bulletList(score.improvements.map { md(factorTitle($0, for: document)) })
    if !score.critical.isEmpty {
      out.append("")
      out.append("## \(phrases.criticalGaps)")
      out.append("")
      for id in score.critical {
        let text = question(id).map { localized($0.text, for: document) } ?? ""
        let answer = question(id).map { answerText($0, for: document) } ?? ""
        out.append("- **\(md(factorOf(id, for: document)))** — \(md(text)) (\(md(answer)))")
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
        let text = question.map { localized($0.text, for: document) } ?? ""
        let answer = question.map { answerText($0, for: document) } ?? ""
        out.append(
          "| \(index + 1) | \(md(text)) | \(md(factorTitle(gap.factor, for: document))) | \(md(answer)) | \(phrases.decimal(gap.score, digits: 2)) | \(phrases.decimal(gap.weight, digits: gap.weight == gap.weight.rounded() ? 0 : 1)) |"
        )
      }
    }
    let unsupported = unsupportedLines(for: document)
    if !unsupported.isEmpty {
      out.append("")
      out.append("## \(phrases.unsupportedAnswers)")
      out.append("")
      out += bulletList(unsupported.map(md))
      out.append("")
      out.append(phrases.unsupportedNote)
    }
    let figures = figureLines(for: document)
    if !figures.isEmpty {
      out.append("")
      out.append("## \(phrases.keyFigures)")
      out.append("")
      out += bulletList(figures.map(md))
    }
    if score.missing > 0 {
      out.append("")
      let detail = missingByFactor.map {
        "\(phrases.colon(md(localized(factor($0.factor)?.title, for: document)))) \($0.count)"
      }.joined(separator: ", ")
      out.append("> \(missingNote) (\(detail)).")
    }
    out.append("")
    out.append("_\(phrases.selfAssessmentNote)_")
    return out.joined(separator: "\n") + "\n"
  }

  private func bulletList(_ items: [String]) -> [String] {
    items.isEmpty ? ["- \(phrases.none)"] : items.map { "- \($0)" }
  }
}

/// Text safe inside Markdown paragraphs and table cells: on one line without control characters
/// (``PrintableText`` for a document), and the characters that make tables, links, emphasis or
/// HTML escaped.
func md(_ text: String) -> String {
  var out = ""
  for character in PrintableText.sanitize(text, for: .document, keepLineBreaks: false) {
    switch character {
    case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\\(character)"
    default: out.append(character)
    }
  }
  return out
}
