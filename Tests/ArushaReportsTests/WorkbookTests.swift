import ArushaCore
import ArushaFiles
import ArushaReports
import Foundation
import Testing
import ZIPFoundation

/// The SpreadsheetML parts of the workbooks, and the ZIP archive they go in.
@Suite struct WorkbookTests {
  /// The part at `path`, as text.
  static func part(_ workbook: Workbook, _ path: String) throws -> String {
    let found = try #require(workbook.parts().first { $0.path == path }, "no part \(path)")
    return String(decoding: found.bytes, as: UTF8.self)
  }

  /// A workbook of one sheet with `cells` in its only row.
  static func oneRow(_ cells: [Workbook.Cell], headers: [String]? = nil) -> Workbook {
    Workbook(
      title: "T", subject: "S", language: "en",
      sheets: [
        Workbook.Sheet(
          name: "Sheet one",
          columns: (headers ?? cells.indices.map { "H\($0)" }).map { Workbook.Column($0) },
          rows: [cells])
      ])
  }

  @Test func textFromFilesIsAnEscapedInlineStringAndNeverAFormula() throws {
    let hostile = [
      "=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "@SUM(A1)", "-2", "=1+1",
      "<b>&amp;</b> 'q'", "bell\u{7}esc\u{1B}[31m nul\u{0}", "non\u{FFFE}char\u{FFFF}",
      "_x0007_ and _x00e9_", "line\nbreak\ttab",
    ]
    let sheet = try Self.part(Self.oneRow(hostile.map { .text($0) }), "xl/worksheets/sheet1.xml")
    #expect(!sheet.contains("<f>") && !sheet.contains("<f "))
    let cells = sheet.components(separatedBy: "<row r=\"2\">")[1]
    #expect(cells.components(separatedBy: "t=\"inlineStr\"").count == hostile.count + 1)
    #expect(
      cells.hasPrefix(
        "<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)</t></is></c>"
      ))
    for shown in [
      ">+1</t>", ">@SUM(A1)</t>", ">-2</t>", ">=1+1</t>",
      ">&lt;b&gt;&amp;amp;&lt;/b&gt; &apos;q&apos;</t>", ">bellesc[31m nul</t>",
      ">nonchar</t>", ">_x005F_x0007_ and _x005F_x00e9_</t>", ">line break tab</t>",
    ] {
      #expect(cells.contains(shown), "\(shown)")
    }
    // No character that XML 1.0 forbids reaches the part.
    #expect(
      !sheet.unicodeScalars.contains {
        ($0.value < 0x20 && $0.value != 0xA) || $0.value == 0xFFFE || $0.value == 0xFFFF
      })
  }

  @Test func figuresAreNumericCellsWithTheirFormats() throws {
    let workbook = Self.oneRow([
      .number(1862.5 / 36, .score), .number(5.0 / 6, .percent), .number(0.75, .fraction),
      .number(-3.5, .signed), .number(2, .general), .number(nil, .score), .integer(7),
      .bool(true), .number(100 - 1e-12, .overall), .number(.nan, .score),
    ])
    let sheet = try Self.part(workbook, "xl/worksheets/sheet1.xml")
    let cells = sheet.components(separatedBy: "<row r=\"2\">")[1]
    #expect(
      cells.hasPrefix(
        "<c r=\"A2\" s=\"3\"><v>51.736111111111114</v></c><c r=\"B2\" s=\"5\"><v>0.8333333333333334</v></c><c r=\"C2\" s=\"6\"><v>0.75</v></c><c r=\"D2\" s=\"7\"><v>-3.5</v></c><c r=\"E2\"><v>2</v></c><c r=\"G2\"><v>7</v></c><c r=\"H2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Yes</t></is></c><c r=\"I2\" s=\"4\"><v>100</v></c></row>"
      ))
    let styles = try Self.part(workbook, "xl/styles.xml")
    #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"0.0\"/>"))
    #expect(styles.contains("<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/>"))
    // cellXfs in Workbook.Style order: s="3" is 0.0, s="4" 0.0 in bold, s="1" the bold header.
    let xfs = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ")
    #expect(xfs[2].contains("fontId=\"1\"") && xfs[2].contains("wrapText=\"1\""))
    #expect(xfs[4].hasPrefix("numFmtId=\"164\" fontId=\"0\""))
    #expect(xfs[5].hasPrefix("numFmtId=\"164\" fontId=\"1\""))
    #expect(styles.contains("<font><b/>"))
  }

  @Test func headerIsBoldAndFrozenAndColumnsHaveWidths() throws {
    let workbook = Workbook(
      title: "T", subject: "S", language: "en",
      sheets: [
        Workbook.Sheet(
          name: "A",
          columns: [Workbook.Column("Name"), Workbook.Column("Fixed", width: 40)],
          rows: [[.text("Kenya Revenue Authority"), .text("x")], [.text("é漢字"), .empty]]),
        Workbook.Sheet(name: "B", columns: [Workbook.Column("Only")], rows: []),
      ])
    let sheet = try Self.part(workbook, "xl/worksheets/sheet1.xml")
    #expect(sheet.contains("<dimension ref=\"A1:B3\"/>"))
    #expect(sheet.contains("<sheetView tabSelected=\"1\" workbookViewId=\"0\">"))
    #expect(
      sheet.contains(
        "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    // "Kenya Revenue Authority" is 23 characters, plus 2.
    #expect(
      sheet.contains(
        "<cols><col min=\"1\" max=\"1\" width=\"25.0\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"40.0\" customWidth=\"1\"/></cols>"
      ))
    #expect(
      sheet.contains(
        "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Name</t></is></c>"
      ))
    // A column that wraps has its text top-aligned and wrapped (cellXfs 8), its figures not.
    let wrapping = Workbook(
      title: "T", subject: "S", language: "en",
      sheets: [
        Workbook.Sheet(
          name: "W", columns: [Workbook.Column("Question", width: 60, wraps: true)],
          rows: [[.text("A long question?")], [.number(1, .score)]])
      ])
    let wrapped = try Self.part(wrapping, "xl/worksheets/sheet1.xml")
    #expect(wrapped.contains("<c r=\"A2\" s=\"8\" t=\"inlineStr\">"))
    #expect(wrapped.contains("<c r=\"A3\" s=\"3\"><v>1</v></c>"))
    let xfs = try Self.part(wrapping, "xl/styles.xml").components(separatedBy: "<xf ")
    #expect(xfs.last?.contains("<alignment vertical=\"top\" wrapText=\"1\"/>") == true)
    let second = try Self.part(workbook, "xl/worksheets/sheet2.xml")
    #expect(!second.contains("tabSelected"))
    #expect(second.contains("state=\"frozen\""))
    let book = try Self.part(workbook, "xl/workbook.xml")
    #expect(
      book.contains(
        "<sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"B\" sheetId=\"2\" r:id=\"rId2\"/></sheets>"
      ))
    let types = try Self.part(workbook, "[Content_Types].xml")
    #expect(types.contains("PartName=\"/xl/worksheets/sheet2.xml\""))
    #expect(workbook.parts().first?.path == "[Content_Types].xml")
  }

  @Test func sheetNamesAreOnesExcelAccepts() throws {
    let long = String(repeating: "x", count: 40)
    let workbook = Workbook(
      title: "a & b", subject: "<s>", language: "fr",
      sheets: ["a/b:c?", long, long, "'q'"].map {
        Workbook.Sheet(name: $0, columns: [Workbook.Column("h")], rows: [])
      })
    let book = try Self.part(workbook, "xl/workbook.xml")
    let names = book.components(separatedBy: "<sheet name=\"").dropFirst().map {
      String($0.prefix { $0 != "\"" })
    }
    #expect(
      names == ["a b c ", String(repeating: "x", count: 31), String(long.prefix(28)) + " 2", "q"])
    let core = try Self.part(workbook, "docProps/core.xml")
    #expect(core.contains("<dc:title>a &amp; b</dc:title><dc:subject>&lt;s&gt;</dc:subject>"))
    #expect(core.contains("<dc:language>fr</dc:language>"))
  }

  @Test func aCellKeepsAtMostExcelsLimit() throws {
    let text = String(repeating: "é", count: 40_000)
    let sheet = try Self.part(Self.oneRow([.text(text)]), "xl/worksheets/sheet1.xml")
    #expect(sheet.components(separatedBy: "é").count - 1 == 32_767)
  }

  /// Issue 23: the workbook's writer of documents.
  ///
  /// A table a page shows and its sheet are one table: a figure is a numeric cell with its unrounded value, an aside is the page's
  /// alone, a spreadsheet-only column is the sheet's alone, a bold figure is the overall
  /// format, a column with a width wraps.
  @Test func aDocumentTableIsOneSheetAndOnePageTable() throws {
    let table = ReportDocument.Table(
      columns: [
        .init(["Factor"], width: 30), .init(["Score"], alignment: .trailing),
        .init(["Count"], alignment: .trailing), .init(["Id"], presence: .spreadsheet),
      ],
      rows: [
        [
          [.text("1. Leadership"), .aside([" ★"])],
          [.figure("61.3", value: 1103.0 / 18, format: .score)],
          [.figure("12", value: 12, format: .general)], [.text("leadership")],
        ],
        [
          [.strong([.text("Overall")])],
          [.strong([.figure("50.0", value: 50, format: .score)])], [], [],
        ],
      ])
    let sheet = Workbook.Sheet(name: "Factors", table: table)
    #expect(sheet.columns.map(\.header) == ["Factor", "Score", "Count", "Id"])
    #expect(sheet.columns.map(\.wraps) == [true, false, false, false])
    #expect(
      sheet.rows == [
        [.text("1. Leadership"), .number(1103.0 / 18, .score), .integer(12), .text("leadership")],
        [.heading("Overall"), .number(50, .overall), .empty, .empty],
      ])
    let document = ReportDocument([.table(table)])
    #expect(
      document.markdown() == """
        | Factor | Score | Count |
        |---|---:|---:|
        | 1. Leadership ★ | 61.3 | 12 |
        | **Overall** | **50.0** |  |

        """)
    #expect(!document.html(title: "T", language: "en").contains("leadership<"))
    #expect(!document.terminal(style: .plain, width: 80).contains("leadership"))
  }

  /// From an expert's review: a row's figures stand beside the first line of its wrapped
  /// text (every cell top-aligned), and a text wider than a fitted column wraps within 60
  /// characters instead of running into the next column or shrinking the printed page.
  @Test func cellsAreTopAlignedAndLongTextsWrap() throws {
    let styles = try Self.part(Self.oneRow([.text("x")]), "xl/styles.xml")
    let xfs = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "</cellXfs>")[0]
      .components(separatedBy: "<xf ").dropFirst()
    #expect(!xfs.isEmpty && xfs.allSatisfy { $0.contains("<alignment vertical=\"top\"") })
    let long = String(repeating: "Direction générale des douanes ", count: 3)
    let sheet = Workbook.Sheet(
      name: "S",
      table: ReportDocument.Table(
        columns: [.init(["Administration"]), .init(["Round"])],
        rows: [[[.text(long)], [.text("2024")]]]))
    #expect(sheet.columns[0].width == 60 && sheet.columns[0].wraps)
    #expect(sheet.columns[1].width == nil && !sheet.columns[1].wraps)
  }

  @Test func scoreWorkbookHasTheReportsFiguresAndWordsInFrench() throws {
    let report = try ScoreReportTests.report(language: "fr")
    let workbook = report.workbook()
    #expect(workbook.sheets.map(\.name) == ["Facteurs", "Questions", "Plan d’action"])
    let factors = workbook.sheets[0]
    #expect(factors.columns.first?.header == "N°")
    #expect(factors.columns.last?.header == "Identifiant du facteur")
    #expect(factors.rows.count == report.score.factors.count + 1)
    // The JSON report's figures, unrounded: 1075/18 for alpha (ScoreReportTests).
    #expect(factors.rows[0][2] == .number(report.score.factors[0].score, .score))
    #expect(abs((report.score.factors[0].score ?? 0) - 1075.0 / 18) < 1e-9)
    #expect(factors.rows[0].last == .text("alpha"))
    #expect(
      factors.rows.last?.prefix(3) == [
        .empty, .heading("Score global (indicatif)"), .number(report.score.overall, .overall),
      ])
    let items = workbook.sheets[1]
    // Each question carries its number among all the questions (issue 23).
    #expect(items.rows[0].prefix(3) == [.integer(1), .text("Alpha"), .text("A1 ?")])
    // A factor's title as every format writes it, without the page's ★ or ▲.
    #expect(factors.rows.map { $0[1] }.contains(.text("Bêta")))
    #expect(items.rows[0].last == .text("a1"))
    #expect(
      workbook.sheets[2].rows[0].prefix(4) == [
        .integer(1), .integer(11), .text("Bêta"), .text("B2 ?"),
      ])
  }

  @Test func compareWorkbookHasTheScoresChangesAndPeers() throws {
    let report = try CompareReportTests.report()
    let workbook = report.workbook()
    #expect(
      workbook.sheets.map(\.name) == ["Scores", "Peers", "Changes", "History", "Findings"])
    let scores = workbook.sheets[0]
    #expect(scores.rows.count == report.comparison.groups.count)
    let groups = report.comparison.groups
    for (row, group) in zip(scores.rows, groups) {
      #expect(row[0] == .text(group.administration) && row[1] == .text(group.round))
    }
    let changes = workbook.sheets[2]
    #expect(
      changes.rows.count == report.comparison.changes.count * (1 + report.comparison.factors.count))
    let peers = workbook.sheets[1]
    #expect(peers.rows[0][2] == .number(report.comparison.peers.overall.mean, .score))
    let french = try CompareReportTests.report(language: "fr").workbook()
    #expect(
      french.sheets.map(\.name) == ["Scores", "Pairs", "Évolutions", "Historique", "Constats"])
    #expect(french.sheets[2].rows.first?[3] == .heading("Score global"))
    #expect(french.sheets[1].rows.first?[0] == .heading("Score global"))
    #expect(
      french.sheets[0].columns.prefix(3).map(\.header) == ["Administration", "Cycle", "Répondants"])
  }

  @Test func suppressedGroupsHaveNoFiguresAndSayWhy() throws {
    let report = try CompareReportTests.report(ComparisonOptions(minimumRespondents: 2))
    let scores = report.workbook().sheets[0]
    let suppressed = zip(report.comparison.groups, scores.rows).filter { $0.0.suppressed }
    #expect(!suppressed.isEmpty)
    for (_, row) in suppressed {
      #expect(
        row.dropFirst(3).dropLast().allSatisfy {
          // `.general`: the count of "not applicable" answers (issue 24), empty too.
          $0 == .empty || $0 == .number(nil, .score) || $0 == .number(nil, .overall)
            || $0 == .number(nil, .general)
        })
      #expect(row.last == .text("— Suppressed: fewer than 2 respondents"))
    }
    let history = report.workbook().sheets[3]
    #expect(
      history.rows.count
        == report.comparison.groups.filter { !$0.suppressed }.count)
  }

  @Test func theArchiveHoldsEveryPartAsWritten() throws {
    let workbook = try ScoreReportTests.report().workbook()
    let parts = workbook.parts()
    let bytes = try ZipPackage.archive(
      parts.map { (path: $0.path, bytes: $0.bytes) }, for: "r.xlsx")
    #expect(bytes.prefix(4) == [0x50, 0x4B, 0x03, 0x04])
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var read: [(String, [UInt8])] = []
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      read.append((entry.path, [UInt8](data)))
    }
    #expect(read.map(\.0) == parts.map(\.path))
    #expect(read.map(\.1) == parts.map(\.bytes))
    // The same report makes the same bytes: the entries' dates are fixed.
    let again = try ZipPackage.archive(
      parts.map { (path: $0.path, bytes: $0.bytes) }, for: "r.xlsx")
    #expect(again == bytes)
  }
}
