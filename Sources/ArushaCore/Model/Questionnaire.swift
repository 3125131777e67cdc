/// A questionnaire in format `arusha/questionnaire-1`, decoded and valid.
public struct Questionnaire: Sendable, Hashable {
  /// The format tag every questionnaire file carries.
  public static let format = "arusha/questionnaire-1"

  /// The stable identifier.
  public var id: String
  /// The author's version label.
  public var version: String
  /// The title.
  public var title: LocalizedText
  /// Shown on the first screen.
  public var description: LocalizedText?
  /// Language codes; the first is the default.
  ///
  /// Never empty.
  public var languages: [String]
  /// Named answer scales, in file order.
  public var scales: [Scale]
  /// Scoring settings.
  public var scoring: ScoringSettings
  /// The factors, in file order.
  public var factors: [Factor]

  /// Creates a questionnaire.
  public init(
    id: String, version: String, title: LocalizedText, languages: [String] = ["en"],
    scales: [Scale] = [], scoring: ScoringSettings = ScoringSettings(), factors: [Factor]
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.languages = languages
    self.scales = scales
    self.scoring = scoring
    self.factors = factors
  }

  /// The default language (the first of ``languages``).
  public var defaultLanguage: String { languages.first ?? "en" }

  /// Every question in file order.
  public var questions: [Question] { factors.flatMap(\.questions) }

  /// The question's number: its place among all the questions of the file (1-based).
  ///
  /// Whatever the conditions (issue 17, issue 26): the session, its review, `explain`, every
  /// report and the action plan number questions by it. Nil for an id the questionnaire lacks.
  public func number(of id: String) -> Int? {
    var number = 0
    for factor in factors {
      for question in factor.questions {
        number += 1
        if question.id == id { return number }
      }
    }
    return nil
  }

  /// `text` in `language`, falling back to the default language.
  public func localized(_ text: LocalizedText, in language: String) -> String {
    text.resolved(language, fallback: defaultLanguage)
  }

  /// The method a factor is scored with.
  public func method(of factor: Factor) -> ScoringMethod {
    factor.method ?? scoring.method
  }
}
