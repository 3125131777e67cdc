import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// scoring.md "Many responses" on a fixture whose every figure is worked out by hand.
///
/// The fixture questionnaire has two factors of one 0–4 question each, so a response scores
/// 0, 25, 50, 75 or 100 per factor (or null for `na`), and its overall score is the mean of
/// its non-null factor scores (equal weights). The responses, as (alpha, beta) → overall:
///
///     Benin    2020  (50, 25) → 37.5     (75, na) → 75
///     Benin    2022  (75, 50) → 62.5
///     Benin    2024  (100, 75) → 87.5    (75, 50) → 62.5    audit: (100, 100) → 100
///     Niger    2     (50, 25) → 37.5
///     Niger    10    (50, 0) → 25        audit: (50, 25) → 37.5
///     Togo     2024  (0, na) → 0
///     Togo     2024-2 (100, 100) → 100   (75, 75) → 75
///     Zambia   2020  (75, 75) → 75       in progress: (0, 0) → 0
///     Éthiopie 2024  (50, 50) → 50
@Suite struct ComparisonTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/compare")

  static func questionnaire() throws -> Questionnaire {
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
    return try #require(QuestionnaireDecoder().decode(bytes).questionnaire)
  }

  /// Every fixture response, decoded and scored, in path order.
  static func responses() throws -> [(Response, ResponseScore)] {
    let questionnaire = try questionnaire()
    let root = folder.appendingPathComponent("responses")
    let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".yaml") }.sorted()
    return try paths.map { path in
      let header = ResponseDecoder.header(
        [UInt8](try Data(contentsOf: root.appendingPathComponent(path))))
      let parsed = try #require(header.header)
      let response = try #require(
        ResponseDecoder.decode(parsed, questionnaire: questionnaire).response)
      return (response, ResponseScorer.score(questionnaire, answers: response.answers))
    }
  }

  static func compare(
    filter: ResponseFilter = ResponseFilter(), options: ComparisonOptions = ComparisonOptions()
  ) throws -> Comparison {
    var tally = ComparisonTally()
    for (response, score) in try responses() where filter.exclusion(of: response) == nil {
      tally.add(ResponseSummary(response, score: score))
    }
    return Comparator.compare(tally, questionnaire: try questionnaire(), options: options)
  }

  func close(
    _ actual: Double?, _ expected: Double?, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let expected else {
      #expect(
        actual == nil, "expected null, found \(String(describing: actual))",
        sourceLocation: sourceLocation)
      return
    }
    guard let actual else {
      Issue.record("expected \(expected), found nil", sourceLocation: sourceLocation)
      return
    }
    #expect(
      abs(actual - expected) < 1e-9, "\(actual) ≠ \(expected)", sourceLocation: sourceLocation)
  }

  func group(_ comparison: Comparison, _ administration: String, _ round: String) throws
    -> Comparison.Group
  {
    try #require(
      comparison.groups.first { $0.administration == administration && $0.round == round })
  }

  @Test func groupsAreMeansOfTheirRespondentsInOrder() throws {
    let comparison = try Self.compare()
    // Administrations in code-point order (É, U+00C9, after Z); rounds in natural order
    // ("2" < "10", "2024" < "2024-2").
    #expect(
      comparison.groups.map { "\($0.administration) \($0.round)" } == [
        "Benin 2020", "Benin 2022", "Benin 2024", "Niger 2", "Niger 10", "Togo 2024",
        "Togo 2024-2", "Zambia 2020", "Éthiopie 2024",
      ])
    // The in-progress Zambia response does not count.
    #expect(comparison.groups.map(\.respondents) == [2, 1, 3, 1, 2, 1, 2, 1, 1])

    // Benin 2020: alpha (50 + 75) / 2 = 62.5; beta only 25 (the other is na);
    // overall (37.5 + 75) / 2 = 56.25. Beta < 50 is an area for improvement.
    let benin2020 = try group(comparison, "Benin", "2020")
    close(benin2020.scores[0], 62.5)
    close(benin2020.scores[1], 25)
    close(benin2020.overall, 56.25)
    #expect(benin2020.strengths.isEmpty && benin2020.improvements == ["beta"])

    // Benin 2024: alpha (100 + 75 + 100) / 3 = 275/3; beta (75 + 50 + 100) / 3 = 75;
    // overall (87.5 + 62.5 + 100) / 3 = 250/3. Both factors ≥ 75 are strengths.
    let benin2024 = try group(comparison, "Benin", "2024")
    close(benin2024.scores[0], 275.0 / 3)
    close(benin2024.scores[1], 75)
    close(benin2024.overall, 250.0 / 3)
    #expect(benin2024.strengths == ["alpha", "beta"] && benin2024.improvements.isEmpty)

    // Benin 2022: 50 is not below 50, so beta is no area for improvement.
    #expect(try group(comparison, "Benin", "2022").improvements.isEmpty)

    // Niger 10: beta (0 + 25) / 2 = 12.5; overall (25 + 37.5) / 2 = 31.25.
    let niger10 = try group(comparison, "Niger", "10")
    close(niger10.scores[1], 12.5)
    close(niger10.overall, 31.25)

    // Togo 2024: beta na only → null, and the overall is alpha's 0.
    let togo2024 = try group(comparison, "Togo", "2024")
    close(togo2024.scores[1], nil)
    close(togo2024.overall, 0)
    #expect(togo2024.improvements == ["alpha"])
  }

  @Test func changesFromThePreviousRound() throws {
    let changes = try Self.compare().changes
    // Zambia and Éthiopie have one round: no change.
    #expect(changes.map(\.administration) == ["Benin", "Niger", "Togo"])
    #expect(changes.map { "\($0.from)→\($0.to)" } == ["2022→2024", "2→10", "2024→2024-2"])

    // Benin 2022 → 2024: alpha 275/3 − 75 = 50/3; beta 75 − 50 = 25;
    // overall 250/3 − 62.5 = 125/6. All ≥ 5: up.
    close(changes[0].scores[0].delta, 50.0 / 3)
    close(changes[0].scores[1].delta, 25)
    close(changes[0].overall.delta, 125.0 / 6)
    #expect(changes[0].overall.direction == .up)

    // Niger 2 → 10: alpha 50 − 50 = 0 (stable); beta 12.5 − 25 = −12.5 (down);
    // overall 31.25 − 37.5 = −6.25 (down).
    close(changes[1].scores[0].delta, 0)
    #expect(changes[1].scores[0].direction == .stable)
    close(changes[1].scores[1].delta, -12.5)
    #expect(changes[1].scores[1].direction == .down)
    close(changes[1].overall.delta, -6.25)
    #expect(changes[1].overall.direction == .down)

    // Togo 2024 → 2024-2: beta is null in 2024, so its delta and direction are null;
    // alpha 87.5 − 0 = 87.5, up.
    #expect(changes[2].scores[1] == Comparison.Delta(delta: nil, direction: nil))
    close(changes[2].scores[0].delta, 87.5)
  }

  @Test func changesFromABaseline() throws {
    let changes = try Self.compare(options: ComparisonOptions(baseline: "2020")).changes
    // Only Benin has 2020 and a later round (Zambia's 2020 is its latest).
    #expect(changes.map { "\($0.administration) \($0.from)→\($0.to)" } == ["Benin 2020→2024"])
    // alpha 275/3 − 62.5 = 87.5/3; beta 75 − 25 = 50; overall 250/3 − 56.25 = 81.25/3.
    close(changes[0].scores[0].delta, 87.5 / 3)
    close(changes[0].scores[1].delta, 50)
    close(changes[0].overall.delta, 81.25 / 3)
    let niger = try Self.compare(options: ComparisonOptions(baseline: "2")).changes
    #expect(niger.map { "\($0.administration) \($0.from)→\($0.to)" } == ["Niger 2→10"])
  }

  @Test func peersOverTheLatestRoundOfEachAdministrationOddCount() throws {
    let comparison = try Self.compare()
    let peers = comparison.peers
    // Benin 2024, Niger 10, Togo 2024-2, Zambia 2020, Éthiopie 2024: n = 5.
    #expect(peers.round == nil && peers.groups == 5)
    // alpha: 275/3, 50, 87.5, 75, 50 → sorted 50, 50, 75, 87.5, 275/3: median 75;
    // mean (275/3 + 262.5) / 5 = 212.5/3.
    #expect(peers.scores[0].n == 5)
    close(peers.scores[0].median, 75)
    close(peers.scores[0].mean, 212.5 / 3)
    close(peers.scores[0].min, 50)
    close(peers.scores[0].max, 275.0 / 3)
    // beta: 75, 12.5, 87.5, 75, 50 → median 75, mean 300 / 5 = 60.
    close(peers.scores[1].median, 75)
    close(peers.scores[1].mean, 60)
    close(peers.scores[1].min, 12.5)
    // overall: 250/3, 31.25, 87.5, 75, 50 → median 75, mean (250/3 + 243.75) / 5 = 196.25/3.
    close(peers.overall.median, 75)
    close(peers.overall.mean, 196.25 / 3)
    close(peers.overall.max, 87.5)

    // Positions with margin 10 around the medians 75 / 75:
    // Benin 2024 alpha 91.7 ≥ 85 above, beta 75 near; Niger 10 50 ≤ 65 below, 12.5 below;
    // Togo 2024-2 87.5 above twice; Zambia 75 near twice; Éthiopie 50 below twice.
    let positions = comparison.groups.map { group in
      group.position.map { $0.map { $0?.rawValue ?? "null" }.joined(separator: "/") } ?? "-"
    }
    #expect(
      positions == [
        "-", "-", "above/near", "-", "below/below", "-", "above/above", "near/near", "below/below",
      ])
  }

  @Test func theMarginIsInclusive() throws {
    // Margin 12.5: Togo 2024-2's 87.5 is exactly 75 + 12.5, so above; Éthiopie's 50 is
    // below 62.5 = 75 − 12.5, so below.
    let comparison = try Self.compare(options: ComparisonOptions(margin: 12.5))
    #expect(try group(comparison, "Togo", "2024-2").position == [.above, .above])
    #expect(try group(comparison, "Éthiopie", "2024").position == [.below, .below])
    // Margin 30: Benin 2024's 91.7 is under 105 and Niger 10's 50 over 45: near; beta 12.5 ≤ 45.
    let wide = try Self.compare(options: ComparisonOptions(margin: 30))
    #expect(try group(wide, "Benin", "2024").position == [.near, .near])
    #expect(try group(wide, "Niger", "10").position == [.near, .below])
  }

  @Test func peersOfOneRoundEvenCount() throws {
    let comparison = try Self.compare(options: ComparisonOptions(round: "2020"))
    let peers = comparison.peers
    // Benin 2020 and Zambia 2020: n = 2, the median is the mean of the two middle values.
    #expect(peers.round == "2020" && peers.groups == 2)
    // alpha 62.5, 75 → median (62.5 + 75) / 2 = 68.75; beta 25, 75 → 50;
    // overall 56.25, 75 → 65.625.
    close(peers.scores[0].median, 68.75)
    close(peers.scores[0].mean, 68.75)
    close(peers.scores[1].median, 50)
    close(peers.overall.median, 65.625)
    // Benin 2020: alpha 62.5 within 68.75 ± 10 → near; beta 25 ≤ 40 → below.
    // Zambia 2020: alpha 75 near; beta 75 ≥ 60 → above. Latest rounds get no position now.
    #expect(try group(comparison, "Benin", "2020").position == [.near, .below])
    #expect(try group(comparison, "Zambia", "2020").position == [.near, .above])
    #expect(try group(comparison, "Benin", "2024").position == nil)

    // Round 2024: Benin, Togo, Éthiopie. beta: 75, null, 50 → n = 2, median 62.5;
    // alpha: 275/3, 0, 50 → median 50. Togo's null beta has a null position.
    let round2024 = try Self.compare(options: ComparisonOptions(round: "2024"))
    #expect(round2024.peers.scores[1].n == 2)
    close(round2024.peers.scores[1].median, 62.5)
    close(round2024.peers.scores[0].median, 50)
    #expect(try group(round2024, "Togo", "2024").position == [.below, nil])
  }

  @Test func suppressionHidesSmallGroupsFromPeersAndChanges() throws {
    let comparison = try Self.compare(options: ComparisonOptions(minimumRespondents: 2))
    #expect(
      comparison.groups.filter(\.suppressed).map { "\($0.administration) \($0.round)" } == [
        "Benin 2022", "Niger 2", "Togo 2024", "Zambia 2020", "Éthiopie 2024",
      ])
    let suppressed = try group(comparison, "Niger", "2")
    #expect(suppressed.respondents == 1 && suppressed.overall == nil && suppressed.scores.isEmpty)
    #expect(suppressed.position == nil && suppressed.strengths.isEmpty)
    // Benin's previous unsuppressed round is 2020 now; Niger and Togo have one round left.
    #expect(
      comparison.changes.map { "\($0.administration) \($0.from)→\($0.to)" } == ["Benin 2020→2024"])
    // Peers: Benin 2024, Niger 10, Togo 2024-2. alpha 275/3, 50, 87.5 → median 87.5,
    // mean (275/3 + 137.5) / 3 = 687.5/9; overall 250/3, 31.25, 87.5 → median 250/3.
    #expect(comparison.peers.groups == 3)
    close(comparison.peers.scores[0].median, 87.5)
    close(comparison.peers.scores[0].mean, 687.5 / 9)
    close(comparison.peers.overall.median, 250.0 / 3)
    // Togo 2024-2 beta 87.5 ≥ 75 + 10 → above; alpha 87.5 = median → near.
    #expect(try group(comparison, "Togo", "2024-2").position == [.near, .above])
  }

  @Test func roleAndIncompleteFilters() throws {
    // Management only: Benin 2024 keeps (100, 75) and (75, 50): alpha 87.5, beta 62.5,
    // overall (87.5 + 62.5) / 2 = 75; Niger 10 keeps (50, 0): overall 25.
    let management = try Self.compare(filter: ResponseFilter(role: "management"))
    let benin = try group(management, "Benin", "2024")
    #expect(benin.respondents == 2)
    close(benin.scores[0], 87.5)
    close(benin.scores[1], 62.5)
    close(benin.overall, 75)
    close(try group(management, "Niger", "10").overall, 25)
    // With the in-progress response: Zambia 2020 (75 + 0) / 2 = 37.5 for each.
    let all = try Self.compare(filter: ResponseFilter(includeIncomplete: true))
    let zambia = try group(all, "Zambia", "2020")
    #expect(zambia.respondents == 2)
    close(zambia.overall, 37.5)
  }

  @Test func anonymizationLabelsInTheOrderOfNames() throws {
    let comparison = try Self.compare(options: ComparisonOptions(anonymize: true))
    // Benin, Niger, Togo, Zambia, Éthiopie in code-point order → A1 … A5.
    #expect(
      comparison.groups.map { "\($0.administration) \($0.round)" } == [
        "A1 2020", "A1 2022", "A1 2024", "A2 2", "A2 10", "A3 2024", "A3 2024-2", "A4 2020",
        "A5 2024",
      ])
    #expect(comparison.changes.map(\.administration) == ["A1", "A2", "A3"])
    // Eleven names: labels follow the names, and A10, A11 come after A9 in the groups.
    let names = (1...11).map { String(format: "Customs %02d", $0) }
    #expect(Comparator.anonymousLabels(names.reversed())[Array("Customs 10".utf8)] == "A10")
    var tally = ComparisonTally()
    for name in names {
      tally.add(ResponseSummary(administration: name, round: "1", overall: 50, scores: [:]))
    }
    let many = Comparator.compare(
      tally, questionnaire: try Self.questionnaire(), options: ComparisonOptions(anonymize: true))
    #expect(many.groups.map(\.administration) == (1...11).map { "A\($0)" })
  }

  /// History (scoring.md): every unsuppressed round of each administration, in group order.
  ///
  /// And the peer line round by round. From the fixture's table above: Benin 2020 is the
  /// mean of 37.5 and 75, Benin 2024 of 87.5, 62.5 and 100; Niger 10 of 25 and 37.5.
  @Test func historyHasEveryRoundOfEachAdministration() throws {
    let comparison = try Self.compare()
    let history = comparison.history
    #expect(history.map(\.administration) == ["Benin", "Niger", "Togo", "Zambia", "Éthiopie"])
    #expect(history[0].rounds == ["2020", "2022", "2024"])
    close(history[0].overall[0], 56.25)
    close(history[0].overall[1], 62.5)
    close(history[0].overall[2], 250.0 / 3)
    close(history[0].scores[0][2], (100 + 75 + 100) / 3.0)
    close(history[0].scores[1][0], 25)  // the n/a answer has no beta score
    #expect(history[1].rounds == ["2", "10"], "natural order")
    close(history[1].overall[1], 31.25)
    #expect(history[2].rounds == ["2024", "2024-2"])
    close(history[2].overall[0], 0)
    #expect(history[2].scores[1][0] == nil)
    let medians = comparison.medianByRound
    #expect(medians.map(\.round) == ["2", "10", "2020", "2022", "2024", "2024-2"])
    close(medians[2].overall, (56.25 + 75) / 2)  // Benin and Zambia in 2020
    close(medians[4].overall, 50)  // Benin 83.3, Togo 0, Éthiopie 50 in 2024
    // Suppressed groups are left out of the series.
    let suppressed = try Self.compare(options: ComparisonOptions(minimumRespondents: 2))
    #expect(suppressed.history.map(\.administration) == ["Benin", "Niger", "Togo"])
    #expect(suppressed.history[0].rounds == ["2020", "2024"])
  }

  @Test func naturalOrder() {
    let rounds = ["2024-2", "10", "2", "2024", "2020", "02", "a", "2024-10", ""]
    #expect(
      rounds.sorted(by: NaturalOrder.precedes) == [
        "", "2", "02", "10", "2020", "2024", "2024-2", "2024-10", "a",
      ])
    #expect(NaturalOrder.compare("round 9", "round 10") < 0)
    #expect(NaturalOrder.codePointPrecedes("Zambia", "Éthiopie"))
    #expect(NaturalOrder.codePointPrecedes("Niger", "niger"))
  }

  @Test func statisticsOfNothingAreNull() {
    let empty = Comparison.Statistics([nil, nil])
    #expect(empty == Comparison.Statistics(n: 0, mean: nil, median: nil, min: nil, max: nil))
    close(Comparison.Statistics([4, 1, nil, 3, 2]).median, 2.5)
  }

  @Test func tallyMergeEqualsOneTally() throws {
    var whole = ComparisonTally()
    var first = ComparisonTally()
    var second = ComparisonTally()
    for (index, (response, score)) in try Self.responses().enumerated() {
      let summary = ResponseSummary(response, score: score)
      whole.add(summary)
      if index < 7 { first.add(summary) } else { second.add(summary) }
    }
    first.merge(second)
    #expect(first.respondents == whole.respondents)
    #expect(Set(first.groups.keys) == Set(whole.groups.keys))
  }

  @Test func refusals() {
    func reference(_ id: String, _ version: String, _ sha: Character) -> QuestionnaireReference {
      QuestionnaireReference(id: id, version: version, sha256: String(repeating: sha, count: 64))
    }
    var uses = QuestionnaireUses()
    uses.add(reference("rad", "2026.1", "a"), path: "a.yaml")
    uses.add(reference("rad", "2026.1", "a"), path: "b.yaml")
    #expect(uses.refusals(allowMixedVersions: false).isEmpty)

    var versions = uses
    versions.add(reference("rad", "2025.1", "b"), path: "old.yaml")
    #expect(
      versions.refusals(allowMixedVersions: false).map(\.description) == [
        "the responses answer different versions of questionnaire 'rad': '2026.1' (2 files: 'a.yaml', 'b.yaml') and '2025.1' ('old.yaml'); pass --allow-mixed-versions to compare them anyway, each scored against its own version on the factors of the newest"
      ])
    #expect(versions.refusals(allowMixedVersions: true).isEmpty)
    #expect(versions.newest == reference("rad", "2026.1", "a"))

    var edited = uses
    edited.add(reference("rad", "2026.1", "c"), path: "edited.yaml")
    #expect(
      edited.refusals(allowMixedVersions: true).map(\.description) == [
        "the responses to questionnaire 'rad' version '2026.1' were made with different files: sha256 aaaaaaaaaaaa… (2 files: 'a.yaml', 'b.yaml') and sha256 cccccccccccc… ('edited.yaml'); the questionnaire was edited without a new version, so their scores cannot be compared"
      ])

    var other = uses
    for index in 1...5 {
      other.add(reference("internal-affairs", "1", "d"), path: "ia\(index).yaml")
    }
    #expect(
      other.refusals(allowMixedVersions: true).map(\.description) == [
        "the responses answer different questionnaires: 'internal-affairs' (5 files, e.g. 'ia1.yaml', 'ia2.yaml', 'ia3.yaml') and 'rad' (2 files: 'a.yaml', 'b.yaml'); compare the responses to one questionnaire at a time"
      ])
  }
}
