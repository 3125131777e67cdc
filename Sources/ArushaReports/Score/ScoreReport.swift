import ArushaCore

/// One scored response, ready to render: the figures and the localized texts around them.
public struct ScoreReport: Sendable {
  /// The questionnaire answered.
  public let questionnaire: Questionnaire
  /// The response.
  public let response: Response
  /// Its scores.
  public let score: ResponseScore
  /// The report language.
  public let language: String
  /// The tool's words in that language.
  public let phrases: Phrases

  /// Scores `response` and prepares the report in `language` (default: the response's, else
  /// the questionnaire's first).
  public init(questionnaire: Questionnaire, response: Response, language: String? = nil) {
    self.questionnaire = questionnaire
    self.response = response
    self.score = ResponseScorer.score(questionnaire, answers: response.answers)
    self.language = language ?? response.language ?? questionnaire.defaultLanguage
    self.phrases = Phrases(self.language)
  }

  /// `text` in the report language, with control characters removed.
  func localized(_ text: LocalizedText?) -> String {
    guard let text else { return "" }
    return PrintableText.sanitize(
      questionnaire.localized(text, in: language), keepLineBreaks: false)
  }

  /// A file string with control characters removed.
  func clean(_ text: String?) -> String {
    PrintableText.sanitize(text ?? "", keepLineBreaks: false)
  }

  /// The questionnaire's title.
  var title: String { localized(questionnaire.title) }

  /// "Niger Customs, round 2024".
  var subject: String { phrases.roundOf(clean(response.administration), clean(response.round)) }

  /// The factor with `id`.
  func factor(_ id: String) -> Factor? {
    questionnaire.factors.first { $0.id == id }
  }

  /// The question with `id`.
  func question(_ id: String) -> Question? {
    questionnaire.questions.first { $0.id == id }
  }

  /// The factor's title after its number, when it has one.
  func factorTitle(_ id: String) -> String {
    guard let factor = factor(id) else { return id }
    let title = localized(factor.title)
    return factor.number.map { "\($0). \(title)" } ?? title
  }

  /// The label of a level, or empty.
  func levelLabel(_ level: ScoreLevel?) -> String {
    level.map { localized($0.label) } ?? ""
  }

  /// The current answer, as a person reads it.
  func answerText(_ question: Question) -> String {
    guard let answer = response.answers[question.id] else { return phrases.noAnswer }
    switch answer.state {
    case .notApplicable?: return phrases.notApplicableAnswer
    case .unknown?: return phrases.unknownAnswer
    case nil: break
    }
    switch (question.kind, answer.value) {
    case (.yesno, .number(let number)?): return number == 1 ? phrases.yes : phrases.no
    case (_, .number(let number)?):
      if let option = question.kind.options.first(where: { $0.value == number }) {
        return localized(option.label)
      }
      return fixed(number, digits: number == number.rounded() ? 0 : 2)
    case (_, .selection(let selected)?):
      let labels = question.kind.options.filter { selected.contains($0.value) }.map {
        localized($0.label)
      }
      return labels.isEmpty ? phrases.noneSelected : labels.joined(separator: "; ")
    case (_, .text(let text)?): return clean(text)
    case (_, nil): return phrases.noAnswer
    }
  }

  /// What to reach next: the next option up, "Yes", or the options not yet in place.
  func nextLevel(_ question: Question) -> String {
    let answer = response.answers[question.id]
    let current: Double? = {
      if case .number(let number)? = answer?.value { return number }
      return nil
    }()
    switch question.kind {
    case .scale(_, let options), .choice(let options):
      let sorted = options.sorted { $0.value < $1.value }
      let target =
        current.flatMap { value in sorted.first { $0.value > value } } ?? sorted.dropFirst().first
      return target.map { localized($0.label) } ?? ""
    case .yesno:
      return phrases.yes
    case .multi(let options):
      var selected: [Double] = []
      if case .selection(let values)? = answer?.value { selected = values }
      let missing = options.filter { $0.value > 0 && !selected.contains($0.value) }.map {
        localized($0.label)
      }
      return missing.isEmpty ? "" : phrases.selectMore(missing.joined(separator: "; "))
    case .number, .text:
      return ""
    }
  }

  /// Visible scored questions without an answer, per factor (ids), for the incomplete note.
  var missingByFactor: [(factor: String, count: Int)] {
    score.factors.filter { $0.missing > 0 }.map { ($0.factor, $0.missing) }
  }
}
