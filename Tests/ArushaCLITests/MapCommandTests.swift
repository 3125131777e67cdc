import ArushaTestSupport
import Foundation
import Testing

/// `arusha compare --map` and `arusha validate MAP` end to end, through the command line
/// (trust-and-continuity.md, "Item maps between questionnaire versions").
///
/// The fixtures (`Tests/ArushaCoreTests/Fixtures/maps`) are one small questionnaire in three
/// versions. Worked by hand:
/// - 2026, on version 1: q1 3, q2 2, q3 4, q4 4. Through `v1-v2.yaml`: q1 → q1 = 3 (3/4 =
///   0.75); q2 and q3 merge into q23 (a 0–2 scale): 2 → 1 and 4 → 2, the lowest is 1 (1/2 =
///   0.5); q4 is dropped; q5 was never asked (missing) and its `when_hidden: zero` follow-up q6
///   is excluded rather than scored 0. Factor f1 = (0.75 + 0.5) / 2 × 100 = 62.5; overall
///   62.5. Coverage: 2 questions with a score of 4 visible scored ones (q5 and q6 missing) =
///   0.5.
/// - 2027, on version 2: q1 4 (1), q23 2 (1), q5 yes (1), q6 no (0): (1 + 1 + 1 + 0) / 4 ×
///   100 = 75; coverage 1.
/// - The change 2026 → 2027 is +12.5, up (the threshold is 5), and mapped.
/// - 2025, on version 0: q0 3, q2 2, q3 4, q4 4. Through `v0-v1.yaml` (q0 → q1) it is the
///   2026 response, and through `v1-v2.yaml` again 62.5 with coverage 0.5.
@Suite struct MapCommandTests {
  static let fixtures = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/maps")

  func path(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

  /// `compare` of the 2026 and 2027 rounds through `v1-v2.yaml`, with `extra` arguments.
  func compare(_ extra: [String], folders: [String] = ["compare"]) throws -> CommandResult {
    try runArushaInProcess(
      ["compare"] + folders.map(path) + [
        "--questionnaire", path("v0.yaml"), "--questionnaire", path("v1.yaml"),
        "--questionnaire", path("v2.yaml"),
      ] + extra)
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  func close(_ value: Any?, _ expected: Double) -> Bool {
    guard let value = value as? Double else { return false }
    return abs(value - expected) < 1e-9
  }

  @Test func aMappedRoundIsComparedWithTheNewOneAndSaysSo() throws {
    let result = try compare(["--map", path("v1-v2.yaml"), "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try json(result.stdout)
    let questionnaire = try #require(object["questionnaire"] as? [String: Any])
    #expect(questionnaire["version"] as? String == "2")
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.map { $0["round"] as? String } == ["2026", "2027"])
    #expect(groups[0]["mapped_from"] as? [String] == ["1"])
    #expect(close(groups[0]["coverage"], 0.5))
    #expect(close(groups[0]["overall"], 62.5))
    #expect(close((groups[0]["scores"] as? [String: Any])?["f1"], 62.5))
    #expect(groups[1]["mapped_from"] as? [String] == [])
    #expect(close(groups[1]["coverage"], 1))
    #expect(close(groups[1]["overall"], 75))
    // Signatures were not checked: no signed count.
    #expect(groups.allSatisfy { $0["signed"] == nil })
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.count == 1)
    #expect(changes[0]["mapped"] as? Bool == true)
    let overall = try #require(changes[0]["overall"] as? [String: Any])
    #expect(close(overall["delta"], 12.5) && overall["direction"] as? String == "up")
  }

  @Test func withoutTheMapTheTwoVersionsAreRefused() throws {
    let result = try compare(["--format", "json"])
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("version"), "\(result.stderr)")
  }

  @Test func everyFormatMarksTheMappedGroupWithItsCoverage() throws {
    let map = ["--map", path("v1-v2.yaml"), "--lang", "en"]
    let table = try compare(map + ["--format", "table"])
    #expect(table.status == 0, "\(table.stderr)")
    // The mark kept beside its round by a no-break space.
    #expect(table.stdout.contains("2026\u{A0}†"), "\(table.stdout)")
    #expect(table.stdout.contains("2026 → 2027\u{A0}†"))
    #expect(table.stdout.range(of: #"Coverage\s+50%\s+100%"#, options: .regularExpression) != nil)
    #expect(table.stdout.contains("† answered on version 1 and read as version 2"))

    let markdown = try compare(map + ["--format", "markdown"])
    #expect(markdown.stdout.contains("| Round | Respondents | Coverage |"), "\(markdown.stdout)")
    #expect(markdown.stdout.contains("| Fixture Customs | 2026\u{A0}† | 1 | 50% |"))
    #expect(markdown.stdout.contains("| 2027\u{A0}† |"))
    // The history marks the mapped round too (from an expert's review).
    #expect(
      markdown.stdout.contains(
        "| Fixture Customs | 2026\u{A0}†:\u{A0}62.5 → 2027:\u{A0}75.0 |"),
      "\(markdown.stdout)")
    #expect(markdown.stdout.contains("† answered on version 1"))

    let csv = try compare(map + ["--format", "csv"]).stdout.components(separatedBy: "\r\n")
    #expect(
      csv[0].hasSuffix(
        ",delta,mapped_from,coverage,delta_mapped,signed,duplicates,signers,evidence_checked,suppressed"
      ))
    #expect(
      csv.contains("Fixture Customs,2026,1,0,0,,Overall,62.5,,,,1,0.5,,,0,,62.5,false"), "\(csv)")
    #expect(csv.contains("Fixture Customs,2027,1,0,0,,Overall,75,,,12.5,,1,true,,0,,75,false"))

    let html = try compare(map + ["--format", "html"]).stdout
    #expect(html.contains("2026\u{A0}<abbr title=\"† answered"))
    #expect(html.contains("<th class=\"num\">Coverage</th>"))
    #expect(html.contains("<td class=\"num\">50%</td>"))
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl, "openpyxl is missing: pip install openpyxl"))
  func theWorkbookHasTheMappedVersionsAndTheCoverage() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-map-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let output = folder.appendingPathComponent("mapped.xlsx")
    let result = try compare(["--map", path("v1-v2.yaml"), "--lang", "en", "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    let sheets = try WorkbookCommandTests.sheets(try WorkbookCommandTests.read(output))
    let scores = try WorkbookCommandTests.rows(sheets[0])
    let header = scores[0].map { $0["value"] as? String }
    let mapped = try #require(header.firstIndex(of: "Mapped from"))
    let coverage = try #require(header.firstIndex(of: "Coverage"))
    #expect(scores[1][mapped]["value"] as? String == "1")
    #expect(WorkbookCommandTests.same(scores[1][coverage], 0.5))
    #expect(scores[1][coverage]["format"] as? String == "0.0%")
    #expect(WorkbookCommandTests.same(scores[2][coverage], 1.0))
    #expect((scores[1].last?["value"] as? String)?.hasPrefix("† answered on version 1") == true)
    let changes = try WorkbookCommandTests.rows(sheets[2])
    let mappedChange = try #require(changes[0].firstIndex { $0["value"] as? String == "Mapped" })
    // A boolean is a word in the report language (issue 23: it printed as 1).
    #expect(changes[1][mappedChange]["value"] as? String == "Yes")
  }

  @Test func mapsChainInAnyOrder() throws {
    let result = try compare(
      ["--map", path("v1-v2.yaml"), "--map", path("v0-v1.yaml"), "--format", "json"],
      folders: ["chain", "compare"])
    #expect(result.status == 0, "\(result.stderr)")
    let groups = try #require(try json(result.stdout)["groups"] as? [[String: Any]])
    #expect(groups.map { $0["round"] as? String } == ["2025", "2026", "2027"])
    #expect(groups.map { $0["mapped_from"] as? [String] } == [["0"], ["1"], []])
    #expect(close(groups[0]["overall"], 62.5) && close(groups[0]["coverage"], 0.5))
  }

  @Test func aBrokenMapStopsTheComparisonAtItsPlace() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-map-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let broken = folder.appendingPathComponent("broken.yaml")
    try Data(
      """
      format: arusha/map-1
      from: {id: map-fixture, version: "1"}
      to: {id: map-fixture, version: "2"}
      questions:
        q2: q23
        q3: q233
      values:
        q23: {0: 0, 1: 0, 2: 1, 3: 1, 4: 9}

      """.utf8
    ).write(to: broken)
    let result = try compare(["--map", broken.path, "--format", "json"])
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains(
        "\(broken.path):6:7: error: no question 'q233' in the 'to' questionnaire; did you mean 'q23'?"
      ), "\(result.stderr)")
    #expect(
      result.stderr.contains("\(broken.path):8:36: error: 9 is not a value of 'q23' (0, 1, 2)"))

    // Two maps from one version.
    let twice = try compare(["--map", path("v1-v2.yaml"), "--map", path("v1-v2.yaml")])
    #expect(twice.status == 65)
    #expect(
      twice.stderr.contains("two maps start from 'map-fixture' version '1'"), "\(twice.stderr)")

    // A map that is not there, and a response given as a map.
    let missing = try compare(["--map", folder.appendingPathComponent("none.yaml").path])
    #expect(missing.status == 66, "\(missing.stderr)")
    let response = try compare(["--map", path("compare/fixture-2026.yaml")])
    #expect(response.status == 65)
    #expect(response.stderr.contains("is a response (format: arusha/response-1), not an item map"))
  }

  @Test func validateChecksAMapAgainstBothQuestionnaires() throws {
    let valid = try runArushaInProcess([
      "validate", path("v1-v2.yaml"), "--questionnaire", path("v1.yaml"), "--questionnaire",
      path("v2.yaml"),
    ])
    #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
    #expect(valid.stdout.contains("1 file checked: no problems"))
    // The questionnaires may also be among the files.
    let together = try runArushaInProcess([
      "validate", path("v1.yaml"), path("v2.yaml"), path("v1-v2.yaml"),
    ])
    #expect(together.status == 0, "\(together.stdout)")

    // Without them: an error at `from` and at `to`, saying what to pass.
    let alone = try runArushaInProcess(["validate", path("v1-v2.yaml")])
    #expect(alone.status == 65)
    #expect(
      alone.stdout.contains(
        "\(path("v1-v2.yaml")):2:7: error: the map's 'from' questionnaire 'map-fixture 1' cannot be used: no questionnaire 'map-fixture' version '1' is bundled or in ./Questionnaires; pass its file with --questionnaire FILE"
      ), "\(alone.stdout)")
    #expect(alone.stdout.contains("\(path("v1-v2.yaml")):3:5: error: the map's 'to' questionnaire"))
  }

  @Test func theShippedMapsValidateAgainstTheBundledQuestionnaires() throws {
    let maps = TestPaths.questionnaires.appendingPathComponent("maps")
    let names = try FileManager.default.contentsOfDirectory(atPath: maps.path).sorted()
    #expect(names.count >= 2)
    let result = try runArushaInProcess(
      ["validate", "--strict"] + names.map { maps.appendingPathComponent($0).path },
      directory: FileManager.default.temporaryDirectory)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  /// Two rounds of one administration on the bundled Declaration questionnaire, 2026.1 and
  /// 2027.1 (made by `Benchmarks/generate.py --seed 7` and `--seed 8`), through the shipped map.
  @Test func aRoundOnRAD2026IsComparedWithItsRoundOn2027ThroughTheShippedMap() throws {
    let result = try runArushaInProcess(
      [
        "compare", path("rad"), "--map",
        TestPaths.questionnaires.appendingPathComponent(
          "maps/rad-self-assessment-2026.1-to-2027.1.yaml"
        ).path, "--format", "json",
      ], directory: FileManager.default.temporaryDirectory)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try json(result.stdout)
    #expect((object["questionnaire"] as? [String: Any])?["version"] as? String == "2027.1")
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.map { $0["round"] as? String } == ["2026", "2027"])
    #expect(groups.map { $0["respondents"] as? Int } == [2, 2])
    #expect(groups.map { $0["mapped_from"] as? [String] } == [["2026.1"], []])
    // 2027.1 asks questions that 2026.1 did not: the mapped round has less than all of them.
    let coverage = try #require(groups[0]["coverage"] as? Double)
    #expect(coverage > 0.5 && coverage < 1, "\(coverage)")
    #expect(close(groups[1]["coverage"], 1))
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.count == 1 && changes[0]["mapped"] as? Bool == true)
    #expect(changes[0]["from"] as? String == "2026" && changes[0]["to"] as? String == "2027")
    // The shipped map is bundled: its name works in any folder, with the same figures.
    let byName = try runArushaInProcess(
      [
        "compare", path("rad"), "--map", "rad-self-assessment-2026.1-to-2027.1", "--format",
        "json",
      ], directory: FileManager.default.temporaryDirectory)
    #expect(byName.status == 0, "\(byName.stderr)")
    #expect(byName.stdout == result.stdout)
    let listing = try runArushaInProcess(["questionnaires"])
    #expect(listing.stdout.contains("--map NAME):\n  internal-affairs-2026.1-to-2027.1\n"))
    let unknown = try runArushaInProcess(
      ["compare", path("rad"), "--map", "rad-2026"],
      directory: FileManager.default.temporaryDirectory)
    #expect(unknown.status == 66)
    #expect(
      unknown.stderr.contains(
        "rad-2026: no such file, nor a bundled map of that name (bundled: internal-affairs-2026.1-to-2027.1, internal-affairs-2027.1-to-2027.2, rad-self-assessment-2026.1-to-2027.1, rad-self-assessment-2027.1-to-2027.2)"
      ), "\(unknown.stderr)")
  }

  /// A yes/no is not a level: mapped to a 0–4 scale, it needs its values said, even though
  /// 0 and 1 are values of the scale (found by a review: yes = 1 read as maturity 1).
  @Test func aYesNoMappedToAScaleNeedsItsValues() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-map-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(
      """
      format: arusha/map-1
      from: {id: rad-self-assessment, version: "2026.1"}
      to: {id: rad-self-assessment, version: "2027.1"}
      questions:
        regulatory-framework.rkc-accession: regulatory-framework.rkc-alignment

      """.utf8
    ).write(to: folder.appendingPathComponent("m.yaml"))
    let result = try runArushaInProcess(["validate", "m.yaml"], directory: folder)
    #expect(result.status == 65)
    #expect(
      result.stdout.contains(
        "m.yaml:5:39: error: 'regulatory-framework.rkc-accession' and 'regulatory-framework.rkc-alignment' are not both yes/no"
      ), "\(result.stdout)")
  }

  /// A map of a format version arusha does not read is a map, not a broken questionnaire: one
  /// line says so (found by review: it was nine questionnaire errors).
  @Test func aMapOfAnotherFormatVersionIsSaidOnce() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-map-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let text = String(
      decoding: try Data(contentsOf: URL(fileURLWithPath: path("v1-v2.yaml"))), as: UTF8.self)
    try Data(text.replacingOccurrences(of: "arusha/map-1", with: "arusha/map-2").utf8).write(
      to: folder.appendingPathComponent("m.yaml"))
    let result = try runArushaInProcess(
      [
        "validate", "m.yaml", "--questionnaire", path("v1.yaml"), "--questionnaire",
        path("v2.yaml"),
      ],
      directory: folder)
    #expect(result.status == 65)
    #expect(
      result.stdout.hasPrefix(
        "m.yaml:1:9: error: unsupported format 'arusha/map-2'; expected 'arusha/map-1'\n"),
      "\(result.stdout)")
    #expect(result.stdout.hasSuffix("1 file checked: 1 error, 0 warnings\n"))
    // Given where a response goes, it is named with the format it declares.
    let score = try runArushaInProcess(["score", "m.yaml"], directory: folder)
    #expect(score.status == 65)
    #expect(
      score.stderr.contains("is an item map (format: arusha/map-2), not a response"),
      "\(score.stderr)")
  }
}
