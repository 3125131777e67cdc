import ArushaCore
import Testing

/// ``ResponseCopies``: which files of a comparison count as one respondent (issue 22).
@Suite struct ResponseCopiesTests {
  static let reference = QuestionnaireReference(id: "q", version: "1", sha256: "")

  func response(
    _ path: String, order: Int, bytes: String, role: String? = "management",
    respondent: String? = "Ana", updated: String? = nil
  ) -> CountedResponse {
    let response = Response(
      questionnaire: Self.reference, administration: "Benin", round: "2024", role: role,
      respondent: respondent, updated: updated)
    return CountedResponse(
      path: path, order: order, digest: Fingerprint.digest(Array(bytes.utf8)),
      response: response,
      summary: ResponseSummary(administration: "Benin", round: "2024", overall: 50, scores: [:]))
  }

  /// The paths that count: admitted at once, then held ones after ``ResponseCopies/finish()``.
  func counted(_ responses: [CountedResponse]) -> (paths: [String], leftOut: Int) {
    var copies = ResponseCopies()
    var paths = responses.compactMap { copies.admit($0)?.path }
    paths += copies.finish().map(\.path)
    let left = copies.copiesLeftOut(.init(administration: "Benin", round: "2024"))
    return (paths, left)
  }

  @Test func sameBytesCountOnceWhateverTheRespondent() {
    let result = counted([
      response("a", order: 0, bytes: "x", respondent: nil),
      response("b", order: 1, bytes: "x", respondent: nil),
      response("c", order: 2, bytes: "x", respondent: nil),
    ])
    #expect(result.paths == ["a"] && result.leftOut == 2)
  }

  @Test func theLatestUpdateCountsATieKeepsTheFirstAndNoneIsOldest() {
    let result = counted([
      response("a", order: 0, bytes: "1", updated: "2024-07-02T11:00:00Z"),
      response("b", order: 1, bytes: "2", updated: "2024-07-03T11:00:00Z"),
      response("c", order: 2, bytes: "3", updated: "2024-07-03T11:00:00Z"),
      response("d", order: 3, bytes: "4", updated: nil),
      // A fraction of a second later: later, though "…00.5Z" sorts before "…00Z" as text.
      response("e", order: 4, bytes: "5", updated: "2024-07-03T11:00:00.5Z"),
    ])
    #expect(result.paths == ["e"] && result.leftOut == 4)
  }

  @Test func unnamedRespondentsOtherRolesAndOtherSpellingsAreNeverMerged() {
    let result = counted([
      response("a", order: 0, bytes: "1", respondent: nil),
      response("b", order: 1, bytes: "2", respondent: nil),
      response("c", order: 2, bytes: "3", role: nil),
      response("d", order: 3, bytes: "4", role: ""),
      response("e", order: 4, bytes: "5", role: "audit"),
      response("f", order: 5, bytes: "6", respondent: "Ana\u{301}"),
      response("g", order: 6, bytes: "7", respondent: "An\u{E1}"),
    ])
    #expect(result.paths == ["a", "b", "c", "d", "e", "f", "g"] && result.leftOut == 0)
  }

  @Test func theSetsNameEveryFileAndTheOneThatCounts() {
    var copies = ResponseCopies()
    for item in [
      response("x1", order: 0, bytes: "same", respondent: nil),
      response("n1", order: 1, bytes: "1", updated: "2024-01-01T00:00:00Z"),
      response("x2", order: 2, bytes: "same", respondent: nil),
      response("n2", order: 3, bytes: "2", updated: "2025-01-01T00:00:00Z"),
    ] {
      _ = copies.admit(item)
    }
    let sets = copies.sets
    #expect(sets.map(\.paths) == [["x1", "x2"], ["n1", "n2"]])
    #expect(sets.map(\.counted) == ["x1", "n2"])
  }
}
