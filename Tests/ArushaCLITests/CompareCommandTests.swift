import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// `arusha compare` end to end, through the command line run in-process.
@Suite struct CompareCommandTests {
  static let fixtures = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/compare")

  /// A folder with the fixture's responses under `responses/` and both questionnaire versions
  /// under `Questionnaires/`, where `arusha` looks for them.
  func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-compare-\(UUID().uuidString)")
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("Questionnaires"), withIntermediateDirectories: true)
    for name in ["questionnaire.yaml", "questionnaire-v2.yaml"] {
      try manager.copyItem(
        at: Self.fixtures.appendingPathComponent(name),
        to: folder.appendingPathComponent("Questionnaires/\(name)"))
    }
    for name in ["responses", "responses-v2"] {
      try manager.copyItem(
        at: Self.fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test func jsonByDefaultWhenPipedWithTheHandComputedFigures() throws {
    let folder = try workspace()
    let result = try runArushaInProcess(["compare", "responses"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr
        == "arusha: note: left out 1 response not complete (status 'in-progress'); --include-incomplete counts them\n"
    )
    let object = try json(result.stdout)
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.count == 9)
    // Benin 2024: (87.5 + 62.5 + 100) / 3 = 250/3 (ComparisonTests works out every figure).
    #expect(abs((groups[2]["overall"] as? Double ?? 0) - 250.0 / 3) < 1e-9)
  }

  @Test func optionsEndToEnd() throws {
    let folder = try workspace()
    let result = try runArushaInProcess(
      [
        "compare", "responses", "--min-respondents", "2", "--baseline", "2020", "--round", "2024",
        "--margin", "5", "--role", "management", "--include-incomplete", "--anonymize",
      ], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "arusha: note: left out 2 responses whose role is not 'management'\n")
    let object = try json(result.stdout)
    let groups = try #require(object["groups"] as? [[String: Any]])
    // Management only, drafts included: Benin 2024 keeps 2 responses; Zambia 2020 has 2 now.
    #expect(
      groups.map { "\($0["administration"] ?? "") \($0["round"] ?? "") \($0["respondents"] ?? "")" }
        == [
          "A1 2020 2", "A1 2022 1", "A1 2024 2", "A2 2 1", "A2 10 1", "A3 2024 1", "A3 2024-2 2",
          "A4 2020 2", "A5 2024 1",
        ])
    // Zambia 2020 is unsuppressed (2 respondents) and its only round; Benin 2020 → 2024.
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.map { $0["administration"] as? String } == ["A1"])
    // Round 2024 peers: only Benin (A1) 2024 is unsuppressed.
    let peers = try #require(object["peers"] as? [String: Any])
    #expect(peers["round"] as? String == "2024")
    #expect((peers["overall"] as? [String: Any])?["n"] as? Int == 1)
  }

  @Test func mixedVersionsAreRefusedUnlessAllowed() throws {
    let folder = try workspace()
    let refused = try runArushaInProcess(
      ["compare", "responses", "responses-v2"], directory: folder)
    #expect(refused.status == 65)
    #expect(
      refused.stderr.contains(
        "arusha: the responses answer different versions of questionnaire 'compare-fixture': '1' (14 files, e.g. 'responses/benin/benin-2020-1.yaml', 'responses/benin/benin-2020-2.yaml', 'responses/benin/benin-2022-1.yaml') and '2' ('responses-v2/benin-2026-1.yaml'); pass --allow-mixed-versions"
      ), "\(refused.stderr)")
    #expect(refused.stdout.isEmpty)

    let allowed = try runArushaInProcess(
      ["compare", "responses", "responses-v2", "--allow-mixed-versions"], directory: folder)
    #expect(allowed.status == 0, "\(allowed.stderr)")
    let object = try json(allowed.stdout)
    // The factors of the newest version; the version-1 responses keep their own scores.
    #expect((object["questionnaire"] as? [String: String])?["version"] == "2")
    #expect(
      (object["factors"] as? [[String: Any]])?.map { $0["id"] as? String } == [
        "alpha", "beta", "gamma",
      ])
    let groups = try #require(object["groups"] as? [[String: Any]])
    // Benin 2026 (version 2): alpha 100; beta (2/4 + 1) / 2 = 75; gamma 1/4 → 25;
    // overall (100 + 75 + 25) / 3 = 200/3.
    let benin2026 = try #require(groups.first { $0["round"] as? String == "2026" })
    #expect((benin2026["scores"] as? [String: Double]) == ["alpha": 100, "beta": 75, "gamma": 25])
    #expect(abs((benin2026["overall"] as? Double ?? 0) - 200.0 / 3) < 1e-9)
    // Benin 2024 (version 1) has no gamma.
    let benin2024 = try #require(groups.first { $0["round"] as? String == "2024" })
    #expect((benin2024["scores"] as? [String: Any])?["gamma"] is NSNull)
    // Benin 2024 → 2026: overall 200/3 − 250/3 = −50/3, down; gamma null.
    let change = try #require((object["changes"] as? [[String: Any]])?.first)
    #expect(change["from"] as? String == "2024" && change["to"] as? String == "2026")
    let overall = try #require(change["overall"] as? [String: Any])
    #expect(abs((overall["delta"] as? Double ?? 0) + 50.0 / 3) < 1e-9)
    #expect(overall["direction"] as? String == "down")
  }

  @Test func anEditedQuestionnaireAndAnotherQuestionnaireAreRefused() throws {
    let folder = try workspace()
    // The same id and version, made from other bytes.
    let original = folder.appendingPathComponent("responses/niger/niger-2-1.yaml")
    let text = try String(contentsOf: original, encoding: .utf8)
    let sha = try #require(text.split(separator: "\n").first { $0.hasPrefix("  sha256: ") })
    try write(
      text.replacingOccurrences(
        of: String(sha), with: "  sha256: " + String(repeating: "1", count: 64)),
      to: original)
    let edited = try runArushaInProcess(["compare", "responses"], directory: folder)
    #expect(edited.status == 65)
    #expect(
      edited.stderr.contains(
        "arusha: the responses to questionnaire 'compare-fixture' version '1' were made with different files: sha256 e8bcdc4473d5… (13 files, e.g. 'responses/benin/benin-2020-1.yaml', 'responses/benin/benin-2020-2.yaml', 'responses/benin/benin-2022-1.yaml') and sha256 111111111111… ('responses/niger/niger-2-1.yaml'); the questionnaire was edited without a new version"
      ), "\(edited.stderr)")
    // And the questionnaire found for it has other bytes: said once, with its file.
    #expect(
      edited.stderr.contains("but its contents differ from the file the response was made with"))
    #expect(edited.stderr.contains("(answered by 'responses/niger/niger-2-1.yaml')"))

    let other = try workspace()
    try FileManager.default.copyItem(
      at: TestPaths.packageRoot.appendingPathComponent(
        "Tests/ArushaCoreTests/Fixtures/scoring/response.yaml"),
      to: other.appendingPathComponent("responses/other.yaml"))
    let mixed = try runArushaInProcess(
      ["compare", "responses", "--include-incomplete"], directory: other)
    #expect(mixed.status == 65)
    #expect(
      mixed.stderr.contains(
        "arusha: the responses answer different questionnaires: 'compare-fixture' (15 files, e.g."
      ), "\(mixed.stderr)")
    #expect(mixed.stderr.contains("and 'scoring-fixture' ('responses/other.yaml')"))
  }

  @Test func invalidFilesAreAllNamedWithTheirProblems() throws {
    let folder = try workspace()
    try write(
      "format: arusha/response-1\nquestionnaire: [\n",
      to: folder.appendingPathComponent("responses/broken.yaml"))
    let niger = folder.appendingPathComponent("responses/niger/niger-2-1.yaml")
    try write(
      try String(contentsOf: niger, encoding: .utf8).replacingOccurrences(
        of: "a1: {value: 2}", with: "a1: {value: 7}"),
      to: niger)
    let result = try runArushaInProcess(
      ["compare", "responses", "-o", "out.json"], directory: folder)
    #expect(result.status == 65)
    #expect(
      result.stderr.contains(
        "responses/broken.yaml:3:1: error: did not find expected node content"), "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "responses/niger/niger-2-1.yaml:16:15: error: 7 is not an option of 'a1' (0, 1, 2, 3, 4)\n    a1: {value: 7}\n"
      ), "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "arusha: 2 of 16 response files cannot be used (2 invalid); nothing was compared: fix them, or pass --skip-invalid to compare without them\n"
      ))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path))

    let skipped = try runArushaInProcess(
      ["compare", "responses", "--skip-invalid"], directory: folder)
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(
      skipped.stderr.contains(
        "arusha: note: left out 2 files that cannot be used (--skip-invalid):\n  responses/broken.yaml:3:1: did not find expected node content"
      ), "\(skipped.stderr)")
    let groups = try #require(try json(skipped.stdout)["groups"] as? [[String: Any]])
    #expect(
      !groups.contains {
        $0["administration"] as? String == "Niger" && $0["round"] as? String == "2"
      })
  }

  @Test func unreadableFilesExit66AndFoldersSkipOtherYAML() throws {
    let missing = try runArushaInProcess(["compare", "/nonexistent/a.yaml", "/nonexistent/b.yaml"])
    #expect(missing.status == 66)
    #expect(
      missing.stderr.contains(
        "/nonexistent/a.yaml: error: no such file\n/nonexistent/b.yaml: error: no such file\n"),
      "\(missing.stderr)")

    let folder = try workspace()
    let empty = folder.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let none = try runArushaInProcess(["compare", "empty"], directory: folder)
    #expect(none.status == 66)
    #expect(none.stderr == "arusha: no response files (*.yaml, *.yml) in 'empty'\n")

    // Broken YAML in a folder counts as a broken response only if it says it is one.
    try write("key: [unclosed\n", to: folder.appendingPathComponent("responses/notes.yml"))
    let broken = try runArushaInProcess(["compare", "responses"], directory: folder)
    #expect(broken.status == 0, "\(broken.stderr)")
    #expect(
      broken.stderr.contains(
        "arusha: note: skipped 1 YAML file in folders whose format is not 'arusha/response-1': 'responses/notes.yml'\n"
      ))
    try FileManager.default.removeItem(at: folder.appendingPathComponent("responses/notes.yml"))

    // A questionnaire in a folder of responses is skipped with a note; named, it is refused.
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent("questionnaire.yaml"),
      to: folder.appendingPathComponent("responses/questionnaire.yaml"))
    let skipped = try runArushaInProcess(["compare", "responses"], directory: folder)
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(
      skipped.stderr.contains(
        "arusha: note: skipped 1 YAML file in folders whose format is not 'arusha/response-1': 'responses/questionnaire.yaml'\n"
      ))
    let named = try runArushaInProcess(
      ["compare", "responses/questionnaire.yaml"], directory: folder)
    #expect(named.status == 65)
    // One line saying what the file is, not the response format's errors (cli.md).
    #expect(
      named.stderr.hasPrefix(
        "responses/questionnaire.yaml: error: is a questionnaire (format: arusha/questionnaire-1), not a response;"
      ), "\(named.stderr)")
    #expect(!named.stderr.contains("unknown key"))
  }

  @Test func missingQuestionnaireSaysWhatToPassOnce() throws {
    let folder = try workspace()
    try FileManager.default.removeItem(at: folder.appendingPathComponent("Questionnaires"))
    let result = try runArushaInProcess(["compare", "responses"], directory: folder)
    #expect(result.status == 65)
    #expect(
      result.stderr.hasSuffix(
        "arusha: no questionnaire 'compare-fixture' version '1' is bundled or in ./Questionnaires; pass the questionnaire file the response was made with: --questionnaire FILE (answered by 14 files, e.g. 'responses/benin/benin-2020-1.yaml', 'responses/benin/benin-2020-2.yaml', 'responses/benin/benin-2022-1.yaml')\n"
      ), "\(result.stderr)")
    let explicit = try runArushaInProcess(
      [
        "compare", "responses", "--questionnaire",
        Self.fixtures.appendingPathComponent("questionnaire.yaml").path,
      ],
      directory: folder)
    #expect(explicit.status == 0, "\(explicit.stderr)")
  }

  /// Issue 23: with an explicit `--lang fr` the CSV is the one a French spreadsheet opens as
  /// columns of numbers (`;` between fields, a decimal comma, UTF-8 with a byte-order mark, no
  /// `sep=` line); without it, the CSV for tools is unchanged, whatever the responses' language.
  @Test func csvInFrenchOpensAsColumnsInAFrenchSpreadsheet() throws {
    let folder = try workspace()
    let french = try runArushaInProcess(
      ["compare", "responses", "--format", "csv", "--lang", "fr"], directory: folder)
    #expect(french.status == 0, "\(french.stderr)")
    let lines = french.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines[0].hasPrefix("\u{FEFF}administration;round;respondents;unsupported;na;factor;"))
    #expect(
      lines.allSatisfy { $0.split(separator: ";", omittingEmptySubsequences: false).count == 19 })
    #expect(
      lines.contains(
        "Benin;2024;3;0;0;;Score global;83,33333333333333;Avancé;;20,83333333333333;;1;false;;0;;83,33333333333333;false"
      ),
      "\(lines)")
    #expect(!french.stdout.contains("sep="))
    let tools = try runArushaInProcess(
      ["compare", "responses", "--format", "csv"], directory: folder)
    #expect(tools.stdout.contains("\r\nBenin,2024,3,0,0,,Overall,83.33333333333333,Advanced,"))
  }

  /// Issue 23: `--anonymize` numbers every readable response's administration before the role
  /// filter, so a label means the same administration whatever `--role` leaves out, and
  /// `--anonymize-key FILE` keeps which is which for the expert's records.
  @Test func anonymousLabelsAreStableAcrossRolesAndTheKeyIsWritten() throws {
    let folder = try workspace()
    // Only Niger then has an `audit` response; Benin still has others, so it keeps A1.
    try FileManager.default.removeItem(
      at: folder.appendingPathComponent("responses/benin/benin-2024-3.yaml"))
    let audit = try runArushaInProcess(
      [
        "compare", "responses", "--role", "audit", "--anonymize", "--anonymize-key", "key.csv",
        "--format", "csv",
      ], directory: folder)
    #expect(audit.status == 0, "\(audit.stderr)")
    let rows = audit.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(!rows.isEmpty && rows.allSatisfy { $0.hasPrefix("A2,") }, "\(rows)")
    let key = String(
      decoding: try Data(contentsOf: folder.appendingPathComponent("key.csv")), as: UTF8.self)
    #expect(
      key == "\u{FEFF}label,name\r\nA1,Benin\r\nA2,Niger\r\nA3,Togo\r\nA4,Zambia\r\nA5,Éthiopie\r\n"
    )
    #expect(!audit.stdout.contains("Niger") && !audit.stderr.contains("Niger"))
    let all = try runArushaInProcess(
      ["compare", "responses", "--anonymize", "--anonymize-key", "all.csv", "--format", "csv"],
      directory: folder)
    #expect(all.status == 0, "\(all.stderr)")
    #expect(try Data(contentsOf: folder.appendingPathComponent("all.csv")) == Data(key.utf8))
    let alone = try runArushaInProcess(
      ["compare", "responses", "--anonymize-key", "k.csv"], directory: folder)
    #expect(alone.status == 64 && alone.stderr.contains("--anonymize-key goes with --anonymize"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("k.csv").path))
    // The key never overwrites the report, however the two paths are spelled.
    let same = try runArushaInProcess(
      [
        "compare", "responses", "--anonymize", "--anonymize-key", "./r.csv", "-o", "r.csv",
      ], directory: folder)
    #expect(
      same.status == 64
        && same.stderr.contains(
          "--anonymize-key './r.csv' is one of the files this command reads; write the key"),
      "\(same.stderr)")
  }

  @Test func everyFormatToAFile() throws {
    let folder = try workspace()
    for (name, check) in [
      ("c.html", "<!DOCTYPE html>"),
      ("c.csv", "\u{FEFF}administration,round,respondents,unsupported,na,factor"),
      ("c.md", "# Comparison — Comparison fixture"), ("c.json", "{"),
      ("c.txt", "Comparison — Comparison fixture\n"),
    ] {
      let result = try runArushaInProcess(["compare", "responses", "-o", name], directory: folder)
      #expect(result.status == 0 && result.stdout.isEmpty, "\(name): \(result.stderr)")
      let written = String(
        decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
      #expect(written.hasPrefix(check), "\(name)")
      #expect(!written.contains("\u{1B}"), "\(name)")
    }
    let french = try runArushaInProcess(
      ["compare", "responses", "--format", "markdown", "--lang", "fr"], directory: folder)
    #expect(french.stdout.hasPrefix("# Comparaison — Questionnaire de comparaison"))
  }

  @Test func badOptionsAreUsageErrors() throws {
    for arguments in [
      ["compare", "x", "--min-respondents", "0"], ["compare", "x", "--margin", "-1"], ["compare"],
      ["compare", "x", "--format", "pdf"],
    ] {
      let result = try runArushaInProcess(arguments)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }
  }
}
