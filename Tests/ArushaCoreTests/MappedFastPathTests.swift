import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// `compare --map` reads mapped responses through the fast path (issue 29, item 1): a
/// response read by ``ResponseSummarizer`` and carried by ``MappedScoringPlan`` must give the
/// same summary, to the bit, as the full decoder's path (decoded, carried by
/// ``MapRoutes/Route/apply(_:answering:)``, scored by ``ResponseScorer``), or be left to it.
@Suite struct MappedFastPathTests {
  static let maps = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/maps")

  static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

  static func questionnaire(_ url: URL) throws -> Questionnaire {
    let result = QuestionnaireDecoder().decode(try bytes(url))
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  static func link(_ url: URL, _ source: Questionnaire, _ target: Questionnaire) throws
    -> MapRoutes.Link
  {
    let result = ItemMapDecoder().decode(try bytes(url), from: source, to: target)
    let map = try #require(result.map, "\(result.diagnostics)")
    return MapRoutes.Link(
      path: url.lastPathComponent, map: map, source: source, target: target,
      targetSHA256: String(repeating: "cd", count: 32))
  }

  /// The full decoder's path, as `ComparisonLoader` takes it for a file the fast path leaves.
  static func slow(_ bytes: [UInt8], _ source: Questionnaire, _ route: MapRoutes.Route)
    -> ResponseSummarizer.Outcome?
  {
    guard let header = ResponseDecoder.header(bytes).header,
      let answered = ResponseDecoder.decode(header, questionnaire: source).response
    else { return nil }
    var mapped = route.apply(answered, answering: source)
    let score = ResponseScorer.score(route.target, answers: mapped.answers)
    var summary = ResponseSummary(mapped, score: score)
    summary.mappedFrom = source.version
    mapped.answers = [:]
    return ResponseSummarizer.Outcome(response: mapped, summary: summary)
  }

  /// Random responses to the route's first version, written as arusha writes them, read both
  /// ways; returns how many the fast path took and how many it left with blank evidence.
  func check(_ route: MapRoutes.Route, _ source: Questionnaire, count: Int, seed: UInt64) throws
    -> (fast: Int, left: Int)
  {
    let plan = MappedScoringPlan(
      route, source: ScoringPlan(source), target: ScoringPlan(route.target))
    var random = SplitMix64(seed: seed)
    var fast = 0
    var left = 0
    for _ in 0..<count {
      var response = ResponseSummarizerTests.randomResponse(source, &random)
      // Blank evidence sends a file with a merge to the full decoder: half the files have none.
      if Bool.random(using: &random) {
        for (id, answer) in response.answers
        where answer.evidence?.allSatisfy(\.isWhitespace) == true {
          response.answers[id]?.evidence = nil
        }
      }
      let blankEvidence = response.answers.values.contains {
        $0.evidence?.allSatisfy(\.isWhitespace) == true
      }
      let bytes = try response.yamlBytes(order: source)
      let slow = Self.slow(bytes, source, route)
      let read = ResponseSummarizer.summarize(bytes) {
        $0.id == source.id ? .mapped(plan) : nil
      }
      guard let read else {
        // Left to the full decoder: refused by it too, or a merge with blank evidence.
        #expect(slow == nil || blankEvidence, "\(String(decoding: bytes, as: UTF8.self))")
        if slow != nil { left += 1 }
        continue
      }
      #expect(read.summary == slow?.summary, "\(String(decoding: bytes, as: UTF8.self))")
      #expect(read.response == slow?.response)
      #expect(read.summary.mappedFrom == source.version)
      fast += 1
    }
    return (fast, left)
  }

  @Test func fixtureMapsWithMergesAndValueTablesScoreTheSameBothWays() throws {
    let v0 = try Self.questionnaire(Self.maps.appendingPathComponent("v0.yaml"))
    let v1 = try Self.questionnaire(Self.maps.appendingPathComponent("v1.yaml"))
    let v2 = try Self.questionnaire(Self.maps.appendingPathComponent("v2.yaml"))
    let routes = try MapRoutes([
      try Self.link(Self.maps.appendingPathComponent("v0-v1.yaml"), v0, v1),
      try Self.link(Self.maps.appendingPathComponent("v1-v2.yaml"), v1, v2),
    ])
    // One step (v1 → v2: q2 and q3 merged through a value table), and a chain of two.
    let one = try check(
      try #require(routes.route(id: v1.id, version: "1")), v1, count: 600, seed: 29)
    let chain = try check(
      try #require(routes.route(id: v0.id, version: "0")), v0, count: 600, seed: 30)
    #expect(one.fast > 300 && chain.fast > 300)
    #expect(one.left > 0)
  }

  @Test func theBundledRADMapScoresTheSameBothWays() throws {
    let folder = TestPaths.questionnaires
    let from = try Self.questionnaire(
      folder.appendingPathComponent("revised-arusha-declaration-2026.1.yaml"))
    let to = try Self.questionnaire(
      folder.appendingPathComponent("revised-arusha-declaration-2027.1.yaml"))
    let routes = try MapRoutes([
      try Self.link(
        folder.appendingPathComponent("maps/rad-self-assessment-2026.1-to-2027.1.yaml"), from, to)
    ])
    let result = try check(
      try #require(routes.route(id: from.id, version: from.version)), from, count: 200, seed: 31)
    #expect(result.fast > 60)
  }
}
