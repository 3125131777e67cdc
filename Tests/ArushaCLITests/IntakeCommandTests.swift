import ArushaTestSupport
import Foundation
import Testing

/// What comes into `compare` (issue 22, kinds 2, 4 and 5), through the command line: no
/// symbolic link followed inside a folder, each respondent counted once, and no file that
/// cannot be read left out in silence.
@Suite struct IntakeCommandTests {
  /// A folder with the tiny questionnaire and a complete response `base.yaml` of "X Customs".
  func workspace() throws -> (folder: URL, base: String) {
    let hostile = HostileInputTests()
    let folder = try hostile.workspace()
    let base = try hostile.text(
      try hostile.completeResponse(folder, "base.yaml", administration: "X Customs"))
    return (folder, base)
  }

  /// `base` with `administration`, `respondent`, `updated` and the text answer replaced.
  func variant(
    _ base: String, administration: String? = nil, respondent: String? = nil,
    updated: String? = nil, answer: String? = nil
  ) -> String {
    var lines = base.components(separatedBy: "\n")
    for index in lines.indices {
      if let administration, lines[index].hasPrefix("administration: ") {
        lines[index] = "administration: \(administration)"
      }
      if let respondent, lines[index].hasPrefix("respondent: ") {
        lines[index] = "respondent: \(respondent)"
      }
      if let updated, lines[index].hasPrefix("updated: ") { lines[index] = "updated: \(updated)" }
      if let answer, lines[index] == "    value: Some text" {
        lines[index] = "    value: \(answer)"
      }
    }
    return lines.joined(separator: "\n")
  }

  func write(_ text: String, _ path: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func groups(_ stdout: String) throws -> [[String: Any]] {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
    return try #require(object["groups"] as? [[String: Any]])
  }

  // MARK: Kind 2: links inside folders

  @Test func aLinkInQuestionnairesIsNamedWhenNoQuestionnaireIsFound() throws {
    let (folder, base) = try workspace()
    try write(base, "r/a.yaml", in: folder)
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
    try manager.moveItem(
      at: folder.appendingPathComponent("Questionnaires/tiny.yaml"),
      to: folder.appendingPathComponent("elsewhere/tiny.yaml"))
    try manager.createSymbolicLink(
      atPath: folder.appendingPathComponent("Questionnaires/t.yaml").path,
      withDestinationPath: "../elsewhere/tiny.yaml")
    let result = try runArushaInProcess(["score", "r/a.yaml"], directory: folder)
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "arusha: no questionnaire 'tiny' version '1' is bundled or in ./Questionnaires (symbolic links there are not followed: 'Questionnaires/t.yaml'); pass the questionnaire file the response was made with: --questionnaire FILE\n"
    )
    // Named with --questionnaire, the link is followed.
    let named = try runArushaInProcess(
      ["score", "r/a.yaml", "--questionnaire", "Questionnaires/t.yaml", "--format", "json"],
      directory: folder)
    #expect(named.status == 0, "\(named.stderr)")
  }

  @Test func noLinkIsFollowedInsideAFolderAndEachIsNamed() throws {
    let (folder, base) = try workspace()
    try write(base, "r/a.yaml", in: folder)
    try write(variant(base, administration: "Outside Customs"), "outside/o.yaml", in: folder)
    let manager = FileManager.default
    let r = folder.appendingPathComponent("r")
    try manager.createSymbolicLink(atPath: r.path + "/out", withDestinationPath: "../outside")
    try manager.createSymbolicLink(atPath: r.path + "/root", withDestinationPath: "/")
    try manager.createSymbolicLink(
      atPath: r.path + "/o.yaml", withDestinationPath: "../outside/o.yaml")
    try manager.createSymbolicLink(atPath: r.path + "/dangling.yaml", withDestinationPath: "none")
    let result = try runArushaInProcess(["compare", "r", "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try groups(result.stdout).map { $0["administration"] as? String } == ["X Customs"])
    #expect(
      result.stderr
        == "arusha: note: did not follow 4 symbolic links inside folders (a link is followed only when given on the command line): 'r/dangling.yaml', 'r/o.yaml', 'r/out', 'r/root'\n"
    )
    // Given on the command line, a link is followed.
    let named = try runArushaInProcess(
      ["compare", "r/o.yaml", "r/out", "--format", "json"], directory: folder)
    #expect(named.status == 0, "\(named.stderr)")
    #expect(
      try groups(named.stdout).map { $0["administration"] as? String } == ["Outside Customs"])
  }

  // MARK: Kind 4: copies

  @Test func threeByteIdenticalCopiesCountOnce() throws {
    let (folder, base) = try workspace()
    for name in ["a", "b", "c"] { try write(base, "r/\(name).yaml", in: folder) }
    let result = try runArushaInProcess(
      ["compare", "r", "--min-respondents", "3", "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr
        == "arusha: warning: 'r/a.yaml', 'r/b.yaml' and 'r/c.yaml' are byte-identical copies of one response: counted once, as 'r/a.yaml'\n"
    )
    let group = try #require(try groups(result.stdout).first)
    #expect(group["respondents"] as? Int == 1)
    #expect(group["suppressed"] as? Bool == true, "one respondent, not three")
    #expect(group["duplicates"] as? Int == 2)
  }

  @Test func oneNamedRespondentCountsOnceTheLatestUpdated() throws {
    let (folder, base) = try workspace()
    try write(
      variant(base, respondent: "Amadou", updated: "2024-03-01T10:00:00Z"), "r/n1.yaml",
      in: folder)
    // The latest: its answer to the yes/no is the same, its text differs.
    try write(
      variant(base, respondent: "Amadou", updated: "2024-03-01T10:00:00.5Z", answer: "Later"),
      "r/n2.yaml", in: folder)
    try write(
      variant(base, respondent: "Amadou", updated: "2024-02-01T10:00:00Z", answer: "Older"),
      "r/n3.yaml", in: folder)
    // Respondents without a name are never merged, even with the same answers.
    try write(variant(base, answer: "One"), "r/u1.yaml", in: folder)
    try write(variant(base, answer: "Two"), "r/u2.yaml", in: folder)
    let result = try runArushaInProcess(["compare", "r", "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr
        == "arusha: warning: 'r/n1.yaml', 'r/n2.yaml' and 'r/n3.yaml' are responses of one respondent (administration 'X Customs', round '2024', respondent 'Amadou'): counted once, the latest, 'r/n2.yaml' (updated 2024-03-01T10:00:00.5Z)\n"
    )
    let group = try #require(try groups(result.stdout).first)
    #expect(group["respondents"] as? Int == 3)
    #expect(group["duplicates"] as? Int == 2)
    // Under --anonymize the warning names files only.
    let anonymous = try runArushaInProcess(
      ["compare", "r", "--anonymize", "--format", "json"], directory: folder)
    #expect(anonymous.stderr.contains("are responses of one respondent: counted once"))
    #expect(!anonymous.stderr.contains("Amadou") && !anonymous.stderr.contains("X Customs"))
  }

  @Test(arguments: [
    ("table", "Copies left out          2"), ("markdown", "| X Customs | 2024 | 1 | 2 |"),
    ("csv", "signed,duplicates,signers,evidence_checked,suppressed\r\n"),
    ("html", "<th class=\"num\">Copies left out</th>"),
  ])
  func everyFormatCountsTheCopies(format: String, expected: String) throws {
    let (folder, base) = try workspace()
    for name in ["a", "b", "c"] { try write(base, "r/\(name).yaml", in: folder) }
    let result = try runArushaInProcess(["compare", "r", "--format", format], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(expected), "\(format): \(result.stdout)")
    if format == "csv" {
      #expect(result.stdout.contains("X Customs,2024,1,0,0,,Overall,100,,,,,1,,,2,,100,false\r\n"))
    } else {
      #expect(result.stdout.contains("Copies left out: files that repeat a response counted"))
    }
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl, "openpyxl is missing"))
  func theWorkbookCountsTheCopies() throws {
    let (folder, base) = try workspace()
    for name in ["a", "b", "c"] { try write(base, "r/\(name).yaml", in: folder) }
    let result = try runArushaInProcess(["compare", "r", "-o", "c.xlsx"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let book = try WorkbookCommandTests.read(folder.appendingPathComponent("c.xlsx"))
    let rows = try WorkbookCommandTests.rows(try #require(WorkbookCommandTests.sheets(book).first))
    let header = rows[0].compactMap { $0["value"] as? String }
    let column = try #require(header.firstIndex(of: "Copies left out"))
    #expect(rows[1][column]["value"] as? Double == 2, "\(rows[1])")
  }

  // MARK: Kind 5: files that cannot be read

  static let encodings: [(name: String, encoding: String.Encoding, bom: Bool, says: String)] = [
    ("le-bom", .utf16LittleEndian, true, "UTF-16 little-endian, with a byte order mark"),
    ("le", .utf16LittleEndian, false, "UTF-16 little-endian, without a byte order mark"),
    ("be", .utf16BigEndian, false, "UTF-16 big-endian, without a byte order mark"),
  ]

  /// `text` as Notepad's "Unicode" writes it: UTF-16, with or without a byte order mark.
  func utf16(_ text: String, _ encoding: String.Encoding, bom: Bool) throws -> Data {
    let mark = encoding == .utf16LittleEndian ? Data([0xFF, 0xFE]) : Data([0xFE, 0xFF])
    return (bom ? mark : Data()) + (try #require(text.data(using: encoding)))
  }

  @Test func aUTF16ResponseIsNeverLeftOutInSilence() throws {
    let (folder, base) = try workspace()
    try write(base, "r/ok.yaml", in: folder)
    for file in Self.encodings {
      try utf16(variant(base, administration: "Y Customs"), file.encoding, bom: file.bom)
        .write(to: folder.appendingPathComponent("r/\(file.name).yaml"))
    }
    let result = try runArushaInProcess(["compare", "r", "--format", "json"], directory: folder)
    #expect(result.status == 65, "\(result.stderr)")
    for file in Self.encodings {
      #expect(
        result.stderr.contains(
          "r/\(file.name).yaml:1:1: error: the file is in UTF-16: save it as UTF-8 (it is \(file.says), as Windows Notepad's 'Unicode' writes it)"
        ), "\(result.stderr)")
    }
    #expect(!result.stderr.contains("format is not"), "never 'not a response'")
    let skipped = try runArushaInProcess(
      ["compare", "r", "--skip-invalid", "--format", "json"], directory: folder)
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(skipped.stderr.contains("arusha: note: left out 3 files that cannot be used"))
    // Named on the command line: the same refusal and the same words.
    let named = try runArushaInProcess(
      ["compare", "r/ok.yaml", "r/le-bom.yaml", "--format", "json"], directory: folder)
    #expect(named.status == 65)
    #expect(named.stderr.contains("r/le-bom.yaml:1:1: error: the file is in UTF-16: save it"))
    // And every command that reads it says so.
    for arguments in [["validate", "r/be.yaml"], ["score", "r/be.yaml"]] {
      let other = try runArushaInProcess(arguments, directory: folder)
      #expect(other.status == 65, "\(arguments)")
      // validate reports on standard output, score on standard error.
      #expect(
        (other.stdout + other.stderr).contains(
          "r/be.yaml:1:1: error: the file is in UTF-16: save it as UTF-8"),
        "\(arguments): \(other.stderr)")
    }
  }

  @Test func aFIFOInAFolderIsNamed() throws {
    let (folder, base) = try workspace()
    try write(base, "r/ok.yaml", in: folder)
    #expect(mkfifo(folder.appendingPathComponent("r/pipe.yaml").path, 0o600) == 0)
    let result = try runArushaInProcess(["compare", "r", "--format", "json"], directory: folder)
    #expect(result.status == 66, "\(result.stderr)")
    #expect(result.stderr.contains("r/pipe.yaml: error: is a FIFO (named pipe), expected a file"))
    let skipped = try runArushaInProcess(
      ["compare", "r", "--skip-invalid", "--format", "json"], directory: folder)
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(skipped.stderr.contains("r/pipe.yaml"), "\(skipped.stderr)")
  }
}
