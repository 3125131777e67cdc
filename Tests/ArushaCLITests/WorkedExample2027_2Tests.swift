import ArushaTestSupport
import Foundation
import Testing

/// Issue 25: the worked example on RAD 2027.2 stays true.
///
/// The input of `docs/worked-example-rad-2027.2.md`, piped into `assess` in line mode as the
/// doc says, gives a complete response whose figures are the ones the doc computes by hand.
@Suite struct WorkedExample2027_2Tests {
  static let input = TestPaths.packageRoot.appendingPathComponent(
    "docs/worked-example/rad-2027.2-atelier-input.txt")
  static let questionnaire = TestPaths.questionnaires.appendingPathComponent(
    "revised-arusha-declaration.yaml")

  /// The doc's commands in a new folder; returns the JSON report of the response.
  static func score() throws -> [String: Any] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-worked-2027.2-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let text = try String(contentsOf: input, encoding: .utf8)
    let assess = try runArusha(
      [
        "assess", questionnaire.path, "--plain", "--lang", "fr", "--administration",
        "Douanes de Sahelia (fictive)", "--round", "2027", "--role", "atelier", "-o",
        "atelier.yaml",
      ], input: text, directory: folder)
    #expect(assess.status == 0, "\(assess.stderr)")
    let score = try runArusha(
      ["score", "atelier.yaml", "--questionnaire", questionnaire.path, "--format", "json"],
      directory: folder)
    #expect(score.status == 0, "\(score.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
  }

  @Test func theFiguresComputedByHandInTheDocAreTheProgramsFigures() throws {
    let json = try Self.score()
    #expect(json["status"] as? String == "complete")
    let overall = try #require(json["overall"] as? [String: Any])
    let factors = try #require(json["factors"] as? [[String: Any]])
    func factor(_ id: String) throws -> [String: Any] {
      try #require(factors.first { $0["id"] as? String == id })
    }
    // Overall: Σ W·F / Σ W, factor 6 weighing 2: 59 137 / 110 / 11 = 48.873…
    let score = try #require(overall["score"] as? Double)
    #expect(abs(score - 59_137.0 / 110 / 11) < 1e-9)
    #expect(overall["indicative"] as? Bool == false)
    // Evidence-checked: factor 3 loses 100 × 0.25 / 15 = 5/3 points, factor 5 loses 5; Σ W = 11.
    let checked = try #require(overall["evidence_checked"] as? Double)
    #expect(abs(checked - (59_137.0 / 110 - 5.0 / 3 - 5) / 11) < 1e-9)
    // "2 of 24 answers that expect evidence have none": 2/24 ≤ 0.1, so not indicative.
    #expect(overall["expecting_evidence"] as? Int == 24)
    #expect(
      json["unsupported"] as? [String] == ["transparency.appeal-procedure", "reform.consultation"])

    // Factor 1: leadership.appointment-tenure weighs 1 in 2027.2 after the review: 6 / 12 = 50.
    let leadership = try factor("leadership")
    #expect(abs((leadership["score"] as? Double ?? -1) - 50) < 1e-9)

    // Factor 9: no « sans objet » in 2027.2; the amicale (unions) at level 1: 3.75 / 9.
    let morale = try factor("morale-culture")
    #expect(abs((morale["score"] as? Double ?? -1) - 100 * 3.75 / 9) < 1e-9)

    // Factor 5: (0.75 + 0.5 + 0.25 + 0.75 + 0.5) / 5 = 55; evidence-checked, the unsupported
    // level 3 of reform.consultation counts as 2: 2.5 / 5 = 50.
    let reform = try factor("reform")
    #expect(abs((reform["score"] as? Double ?? -1) - 55) < 1e-9)
    #expect(abs((reform["evidence_checked"] as? Double ?? -1) - 50) < 1e-9)

    // Factor 8: 7.75 / 15 = 51.666…, capped at 49 by hr.lucrative-posts at level 1 (0.25 below
    // critical_below 0.5).
    let hr = try factor("hr")
    #expect(abs((hr["uncapped"] as? Double ?? -1) - 100 * 7.75 / 15) < 1e-9)
    #expect(abs((hr["score"] as? Double ?? -1) - 49) < 1e-9)
    #expect(hr["capped"] as? Bool == true)

    // Factor 6: 9.4 / 25 = 37.6 (the channels 9/20 = 0.45, at or above their own 0.4).
    let audit = try factor("audit-investigation")
    #expect(abs((audit["score"] as? Double ?? -1) - 37.6) < 1e-9)

    // The critical gaps: levels 0–1 of a critical question, the channels not among them.
    #expect(
      json["critical"] as? [String] == [
        "audit-investigation.reporter-protection", "audit-investigation.investigation-procedure",
        "hr.lucrative-posts",
      ])
  }
}
