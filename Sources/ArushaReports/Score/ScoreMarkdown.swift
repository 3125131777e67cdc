import ArushaCore
import ArushaText

extension ScoreReport {
  /// The score report as a document: title and subject (with the count of "not applicable"
  /// answers), the overall score, the factors (as bars for a terminal, as a table elsewhere),
  /// the "not applicable" answers with their justifications, strengths (or, without one, the
  /// relative strengths) and areas for improvement, critical gaps, the first ten priority
  /// gaps, unsupported answers, key figures (a "don't know" shown as not available) and what
  /// is missing.
  ///
  /// Every question listed carries its number among all the questions of the file
  /// (``visibleNumber(_:)``), as in the session, right before its text; in tables the `#`
  /// column is that number. A factor named beside a question comes before the number, as
  /// the action plan's columns do, so the two numbers never stand side by side.
  public func scoreDocument() -> ReportDocument {
    typealias Inline = ReportDocument.Inline
    let document = PrintableText.Destination.document
    // An empty list's one item, a label of its own: « Aucun ».
    let none: [Inline] = [.text(phrases.standalone(phrases.none))]
    let settings = questionnaire.scoring
    var blocks: [ReportDocument.Block] = [.heading([.text(title(for: document))], level: 1)]
    let status = response.status == .complete ? phrases.complete : phrases.inProgress
    blocks.append(.paragraph(subjectRuns(for: document) + [" · ", .text(status)]))
    blocks.append(.paragraph(headerDetails(for: document)))
    if let notApplicable = notApplicableHeader() { blocks.append(notApplicable) }
    if let coverage = coverageSummary { blocks.append(.quote([.text(coverage)])) }
    if let evidence = evidenceSummary {
      blocks.append(
        score.isIndicativeForEvidence ? .quote([.text(evidence)]) : .paragraph([.text(evidence)]))
    }
    let overallLevel = levelLabel(score.overallLevel, for: document)
    var headline: [Inline] =
      [.strong([.text(phrases.colon(overallLabel)), " ", .text(phrases.decimal(score.overall))])]
      + (overallLevel.isEmpty
        ? [] : [" — ", .level([.text(overallLevel)], tone: settings.tone(of: score.overallLevel))])
    if showsEvidenceChecked {
      // Declared first, the evidence-checked score beside it (issue 24).
      let checkedLevel = levelLabel(score.evidenceCheckedLevel, for: document)
      headline += [
        " · ", .text(phrases.colon(phrases.evidenceChecked)), " ",
        .text(phrases.decimal(score.evidenceChecked)),
      ]
      if !checkedLevel.isEmpty {
        headline += [
          " — ", .level([.text(checkedLevel)], tone: settings.tone(of: score.evidenceCheckedLevel)),
        ]
      }
    }
    blocks.append(.headline(headline))
    var bracketed = false
    blocks.append(
      .scoreBars(
        score.factors.map { factor in
          let tone = settings.tone(of: factor.level)
          let level =
            factor.score == nil
            ? phrases.standalone(phrases.noScore) : levelLabel(factor.level, for: document)
          var value: [Inline] = [.text(phrases.decimal(factor.score))]
          if showsEvidenceChecked, let checked = factor.evidenceChecked,
            let declared = factor.score,
            !Tolerance.equal(checked, declared)
          {
            value += [" (", .text(phrases.decimal(checked)), ")"]
            bracketed = true
          }
          return ReportDocument.ScoreBar(
            label: [.text(factorTitle(factor.factor, for: document))], score: factor.score,
            value: value, level: [.level([.text(level)], tone: tone)], tone: tone)
        }))
    if bracketed { blocks.append(.narrow(.note([.text(phrases.evidenceCheckedInBrackets)]))) }
    blocks.append(.chart(ReportDocument.Chart { [.figure(self.chartFigure())] }))
    blocks.append(.detail(.table(factorTable)))
    if showsEvidenceChecked {
      blocks.append(.detail(.note([.text(phrases.evidenceCheckedNote)])))
    }
    let capped = cappedLines(for: document)
    if !capped.isEmpty {
      blocks.append(
        .paragraph([
          .strong([.text(phrases.colon(phrases.cappedFactors))]), " ",
          .text(capped.joined(separator: phrases.listSeparator)),
        ]))
    }
    let factorList = { (ids: [String]) -> [[Inline]] in
      ids.map { [.text(self.factorTitle($0, for: document))] }
    }
    blocks += notApplicableBlocks()
    blocks.append(.heading([.text(phrases.strengths(count: score.strengths.count))], level: 2))
    blocks.append(.list(factorList(score.strengths), empty: none))
    blocks += relativeStrengthBlocks()
    blocks.append(
      .heading([.text(phrases.improvements(count: score.improvements.count))], level: 2))
    blocks.append(.list(factorList(score.improvements), empty: none))
    if !score.critical.isEmpty {
      blocks.append(.heading([.alert([.text(phrases.criticalGaps)])], level: 2))
      // The factor first, then the question with its number: « 4. Automatisation — Q26 … »;
      // a question's number never stands right before a factor's ("Q26 4. Automatisation").
      let items: [[Inline]] = score.critical.map { id in
        let text = question(id).map { localized($0.text, for: document) } ?? ""
        let answer = question(id).map { answerText($0, for: document) } ?? ""
        return [.strong([.text(factorOf(id, for: document))]), " — "] + numbered(id) + [
          .text(text), " (", .text(answer), ")",
        ]
      }
      blocks.append(.list(items, empty: none))
    }
    if !score.gaps.isEmpty {
      blocks.append(
        .heading([.text(phrases.priorityGaps), " (", .text(phrases.firstTen), ")"], level: 2))
      let columns: [ReportDocument.Column] = [
        .init([.symbol("#")], alignment: .trailing),
        .init([.text(phrases.question)], overflow: .cut),
        .init([.text(phrases.factor)], overflow: .cut), .init([.text(phrases.answer)]),
        .init([.text(phrases.itemScore)], alignment: .trailing),
        .init([.text(phrases.weight)], alignment: .trailing),
      ]
      let gaps = score.gaps.prefix(10).map { gap in
        let question = self.question(gap.question)
        let weightDigits = gap.weight == gap.weight.rounded() ? 0 : 1
        return (
          number: visibleNumber(gap.question).map(String.init) ?? "",
          question: question.map { localized($0.text, for: document) } ?? "",
          factor: factorTitle(gap.factor, for: document),
          answer: question.map { answerText($0, for: document) } ?? "",
          score: phrases.decimal(gap.score, digits: 2),
          weight: phrases.decimal(gap.weight, digits: weightDigits)
        )
      }
      let rows: [[[Inline]]] = gaps.map { gap in
        [
          [.text(gap.number)], [.text(gap.question)], [.text(gap.factor)], [.text(gap.answer)],
          [.text(gap.score)], [.text(gap.weight)],
        ]
      }
      blocks.append(.detail(.table(ReportDocument.Table(columns: columns, rows: rows))))
      // On a terminal a six-column table left a question 18 columns at 80: a list as the
      // critical gaps', the whole question wrapped, its figures after it.
      blocks.append(
        .narrow(
          .list(
            // Each label kept whole on its line: « Score de la question : 0,50 ».
            zip(gaps, score.gaps.prefix(10)).map { gap, item in
              [.strong([.text(gap.factor)]), " — "] + numbered(item.question) + [
                .text(gap.question), " (", .text(gap.answer), ")\u{A0}· ",
                .symbol(unbroken(phrases.colon(phrases.itemScore))), "\u{A0}",
                .strong([.text(gap.score)]),
                "\u{A0}· ", .symbol(unbroken(phrases.colon(phrases.weight))), "\u{A0}",
                .text(gap.weight),
              ]
            }, empty: none)))
    }
    if !score.unsupported.isEmpty {
      blocks.append(
        .heading([.text(phrases.unsupportedAnswers(count: score.unsupported.count))], level: 2))
      let items: [[Inline]] = score.unsupported.compactMap { id in
        guard let question = question(id) else { return nil }
        return numbered(id) + [
          .text(localized(question.text, for: document)), " (",
          .text(answerText(question, for: document)), ")",
        ]
      }
      blocks.append(.list(items, empty: none))
      blocks.append(.paragraph([.text(phrases.unsupportedNote(count: score.unsupported.count))]))
    }
    if !score.figures.isEmpty {
      blocks.append(.heading([.text(phrases.keyFigures)], level: 2))
      blocks.append(
        .list(
          score.figures.map { figure in
            numbered(figure.question) + [
              .text(question(figure.question).map { localized($0.text, for: document) } ?? ""),
              " ", figureRun(figure, for: document),
            ] + normalizedRuns(figure)
          }, empty: none))
    }
    if score.missing > 0 {
      let detail = missingByFactor.map {
        "\(phrases.colon(localized(factor($0.factor)?.title, for: document))) \($0.count)"
      }.joined(separator: phrases.listSeparator)
      blocks.append(.quote([.text("\(missingNote) (\(detail)).")]))
    }
    blocks += followUpBlocks()
    blocks.append(.paragraph([.emphasis([.text(phrases.selfAssessmentNote)])]))
    return ReportDocument(blocks)
  }

  /// "Q12 " before a listed question: its number among all the questions of the file.
  func numbered(_ id: String) -> [ReportDocument.Inline] {
    visibleNumber(id).map { [.text(phrases.questionNumber($0)), " "] } ?? []
  }

  /// `label` with no-break spaces for its spaces, so that a line never breaks inside it.
  private func unbroken(_ label: String) -> String {
    label.replacingOccurrences(of: " ", with: "\u{A0}")
  }

  /// A report a team can paste into its workshop minutes (``scoreDocument()`` as Markdown).
  public func markdown() -> String {
    scoreDocument().markdown()
  }
}

/// Text safe inside Markdown paragraphs and table cells: on one line without control characters
/// (``PrintableText`` for a document), and the characters that make tables, links, emphasis,
/// strikethrough (`~`), entities (`&`) or HTML escaped.
func md(_ text: String) -> String {
  let clean = PrintableText.sanitize(text, for: .document, keepLineBreaks: false)
  // Most text has nothing to escape: it is returned as it is (issue 29). Only the ASCII
  // bytes of the characters below can start one.
  guard containsByte(clean, where: isMarkdownSpecial) else { return clean }
  var out = ""
  out.reserveCapacity(clean.utf8.count + 16)
  for character in clean {
    switch character {
    case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#", "~", "&": out += "\\\(character)"
    default: out.append(character)
    }
  }
  return out
}

/// Whether `byte` is the ASCII of a character that ``md(_:)`` escapes.
private func isMarkdownSpecial(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"),
    UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
    UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "&"):
    true
  default: false
  }
}
