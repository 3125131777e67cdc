import ArushaCore
import ArushaText

extension ScoreReport {
  /// The terminal report: a bar per factor coloured by level, the overall score, strengths,
  /// areas for improvement, critical gaps, the first ten priority gaps, and what is missing.
  ///
  /// Text from files is printable on a terminal: no control or bidirectional format character.
  ///
  /// - Parameters:
  ///   - style: Colour or not.
  ///   - width: The terminal's width in columns.
  /// - Returns: The report's lines, each ending with a newline.
  public func table(style: TextStyle, width: Int = 80) -> String {
    let width = max(width, 50)
    let terminal = PrintableText.Destination.terminal
    var lines: [String] = []
    lines.append(style.apply(.bold, truncate(title(for: terminal), to: width)))
    let status = response.status == .complete ? phrases.complete : phrases.inProgress
    lines.append(truncate("\(subject(for: terminal)) · \(status)", to: width))
    lines.append("")
    let overallLevel = levelLabel(score.overallLevel, for: terminal)
    if let coverage = coverageSummary {
      lines += wrapText(style.apply(.yellow, coverage), width: width)
      lines.append("")
    }
    lines.append(
      style.apply(.bold, "\(overallLabel)  \(phrases.decimal(score.overall))")
        + (overallLevel.isEmpty ? "" : "  " + tone(score.overallLevel, style, overallLevel)))
    lines.append("")

    let barWidth = 20
    let levelWidth = score.factors.map { levelLabel($0.level, for: terminal).count }.max() ?? 0
    let nameWidth = max(12, width - barWidth - levelWidth - 11)
    for factor in score.factors {
      let name = pad(
        truncate(factorTitle(factor.factor, for: terminal), to: nameWidth), to: nameWidth)
      let bar = self.bar(factor.score, width: barWidth)
      let value = pad(phrases.decimal(factor.score), to: 5, right: true)
      let label = factor.score == nil ? phrases.noScore : levelLabel(factor.level, for: terminal)
      lines.append(
        "\(name)  \(tone(factor.level, style, bar))  \(value)  \(tone(factor.level, style, label))")
    }
    let capped = cappedLines(for: terminal)
    if !capped.isEmpty {
      lines += wrapText(
        "\(style.apply(.bold, phrases.colon(phrases.cappedFactors))) \(capped.joined(separator: phrases.listSeparator))",
        width: width)
    }
    lines.append("")
    let names = { (ids: [String]) in
      ids.isEmpty
        ? self.phrases.none
        : ids.map { self.factorTitle($0, for: terminal) }.joined(separator: ", ")
    }
    lines += wrapText(
      "\(style.apply(.bold, phrases.colon(phrases.strengths(count: score.strengths.count)))) \(names(score.strengths))",
      width: width)
    lines += wrapText(
      "\(style.apply(.bold, phrases.colon(phrases.improvements(count: score.improvements.count)))) \(names(score.improvements))",
      width: width)
    if !score.critical.isEmpty {
      lines.append(style.apply(.boldRed, phrases.colon(phrases.criticalGaps)))
      for id in score.critical {
        let text = question(id).map { localized($0.text, for: terminal) } ?? ""
        lines.append(truncate("  • \(factorOf(id, for: terminal)) — \(text)", to: width))
      }
    }
    if !score.gaps.isEmpty {
      lines.append(
        style.apply(.bold, phrases.colon("\(phrases.priorityGaps) (\(phrases.firstTen))")))
      for (index, gap) in score.gaps.prefix(10).enumerated() {
        let text = question(gap.question).map { localized($0.text, for: terminal) } ?? ""
        let number = pad("\(index + 1).", to: 3, right: true)
        lines.append(truncate("  \(number) \(text)", to: width))
      }
    }
    let unsupported = unsupportedLines(for: terminal)
    if !unsupported.isEmpty {
      lines.append(style.apply(.yellow, phrases.colon(phrases.unsupportedAnswers)))
      for line in unsupported { lines.append(truncate("  • \(line)", to: width)) }
      lines += wrapText("  " + phrases.unsupportedNote, width: width)
    }
    let figures = figureLines(for: terminal)
    if !figures.isEmpty {
      lines.append(style.apply(.bold, phrases.colon(phrases.keyFigures)))
      for line in figures { lines.append(truncate("  • \(line)", to: width)) }
    }
    if score.missing > 0 {
      lines.append("")
      let detail = missingByFactor.map {
        "\(phrases.colon(localized(factor($0.factor)?.title, for: terminal))) \($0.count)"
      }.joined(separator: ", ")
      lines += wrapText(
        style.apply(.yellow, "\(missingNote) (\(detail))"), width: width)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func bar(_ score: Double?, width: Int) -> String {
    guard let score, score.isFinite else { return String(repeating: "·", count: width) }
    let filled = min(width, max(0, Int((score / 100 * Double(width)).rounded())))
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
  }

  /// The colour of a level: the first band red, the last green, yellow and cyan between.
  private func tone(_ level: ScoreLevel?, _ style: TextStyle, _ text: String) -> String {
    guard let tone = questionnaire.scoring.tone(of: level) else { return text }
    return style.apply(.level(tone), text)
  }
}

/// `text` cut to `width` characters, with "…" when cut.
func truncate(_ text: String, to width: Int) -> String {
  text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
}

/// `text` padded with spaces to `width` characters.
func pad(_ text: String, to width: Int, right: Bool = false) -> String {
  let padding = String(repeating: " ", count: max(0, width - text.count))
  return right ? padding + text : text + padding
}
