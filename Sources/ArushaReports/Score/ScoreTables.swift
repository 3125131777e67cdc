import ArushaCore
import ArushaText

extension ScoreReport {
  /// A figure's run (``ReportDocument/Inline/figure(_:value:format:phrases:)``).
  func figure(_ value: Double?, _ format: Workbook.NumberFormat) -> ReportDocument.Inline {
    .figure(value, format, phrases)
  }

  /// A count's run.
  func count(_ value: Int) -> ReportDocument.Inline { .count(value) }

  /// Yes or no in the report language.
  func yesNo(_ value: Bool) -> [ReportDocument.Inline] {
    [.symbol(value ? phrases.yes : phrases.no)]
  }

  /// One row per factor, then the overall row: the factor table of the pages (with a finding:
  /// strength or area for improvement) and the Factors sheet of the workbook, which instead
  /// has yes/no columns for the finding, and also the factor's number, the absent and
  /// unsupported answers, whether the factor is capped and its score uncapped, whether it is
  /// a relative strength (issue 24), and its identifier (scoring.md gives every figure).
  var factorTable: ReportDocument.Table {
    typealias Inline = ReportDocument.Inline
    let document = PrintableText.Destination.document
    let settings = questionnaire.scoring
    func column(
      _ header: String, _ alignment: ReportDocument.Alignment = .trailing,
      _ presence: ReportDocument.Presence = .everywhere, width: Double? = nil
    ) -> ReportDocument.Column {
      .init([.text(header)], alignment: alignment, presence: presence, width: width)
    }
    let columns = [
      column(phrases.numberHeader, .trailing, .spreadsheet, width: 6),
      column(phrases.factor, .leading), column(phrases.score), column(phrases.level, .leading),
      // On a page only where it can differ from the score; always in the sheet, for tools.
      column(phrases.evidenceChecked, .trailing, showsEvidenceChecked ? .everywhere : .spreadsheet),
      column(phrases.coverage), column(phrases.answered), column(phrases.unknownCount),
      column(phrases.notApplicableCount), column(phrases.missingCount),
      column(phrases.findingHeader, .leading, .page),
      column(phrases.absentCount, .trailing, .spreadsheet),
      column(phrases.unsupportedCount, .trailing, .spreadsheet),
      column(phrases.cappedHeader, .leading, .spreadsheet),
      column(phrases.uncappedScore, .trailing, .spreadsheet),
      column(phrases.strengthHeader, .leading, .spreadsheet),
      column(phrases.improvementHeader, .leading, .spreadsheet),
      column(phrases.relativeStrengths(count: 1), .leading, .spreadsheet),
      column(phrases.factorIdentifier, .leading, .spreadsheet),
    ]
    var rows: [[[Inline]]] = score.factors.map { factor in
      let name: [Inline] = [.text(factorTitle(factor.factor, for: document))]
      // A word, not a mark: ▲ says "above the peers" in a comparison.
      var finding: [Inline] = []
      if factor.strength { finding = [.trend([.text(phrases.strengthHeader)], rising: true)] }
      if factor.improvement {
        finding = [.trend([.text(phrases.improvementHeader)], rising: false)]
      }
      return [
        self.factor(factor.factor)?.number.map { [count($0)] } ?? [], name,
        [figure(factor.score, .score)],
        [
          .level(
            [.text(levelLabel(factor.level, for: document))], tone: settings.tone(of: factor.level))
        ],
        [figure(factor.evidenceChecked, .score)], [figure(factor.coverage, .percent)],
        [count(factor.answered)], [count(factor.unknown)],
        [count(factor.notApplicable)], [count(factor.missing)], finding, [count(factor.absent)],
        [count(factor.unsupported)], yesNo(factor.capped), [figure(factor.uncapped, .score)],
        yesNo(factor.strength), yesNo(factor.improvement),
        yesNo(score.relativeStrengths.contains(factor.factor)), [.text(factor.factor)],
      ]
    }
    var overall: [[Inline]] = [
      [], [.strong([.text(isIndicative ? phrases.overallIndicativeRow : phrases.overallRow)])],
      [.strong([figure(score.overall, .score)])],
      [
        .level(
          [.text(levelLabel(score.overallLevel, for: document))],
          tone: settings.tone(of: score.overallLevel))
      ],
      [.strong([figure(score.evidenceChecked, .score)])],
    ]
    overall += Array(repeating: [], count: columns.count - overall.count)
    rows.append(overall)
    return ReportDocument.Table(columns: columns, rows: rows)
  }

  /// One row per question, for the Questions sheet of the workbook: its number among all the
  /// questions, its factor, its text in the report's language, the answer as a person reads
  /// it and as a number with its unit, the item score and weight, whether it is critical or
  /// unsupported, the notes, and its identifier.
  var itemsTable: ReportDocument.Table {
    let document = PrintableText.Destination.document
    let answers = response.answers
    func column(
      _ header: String, width: Double? = nil, _ alignment: ReportDocument.Alignment = .leading
    )
      -> ReportDocument.Column
    {
      .init([.text(header)], alignment: alignment, width: width)
    }
    // A questionnaire with `per` figures has their normalised value after the unit (issue 24).
    let normalized = hasNormalizedFigures
    return ReportDocument.Table(
      columns: [
        column(phrases.questionNumberHeader, width: 10, .trailing),
        column(phrases.factor, width: 30), column(phrases.question, width: 60),
        column(phrases.answer, width: 30), column(phrases.valueHeader, .trailing),
        column(phrases.unitHeader),
      ] + (normalized ? normalizedColumns : []) + [
        column(phrases.itemScoreFraction, width: 12, .trailing),
        column(phrases.evidenceCheckedItemScore, width: 12, .trailing),
        column(phrases.weight, .trailing), column(phrases.criticalHeader),
        column(phrases.unsupportedCount), column(phrases.comment, width: 40),
        column(phrases.evidence, width: 40), column(phrases.justification, width: 40),
        column(phrases.questionIdentifier),
      ],
      rows: score.items.map { item in
        let question = self.question(item.question)
        let answer = answers[item.question]
        var value: [ReportDocument.Inline] = []
        if case .number(let number)? = answer?.value { value = [figure(number, .general)] }
        return [
          visibleNumber(item.question).map { [count($0)] } ?? [],
          [.text(factorTitle(item.factor, for: document))],
          [.text(question.map { localized($0.text, for: document) } ?? "")],
          [.text(question.map { answerText($0, for: document) } ?? "")], value,
          [.text(question?.unit.map { localized($0, for: document) } ?? "")],
        ] + (normalized ? normalizedCells(item.question) : []) + [
          [figure(item.score, .fraction)], [figure(item.evidenceChecked, .fraction)],
          [figure(item.weight, .general)], yesNo(item.critical),
          yesNo(item.unsupported), [.text(answer?.comment ?? "")], [.text(answer?.evidence ?? "")],
          [.text(answer?.justification ?? "")], [.text(item.question)],
        ]
      })
  }
}
