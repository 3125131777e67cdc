import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

@Suite struct ValidateCommandTests {
  func temporaryFile(_ text: String, name: String = "q.yaml") throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test func bundledQuestionnairesPassStrict() throws {
    // Released versions (2026.1, example 1) never change; they predate `when_hidden` and
    // carry its warning, which only --strict makes an error (QuestionnaireFileTests).
    let released = [
      "example-1.yaml", "internal-affairs-2026.1.yaml", "revised-arusha-declaration-2026.1.yaml",
    ]
    let files = TestPaths.questionnaireFiles().filter { !released.contains($0.lastPathComponent) }
    let result = try runArushaInProcess(["validate", "--strict"] + files.map(\.path))
    #expect(result.status == 0, "\(result.stdout)")
    // Only the warning on RAD 2027.1's uneven shares (issue 24), which stays a warning under
    // --strict: a released file keeps its bytes.
    let warnings = result.stdout.split(separator: "\n").filter { $0.contains(": warning: ") }
    #expect(warnings.count == 1, "\(result.stdout)")
    #expect(
      warnings.first?.contains(
        "revised-arusha-declaration-2027.1.yaml:602:13: warning: question 'reform.programme' carries 3.33% of the overall score"
      ) == true)
    #expect(result.stdout.hasSuffix("checked: 0 errors, 1 warning\n"), "\(result.stdout)")
    let all = try runArushaInProcess(["validate"] + TestPaths.questionnaireFiles().map(\.path))
    #expect(all.status == 0, "every bundled file is valid: \(all.stdout)")
  }

  @Test func brokenFileExits65AndPrintsEveryProblem() throws {
    let url = try temporaryFile(
      """
      format: arusha/questionnaire-1
      id: x
      version: "1"
      title: T
      factors:
        - id: f
          title: F
          questions:
            - {id: q, type: yesno, text: Q?, help: H, wieght: 2}
            - {id: r, type: yesno, text: R?, when_hidden: zero, when: q == 3}
      """)
    let result = try runArushaInProcess(["validate", url.path])
    #expect(result.status == 65)
    let lines = result.stdout.split(separator: "\n").filter { $0.hasPrefix(url.path) }.map {
      String($0.dropFirst(url.path.count))
    }
    #expect(
      lines == [
        ":9:49: error: unknown key 'wieght' in a question; did you mean 'weight'?",
        ":10:9: warning: question 'r' has no help; say what evidence counts",
        ":10:65: error: 'q' is a yes/no question: compare it with yes or no",
      ])
    #expect(result.stdout.hasSuffix("1 file checked: 2 errors, 1 warning\n"))
  }

  @Test func warningsPassUnlessStrict() throws {
    let url = try temporaryFile(
      "format: arusha/questionnaire-1\nid: x\nversion: \"1\"\ntitle: T\nfactors: [{id: f, title: F, questions: [{id: q, type: yesno, text: Q?}]}]\n"
    )
    #expect(try runArushaInProcess(["validate", url.path]).status == 0)
    let strict = try runArushaInProcess(["validate", "--strict", url.path])
    #expect(strict.status == 65)
    #expect(strict.stdout.contains(":5:41: error: question 'q' has no help"))
  }

  /// Issue 24: under --strict, uneven shares of the overall score are a warning, never an
  /// error.
  ///
  /// A largest share more than 4 times the smallest is warned of; the exit status is that of
  /// the other findings. By hand: f (weight 3) has q (weight 1) and r (weight 3); g (weight 1) has s. ΣW = 4:
  /// q = 3/4 × 1/4 = 18.75%, r = 3/4 × 3/4 = 56.25%, s = 1/4 = 25%; 56.25 / 18.75 = 3: even
  /// enough. With r of weight 4: q = 3/4 × 1/5 = 15%, r = 60%, 4.0 times: still not more than
  /// 4. With r of weight 5: q = 12.5%, r = 62.5%, 5.0 times: warned.
  @Test(arguments: [("3", false), ("4", false), ("5", true)])
  func strictWarnsOfUnevenShares(weight: String, warned: Bool) throws {
    let url = try temporaryFile(
      """
      format: arusha/questionnaire-1
      id: x
      version: "1"
      title: T
      factors:
        - id: f
          title: F
          weight: 3
          questions:
            - {id: q, type: yesno, text: Q?, help: H}
            - {id: r, type: yesno, text: R?, help: H, weight: \(weight)}
        - id: g
          title: G
          questions:
            - {id: s, type: yesno, text: S?, help: H}
      """)
    let plain = try runArushaInProcess(["validate", url.path])
    #expect(plain.status == 0 && plain.stdout == "1 file checked: no problems\n")
    let strict = try runArushaInProcess(["validate", "--strict", url.path])
    #expect(strict.status == 0, "\(strict.stdout)")
    guard warned else {
      #expect(strict.stdout == "1 file checked: no problems\n", "\(strict.stdout)")
      return
    }
    #expect(
      strict.stdout.hasPrefix(
        "\(url.path):11:14: warning: question 'r' carries 62.50% of the overall score, 5.0 times as much as 'q' (12.50%), more than 4 times: check the factor and question weights ('arusha explain' gives every share)\n"
      ), "\(strict.stdout)")
    #expect(
      strict.stdout.contains("\(url.path):10:14: note: 'q' carries 12.50% of the overall score"))
    #expect(strict.stdout.hasSuffix("1 file checked: 0 errors, 1 warning\n"))
    // Another warning is still an error under --strict; this one stays a warning.
    let noHelp = try temporaryFile(
      try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
        of: "{id: s, type: yesno, text: S?, help: H}", with: "{id: s, type: yesno, text: S?}"))
    let both = try runArushaInProcess(["validate", "--strict", "--format", "json", noHelp.path])
    #expect(both.status == 65)
    #expect(both.stdout.contains("\"severity\": \"warning\""), "\(both.stdout)")
    #expect(both.stdout.contains("\"severity\": \"error\""))
  }

  @Test func missingFileExits66() throws {
    let result = try runArushaInProcess(["validate", "/nonexistent/q.yaml"])
    #expect(result.status == 66)
    #expect(result.stdout.hasPrefix("/nonexistent/q.yaml: error: no such file\n"))
  }

  @Test func maliciousInputsEndWithAClearError() throws {
    let bomb =
      (["a: &a [x, x, x, x, x, x, x, x, x, x]"]
      + (1..<10).map { level in
        let previous = Character(UnicodeScalar(UInt8(96 + level)))
        let name = Character(UnicodeScalar(UInt8(97 + level)))
        return "\(name): &\(name) ["
          + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]"
      }).joined(separator: "\n")
    let cases: [(String, [UInt8], String)] = [
      (
        "bomb.yaml", Array(bomb.utf8),
        ":5:36: error: alias '*d' would expand the document past 100000 nodes"
      ),
      (
        "deep.yaml",
        Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8),
        ":1:65: error: nesting is deeper than 64 levels"
      ),
      (
        "garbage.yaml", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0xFF, 0xFE],
        ":1:1: error: control characters are not allowed (U+007F)"
      ),
    ]
    for (name, bytes, expected) in cases {
      let url = try temporaryFile("", name: name)
      try Data(bytes).write(to: url)
      let result = try runArushaInProcess(["validate", url.path])
      #expect(result.status == 65, "\(name)")
      #expect(result.stdout.hasPrefix(url.path + expected), "\(name): \(result.stdout)")
    }
    let huge = try temporaryFile("", name: "huge.yaml")
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 100 << 20)
    try handle.close()
    let result = try runArushaInProcess(["validate", huge.path])
    #expect(result.status == 65)
    #expect(
      result.stdout.hasPrefix(
        huge.path + ": error: the file is 104857600 bytes, more than the 4194304 bytes accepted"))
  }

  @Test func jsonFormat() throws {
    let result = try runArushaInProcess([
      "validate", "--format", "json", "Questionnaires/example.yaml",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"valid\": true"))
  }

  @Test func schemaCommandPrintsTheCommittedSchema() throws {
    let result = try runArushaInProcess(["schema"])
    let committed = try String(
      contentsOf: TestPaths.questionnaires.appendingPathComponent("questionnaire.schema.json"),
      encoding: .utf8)
    #expect(result.status == 0 && result.stdout == committed)
  }

  @Test func questionnairesListsTheBundledOnesFromAnyFolder() throws {
    let result = try runArushaInProcess(
      ["questionnaires", "--format", "json"], directory: FileManager.default.temporaryDirectory)
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"id\": \"example\""))
  }

  /// Issue 23: with `--lang fr` the listing's own words are French, not only the titles.
  @Test func questionnairesInFrenchHasFrenchHeaders() throws {
    let result = try runArushaInProcess(["questionnaires", "--lang", "fr"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first?.split(separator: " ", omittingEmptySubsequences: true)
        == ["ID", "VERSION", "LANGUES", "QUESTIONS", "TITRE"], "\(result.stdout)")
    #expect(
      result.stdout.contains(
        "\n\nTables de correspondance entre versions (arusha compare … --map NOM)\u{A0}:\n"))
    #expect(!result.stdout.contains("LANGUAGES") && !result.stdout.contains("Item maps"))
  }

  /// Every bundled version is listed, the newest first for each id (issue 13).
  @Test func questionnairesListsEveryVersionNewestFirst() throws {
    let result = try runArushaInProcess(["questionnaires"])
    #expect(result.status == 0)
    // The questionnaires' table, up to the blank line before the bundled item maps.
    let table = result.stdout.components(separatedBy: "\n\n")[0]
    #expect(result.stdout.contains("\n\nItem maps between versions"))
    let rows = table.split(separator: "\n").dropFirst().map {
      $0.split(separator: " ", omittingEmptySubsequences: true).prefix(2).map(String.init)
    }
    let examples = rows.filter { $0.first == "example" }.map { $0[1] }
    #expect(examples == ["4", "3", "2", "1"], "\(result.stdout)")
    for id in Set(rows.compactMap(\.first)) {
      let versions = rows.filter { $0.first == id }.map { $0[1] }
      #expect(
        versions == versions.sorted { NaturalOrder.precedes($1, $0) }, "\(id): \(versions)")
    }
  }

  @Test func usageErrorExits64() throws {
    #expect(try runArushaInProcess(["validate"]).status == 64)
    #expect(try runArushaInProcess(["validate", "--format", "xml", "x.yaml"]).status == 64)
  }

  /// The caret under a problem after `漢字` stands under its display cell: each of the two
  /// wide characters takes two cells (issue 12).
  @Test func caretAfterWideCharactersStandsUnderItsCell() throws {
    let url = try temporaryFile("a: 漢字: b\n")
    let result = try runArushaInProcess(["validate", url.path])
    #expect(result.status == 65)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.count > 2
        && lines[0].hasSuffix(":1:6: error: mapping values are not allowed in this context"))
    // "a: " is 3 cells, 漢字 4: the `:` at column 6 is at cell 8, after the 2-space margin.
    #expect(lines.count > 2 && lines[1] == "  a: 漢字: b")
    #expect(lines.count > 2 && lines[2] == "         ^")
  }
}
