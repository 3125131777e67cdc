public import ArushaYAML

/// A response file read up to its answers: enough to find its questionnaire.
///
/// The answers are checked against the questionnaire by ``ResponseDecoder/decode(_:questionnaire:)``.
public struct ResponseHeader: Sendable {
  /// The response without its answers.
  public var response: Response
  /// The `answers` mapping, still as nodes.
  public var answers: [YAMLNode.Pair]
  /// Where `questionnaire:` is, for messages about the questionnaire found for it.
  public var questionnaireMark: SourceMark
  /// Where `status:` is.
  public var statusMark: SourceMark
  /// Where `language:` is, when given.
  public var languageMark: SourceMark?
  /// Where `position:`'s value is, when given (issue 26).
  public var positionMark: SourceMark?
  /// Where the `position` key is, when given.
  public var positionKeyMark: SourceMark?
}
