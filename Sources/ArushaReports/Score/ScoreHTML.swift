import ArushaCore

extension ScoreReport {
  /// One self-contained page: a radar chart with the threshold rings, the factor table and the gaps.
  public func html() -> String {
    let settings = questionnaire.scoring
    let chart = RadarChart(
      labels: score.factors.map { factor in
        let entry = self.factor(factor.factor)
        let title = localized(entry?.title)
        return entry?.number.map { "\($0). " + truncate(title, to: 30) } ?? truncate(title, to: 32)
      },
      series: [
        .init(
          name: clean(response.administration), values: score.factors.map(\.score),
          colour: "#0969da")
      ],
      rings: settings.thresholdRings(phrases))
    var body: [String] = []
    body.append("<h1>\(ArushaReports.html(title))</h1>")
    let status = response.status == .complete ? phrases.complete : phrases.inProgress
    body.append(
      "<p class=\"subtitle\">\(ArushaReports.html(subject)) · \(ArushaReports.html(status))</p>")
    let overallLevel = levelLabel(score.overallLevel)
    body.append(
      "<p class=\"overall\">\(ArushaReports.html(phrases.colon(phrases.overall))) \(phrases.decimal(score.overall))\(overallLevel.isEmpty ? "" : " — " + levelSpan(score.overallLevel, overallLevel))</p>"
    )
    body.append("<div class=\"chart\">\(chart.svg())</div>")
    body.append(
      "<table><thead><tr><th>\(ArushaReports.html(phrases.factor))</th><th class=\"num\">\(ArushaReports.html(phrases.score))</th><th>\(ArushaReports.html(phrases.level))</th><th class=\"num\">\(ArushaReports.html(phrases.coverage))</th><th class=\"num\">\(ArushaReports.html(phrases.missingCount))</th><th></th></tr></thead><tbody>"
    )
    for factor in score.factors {
      let mark =
        factor.strength
        ? "<span class=\"strength\">\(ArushaReports.html(phrases.strengths))</span>"
        : factor.improvement
          ? "<span class=\"improvement\">\(ArushaReports.html(phrases.improvements))</span>" : ""
      let coverage = factor.coverage.map { phrases.decimal($0 * 100, digits: 0) + " %" } ?? "—"
      body.append(
        "<tr><td>\(ArushaReports.html(factorTitle(factor.factor)))</td><td class=\"num\">\(phrases.decimal(factor.score))</td><td>\(levelSpan(factor.level, levelLabel(factor.level)))</td><td class=\"num\">\(coverage)</td><td class=\"num\">\(factor.missing)</td><td>\(mark)</td></tr>"
      )
    }
    body.append("</tbody></table>")
    if !score.critical.isEmpty {
      body.append("<h2>\(ArushaReports.html(phrases.criticalGaps))</h2><ul>")
      for id in score.critical {
        let question = self.question(id)
        body.append(
          "<li><strong>\(ArushaReports.html(id))</strong> — \(ArushaReports.html(question.map { localized($0.text) } ?? "")) (\(ArushaReports.html(question.map(answerText) ?? "")))</li>"
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
      for (index, gap) in score.gaps.prefix(10).enumerated() {
        let question = self.question(gap.question)
        body.append(
          "<tr><td class=\"num\">\(index + 1)</td><td><strong>\(ArushaReports.html(gap.question))</strong><br>\(ArushaReports.html(question.map { localized($0.text) } ?? ""))<br><span class=\"note\">\(ArushaReports.html(factorTitle(gap.factor)))</span></td><td>\(ArushaReports.html(question.map(answerText) ?? ""))</td><td class=\"num\">\(phrases.decimal(gap.score, digits: 2))</td><td class=\"num\">\(phrases.decimal(gap.weight, digits: gap.weight == gap.weight.rounded() ? 0 : 1))</td></tr>"
        )
      }
      body.append("</tbody></table>")
    }
    if score.missing > 0 {
      let detail = missingByFactor.map {
        "\(phrases.colon(localized(factor($0.factor)?.title))) \($0.count)"
      }.joined(separator: ", ")
      body.append(
        "<p class=\"note\">\(ArushaReports.html("\(phrases.incomplete(score.missing)) (\(detail))."))</p>"
      )
    }
    body.append("<p class=\"note\">\(ArushaReports.html(phrases.selfAssessmentNote))</p>")
    return htmlPage(
      title: "\(title) — \(subject)", language: language, body: body.joined(separator: "\n"))
  }

  private func levelSpan(_ level: ScoreLevel?, _ label: String) -> String {
    guard let tone = questionnaire.scoring.tone(of: level) else { return ArushaReports.html(label) }
    return "<span class=\"level-\(tone)\">\(ArushaReports.html(label))</span>"
  }
}
