/// A questionnaire that responses answer but that cannot be used: not found, unreadable,
/// invalid, or with other bytes than the responses were made with.
public struct QuestionnaireProblem: Sendable {
  /// The questionnaire the responses name.
  public var reference: QuestionnaireReference
  /// What went wrong, with what to pass.
  public var failure: LoadFailure
  /// The responses that answer it.
  public var files: FileSample

  /// Creates a problem.
  public init(reference: QuestionnaireReference, failure: LoadFailure, files: FileSample) {
    self.reference = reference
    self.failure = failure
    self.files = files
  }
}
