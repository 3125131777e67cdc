/// A response in format `arusha/response-1`: one administration of a questionnaire.
public struct Response: Sendable, Hashable {
  /// The format tag every response file carries.
  public static let format = "arusha/response-1"

  /// Whether the assessment is finished.
  public enum Status: String, Sendable, Hashable, CaseIterable {
    case inProgress = "in-progress"
    case complete
  }

  /// The questionnaire answered.
  public var questionnaire: QuestionnaireReference
  /// The administration assessed ("Niger Customs").
  public var administration: String
  /// The assessment round's label ("2024").
  public var round: String
  /// The respondent's role or group, if given.
  public var role: String?
  /// The respondent's name, only when given explicitly.
  public var respondent: String?
  /// The language the assessment was taken in.
  public var language: String?
  /// In progress or complete.
  public var status: Status
  /// When the assessment started (ISO 8601, UTC).
  public var started: String?
  /// When it was last written (ISO 8601, UTC).
  public var updated: String?
  /// When it was completed (ISO 8601, UTC).
  public var completed: String?
  /// Where the session was left: the id of the question it stood on (issue 26), kept only
  /// while ``status`` is ``Status/inProgress`` (the writer leaves it out of a complete
  /// response, the decoder refuses it there); nil in files written before it existed, whose
  /// session resumes at the first unanswered question.
  public var position: String?
  /// Answers by question id.
  public var answers: [String: Answer]

  /// Creates a response.
  public init(
    questionnaire: QuestionnaireReference, administration: String, round: String,
    role: String? = nil, respondent: String? = nil, language: String? = nil,
    status: Status = .inProgress, started: String? = nil, updated: String? = nil,
    completed: String? = nil, position: String? = nil, answers: [String: Answer] = [:]
  ) {
    self.questionnaire = questionnaire
    self.administration = administration
    self.round = round
    self.role = role
    self.respondent = respondent
    self.language = language
    self.status = status
    self.started = started
    self.updated = updated
    self.completed = completed
    self.position = position
    self.answers = answers
  }
}
