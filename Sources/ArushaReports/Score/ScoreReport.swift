import ArushaCore
import ArushaText

/// One scored response, ready to render: the figures and the localized texts around them.
///
/// Every text from the questionnaire or the response goes through ``PrintableText`` for where
/// the format is read: a terminal for ``table(style:width:)``, a document for the others, where
/// HTML also isolates it in `<bdi>` (cli.md).
public struct ScoreReport: Sendable {
  /// The questionnaire answered.
  public let questionnaire: Questionnaire
  /// The response, its administration, round, role and respondent as printed
  /// (``PrintableText/name(_:)``: a tab shows as ␉, never as a space).
  public let response: Response
  /// Its scores.
  public let score: ResponseScore
  /// The report language.
  public let language: String
  /// The tool's words in that language.
  public let phrases: Phrases
  /// The follow-up of a plan (`--plan`, issue 27): every format adds its section
  /// (``following(_:)``); nil without one.
  public internal(set) var followUp: PlanFollowUp?

  /// Scores `response` and prepares the report in `language` (default: the response's, else
  /// the questionnaire's first).
  public init(questionnaire: Questionnaire, response: Response, language: String? = nil) {
    self.questionnaire = questionnaire
    var shown = response
    shown.administration = PrintableText.name(response.administration)
    shown.round = PrintableText.name(response.round)
    shown.role = response.role.map(PrintableText.name)
    shown.respondent = response.respondent.map(PrintableText.name)
    self.response = shown
    self.score = ResponseScorer.score(questionnaire, answers: response.answers)
    self.language = language ?? response.language ?? questionnaire.defaultLanguage
    self.phrases = Phrases(self.language)
  }

  /// `text` in the report language, on one line and printable on `destination`
  /// (``PrintableText``).
  func localized(_ text: LocalizedText?, for destination: PrintableText.Destination) -> String {
    guard let text else { return "" }
    return PrintableText.sanitize(
      questionnaire.localized(text, in: language), for: destination, keepLineBreaks: false)
  }

  /// A string from a file (an id, the administration, a comment…), on one line and printable
  /// on `destination` (``PrintableText``).
  func clean(_ text: String?, for destination: PrintableText.Destination) -> String {
    PrintableText.sanitize(text ?? "", for: destination, keepLineBreaks: false)
  }

  /// The questionnaire's title.
  func title(for destination: PrintableText.Destination) -> String {
    localized(questionnaire.title, for: destination)
  }

  /// "Niger Customs, round 2024".
  func subject(for destination: PrintableText.Destination) -> String {
    phrases.roundOf(
      clean(response.administration, for: destination), clean(response.round, for: destination))
  }

  /// The report's header line after the subject, as runs (each value from the file its own
  /// text run): the questionnaire's version, when the response was completed (else last
  /// saved), the respondent and the role when given: "Version 2027.1 · completed 2 July 2024 ·
  /// respondent: Awa Diallo · role: Audit".
  func headerDetails(for destination: PrintableText.Destination) -> [ReportDocument.Inline] {
    // A timestamp's day, in the report language (2024-07-02T10:12:31Z → « 2 juillet 2024 »).
    func day(_ timestamp: String) -> String {
      phrases.date(clean(timestamp, for: destination))
    }
    var parts: [[ReportDocument.Inline]] = [
      ReportDocument.Inline.phrase([clean(questionnaire.version, for: destination)]) {
        phrases.questionnaireVersion($0[0])
      }
    ]
    if response.status == .complete, let completed = response.completed, !completed.isEmpty {
      parts.append(ReportDocument.Inline.phrase([day(completed)]) { phrases.completedOn($0[0]) })
    } else if let updated = response.updated, !updated.isEmpty {
      parts.append(ReportDocument.Inline.phrase([day(updated)]) { phrases.savedOn($0[0]) })
    }
    if let respondent = response.respondent, !respondent.isEmpty {
      parts.append(
        ReportDocument.Inline.phrase([clean(respondent, for: destination)]) {
          phrases.respondentIs($0[0])
        })
    }
    if let role = response.role, !role.isEmpty {
      parts.append(
        ReportDocument.Inline.phrase([clean(role, for: destination)]) { phrases.roleIs($0[0]) })
    }
    return Array(parts.joined(separator: [ReportDocument.Inline.symbol(" · ")]))
  }

  /// ``subject(for:)`` as runs, each name its own text run (``ReportDocument/Inline/phrase(_:_:)``).
  func subjectRuns(for destination: PrintableText.Destination) -> [ReportDocument.Inline] {
    ReportDocument.Inline.phrase([
      clean(response.administration, for: destination), clean(response.round, for: destination),
    ]) {
      phrases.roundOf($0[0], $0[1])
    }
  }

  /// The factor with `id`.
  func factor(_ id: String) -> Factor? {
    questionnaire.factors.first { $0.id == id }
  }

  /// The question with `id`.
  func question(_ id: String) -> Question? {
    questionnaire.questions.first { $0.id == id }
  }

  /// The factor's title after its number, when it has one; its id when there is no such factor.
  func factorTitle(_ id: String, for destination: PrintableText.Destination) -> String {
    guard let factor = factor(id) else { return clean(id, for: destination) }
    let title = localized(factor.title, for: destination)
    return factor.number.map { "\($0). \(title)" } ?? title
  }

  /// The label of a level, or empty.
  func levelLabel(_ level: ScoreLevel?, for destination: PrintableText.Destination) -> String {
    level.map { localized($0.label, for: destination) } ?? ""
  }

  /// The current answer, as a person reads it.
  func answerText(_ question: Question, for destination: PrintableText.Destination) -> String {
    if score.items.first(where: { $0.question == question.id })?.state == .absent {
      return phrases.absentAnswer
    }
    guard let answer = response.answers[question.id] else { return phrases.noAnswer }
    switch answer.state {
    case .notApplicable?: return phrases.notApplicableAnswer
    case .unknown?:
      // A key figure that cannot be counted is "not available" (issue 24), in every format.
      if case .number = question.kind { return phrases.standalone(phrases.notAvailable) }
      return phrases.unknownAnswer
    case nil: break
    }
    switch (question.kind, answer.value) {
    case (.yesno, .number(let number)?): return number == 1 ? phrases.yes : phrases.no
    case (_, .number(let number)?):
      if let option = question.kind.options.first(where: { $0.value == number }) {
        return localized(option.label, for: destination)
      }
      return fixed(number, digits: number == number.rounded() ? 0 : 2)
    case (_, .selection(let selected)?):
      let labels = question.kind.options.filter { selected.contains($0.value) }.map {
        localized($0.label, for: destination)
      }
      return labels.isEmpty ? phrases.noneSelected : labels.joined(separator: phrases.listSeparator)
    case (_, .text(let text)?): return clean(text, for: destination)
    case (_, nil): return phrases.noAnswer
    }
  }

  /// Visible scored questions without an answer, per factor (ids), for the incomplete note.
  var missingByFactor: [(factor: String, count: Int)] {
    score.factors.filter { $0.missing > 0 }.map { ($0.factor, $0.missing) }
  }

  /// What the note on missing answers says: an incomplete response, or, once complete, the
  /// follow-ups that have no score because what they follow was left unanswered.
  var missingNote: String {
    response.status == .complete
      ? phrases.unscoredFollowUps(score.missing) : phrases.incomplete(score.missing)
  }

  /// Whether the overall score is indicative (scoring.md): every report says so next to it.
  var isIndicative: Bool { score.isIndicative(status: response.status) }

  /// Whether reports show the evidence-checked score beside the declared one (issue 24):
  /// when some answer claims a practice that expects evidence; without such a claim the two
  /// are the same by definition.
  var showsEvidenceChecked: Bool { score.expectingEvidence > 0 }

  /// The header's sentence on evidence: "3 of 12 answers that expect evidence have none",
  /// with "more than 10%: the overall score is indicative" when that makes it so; nil when no
  /// answer expects evidence.
  var evidenceSummary: String? {
    guard showsEvidenceChecked else { return nil }
    var sentence = phrases.unsupportedOf(score.unsupported.count, of: score.expectingEvidence)
    if score.isIndicativeForEvidence, let threshold = score.unsupportedIndicative {
      sentence += ", " + phrases.indicativeForEvidence(threshold: threshold)
    }
    return sentence + "."
  }

  /// How much an indicative response covers, said before its overall score ("13 of 14
  /// questions answered, 3 of 4 factors with a score: …"); nil when the response is complete
  /// and every factor has a score (unsupported answers say their own sentence,
  /// ``evidenceSummary``).
  var coverageSummary: String? {
    guard response.status != .complete || score.factors.contains(where: { $0.score == nil })
    else { return nil }
    let answered = score.factors.reduce(0) { $0 + $1.answered + $1.unknown + $1.notApplicable }
    return phrases.coverageSummary(
      answered: answered, of: answered + score.missing,
      scored: score.factors.filter { $0.score != nil }.count, of: score.factors.count,
      inProgress: response.status != .complete)
  }

  /// The label of the overall score: "Overall", or "Indicative overall score" (scoring.md).
  var overallLabel: String { isIndicative ? phrases.indicativeOverall : phrases.overall }

  /// The capped factors, as "Title: 49.0 (84.6 without the cap)".
  func cappedLines(for destination: PrintableText.Destination) -> [String] {
    score.factors.filter(\.capped).map { factor in
      // « Canaux\u{A0}: 49,0 », the colon as the catalogue writes it in French.
      "\(phrases.colon(factorTitle(factor.factor, for: destination))) \(phrases.decimal(factor.score)) (\(phrases.decimal(factor.uncapped)) \(phrases.uncapped))"
    }
  }

  /// The title of the factor that question `id` belongs to (people read titles; ids are for
  /// the JSON and CSV that tools read).
  func factorOf(_ id: String, for destination: PrintableText.Destination) -> String {
    let factor = score.items.first { $0.question == id }?.factor ?? ""
    return factorTitle(factor, for: destination)
  }

  /// A key figure as the list of key figures shows it: its value in bold, or "not available"
  /// in italics when the answer is "don't know" (issue 24).
  func figureRun(_ figure: KeyFigure, for destination: PrintableText.Destination)
    -> ReportDocument.Inline
  {
    let text = ReportDocument.Inline.text(figureValue(figure, for: destination))
    return figure.isAvailable ? .strong([text]) : .emphasis([text])
  }

  /// A key figure's value in the report language, with its unit in the number the count
  /// takes: "12 345 reports", "1 report"; "not available" for a "don't know" (issue 24).
  func figureValue(_ figure: KeyFigure, for destination: PrintableText.Destination) -> String {
    // A label kept whole on its line: « non disponible » never wraps between its words.
    guard let number = figure.value else {
      return phrases.notAvailable.replacingOccurrences(of: " ", with: "\u{A0}")
    }
    let value = Tolerance.reported(number)
    let singular = question(figure.question)?.unitSingular.map { localized($0, for: destination) }
    // A no-break space: the number never leaves its unit at the end of a line.
    let unit =
      figure.unit.map {
        "\u{A0}" + phrases.unit(localized($0, for: destination), count: value, singular: singular)
      } ?? ""
    let digits = value == value.rounded() ? 0 : 2
    return phrases.decimal(value, digits: digits) + unit
  }
}
