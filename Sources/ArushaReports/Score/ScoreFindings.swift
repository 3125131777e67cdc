import ArushaCore
import ArushaText

// Issue 24's findings in the score document: the "not applicable" answers in plain sight (a
// count in the header, a section that lists each with its justification, before the
// strengths), and the relative strengths of a response without a strength.

extension ScoreReport {
  /// Whether the header gives the count of "not applicable" answers: when there is one, or
  /// when the questionnaire offers "not applicable" on some question, so that 0 says that no
  /// question was set aside.
  var showsNotApplicableCount: Bool {
    !score.notApplicable.isEmpty || questionnaire.questions.contains(where: \.allowNotApplicable)
  }

  /// The header's line on "not applicable" answers ("3 answers not applicable"), or nil when
  /// the report leaves it out (``showsNotApplicableCount``).
  func notApplicableHeader() -> ReportDocument.Block? {
    guard showsNotApplicableCount else { return nil }
    return .paragraph([.text(phrases.notApplicableAnswers(count: score.notApplicable.count))])
  }

  /// The justification of the "not applicable" answer to `id`, on one line and printable on
  /// `destination`; empty when the file gives none.
  func justification(_ id: String, for destination: PrintableText.Destination) -> String {
    clean(response.answers[id]?.justification, for: destination)
  }

  /// The section that lists each "not applicable" answer: its factor, then the question with
  /// its number, then its justification, as the critical gaps are listed; nothing when there is
  /// none.
  func notApplicableBlocks() -> [ReportDocument.Block] {
    typealias Inline = ReportDocument.Inline
    let document = PrintableText.Destination.document
    guard !score.notApplicable.isEmpty else { return [] }
    let items: [[Inline]] = score.notApplicable.map { id in
      let text = question(id).map { localized($0.text, for: document) } ?? ""
      let reason = justification(id, for: document)
      var item: [Inline] =
        [.strong([.text(factorOf(id, for: document))]), " — "] + numbered(id) + [.text(text)]
      if !reason.isEmpty {
        item += [
          "\u{A0}· ", .symbol(phrases.colon(phrases.justification)), "\u{A0}", .text(reason),
        ]
      }
      return item
    }
    return [
      .heading([.text(phrases.notApplicableSection(count: items.count))], level: 2),
      .list(items, empty: []),
    ]
  }

  /// The relative strengths (``ResponseScore/relativeStrengths``), each with its score and
  /// level, and why they are not strengths; nothing when there is none.
  func relativeStrengthBlocks() -> [ReportDocument.Block] {
    typealias Inline = ReportDocument.Inline
    let document = PrintableText.Destination.document
    let settings = questionnaire.scoring
    let items: [[Inline]] = score.relativeStrengths.compactMap { id in
      guard let factor = score.factors.first(where: { $0.factor == id }) else { return nil }
      let level = levelLabel(factor.level, for: document)
      return [.text(factorTitle(id, for: document)), " — ", .text(phrases.decimal(factor.score))]
        + (level.isEmpty
          ? [] : [" (", .level([.text(level)], tone: settings.tone(of: factor.level)), ")"])
    }
    guard !items.isEmpty else { return [] }
    return [
      .heading([.text(phrases.relativeStrengths(count: items.count))], level: 2),
      .list(items, empty: []),
      .paragraph([
        .text(phrases.relativeStrengthsNote(threshold: phrases.decimal(settings.strength)))
      ]),
    ]
  }
}
