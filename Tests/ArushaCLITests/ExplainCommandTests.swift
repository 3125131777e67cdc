import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// `arusha explain` on the hand-computed scoring fixture (ScoringTests.swift works its figures
/// out): every item's contribution, the sum, the decisive item of a `minimum` factor.
@Suite struct ExplainCommandTests {
  func workspace() throws -> URL { try ScoreCommandTests().workspace() }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func contributionsOfTheFixtureAddUpToTheFactorScore() throws {
    let folder = try workspace()
    let result = try runArushaInProcess(
      ["explain", "response.yaml", "alpha", "beta"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let document = try json(result.stdout)
    let factors = try #require(document["factors"] as? [[String: Any]])
    #expect(factors.map { $0["id"] as? String } == ["alpha", "beta"])
    // alpha, method mean: a1 3/4 (w 2), a2 yes, a3 (2−1)/(5−1), a4 (2+3)/6, a6 don't know;
    // a5 n/a and a8 unanswered have no score; a7 is hidden (a2 is yes). Σw = 6.
    let alpha = try #require(factors.first)
    #expect(alpha["method"] as? String == "mean")
    let items = try #require(alpha["items"] as? [[String: Any]])
    #expect(
      items.map { $0["question"] as? String } == ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"])
    let expected: [String: Double?] = [
      "a1": 100 * 2 * 0.75 / 6, "a2": 100 * 1.0 / 6, "a3": 100 * 0.25 / 6,
      "a4": 100 * (5.0 / 6) / 6, "a5": nil, "a6": 0, "a7": nil, "a8": nil,
    ]
    for item in items {
      let id = item["question"] as? String ?? ""
      let contribution = item["contribution"] as? Double
      if let want = expected[id] ?? nil {
        #expect(
          abs((contribution ?? .nan) - want) < 1e-9, "\(id): \(String(describing: contribution))")
      } else {
        #expect(item["contribution"] is NSNull, "\(id)")
      }
    }
    #expect(
      items.map { $0["state"] as? String } == [
        "answered", "answered", "answered", "answered", "na", "unknown", "hidden", "missing",
      ])
    #expect(items[0]["label"] as? String == "Done" && items[0]["critical"] as? Bool == true)
    #expect(items[1]["label"] as? String == "Yes" && items[3]["label"] is NSNull)
    let sum = items.compactMap { $0["contribution"] as? Double }.reduce(0, +)
    let uncapped = try #require(alpha["uncapped"] as? Double)
    #expect(abs(sum - uncapped) < 1e-9 && abs(uncapped - 100 * 3.5833333333333335 / 6) < 1e-9)
    // beta, method minimum: b2 "no" is the lowest item, and the only decisive one.
    let beta = try #require(factors.last)
    let betaItems = try #require(beta["items"] as? [[String: Any]])
    #expect(betaItems.map { $0["decisive"] as? Bool } == [false, true, false])
    #expect(betaItems.allSatisfy { $0["contribution"] is NSNull })
    #expect(beta["score"] as? Double == 0)
    // Issue 24, each question's share of the overall score from the weights alone: factors
    // alpha (2), beta, gamma and delta (1 each) make ΣW = 5; alpha's scored questions weigh
    // 2 + 7 × 1 = 9. a1 = 2/5 × 2/9 = 4/45, every other 2/5 × 1/9 = 2/45, the hidden a7 and
    // the unanswered a8 included. beta is scored by its lowest item: no share.
    let shares = items.map { $0["share"] as? Double ?? .nan }
    #expect(abs(shares[0] - 4.0 / 45) < 1e-15, "\(shares)")
    #expect(shares.dropFirst().allSatisfy { abs($0 - 2.0 / 45) < 1e-15 }, "\(shares)")
    #expect(betaItems.allSatisfy { $0["share"] is NSNull })
  }

  @Test func theTableShowsTheSumAndTheFrenchWords() throws {
    let folder = try workspace()
    let english = try runArushaInProcess(
      ["explain", "response.yaml", "alpha", "--format", "table"], directory: folder)
    #expect(english.status == 0, "\(english.stderr)")
    #expect(english.stdout.contains("Sum of the contributions"), "\(english.stdout)")
    #expect(english.stdout.contains("59.7"))
    #expect(english.stdout.contains("A1? ◆"), "critical marked")
    let french = try runArushaInProcess(
      ["explain", "response.yaml", "--format", "markdown", "--lang", "fr"], directory: folder)
    #expect(french.status == 0, "\(french.stderr)")
    #expect(
      french.stdout.contains("|  | **Somme des contributions** |  |  |  |  | **59,7** |"),
      "\(french.stdout)")
    #expect(french.stdout.contains("◀\u{A0}La plus faible"), "the decisive item of beta")
    // The share column: a1 4/45 = 8,89 %, with French typography's no-break space.
    #expect(french.stdout.contains("| Poids | Part | Contribution |"), "\(french.stdout)")
    #expect(french.stdout.contains("| 0,75 | 2 | 8,89\u{A0}% | 25,0 |"), "\(french.stdout)")
    #expect(english.stdout.contains("8.89%"))
    #expect(!french.stdout.contains("'"))
  }

  @Test func unknownFactorsAndOtherFormatsAreUsageErrors() throws {
    let folder = try workspace()
    let unknown = try runArushaInProcess(
      ["explain", "response.yaml", "alpha", "omega"], directory: folder)
    #expect(unknown.status == 64)
    #expect(
      unknown.stderr.contains(
        "no such factor: omega (the questionnaire's factors: alpha, beta, gamma, delta)"),
      "\(unknown.stderr)")
    let html = try runArushaInProcess(
      ["explain", "response.yaml", "-o", "why.html"], directory: folder)
    #expect(html.status == 64, "\(html.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("why.html").path))
    let file = try runArushaInProcess(
      ["explain", "response.yaml", "-o", "why.md"], directory: folder)
    #expect(file.status == 0 && file.stdout.isEmpty)
    #expect(
      try String(contentsOf: folder.appendingPathComponent("why.md"), encoding: .utf8).hasPrefix(
        "# Why each factor"))
  }

  /// Issue 23: on an 80-column terminal the table never cuts a figure, a mark or a number.
  ///
  /// A long question is cut before its ◆, every row keeps its question number, and every line
  /// fits. The Declaration's long questions, in French (the longer headers) and English.
  @Test(arguments: ["fr", "en"])
  func theTableKeepsMarksNumbersAndFiguresAt80Columns(language: String) throws {
    let folder = TestPaths.packageRoot.appendingPathComponent("Tests/ArushaCoreTests/Fixtures/maps")
    let result = try runArushaInProcess(
      [
        "explain", "rad/001-2026-000000.yaml", "--format", "table", "--lang", language,
        "--accept-questionnaire-mismatch",
      ], environment: ["COLUMNS": "80"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.allSatisfy { $0.count <= 80 }, "\(result.stdout)")
    // Question 1 of the Declaration is critical; its text is longer than the line.
    let first = try #require(lines.first { $0.hasPrefix("1  ") })
    #expect(first.contains("… ◆"), "\(first)")
    #expect(first.hasSuffix(language == "fr" ? "6,3" : "6.3"), "\(first)")
    let numbered = lines.compactMap { Int($0.prefix(3).trimmingCharacters(in: .whitespaces)) }
    #expect(numbered.count >= 20, "every item row starts with its question number")
  }
}
