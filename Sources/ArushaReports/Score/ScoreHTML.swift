import ArushaCore
import ArushaText

extension ScoreReport {
  /// One self-contained page: a radar chart with the threshold rings (bars below three factors),
  /// the factor table and the gaps.
  ///
  /// An indicative score (scoring.md) follows a sentence on how much is answered, and is
  /// labelled "Indicative overall score".
  ///
  /// Text from the questionnaire or the response is escaped and, in element content, isolated
  /// in `<bdi>`; in attribute values, the page title and the chart it is escaped only (cli.md).
  public func html() -> String {
    let document = PrintableText.Destination.document
    var body: [String] = []
    body.append("<h1>\(bdi(title(for: document)))</h1>")
    let status = response.status == .complete ? phrases.complete : phrases.inProgress
    // The phrase around the two names is arusha's own, with nothing to escape.
    let subject = phrases.roundOf(bdi(response.administration), bdi(response.round))
    body.append("<p class=\"subtitle\">\(subject) · \(ArushaReports.html(status))</p>")
    body.append("<p class=\"subtitle\">\(bdi(headerDetails(for: document)))</p>")
    let overallLevel = levelLabel(score.overallLevel, for: document)
    // An incomplete response says how much is answered before any score (scoring.md).
    if let coverage = coverageSummary {
      body.append("<p class=\"coverage\">\(ArushaReports.html(coverage))</p>")
    }
    let levelText = overallLevel.isEmpty ? "" : " — " + levelSpan(score.overallLevel, overallLevel)
    body.append(
      "<p class=\"overall\">\(ArushaReports.html(phrases.colon(overallLabel))) \(phrases.decimal(score.overall))\(levelText)</p>"
    )
    body.append(chartFigure().html())
    body.append(
      "<table><thead><tr><th>\(ArushaReports.html(phrases.factor))</th><th class=\"num\">\(ArushaReports.html(phrases.score))</th><th>\(ArushaReports.html(phrases.level))</th><th class=\"num\">\(ArushaReports.html(phrases.coverage))</th><th class=\"num\">\(ArushaReports.html(phrases.missingCount))</th><th></th></tr></thead><tbody>"
    )
    for factor in score.factors {
      let mark =
        factor.strength
        ? "<span class=\"strength\">\(ArushaReports.html(phrases.strengths(count: 1)))</span>"
        : factor.improvement
          ? "<span class=\"improvement\">\(ArushaReports.html(phrases.improvements(count: 1)))</span>"
          : ""
      let coverage = factor.coverage.map { phrases.decimal($0 * 100, digits: 0) + " %" } ?? "—"
      body.append(
        "<tr><td>\(bdi(factorTitle(factor.factor, for: document)))</td><td class=\"num\">\(phrases.decimal(factor.score))</td><td>\(levelSpan(factor.level, levelLabel(factor.level, for: document)))</td><td class=\"num\">\(coverage)</td><td class=\"num\">\(factor.missing)</td><td>\(mark)</td></tr>"
      )
    }
    body.append("</tbody></table>")
    let capped = score.factors.filter(\.capped)
    if !capped.isEmpty {
      let items = capped.map { factor in
        "\(bdi(factorTitle(factor.factor, for: document)))\(ArushaReports.html(phrases.colon(""))) \(phrases.decimal(factor.score)) (\(phrases.decimal(factor.uncapped)) \(ArushaReports.html(phrases.uncapped)))"
      }
      body.append(
        "<p><strong>\(ArushaReports.html(phrases.colon(phrases.cappedFactors)))</strong> \(items.joined(separator: phrases.listSeparator))</p>"
      )
    }
    if !score.critical.isEmpty {
      body.append("<h2>\(ArushaReports.html(phrases.criticalGaps))</h2><ul>")
      for id in score.critical {
        let question = self.question(id)
        let text = question.map { localized($0.text, for: document) } ?? ""
        let answer = question.map { answerText($0, for: document) } ?? ""
        body.append(
          "<li>\(numberPrefix(id))<strong>\(bdi(factorOf(id, for: document)))</strong> — \(bdi(text)) (\(bdi(answer)))</li>"
        )
      }
      body.append("</ul>")
    }
    if !score.gaps.isEmpty {
      body.append(
        "<h2>\(ArushaReports.html(phrases.priorityGaps)) (\(ArushaReports.html(phrases.firstTen)))</h2>"
      )
      body.append(
        "<table><thead><tr><th class=\"num\">#</th><th>\(ArushaReports.html(phrases.question))</th><th>\(ArushaReports.html(phrases.answer))</th><th class=\"num\">\(ArushaReports.html(phrases.itemScore))</th><th class=\"num\">\(ArushaReports.html(phrases.weight))</th></tr></thead><tbody>"
      )
      for gap in score.gaps.prefix(10) {
        let question = self.question(gap.question)
        let text = question.map { localized($0.text, for: document) } ?? ""
        let answer = question.map { answerText($0, for: document) } ?? ""
        body.append(
          "<tr><td class=\"num\">\(visibleNumber(gap.question).map(String.init) ?? "")</td><td>\(bdi(text))<br><span class=\"note\">\(bdi(factorTitle(gap.factor, for: document)))</span></td><td>\(bdi(answer))</td><td class=\"num\">\(phrases.decimal(gap.score, digits: 2))</td><td class=\"num\">\(phrases.decimal(gap.weight, digits: gap.weight == gap.weight.rounded() ? 0 : 1))</td></tr>"
        )
      }
      body.append("</tbody></table>")
    }
    if !score.unsupported.isEmpty {
      body.append("<h2>\(ArushaReports.html(phrases.unsupportedAnswers))</h2><ul>")
      for id in score.unsupported {
        guard let question = self.question(id) else { continue }
        body.append(
          "<li>\(numberPrefix(id))\(bdi(localized(question.text, for: document))) (\(bdi(answerText(question, for: document))))</li>"
        )
      }
      body.append("</ul><p class=\"note\">\(ArushaReports.html(phrases.unsupportedNote))</p>")
    }
    if !score.figures.isEmpty {
      body.append("<h2>\(ArushaReports.html(phrases.keyFigures))</h2><ul>")
      for figure in score.figures {
        let text = question(figure.question).map { localized($0.text, for: document) } ?? ""
        body.append(
          "<li>\(numberPrefix(figure.question))\(bdi(text)) <strong>\(bdi(figureValue(figure, for: document)))</strong></li>"
        )
      }
      body.append("</ul>")
    }
    if score.missing > 0 {
      // "Alpha: 2", the title isolated and arusha's colon (" :" in French) after it.
      let parts = missingByFactor.map {
        "\(bdi(localized(factor($0.factor)?.title, for: document)))\(ArushaReports.html(phrases.colon(""))) \($0.count)"
      }.joined(separator: ", ")
      body.append(
        "<p class=\"note\">\(ArushaReports.html(missingNote)) (\(parts)).</p>"
      )
    }
    body.append("<p class=\"note\">\(ArushaReports.html(phrases.selfAssessmentNote))</p>")
    return htmlPage(
      title: "\(title(for: document)) — \(self.subject(for: document))", language: language,
      body: body.joined(separator: "\n"))
  }

  /// "Q12 " before a listed question (its number among all the questions of the file).
  private func numberPrefix(_ id: String) -> String {
    visibleNumber(id).map { ArushaReports.html(phrases.questionNumber($0)) + " " } ?? ""
  }

  private func levelSpan(_ level: ScoreLevel?, _ label: String) -> String {
    guard let tone = questionnaire.scoring.tone(of: level) else { return bdi(label) }
    return "<span class=\"level-\(tone)\">\(bdi(label))</span>"
  }
}
