/// The words of the session's position line, its review of all answers and jumping to a
/// question by its number (issue 26).
extension Phrases {
  /// How many of the questions asked now have an answer, for the position line
  /// ("Question 35/101 · 12 answered"): no total, which would jump as follow-ups appear.
  public func answeredSoFar(_ answered: Int) -> String {
    pick("\(answered) answered", "\(answered) réponse\(plural(answered))")
  }

  /// The review's first line: how many of the questions asked now have an answer.
  public func reviewAnswered(_ answered: Int, of asked: Int) -> String {
    pick(
      "\(answered) of \(asked) question\(asked == 1 ? "" : "s") answered",
      "\(answered) question\(plural(answered)) sur \(asked) avec une réponse")
  }

  /// The numbers of the required questions without an answer, after ``missingRequired``:
  /// the first ten, then how many more.
  public func missingNumbers(_ numbers: [Int]) -> String {
    let listed = numbers.prefix(10).map(String.init).joined(separator: ", ")
    guard numbers.count > 10 else { return listed }
    let more = numbers.count - 10
    return listed + pick(" and \(more) more", " et \(more) autre\(plural(more))")
  }

  /// The answer column of a required question without an answer: it must stand out without
  /// colour too.
  public var requiredMissing: String { pick("! required", "! obligatoire") }
  /// "Don't know" in the review's answer column.
  public var unknownShort: String { pick("don't know", "ne sait pas") }
  /// "Not applicable" in the review's answer column.
  public var notApplicableShort: String { pick("n/a", "sans objet") }
  /// The review's mark of an answer with a comment.
  public var commentMark: String { "C" }
  /// The review's mark of an answer with an evidence reference (« justificatif » in French).
  public var evidenceMark: String { pick("E", "J") }
  /// The review's mark of an unsupported answer (scoring.md), as `explain` marks it.
  public var unsupportedMark: String { "†" }
  /// What the review's marks mean.
  public var reviewMarks: String {
    Self.keyHelp([
      pick("C comment", "C commentaire"), pick("E evidence", "J justificatif"),
      pick("† no evidence where expected", "† sans le justificatif attendu"),
    ])
  }

  /// Line mode's review: the label of an answer.
  public var reviewAnswer: String { pick("Answer", "Réponse") }
  /// Line mode's review: a question without an answer (`required`: one the completion needs).
  public func noAnswerYet(required: Bool) -> String {
    required
      ? pick("no answer (required)", "pas de réponse (obligatoire)")
      : pick("no answer", "pas de réponse")
  }
  /// Line mode's review: the marks in words, so that a screen reader says them.
  public var hasComment: String { pick("comment", "commentaire") }
  public var hasEvidence: String { pick("evidence", "justificatif") }
  public var lacksEvidence: String {
    pick("no evidence where expected", "sans le justificatif attendu")
  }

  /// A number typed on the review that names a question hidden by its condition.
  public func questionNotAsked(_ number: Int) -> String {
    pick(
      "Question \(number) is not asked: its condition depends on earlier answers.",
      "La question \(number) n’est pas posée\u{A0}: sa condition dépend de réponses précédentes.")
  }
}
