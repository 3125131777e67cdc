import ArushaCore
import Foundation
import Testing

/// Item maps (trust-and-continuity.md, "Item maps between questionnaire versions") on the
/// fixtures of Fixtures/maps; each expectation shows its arithmetic.
@Suite struct MapTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/maps")

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  static func questionnaire(_ name: String) throws -> Questionnaire {
    let result = QuestionnaireDecoder().decode(try bytes(name))
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  static func response(_ name: String, _ questionnaire: Questionnaire) throws -> Response {
    let header = ResponseDecoder.header(try bytes(name))
    let result = ResponseDecoder.decode(
      try #require(header.header, "\(header.diagnostics)"), questionnaire: questionnaire)
    return try #require(result.response, "\(result.diagnostics)")
  }

  static func map(_ name: String, _ from: Questionnaire, _ to: Questionnaire) throws -> ItemMap {
    let result = ItemMapDecoder().decode(try bytes(name), from: from, to: to)
    return try #require(result.map, "\(result.diagnostics)")
  }

  static func findings(_ text: String, _ from: Questionnaire, _ to: Questionnaire) -> [String] {
    ItemMapDecoder().decode(Array(text.utf8), from: from, to: to).diagnostics.map {
      "\($0.mark.line):\($0.mark.column): \($0.severity.rawValue): \($0.message)"
    }
  }

  func close(
    _ actual: Double?, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let actual else {
      Issue.record("expected \(expected), found nil", sourceLocation: sourceLocation)
      return
    }
    #expect(
      abs(actual - expected) < 1e-9, "\(actual) ≠ \(expected)", sourceLocation: sourceLocation)
  }

  @Test func theFixtureMapsAreValid() throws {
    let v0 = try Self.questionnaire("v0.yaml")
    let v1 = try Self.questionnaire("v1.yaml")
    let v2 = try Self.questionnaire("v2.yaml")
    _ = try Self.map("v0-v1.yaml", v0, v1)
    let map = try Self.map("v1-v2.yaml", v1, v2)
    #expect(map.targets(from: v1, to: v2) == ["q1": "q1", "q2": "q23", "q3": "q23"])
  }

  @Test func everyMistakeAtOnceWithItsPlace() throws {
    let v1 = try Self.questionnaire("v1.yaml")
    let v2 = try Self.questionnaire("v2.yaml")
    let text = """
      format: arusha/map-1
      from: {id: map-fixture, version: "1"}
      to: {id: map-fixture, version: "3"}
      questions:
        q2: q23
        q3: q2e
        q4: null
        q9: q1
        q1: [q1, q5]
      values:
        q23: {0: 0, 1: 0, 2: 1, 3: 1, 4: 7}
      extra: 1
      """
    // The syntax errors and the checks against both questionnaires, in one run.
    #expect(
      Self.findings(text, v1, v2) == [
        "3:5: error: the map's 'to' is 'map-fixture 3' but the questionnaire given is "
          + "'map-fixture 2'",
        "6:7: error: no question 'q2e' in the 'to' questionnaire; did you mean 'q23'?",
        "8:3: error: no question 'q9' in the 'from' questionnaire; did you mean 'q1'?",
        "9:7: error: 'q1' maps to several questions; one source may not map to several targets "
          + "(map it to one question, or to null when it has no counterpart)",
        "11:36: error: 7 is not a value of 'q23' (0, 1, 2)",
        "12:1: error: unknown key 'extra' in the map",
      ])
    let checked = text.replacingOccurrences(of: "extra: 1", with: "").replacingOccurrences(
      of: "  q1: [q1, q5]\n", with: "")
    #expect(
      Self.findings(checked, v1, v2) == [
        "3:5: error: the map's 'to' is 'map-fixture 3' but the questionnaire given is "
          + "'map-fixture 2'",
        "6:7: error: no question 'q2e' in the 'to' questionnaire; did you mean 'q23'?",
        "8:3: error: no question 'q9' in the 'from' questionnaire; did you mean 'q1'?",
        "10:36: error: 7 is not a value of 'q23' (0, 1, 2)",
      ])
  }

  /// A map is between two versions of one questionnaire: another questionnaire is a warning
  /// (found by review), the same version an error.
  @Test func aMapGoesToAnotherVersionOfTheSameQuestionnaire() throws {
    let v1 = try Self.questionnaire("v1.yaml")
    let other = """
      format: arusha/map-1
      from: {id: map-fixture, version: "1"}
      to: {id: map-fixture, version: "1"}
      """
    #expect(
      Self.findings(other, v1, v1) == [
        "3:5: error: the map goes from 'map-fixture' version '1' to the same version; 'to' must be another version"
      ])
    var renamed = v1
    renamed.id = "renamed"
    renamed.version = "2"
    let text = other.replacingOccurrences(
      of: "to: {id: map-fixture, version: \"1\"}", with: "to: {id: renamed, version: \"2\"}")
    #expect(
      Self.findings(text, v1, renamed) == [
        "3:5: warning: the map goes from questionnaire 'map-fixture' to another one, 'renamed'; a map reads one version of a questionnaire as a later version of the same one"
      ])
  }

  /// A question that is in both versions and not listed maps to itself; when its type or
  /// values changed, that is reported at `questions`, saying to list it.
  @Test func anUnlistedQuestionWhoseTypeChangedIsReportedAtQuestions() throws {
    let v1 = try Self.questionnaire("v1.yaml")
    func changed(_ q1: String) throws -> Questionnaire {
      let text = String(decoding: try Self.bytes("v1.yaml"), as: UTF8.self)
        .replacingOccurrences(
          of: "{id: q1, type: scale, scale: m4, text: Q1?, help: H}", with: q1
        )
        .replacingOccurrences(of: "version: \"1\"", with: "version: \"2\"")
      return try #require(QuestionnaireDecoder().decode(Array(text.utf8)).questionnaire)
    }
    let text = """
      format: arusha/map-1
      from: {id: map-fixture, version: "1"}
      to: {id: map-fixture, version: "2"}
      questions:
        q4: [q2, q3]
      """
    // The syntax error and the checks against the questionnaires come in one run.
    #expect(
      Self.findings(text, v1, try changed("{id: q1, type: number, text: Q1?, help: H}")) == [
        "5:3: error: 'q1' is scale in the 'from' questionnaire and number in the 'to' one, so it cannot map to itself; list it under 'questions' (null when it has no counterpart)",
        "5:7: error: 'q4' maps to several questions; one source may not map to several targets (map it to one question, or to null when it has no counterpart)",
      ])
    #expect(
      Self.findings(text, v1, try changed("{id: q1, type: yesno, text: Q1?, help: H}")).first
        == "5:3: error: 'q1' has values that 'q1' does not have; add 'values: {q1: {…}}'")
  }

  @Test func valueMapsCoverTheSourceAndTypesFit() throws {
    let v1 = try Self.questionnaire("v1.yaml")
    let v2 = try Self.questionnaire("v2.yaml")
    let text = """
      format: arusha/map-1
      from: {id: map-fixture, version: "1"}
      to: {id: map-fixture, version: "2"}
      questions:
        q2: q23
        q3: q23
        q4: q5
      values:
        q23: {0: 0, 1: 0, 2: 1, 9: 1}
      """
    #expect(
      Self.findings(text, v1, v2) == [
        // A scale may map to a yesno (both single values), through a value map.
        "7:7: error: 'q4' has values that 'q5' does not have; add 'values: {q5: {…}}'",
        "9:3: error: the values for 'q23' do not translate 3 of 'q2'",
        "9:3: error: the values for 'q23' do not translate 4 of 'q2'",
        "9:3: error: the values for 'q23' do not translate 3 of 'q3'",
        "9:3: error: the values for 'q23' do not translate 4 of 'q3'",
        "9:27: error: 9 is not a value of any question mapped to 'q23'",
      ])
    let unmapped = """
      format: arusha/map-1
      from: {id: map-fixture, version: "1"}
      to: {id: map-fixture, version: "2"}
      questions:
        q2: q23
        q3: null
        q4: null
      """
    #expect(
      Self.findings(unmapped, v1, v2) == [
        "5:7: error: 'q2' has values that 'q23' does not have; add 'values: {q23: {…}}'"
      ])
  }

  @Test func theWrongFormatIsSaidOnce() throws {
    let v1 = try Self.questionnaire("v1.yaml")
    let v2 = try Self.questionnaire("v2.yaml")
    let text = """
      format: arusha/map-2
      from: {id: map-fixture, version: "1"}
      to: {id: map-fixture, version: "2"}
      """
    #expect(
      Self.findings(text, v1, v2) == [
        "1:9: error: unsupported format 'arusha/map-2'; expected 'arusha/map-1'"
      ])
  }

  @Test func mergedQuestionsTakeTheLowestUnknownOrAllNA() throws {
    let v1 = try Self.questionnaire("v1.yaml")
    let v2 = try Self.questionnaire("v2.yaml")
    let map = try Self.map("v1-v2.yaml", v1, v2)
    let base = try Self.response("round-v1.yaml", v1)
    func merged(_ q2: Answer?, _ q3: Answer?) -> Answer? {
      var response = base
      response.answers["q2"] = q2
      response.answers["q3"] = q3
      return map.apply(response, from: v1, to: v2).answers["q23"]
    }
    // Lowest of the translated values: q2 3 → 1, q3 4 → 2 → 1.
    #expect(merged(.value(.number(3)), .value(.number(4)))?.value == .number(1))
    // unknown if any is unknown.
    #expect(merged(.value(.number(4)), .unknown)?.state == .unknown)
    // na only if all are na; a value beside an na wins.
    #expect(merged(.notApplicable("a"), .notApplicable("b"))?.state == .notApplicable)
    #expect(merged(.notApplicable("a"), .notApplicable("b"))?.justification == "a; b")
    #expect(merged(.value(.number(1)), .notApplicable("b"))?.value == .number(0))
    // An unanswered source is left out; none answered → no answer (missing).
    #expect(merged(nil, .value(.number(2)))?.value == .number(1))
    #expect(merged(nil, nil) == nil)
  }

  /// The mapped response scored by the one kernel: v1 round q1 3, q2 2, q3 4, q4 4.
  @Test func aMappedResponseScoresWhatItWasAsked() throws {
    let v1 = try Self.questionnaire("v1.yaml")
    let v2 = try Self.questionnaire("v2.yaml")
    let map = try Self.map("v1-v2.yaml", v1, v2)
    let mapped = map.apply(try Self.response("round-v1.yaml", v1), from: v1, to: v2)
    #expect(mapped.questionnaire.version == "2")
    #expect(
      mapped.answers == [
        "q1": .value(.number(3)),  // kept
        "q23": .value(.number(1)),  // min(q2 2 → 1, q3 4 → 2)
      ])
    let score = ResponseScorer.score(v2, answers: mapped.answers)
    let states = Dictionary(uniqueKeysWithValues: score.items.map { ($0.question, $0.state) })
    // q5 was never asked: missing; its when_hidden: zero follow-up q6 reads it, so it is
    // excluded (missing) rather than scored 0.
    #expect(states["q5"] == .missing)
    #expect(states["q6"] == .missing)
    // f1 (mean): q1 3/4 = 0.75, q23 1/2 = 0.5 → 100 × (0.75 + 0.5) / 2 = 62.5.
    close(score.factors.first?.score, 62.5)
    close(score.overall, 62.5)
    // The same v2 question answered natively: q5 no → q6 scores 0 (absent).
    let native = ResponseScorer.score(v2, answers: try Self.response("round-v2.yaml", v2).answers)
    #expect(native.items.first { $0.question == "q6" }?.state == .absent)
    // q1 4/4, q23 2/2, q5 0, q6 0 → 100 × 2 / 4 = 50.
    close(native.overall, 50)
  }

  @Test func mapsChainOverThreeVersions() throws {
    let v0 = try Self.questionnaire("v0.yaml")
    let v1 = try Self.questionnaire("v1.yaml")
    let v2 = try Self.questionnaire("v2.yaml")
    let maps = [try Self.map("v1-v2.yaml", v1, v2), try Self.map("v0-v1.yaml", v0, v1)]
    var response = try Self.response("round-v1.yaml", v1)
    response.questionnaire = QuestionnaireReference(
      id: "map-fixture", version: "0", sha256: String(repeating: "0", count: 64))
    response.answers["q0"] = response.answers.removeValue(forKey: "q1")
    let chained = try #require(
      ItemMap.chain(response, maps: maps, questionnaires: [v0, v1, v2], to: v2))
    #expect(chained.questionnaire.version == "2")
    #expect(chained.answers == ["q1": .value(.number(3)), "q23": .value(.number(1))])
    close(ResponseScorer.score(v2, answers: chained.answers).overall, 62.5)
    // Without the first step's map there is no chain.
    #expect(ItemMap.chain(response, maps: [maps[0]], questionnaires: [v0, v1, v2], to: v2) == nil)
  }
}

/// The maps shipped in Questionnaires/maps pass the checks against the bundled questionnaires.
@Suite struct ShippedMapTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func decoded(_ path: String) throws -> Questionnaire {
    let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
    let result = QuestionnaireDecoder().decode(bytes)
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  @Test(arguments: [
    (
      "rad-self-assessment-2026.1-to-2027.1.yaml", "revised-arusha-declaration-2026.1.yaml",
      "revised-arusha-declaration-2027.1.yaml"
    ),
    (
      "internal-affairs-2026.1-to-2027.1.yaml", "internal-affairs-2026.1.yaml",
      "internal-affairs-2027.1.yaml"
    ),
    (
      "rad-self-assessment-2027.1-to-2027.2.yaml", "revised-arusha-declaration-2027.1.yaml",
      "revised-arusha-declaration.yaml"
    ),
    (
      "internal-affairs-2027.1-to-2027.2.yaml", "internal-affairs-2027.1.yaml",
      "internal-affairs.yaml"
    ),
  ])
  func shippedMapsAreValid(map: String, from: String, to: String) throws {
    let source = try Self.decoded("Questionnaires/" + from)
    let target = try Self.decoded("Questionnaires/" + to)
    let bytes = [UInt8](
      try Data(contentsOf: Self.root.appendingPathComponent("Questionnaires/maps/" + map)))
    let result = ItemMapDecoder().decode(bytes, from: source, to: target)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.map != nil)
  }
}
