import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 24, point 2 in `compare`: both scores per group, declared first, and
/// `--evidence-checked` driving peers, positions, changes and findings.
///
/// One factor with one 0–4 question whose levels 3 and 4 expect evidence. Alpha 2020 answers
/// 2 (50, nothing to check); Alpha 2024 answers 4 without evidence (declared 100, checked 2 →
/// 50); Beta 2024 answers 3 with evidence (75 both).
@Suite struct CompareEvidenceCheckedTests {
  static let questionnaire = """
    format: arusha/questionnaire-1
    id: ev
    version: "1"
    title: Evidence
    scales:
      maturity:
        - {value: 0, label: None}
        - {value: 1, label: Started}
        - {value: 2, label: Adopted}
        - {value: 3, label: Applied, evidence: expected}
        - {value: 4, label: Reviewed, evidence: expected}
    factors:
      - id: f
        title: F
        questions:
          - {id: q, type: scale, scale: maturity, text: Q?, help: H}

    """

  /// A folder with the questionnaire under `Questionnaires/` and the three responses.
  func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-evidence-\(UUID().uuidString)")
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("Questionnaires"), withIntermediateDirectories: true)
    try manager.createDirectory(
      at: folder.appendingPathComponent("responses"), withIntermediateDirectories: true)
    let bytes = Data(Self.questionnaire.utf8)
    try bytes.write(to: folder.appendingPathComponent("Questionnaires/ev.yaml"))
    let sha = Fingerprint.sha256([UInt8](bytes))
    for (name, administration, round, level, evidence) in [
      ("a-2020", "Alpha", "2020", 2, ""), ("a-2024", "Alpha", "2024", 4, ""),
      ("b-2024", "Beta", "2024", 3, ", evidence: Decree 7/2023"),
    ] {
      let text = """
        format: arusha/response-1
        questionnaire: {id: ev, version: "1", sha256: \(sha)}
        administration: \(administration)
        round: "\(round)"
        status: complete
        started: 2024-07-02T09:00:00Z
        updated: 2024-07-02T10:00:00Z
        completed: 2024-07-02T10:00:00Z
        answers:
          q: {value: \(level)\(evidence)}

        """
      try Data(text.utf8).write(to: folder.appendingPathComponent("responses/\(name).yaml"))
    }
    return folder
  }

  /// The groups by "administration round", and the changes, of `compare` with `extra`.
  func compare(_ extra: [String], in folder: URL) throws -> (
    object: [String: Any], groups: [String: [String: Any]], change: [String: Any]
  ) {
    let result = try runArushaInProcess(
      ["compare", "responses", "--format", "json"] + extra, directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let groups = try #require(object["groups"] as? [[String: Any]])
    let byName = Dictionary(
      uniqueKeysWithValues: groups.map {
        ("\($0["administration"] as? String ?? "") \($0["round"] as? String ?? "")", $0)
      })
    let change = try #require((object["changes"] as? [[String: Any]])?.first)
    return (object, byName, change)
  }

  /// Declared: Alpha 2024 is 100 and checked 50, both in the JSON.
  ///
  /// The change 2020 → 2024 is
  /// +50 up; the peers (Alpha 100, Beta 75) have median 87.5, so with margin 10 Alpha is
  /// above and Beta below; Alpha 2024 is a strength.
  @Test func bothScoresAreShownAndTheDeclaredOnesAreCompared() throws {
    let folder = try workspace()
    let (object, groups, change) = try compare([], in: folder)
    #expect(object["compared_scores"] as? String == "declared")
    let alpha = try #require(groups["Alpha 2024"])
    #expect(alpha["overall"] as? Double == 100)
    let checked = try #require(alpha["evidence_checked"] as? [String: Any])
    #expect(checked["overall"] as? Double == 50)
    #expect((checked["scores"] as? [String: Any])?["f"] as? Double == 50)
    #expect((alpha["position"] as? [String: Any])?["f"] as? String == "above")
    #expect((groups["Beta 2024"]?["position"] as? [String: Any])?["f"] as? String == "below")
    #expect(alpha["strengths"] as? [String] == ["f"])
    let delta = try #require(change["overall"] as? [String: Any])
    #expect(delta["delta"] as? Double == 50 && delta["direction"] as? String == "up")
  }

  /// `--evidence-checked`: Alpha 2024 compares at 50.
  ///
  /// The change is 0 (no direction); the
  /// peers (50, 75) have median 62.5: Alpha below, Beta above; Alpha is no strength. The
  /// declared scores stay in `overall` and `scores`.
  @Test func evidenceCheckedDrivesPeersPositionsChangesAndFindings() throws {
    let folder = try workspace()
    let (object, groups, change) = try compare(["--evidence-checked"], in: folder)
    #expect(object["compared_scores"] as? String == "evidence_checked")
    let alpha = try #require(groups["Alpha 2024"])
    #expect(alpha["overall"] as? Double == 100)
    #expect((alpha["position"] as? [String: Any])?["f"] as? String == "below")
    #expect((groups["Beta 2024"]?["position"] as? [String: Any])?["f"] as? String == "above")
    #expect(alpha["strengths"] as? [String] == [])
    let delta = try #require(change["overall"] as? [String: Any])
    #expect(delta["delta"] as? Double == 0)
    let peers = try #require(object["peers"] as? [String: Any])
    #expect((peers["overall"] as? [String: Any])?["median"] as? Double == 62.5)
  }

  /// The page and the terminal show the evidence-checked overall beside the declared one and
  /// a matrix of the evidence-checked scores; the workbook a sheet of them; the CSV a last
  /// column.
  @Test func everyFormatShowsBothScores() throws {
    let folder = try workspace()
    let markdown = try runArushaInProcess(
      ["compare", "responses", "--format", "markdown"], directory: folder)
    #expect(markdown.stdout.contains("## Evidence-checked scores by group"), "\(markdown.stdout)")
    #expect(markdown.stdout.contains("| Evidence-checked |"), "\(markdown.stdout)")
    let flagged = try runArushaInProcess(
      ["compare", "responses", "--format", "markdown", "--evidence-checked"], directory: folder)
    #expect(flagged.stdout.contains("## Declared scores by group"))
    let csv = try runArushaInProcess(
      ["compare", "responses", "--format", "csv"], directory: folder)
    let lines = csv.stdout.components(separatedBy: "\r\n")
    #expect(lines[0].hasSuffix(",signers,evidence_checked,suppressed"))
    #expect(
      lines.contains { $0.hasPrefix("Alpha,2024,1,1,0,,Overall,100,") && $0.hasSuffix(",50,false") }
    )
    // Under --evidence-checked a row's score, level, position and delta are all the
    // evidence-checked ones, and the declared score is the column before suppressed.
    let flaggedCSV = try runArushaInProcess(
      ["compare", "responses", "--format", "csv", "--evidence-checked"], directory: folder)
    let flaggedLines = flaggedCSV.stdout.components(separatedBy: "\r\n")
    #expect(flaggedLines[0].hasSuffix(",signers,declared,suppressed"))
    #expect(
      flaggedLines.contains {
        $0.hasPrefix("Alpha,2024,1,1,0,f,F,50,,below,0,") && $0.hasSuffix(",100,false")
      }, "\(flaggedLines)")
    let table = try runArushaInProcess(
      ["compare", "responses", "--format", "table"], directory: folder)
    #expect(table.stdout.contains("Evidence-checked scores by group"), "\(table.stdout)")
  }
}
