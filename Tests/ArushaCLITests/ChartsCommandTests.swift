import ArushaTestSupport
import Foundation
import Testing

/// `--charts DIR` through the command line, in-process (issue 23): each chart of the HTML report as a
/// standalone SVG file, the folder refused when missing (73) and the option when the report is
/// not HTML (64).
@Suite struct ChartsCommandTests {
  /// The names of the files in `folder`, sorted, hidden ones included.
  static func names(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  /// Parses every SVG of `folder` with Python's XML parser and prints, per file, its root's
  /// tag, width, height and view box, and how many `<polygon>` and `<polyline>` it has.
  static func parse(_ folder: URL) throws -> [String] {
    let script = """
      import glob, os, sys
      import xml.etree.ElementTree as ET
      ns = "{http://www.w3.org/2000/svg}"
      for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.svg"))):
          root = ET.parse(path).getroot()
          print(os.path.basename(path), root.tag == ns + "svg", root.get("width"), root.get("height"),
                root.get("viewBox") == "0 0 %s %s" % (root.get("width"), root.get("height")),
                len(root.findall(".//" + ns + "polyline")))
      """
    let result = try WorkbookCommandTests.tool(["python3", "-c", script, folder.path])
    #expect(result.status == 0, "python3: \(result.stderr)")
    return String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test func compareWritesEveryChartAsAnSVGFileThatParses() throws {
    let folder = try CompareCommandTests().workspace()
    let charts = folder.appendingPathComponent("charts")
    try FileManager.default.createDirectory(at: charts, withIntermediateDirectories: true)
    // An old chart is replaced whole; another file is left alone.
    try Data("old".utf8).write(to: charts.appendingPathComponent("history.svg"))
    try Data("mine".utf8).write(to: charts.appendingPathComponent("notes.txt"))
    let result = try runArushaInProcess(
      ["compare", "responses", "-o", "report.html", "--charts", "charts"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    // The fixture has two factors (bars), five administrations, changes for those with two
    // rounds, and a history.
    let names = try Self.names(charts)
    #expect(names.contains("bars.svg") && !names.contains("radar.svg"), "\(names)")
    #expect(names.contains("history.svg") && names.contains("history-1.svg"))
    #expect(names.contains("history-2.svg") && !names.contains("history-3.svg"))
    #expect(names.contains("changes-1.svg"))
    #expect(!names.contains { $0.hasPrefix(".") }, "no temporary file left: \(names)")
    #expect(
      try String(contentsOf: charts.appendingPathComponent("notes.txt"), encoding: .utf8)
        == "mine")
    let parsed = try Self.parse(charts)
    #expect(parsed.count == names.count - 1, "every SVG parses: \(parsed)")
    for line in parsed {
      let fields = line.split(separator: " ")
      #expect(fields.count == 6 && fields[1] == "True" && fields[4] == "True", "\(line)")
    }
    // The history: each administration's line and the median's, as on the page.
    let history = try #require(parsed.first { $0.hasPrefix("history.svg ") })
    let page = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
    let onPage = page.components(separatedBy: "<h2>").first { $0.contains("class=\"lines\"") }
    let lines =
      (onPage ?? "").components(separatedBy: "<h3>")[0]
      .components(separatedBy: "<polyline").count - 1
    #expect(history.hasSuffix(" \(lines)"), "\(history) against \(lines) on the page")
  }

  @Test func scoreWritesItsRadar() throws {
    let folder = try ScoreCommandTests().workspace()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
    let result = try runArushaInProcess(
      ["score", "response.yaml", "--format", "html", "--charts", "out/"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>"), "the report to standard output")
    #expect(try Self.names(folder.appendingPathComponent("out")) == ["radar.svg"])
    let parsed = try Self.parse(folder.appendingPathComponent("out"))
    #expect(parsed.count == 1 && parsed[0].hasPrefix("radar.svg True "), "\(parsed)")
  }

  @Test func aMissingFolderIsRefusedWith73NamingIt() throws {
    let folder = try CompareCommandTests().workspace()
    for arguments in [
      ["compare", "responses", "-o", "report.html", "--charts", "no-such-folder"],
      [
        "score", "responses/benin/benin-2020-1.yaml", "--format", "html", "--charts",
        "no-such-folder",
      ],
    ] {
      let result = try runArushaInProcess(arguments, directory: folder)
      #expect(result.status == 73, "\(arguments): \(result.stderr)")
      #expect(
        result.stderr
          == "arusha: --charts 'no-such-folder': the folder does not exist; create it first or choose another folder\n"
      )
      #expect(
        !FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path))
    }
    // A file is not a folder either.
    let file = try runArushaInProcess(
      [
        "compare", "responses", "-o", "report.html", "--charts",
        "Questionnaires/questionnaire.yaml",
      ],
      directory: folder)
    #expect(file.status == 73)
    #expect(file.stderr.contains("'Questionnaires/questionnaire.yaml': is not a folder"))
  }

  @Test func anotherFormatIsAUsageError() throws {
    let folder = try CompareCommandTests().workspace()
    for arguments in [
      ["compare", "responses", "--charts", "."],
      ["compare", "responses", "--format", "markdown", "--charts", "."],
      ["compare", "responses", "-o", "r.json", "--charts", "."],
      ["score", "responses/benin/benin-2020-1.yaml", "--format", "csv", "--charts", "."],
    ] {
      let result = try runArushaInProcess(arguments, directory: folder)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("--charts writes the charts of the HTML report"))
    }
    #expect(try !Self.names(folder).contains { $0.hasSuffix(".svg") })
  }
}
