import ArushaCore
import ArushaText

extension ScoreReport {
  /// Why each factor scored what it did (`arusha explain`, scoring.md), for the factors
  /// `factors` names (empty: all), from the figures this report's score holds.
  public func explanation(factors: [String] = []) -> ScoreExplanation {
    ScoreExplanation(questionnaire, answers: response.answers, score: score, factors: factors)
  }

  /// The chosen option's label, or Yes / No for `yesno`, in the report language; nil for
  /// `multi` and without a value (scoring.md).
  func optionLabel(_ item: ScoreExplanation.Item, for destination: PrintableText.Destination)
    -> String?
  {
    guard let question = question(item.question), case .number(let number)? = item.value else {
      return nil
    }
    switch question.kind {
    case .yesno: return number == 1 ? phrases.yes : phrases.no
    case .multi: return nil
    default:
      return question.kind.options.first { $0.value == number }.map {
        localized($0.label, for: destination)
      }
    }
  }

  /// What an item's answer was, as a person reads it: its state when it has no value.
  func explainedAnswer(_ item: ScoreExplanation.Item, for destination: PrintableText.Destination)
    -> String
  {
    if item.state == .hidden { return phrases.hiddenAnswer }
    guard let question = question(item.question) else { return "" }
    return answerText(question, for: destination)
  }

  /// The factor's heading: its title, how it is computed and its score, with the cap.
  func explainedHeading(_ factor: ScoreExplanation.Factor) -> String {
    var heading =
      "\(phrases.score) \(phrases.decimal(factor.score)) · \(phrases.method(factor.method))"
    if factor.capped, let cap = factor.cap {
      heading += " · \(phrases.cappedAt(phrases.decimal(cap)))"
    }
    if let checked = factor.evidenceChecked, let declared = factor.score,
      !Tolerance.equal(checked, declared)
    {
      // As the score before it, without a colon: « Score 100,0 · … · Score étayé 49,0 ».
      heading += " · \(phrases.evidenceChecked) \(phrases.decimal(checked))"
    }
    return heading
  }

  /// The key to the marks: ◆ and †, and ◀ when a factor is scored by its lowest item.
  func key(_ explanation: ScoreExplanation) -> String {
    phrases.explainKey
      + (explanation.factors.contains { $0.method == .minimum }
        ? " · ◀\u{A0}" + phrases.decisive : "")
  }

  /// The item's marks: ◆ critical, † unsupported.
  func marks(_ item: ScoreExplanation.Item) -> String {
    (item.critical ? " ◆" : "") + (item.unsupported ? " †" : "")
  }

  /// `arusha explain --format json`: the shape of scoring.md, unrounded.
  public func explainJSON(factors: [String] = []) -> String {
    let document = PrintableText.Destination.document
    func text(_ value: String?) -> JSONValue {
      .string(value.map { clean($0, for: document) })
    }
    func value(_ value: AnswerValue?) -> JSONValue {
      switch value {
      case .number(let number)?: return .number(number)
      case .selection(let values)?: return .array(values.map { .number($0) })
      case .text(let string)?: return text(string)
      case nil: return .null
      }
    }
    let explained: [JSONValue] = explanation(factors: factors).factors.map { factor in
      .object([
        .init("id", text(factor.id)),
        .init("method", .string(factor.method.rawValue)),
        .init("score", .number(factor.score)),
        .init("uncapped", .number(factor.uncapped)),
        .init("capped", .bool(factor.capped)),
        .init("evidence_checked", .number(factor.evidenceChecked)),
        .init(
          "items",
          .array(
            factor.items.map { item in
              .object([
                .init("question", text(item.question)),
                .init("state", .string(item.state.rawValue)),
                .init("value", value(item.value)),
                .init("label", .string(optionLabel(item, for: document))),
                .init("score", .number(item.score)),
                .init("weight", .number(item.weight)),
                .init("contribution", .number(item.contribution)),
                .init("critical", .bool(item.critical)),
                .init("unsupported", .bool(item.unsupported)),
                .init("evidence_checked", .number(item.evidenceChecked)),
                .init("decisive", .bool(item.decisive)),
                .init("share", .number(item.share)),
              ])
            })),
      ])
    }
    return JSONValue.object(jsonHeader() + [.init("factors", .array(explained))]).serialized()
      + "\n"
  }

  /// The explanation as a document: per factor, a table of its items whose contributions add
  /// up to the score before the cap, then the cap as the last step, and the key to the marks.
  public func explainDocument(factors: [String] = []) -> ReportDocument {
    typealias Inline = ReportDocument.Inline
    let document = PrintableText.Destination.document
    var blocks: [ReportDocument.Block] = [
      .heading([.text(phrases.explainTitle)], level: 1),
      .paragraph(subjectRuns(for: document)),
    ]
    if let notApplicable = notApplicableHeader() { blocks.append(notApplicable) }
    let explained = explanation(factors: factors)
    let columns: [ReportDocument.Column] = [
      .init([.symbol("#")], alignment: .trailing),
      .init([.text(phrases.question)], overflow: .cut),
      .init([.text(phrases.answer)]), .init([.text(phrases.itemScore)], alignment: .trailing),
      .init([.text(phrases.weight)], alignment: .trailing),
      .init([.text(phrases.shareHeader)], alignment: .trailing),
      .init([.text(phrases.contribution)], alignment: .trailing),
    ]
    for factor in explained.factors {
      blocks.append(.heading([.text(factorTitle(factor.id, for: document))], level: 2))
      blocks.append(.paragraph([.text(explainedHeading(factor))]))
      var rows: [[[Inline]]] = factor.items.map { item in
        let text = question(item.question).map { localized($0.text, for: document) } ?? ""
        let number = visibleNumber(item.question).map(String.init) ?? ""
        let last =
          factor.method == .mean
          ? phrases.decimal(item.contribution) : (item.decisive ? "◀" : "")
        let weightDigits = item.weight == item.weight.rounded() ? 0 : 3
        return [
          [.text(number)], [.text(text), .symbol(marks(item))],
          [.text(explainedAnswer(item, for: document))],
          [.text(phrases.decimal(item.score, digits: 2))],
          [.text(phrases.decimal(item.weight, digits: weightDigits))],
          [.text(item.share.map(phrases.share) ?? "")], [.text(last)],
        ]
      }
      if factor.method == .mean {
        rows.append([
          [], [.strong([.text(phrases.contributionsTotal)])], [], [], [], [],
          [.strong([.text(phrases.decimal(factor.uncapped))])],
        ])
      }
      if factor.capped, let cap = factor.cap {
        // A cell of its own: « Plafonné à 50,0 par une lacune critique ».
        rows.append([
          [], [.alert([.text(phrases.standalone(phrases.cappedAt(phrases.decimal(cap))))])], [],
          [], [], [], [.alert([.text(phrases.decimal(factor.score))])],
        ])
      }
      blocks.append(.table(ReportDocument.Table(columns: columns, rows: rows)))
      if factor.method == .mean, !contributionsAddUp(factor) {
        blocks.append(.paragraph([.emphasis([.text(phrases.roundedContributionsNote)])]))
      }
    }
    blocks.append(.paragraph([.emphasis([.text(key(explained))])]))
    blocks.append(.paragraph([.emphasis([.text(phrases.shareNote)])]))
    return ReportDocument(blocks)
  }

  /// Whether the contributions as shown, each rounded to one decimal, add up to the sum as
  /// shown (the unrounded sum rounded): when they do not, the report says why under the table.
  ///
  /// Each contribution stays its own correctly rounded figure (as JSON's, rounded, would be)
  /// rather than being nudged to make the column add up.
  func contributionsAddUp(_ factor: ScoreExplanation.Factor) -> Bool {
    // Tenths, rounded as ``fixed(_:digits:)`` rounds (half away from zero, 1e-9 snapped).
    func tenths(_ value: Double) -> Int64 {
      let reported = Tolerance.reported(value)
      return reported.isFinite && abs(reported) < 1e15 ? Int64((reported * 10).rounded()) : 0
    }
    guard let uncapped = factor.uncapped else { return true }
    let shown = factor.items.compactMap(\.contribution).map(tenths).reduce(0, +)
    return shown == tenths(uncapped)
  }

  /// `arusha explain --format markdown` (``explainDocument(factors:)`` as Markdown).
  public func explainMarkdown(factors: [String] = []) -> String {
    explainDocument(factors: factors).markdown()
  }

  /// `arusha explain` on a terminal: ``explainDocument(factors:)`` by the terminal writer.
  ///
  /// Per factor its heading, then one row per item (number, question, answer, item score,
  /// weight, contribution), the sum and the cap. A question too long for its column is cut
  /// before its marks (◆ critical, † unsupported), which stay, as the figures do.
  ///
  /// - Parameters:
  ///   - factors: The factor ids to explain (empty: all).
  ///   - style: Colour or not.
  ///   - width: The terminal's width in columns.
  /// - Returns: The report's lines, each ending with a newline.
  public func explainTable(factors: [String] = [], style: TextStyle, width: Int = 80) -> String {
    explainDocument(factors: factors).terminal(style: style, width: width)
  }

  /// The question's number among the questionnaire's questions (1-based, file order), as the
  /// session and the other reports number them (``Questionnaire/number(of:)``).
  func visibleNumber(_ id: String) -> Int? {
    questionnaire.number(of: id)
  }
}
