import ArushaTestSupport
import Foundation
import Testing

/// The Excel workbooks of `score` and `compare`, written by the command line and read back
/// by other programs: openpyxl (`scripts/read-workbook.py`) for the figures, which must be the
/// JSON report's, and LibreOffice for a conversion to PDF.
///
/// Without openpyxl the reading tests are skipped, unless `ARUSHA_REQUIRE_OPENPYXL` is set, as
/// `.ci/run` sets it after installing openpyxl; without `soffice` the conversion test is
/// skipped (LibreOffice is too heavy to install in CI).
@Suite struct WorkbookCommandTests {
  /// Runs `arguments` through `/usr/bin/env` in `directory`.
  static func tool(_ arguments: [String], in directory: URL? = nil) throws -> (
    status: Int32, stdout: Data, stderr: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var environment = ProcessInfo.processInfo.environment
    // LibreOffice wants a profile folder it can write.
    environment["HOME"] = directory?.path ?? FileManager.default.temporaryDirectory.path
    process.environment = environment
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    let err = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    return (
      process.terminationStatus, try Data(contentsOf: out),
      String(decoding: try Data(contentsOf: err), as: UTF8.self)
    )
  }

  static let hasOpenpyxl: Bool =
    ProcessInfo.processInfo.environment["ARUSHA_REQUIRE_OPENPYXL"] != nil
    || ((try? tool(["python3", "-c", "import openpyxl"]).status) == 0)

  static let hasSoffice: Bool = (try? tool(["sh", "-c", "command -v soffice"]).status) == 0

  /// The workbook at `url` as `scripts/read-workbook.py` prints it.
  static func read(_ url: URL) throws -> [String: Any] {
    let script = TestPaths.packageRoot.appendingPathComponent("scripts/read-workbook.py")
    let result = try tool(["python3", script.path, url.path])
    #expect(result.status == 0, "read-workbook.py: \(result.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
  }

  /// The sheets of a read workbook.
  static func sheets(_ book: [String: Any]) throws -> [[String: Any]] {
    try #require(book["sheets"] as? [[String: Any]])
  }

  /// The cells of a sheet, row by row.
  static func rows(_ sheet: [String: Any]) throws -> [[[String: Any]]] {
    try #require(sheet["rows"] as? [[[String: Any]]])
  }

  /// Whether `cell` is a number within 1e-9 of `expected` (or empty when `expected` is nil).
  static func same(_ cell: [String: Any], _ expected: Any?) -> Bool {
    guard let number = expected as? Double else { return cell["value"] is NSNull }
    guard cell["type"] as? String == "n", let value = cell["value"] as? Double else {
      return false
    }
    return abs(value - number) < 1e-9
  }

  /// What every sheet of an arusha workbook has: the bold header row frozen, widths for every
  /// column, no formula anywhere.
  static func checkLayout(_ book: [String: Any]) throws {
    #expect(book["formulas"] as? Bool == false)
    let parts = try #require(book["parts"] as? [String])
    #expect(parts.first == "[Content_Types].xml")
    for part in [
      "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml",
    ] {
      #expect(parts.contains(part), "\(part)")
    }
    for sheet in try sheets(book) {
      let name = sheet["name"] as? String ?? ""
      #expect(sheet["freeze"] as? String == "A2", "\(name)")
      let header = try #require(try rows(sheet).first)
      #expect(header.allSatisfy { $0["bold"] as? Bool == true && $0["type"] as? String == "s" })
      let widths = try #require(sheet["widths"] as? [String: Double])
      #expect(widths.count == header.count && widths.values.allSatisfy { $0 >= 5 }, "\(name)")
      // Printed: landscape, every column on the page's width, the header row on every page.
      let printing = try #require(sheet["print"] as? [String: Any])
      #expect(printing["orientation"] as? String == "landscape", "\(name)")
      #expect(printing["fitToWidth"] as? Int == 1 && printing["fitToHeight"] as? Int == 0)
      #expect(printing["fitToPage"] as? Bool == true, "\(name)")
      #expect(printing["titleRows"] as? String == "$1:$1", "\(name): \(printing)")
    }
  }

  @Test(.enabled(if: hasOpenpyxl, "openpyxl is missing: pip install openpyxl"))
  func scoreWorkbookHasTheJSONFiguresAndKeepsFormulasAsText() throws {
    let folder = try ScoreCommandTests().workspace()
    // Text from the file that a spreadsheet would run if it were written as a formula.
    let path = folder.appendingPathComponent("response.yaml")
    let hostile = "=HYPERLINK(\"http://evil.example\",\"click\")"
    let yaml = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(
      of: "Adopted in 2021", with: hostile.replacingOccurrences(of: "\"", with: "\\\""))
    try Data(yaml.utf8).write(to: path)
    let written = try runArushaInProcess(
      ["score", "response.yaml", "-o", "r.xlsx"], directory: folder)
    #expect(written.status == 0 && written.stdout.isEmpty, "\(written.stderr)")
    let json = try runArushaInProcess(
      ["score", "response.yaml", "--format", "json"], directory: folder)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let book = try Self.read(folder.appendingPathComponent("r.xlsx"))
    try Self.checkLayout(book)
    let sheets = try Self.sheets(book)
    #expect(sheets.map { $0["name"] as? String } == ["Factors", "Questions", "Action plan"])

    let factors = try #require(report["factors"] as? [[String: Any]])
    let rows = try Self.rows(sheets[0])
    #expect(rows.count == 1 + factors.count + 1)
    for (row, factor) in zip(rows.dropFirst(), factors) {
      #expect(row[17]["value"] as? String == factor["id"] as? String)
      #expect(row[1]["value"] as? String == factor["title"] as? String)
      #expect(Self.same(row[2], factor["score"]), "\(factor)")
      #expect(row[3]["value"] as? String == factor["level"] as? String)
      // Issue 24: the evidence-checked score beside the level, always in the sheet.
      #expect(Self.same(row[4], factor["evidence_checked"]), "\(factor)")
      #expect(Self.same(row[5], factor["coverage"]))
      for (column, key) in [(6, "answered"), (7, "unknown"), (8, "na"), (9, "missing")] {
        #expect(row[column]["value"] as? Int == factor[key] as? Int, "\(key)")
      }
      // Booleans are words in the report language (issue 23: they printed as 0 and 1).
      let word = { (key: String) in factor[key] as? Bool == true ? "Yes" : "No" }
      #expect(row[12]["value"] as? String == word("capped"))
      #expect(Self.same(row[13], factor["uncapped"]))
      #expect(row[14]["value"] as? String == word("strength"))
      #expect(row[15]["value"] as? String == word("improvement"))
      // Issue 24: whether the factor is a relative strength, as `relative_strengths` says.
      let relative = report["relative_strengths"] as? [String] ?? []
      #expect(
        row[16]["value"] as? String
          == (relative.contains(factor["id"] as? String ?? "") ? "Yes" : "No"))
      if factor["score"] is Double { #expect(row[2]["format"] as? String == "0.0") }
      if factor["coverage"] is Double { #expect(row[5]["format"] as? String == "0.0%") }
    }
    let overall = try #require(report["overall"] as? [String: Any])
    let last = try #require(rows.last)
    #expect(last[0]["value"] is NSNull)
    #expect(
      last[1]["value"] as? String == "Overall (indicative)" && last[1]["bold"] as? Bool == true)
    #expect(Self.same(last[2], overall["score"]) && last[2]["format"] as? String == "0.0")
    #expect(last[3]["value"] as? String == overall["level"] as? String)
    #expect(Self.same(last[4], overall["evidence_checked"]))

    let items = try Self.rows(sheets[1])
    let a1 = try #require(items.first { $0.last?["value"] as? String == "a1" })
    #expect(a1[0]["value"] as? Int == 1 && a1[2]["value"] as? String == "A1?")
    #expect(a1[11]["value"] as? String == hostile && a1[11]["type"] as? String == "s")
    // A wrapped text takes the row height its lines need, so that it does not run over the
    // rows below in LibreOffice (issue 23): a1's comment, 44 characters without a space in a
    // column 40 wide, takes two lines; a row of one line keeps the default height.
    let heights = try #require(sheets[1]["heights"] as? [String: Double])
    let a1Row = try #require(items.firstIndex { $0.last?["value"] as? String == "a1" })
    #expect(heights["\(a1Row + 1)"] == 30, "\(heights)")
    let a2Row = try #require(items.firstIndex { $0.last?["value"] as? String == "a2" })
    #expect(heights["\(a2Row + 1)"] == nil, "\(heights)")
    let gaps = try #require(report["gaps"] as? [[String: Any]])
    let critical = try #require(report["critical"] as? [String])
    let plan = try Self.rows(sheets[2]).dropFirst()
    #expect(
      plan.map { $0.last?["value"] as? String }
        == critical
        + gaps.compactMap { $0["question"] as? String }.filter {
          !critical.contains($0)
        })

    let french = try runArushaInProcess(
      ["score", "response.yaml", "--lang", "fr", "--format", "xlsx", "-o", "fr.xlsx"],
      directory: folder)
    #expect(french.status == 0, "\(french.stderr)")
    let frenchSheets = try Self.sheets(try Self.read(folder.appendingPathComponent("fr.xlsx")))
    #expect(
      frenchSheets.map { $0["name"] as? String } == ["Facteurs", "Questions", "Plan d’action"])
    let frenchRows = try Self.rows(frenchSheets[0])
    #expect(frenchRows[0].map { $0["value"] as? String }.prefix(3) == ["N°", "Facteur", "Score"])
    #expect(frenchRows.last?[1]["value"] as? String == "Score global (indicatif)")
  }

  @Test(.enabled(if: hasOpenpyxl, "openpyxl is missing: pip install openpyxl"))
  func compareWorkbookHasTheJSONFigures() throws {
    let folder = try CompareCommandTests().workspace()
    let written = try runArushaInProcess(
      ["compare", "responses", "-o", "c.xlsx"], directory: folder)
    #expect(written.status == 0, "\(written.stderr)")
    let json = try runArushaInProcess(
      ["compare", "responses", "--format", "json"], directory: folder)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let book = try Self.read(folder.appendingPathComponent("c.xlsx"))
    try Self.checkLayout(book)
    let sheets = try Self.sheets(book)
    // In the report's order (issue 23).
    #expect(
      sheets.map { $0["name"] as? String } == [
        "Scores", "Peers", "Changes", "History", "Findings",
      ])
    let factorIds = try #require(report["factors"] as? [[String: Any]]).compactMap {
      $0["id"] as? String
    }

    let groups = try #require(report["groups"] as? [[String: Any]])
    let scores = try Self.rows(sheets[0])
    // Issue 24: the "not applicable" answers of each group after its respondents, as some
    // responses of the fixture have some.
    #expect(
      scores[0].map { $0["value"] as? String }.prefix(5) == [
        "Administration", "Round", "Respondents", "N/A", "Overall",
      ])
    #expect(scores.count == 1 + groups.count)
    for (row, group) in zip(scores.dropFirst(), groups) {
      #expect(row[0]["value"] as? String == group["administration"] as? String)
      #expect(row[1]["value"] as? String == group["round"] as? String)
      #expect(row[2]["value"] as? Int == group["respondents"] as? Int)
      #expect(row[3]["value"] as? Int == group["na"] as? Int)
      #expect(Self.same(row[4], group["overall"]), "\(group)")
      let byFactor = group["scores"] as? [String: Any] ?? [:]
      for (index, id) in factorIds.enumerated() {
        #expect(Self.same(row[5 + index], byFactor[id]), "\(group) \(id)")
      }
    }

    let changes = try #require(report["changes"] as? [[String: Any]])
    let changeRows = try Self.rows(sheets[2]).dropFirst()
    #expect(changeRows.count == changes.count * (1 + factorIds.count))
    var rowIterator = changeRows.makeIterator()
    for change in changes {
      let deltas =
        [change["overall"] as? [String: Any]]
        + factorIds.map { (change["scores"] as? [String: Any])?[$0] as? [String: Any] }
      for delta in deltas {
        let next = rowIterator.next()
        let row = try #require(next)
        #expect(row[0]["value"] as? String == change["administration"] as? String)
        #expect(row[1]["value"] as? String == change["from"] as? String)
        #expect(row[2]["value"] as? String == change["to"] as? String)
        #expect(Self.same(row[4], delta?["delta"]))
        if delta?["delta"] is Double {
          #expect(row[4]["format"] as? String == "+0.0;\\-0.0;0.0")
        }
      }
    }

    let peers = try #require(report["peers"] as? [String: Any])
    let peerRows = try Self.rows(sheets[1]).dropFirst()
    let statistics =
      [peers["overall"] as? [String: Any]]
      + factorIds.map { (peers["scores"] as? [String: Any])?[$0] as? [String: Any] }
    #expect(peerRows.count == statistics.count)
    for (row, statistic) in zip(peerRows, statistics) {
      #expect(row[1]["value"] as? Int == statistic?["n"] as? Int)
      for (column, key) in [(2, "mean"), (3, "median"), (4, "min"), (5, "max")] {
        #expect(Self.same(row[column], statistic?[key]), "\(key)")
      }
    }

    let history = try #require(report["history"] as? [[String: Any]])
    let historyRows = try Self.rows(sheets[3])
    #expect(
      historyRows[0].map { $0["value"] as? String }.prefix(4) == [
        "Administration", "Round", "Overall", "Peer median",
      ])
    var historyIterator = historyRows.dropFirst().makeIterator()
    for series in history {
      let rounds = try #require(series["rounds"] as? [String])
      let overall = try #require(series["overall"] as? [Any])
      let byFactor = try #require(series["scores"] as? [String: [Any]])
      for (index, round) in rounds.enumerated() {
        let next = historyIterator.next()
        let row = try #require(next)
        #expect(row[0]["value"] as? String == series["administration"] as? String)
        #expect(row[1]["value"] as? String == round)
        #expect(Self.same(row[2], overall[index]))
        // The peer median of the round: the median of its unsuppressed groups' overall scores.
        let ofRound = groups.filter {
          $0["round"] as? String == round && $0["suppressed"] as? Bool == false
        }.compactMap { $0["overall"] as? Double }.sorted()
        let median =
          ofRound.isEmpty
          ? nil
          : ofRound.count % 2 == 1
            ? ofRound[ofRound.count / 2]
            : (ofRound[ofRound.count / 2 - 1] + ofRound[ofRound.count / 2]) / 2
        #expect(Self.same(row[3], median), "\(round)")
        for (column, id) in factorIds.enumerated() {
          #expect(Self.same(row[4 + column], byFactor[id]?[index]), "\(round) \(id)")
        }
      }
    }
    #expect(historyIterator.next() == nil)

    // Each shown group's strengths and areas for improvement, and where it stands against the
    // peers factor by factor (the sheet's scores carry no ▲ or ▼).
    let titles = Dictionary(
      uniqueKeysWithValues: try #require(report["factors"] as? [[String: Any]]).compactMap {
        factor -> (String, String)? in
        guard let id = factor["id"] as? String, let title = factor["title"] as? String else {
          return nil
        }
        return (id, title)
      })
    let findingRows = try Self.rows(sheets[4])
    #expect(
      findingRows[0].map { $0["value"] as? String } == [
        "Administration", "Round", "Strengths", "Areas for improvement", "Above peers",
        "Below peers",
      ])
    let shown = groups.filter { $0["suppressed"] as? Bool == false }
    #expect(findingRows.count == 1 + shown.count)
    for (row, group) in zip(findingRows.dropFirst(), shown) {
      #expect(row[0]["value"] as? String == group["administration"] as? String)
      let positions = group["position"] as? [String: Any] ?? [:]
      for (column, word) in [(4, "above"), (5, "below")] {
        let expected = factorIds.filter { positions[$0] as? String == word }.compactMap {
          titles[$0]
        }
        let cell = (row.count > column ? row[column]["value"] as? String : nil) ?? ""
        let listed = cell.isEmpty ? [] : cell.components(separatedBy: "; ")
        #expect(listed.count == expected.count, "\(group) \(word): \(cell)")
        for (shown, title) in zip(listed, expected) {
          #expect(shown.hasSuffix(title), "\(shown) \(title)")
        }
      }
    }
  }

  @Test(
    .enabled(
      if: hasSoffice, "soffice (LibreOffice) is missing: apt-get install libreoffice-calc-nogui"))
  func libreOfficeConvertsBothWorkbooksToPDF() throws {
    let score = try ScoreCommandTests().workspace()
    #expect(
      try runArushaInProcess(
        ["score", "response.yaml", "-o", "r.xlsx", "--lang", "fr"], directory: score
      )
      .status == 0)
    let compare = try CompareCommandTests().workspace()
    #expect(
      try runArushaInProcess(["compare", "responses", "-o", "c.xlsx"], directory: compare).status
        == 0)
    for (folder, name) in [(score, "r"), (compare, "c")] {
      let result = try Self.tool(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder.path, "\(name).xlsx"],
        in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      let pdf = try Data(contentsOf: folder.appendingPathComponent("\(name).pdf"))
      #expect(pdf.prefix(5) == Data("%PDF-".utf8) && pdf.count > 1000, "\(name).pdf")
    }
  }

  @Test func itemsGoesWithCSVAndXLSXOnly() throws {
    let folder = try ScoreCommandTests().workspace()
    for arguments in [
      ["--format", "json"], ["--format", "html"], ["--format", "markdown"], ["--format", "table"],
      ["-o", "items.html"], [],
    ] {
      let result = try runArushaInProcess(
        ["score", "response.yaml", "--items"] + arguments, directory: folder)
      #expect(result.status == 64, "\(arguments)")
      #expect(
        result.stderr.hasPrefix(
          "Error: --items goes with csv or xlsx: add --format csv or --format xlsx, or write to a .csv or .xlsx file"
        ), "\(arguments): \(result.stderr)")
    }
    for arguments in [
      ["--format", "csv"], ["-o", "items.csv"], ["-o", "items.xlsx"],
      ["--format", "xlsx", "-o", "w.bin"],
    ] {
      let result = try runArushaInProcess(
        ["score", "response.yaml", "--items"] + arguments, directory: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    let plan = try runArushaInProcess(
      ["score", "response.yaml", "--action-plan", "-o", "plan.xlsx"], directory: folder)
    #expect(plan.status == 64)
    #expect(plan.stderr.contains("the workbook has the action plan as a sheet already"))
  }

  @Test func aWorkbookGoesWholeToAFileOrAPipeAndAMissingFolderIs73() throws {
    let folder = try ScoreCommandTests().workspace()
    let piped = try runArushaInProcess(
      ["score", "response.yaml", "--format", "xlsx"], directory: folder)
    #expect(piped.status == 0)
    // The local file header of a ZIP archive, then [Content_Types].xml first.
    #expect(piped.stdout.utf8.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    #expect(piped.stdout.contains("[Content_Types].xml"))
    let written = try runArushaInProcess(
      ["score", "response.yaml", "-o", "r.xlsx"], directory: folder)
    #expect(written.status == 0)
    let missing = try runArushaInProcess(
      ["score", "response.yaml", "-o", "nowhere/r.xlsx"], directory: folder)
    #expect(missing.status == 73)
    let compare = try CompareCommandTests().workspace()
    let unknown = try runArushaInProcess(
      ["compare", "responses", "-o", "c.xlsx", "--format", "xlsx"], directory: compare)
    #expect(unknown.status == 0)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == ["Questionnaires", "r.xlsx", "response.yaml"])
  }
}

extension WorkbookCommandTests {
  @Test func aWorkbookIsNotWrittenToATerminal() throws {
    let folder = try ScoreCommandTests().workspace()
    for arguments in [["score", "response.yaml"], ["compare", "response.yaml"]] {
      let pty = try PseudoTerminal(columns: 120, rows: 24)
      try pty.start(arguments + ["--format", "xlsx"], directory: folder)
      #expect(pty.waitForExit() == 64, "\(arguments)")
      // The reader thread may not have read the message yet when the child has exited.
      #expect(
        pty.waitForOutput(
          "an Excel workbook is not shown on a terminal: give -o FILE.xlsx, or redirect standard output"
        ), "\(pty.output)")
      #expect(!pty.output.contains("[Content_Types]"))
    }
  }
}
