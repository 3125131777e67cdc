import ArushaTestSupport
import Foundation
import Testing

/// Names that differ only by a control print apart in every format (issue 22, kind 7).
///
/// Administrations whose names differed only by a leading tab, line feed, carriage return or
/// space printed as one name; each format now shows the controls as pictures (␉ ␊ ␍), through
/// the command line, and the groups stay four.
@Suite struct PrintedNamesCommandTests {
  static let names = ["\tX Customs", "\nX Customs", "\rX Customs", " X Customs"]
  static let printed = ["␉X Customs", "␊X Customs", "␍X Customs"]

  /// A folder with the tiny questionnaire and, under `r/`, one complete response per name
  /// (a response made by a real session, its administration replaced).
  func workspace() throws -> URL {
    let hostile = HostileInputTests()
    let folder = try hostile.workspace()
    let base = try hostile.text(
      try hostile.completeResponse(folder, "base.yaml", administration: "X Customs"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("r"), withIntermediateDirectories: true)
    for (index, name) in Self.names.enumerated() {
      let escaped = name.replacingOccurrences(of: "\t", with: "\\t")
        .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
      let text = base.replacingOccurrences(
        of: "administration: X Customs", with: "administration: \"\(escaped)\"")
      #expect(text != base)
      try Data(text.utf8).write(to: folder.appendingPathComponent("r/r\(index).yaml"))
    }
    return folder
  }

  @Test(arguments: ["table", "markdown", "json", "csv", "html"])
  func everyFormatPrintsTheFourNamesApart(format: String) throws {
    let folder = try workspace()
    let result = try runArushaInProcess(["compare", "r", "--format", format], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    for name in Self.printed {
      #expect(result.stdout.contains(name), "\(format): \(name) in \(result.stdout)")
    }
    // Nothing prints a control character or turns one into a space before the name.
    #expect(!result.stdout.contains(" X Customs".replacingOccurrences(of: " ", with: "\t")))
    #expect(!result.stdout.contains("\rX Customs") && !result.stdout.contains("\nX Customs"))
    // The warning names them as the reports print them.
    #expect(
      result.stderr.contains(
        "arusha: warning: '␉X Customs' and '␊X Customs' and '␍X Customs' and ' X Customs' are probably the same administration"
      ), "\(result.stderr)")
  }

  @Test func theGroupsStayFourAndJSONCarriesThePictures() throws {
    let folder = try workspace()
    let result = try runArushaInProcess(["compare", "r", "--format", "json"], directory: folder)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(
      groups.compactMap { $0["administration"] as? String }
        == ["␉X Customs", "␊X Customs", "␍X Customs", " X Customs"])
  }

  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl, "openpyxl is missing"))
  func theWorkbookPrintsThemApart() throws {
    let folder = try workspace()
    let result = try runArushaInProcess(["compare", "r", "-o", "c.xlsx"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let book = try WorkbookCommandTests.read(folder.appendingPathComponent("c.xlsx"))
    let first = try #require(try WorkbookCommandTests.sheets(book).first)
    let names = try WorkbookCommandTests.rows(first).compactMap { $0.first?["value"] as? String }
    for name in Self.printed { #expect(names.contains(name), "\(names)") }
  }

  @Test func theScoreReportAndAssessShowTheName() throws {
    let folder = try workspace()
    for format in ["table", "json", "markdown", "csv", "html"] {
      let result = try runArushaInProcess(
        ["score", "r/r0.yaml", "--format", format], directory: folder)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("␉X Customs"), "\(format): \(result.stdout)")
    }
    // Resuming another administration's file names both as printed: not ' X Customs' twice.
    let resume = try HostileInputTests().assess(
      folder, ["-o", "r/r0.yaml"], input: ":q\n", administration: " X Customs")
    #expect(resume.status == 64)
    #expect(
      resume.stderr.contains("is the response of administration '␉X Customs', not ' X Customs'"),
      "\(resume.stderr)")
  }

  @Test func twoFileNamesNeverReadTheSame() throws {
    let folder = try workspace()
    let base = try Data(contentsOf: folder.appendingPathComponent("base.yaml"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("f"), withIntermediateDirectories: true)
    for name in ["a\tb.yaml", "a b.yaml"] {
      try base.write(to: folder.appendingPathComponent("f/" + name))
    }
    let result = try runArushaInProcess(["compare", "f", "--format", "json"], directory: folder)
    #expect(
      result.stderr.contains(
        "arusha: warning: 'f/a␉b.yaml' and 'f/a b.yaml' are byte-identical copies of one response"
      ), "\(result.stderr)")
  }
}
