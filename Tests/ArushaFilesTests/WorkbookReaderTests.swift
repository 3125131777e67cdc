import ArushaCore
import Foundation
import Testing

@testable import ArushaFiles

/// ``WorkbookReader``: workbooks as Excel, LibreOffice and openpyxl save them read into
/// ``FilledWorkbook``, and every hostile or foreign file refused with a one-line reason.
@Suite struct WorkbookReaderTests {
  typealias Sheet = WorkbookFixtures.Sheet

  func read(_ bytes: [UInt8], limits: WorkbookReader.Limits = .init()) throws(FileError)
    -> FilledWorkbook
  {
    try WorkbookReader.read(bytes, path: "filled.xlsx", limits: limits)
  }

  /// The reason `bytes` are refused (failing the test when they are read).
  func refusal(
    _ bytes: [UInt8], limits: WorkbookReader.Limits = .init(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> String {
    do {
      _ = try read(bytes, limits: limits)
      Issue.record("read, not refused", sourceLocation: sourceLocation)
      return ""
    } catch {
      #expect(error.kind == .invalidData, sourceLocation: sourceLocation)
      #expect(error.path == "filled.xlsx", sourceLocation: sourceLocation)
      return error.reason
    }
  }

  // MARK: - Cells as written

  @Test func everyCellTypeIsReadAsStored() throws {
    let strings = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sst xmlns="\(WorkbookFixtures.main)" count="4" uniqueCount="4">\
      <si><t>3 — Applied throughout</t></si>\
      <si><t xml:space="preserve">  trailing space </t></si>\
      <si><r><rPr><b/></rPr><t>Rich </t></r><r><t xml:space="preserve">text</t></r>\
      <rPh sb="0" eb="1"><t>ルビ</t></rPh><phoneticPr fontId="1"/></si>\
      <si><t>line_x000D_
      break _x005F_x0041_ &amp; &#x41;&#66;</t></si>\
      </sst>
      """
    let sheet = """
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="2"><v>1</v></c>\
      <c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>\
      <row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve"> 12,5 </t></is></c>\
      <c r="B3"><v>42</v></c><c r="C3" t="n"><v>1.5E-3</v></c><c r="D3" t="b"><v>1</v></c>\
      <c r="E3" t="e"><v>#N/A</v></c><c r="F3" t="d"><v>2026-12-06T00:00:00</v></c>\
      <c r="G3" t="str"><f>A1&amp;"x"</f><v>3 — Applied throughoutx</v></c>\
      <c r="H3"><f>1+1</f><v>2</v></c><c r="I3"><f>NOW()</f></c>\
      <c r="J3" s="4"/><c r="K3" t="s" s="1"/></row>\
      <row r="4"><c r="A4" t="inlineStr"><is><r><t>a</t></r><r><t xml:space="preserve"> b</t></r></is></c></row>
      """
    let workbook = try read(try WorkbookFixtures.simple(sheet, sharedStrings: strings))
    let form = try #require(workbook.sheet(named: "form"))
    #expect(form.cells.count == 14)
    #expect(form[1, 1] == .init(text: "3 — Applied throughout", kind: .text))
    #expect(form[1, 2] == .init(text: "  trailing space ", kind: .text))
    #expect(form[1, 3] == .init(text: "Rich text", kind: .text))
    #expect(form[1, 4] == .init(text: "line\r\nbreak _x0041_ & AB", kind: .text))
    #expect(form[3, 1] == .init(text: " 12,5 ", kind: .text))
    #expect(form[3, 2] == .init(text: "42", kind: .number))
    #expect(form[3, 3] == .init(text: "1.5E-3", kind: .number))
    #expect(form[3, 4] == .init(text: "1", kind: .boolean))
    #expect(form[3, 5] == .init(text: "#N/A", kind: .error))
    #expect(form[3, 6] == .init(text: "2026-12-06T00:00:00", kind: .date))
    #expect(
      form[3, 7] == .init(text: "3 — Applied throughoutx", kind: .text, isFormula: true))
    #expect(form[3, 8] == .init(text: "2", kind: .number, isFormula: true))
    #expect(form[3, 9] == .init(text: "", kind: .number, isFormula: true))
    #expect(form[3, 10] == nil)
    #expect(form[3, 11] == nil)
    #expect(form[4, 1] == .init(text: "a b", kind: .text))
  }

  @Test func cellsAndRowsWithoutReferencesTakeTheNextPlace() throws {
    let sheet = """
      <row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>\
      <row r="4"><c><v>7</v></c></row><row><c r="C5"><v>8</v></c><c><v>9</v></c></row>
      """
    let form = try #require(try read(try WorkbookFixtures.simple(sheet)).sheets.first)
    #expect(
      form.cells.mapValues(\.text) == [
        .init(row: 1, column: 1): "1", .init(row: 1, column: 2): "2",
        .init(row: 1, column: 5): "5", .init(row: 1, column: 6): "6",
        .init(row: 4, column: 1): "7", .init(row: 5, column: 3): "8",
        .init(row: 5, column: 4): "9",
      ])
  }

  @Test func sheetsComeInTabOrderWithTheirStateWhateverTheirTargets() throws {
    let bytes = try WorkbookFixtures.package(sheets: [
      Sheet(
        name: "Form", target: "worksheets/sheet1.xml",
        xml: WorkbookFixtures.worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")),
      Sheet(
        name: "Lists", state: "hidden", target: "/xl/worksheets/lists.xml",
        xml: WorkbookFixtures.worksheet("<row r=\"2\"><c r=\"B2\"><v>2</v></c></row>")),
      Sheet(
        name: "arusha", state: "veryHidden", target: "./worksheets/../worksheets/ref.xml",
        xml: WorkbookFixtures.worksheet(""), part: "xl/worksheets/ref.xml"),
    ])
    let workbook = try read(bytes)
    #expect(workbook.sheets.map(\.name) == ["Form", "Lists", "arusha"])
    #expect(workbook.sheets.map(\.isHidden) == [false, true, true])
    #expect(workbook.sheets[1][2, 2]?.text == "2")
  }

  @Test func aWorkbookPartOutsideXlIsFoundThroughTheRelationships() throws {
    let bytes = try WorkbookFixtures.package(
      sheets: [
        Sheet(
          name: "Only", target: "sheet.xml",
          xml: WorkbookFixtures.worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"))
      ], workbookFolder: "book")
    #expect(try read(bytes).sheets.first?[1, 1]?.text == "1")
  }

  // MARK: - Real files

  static let hasOpenpyxl: Bool =
    ProcessInfo.processInfo.environment["ARUSHA_REQUIRE_OPENPYXL"] != nil
    || ((try? run(["python3", "-c", "import openpyxl"])) == 0)

  static let hasSoffice: Bool = (try? run(["sh", "-c", "command -v soffice"])) == 0

  /// Runs `arguments` through `/usr/bin/env` in `folder`, with its HOME there.
  @discardableResult
  static func run(_ arguments: [String], in folder: URL? = nil) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let folder {
      process.currentDirectoryURL = folder
      var environment = ProcessInfo.processInfo.environment
      environment["HOME"] = folder.path
      process.environment = environment
    }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-workbook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A workbook as openpyxl writes it (shared strings, a hidden sheet, a formula).
  static let openpyxlScript = """
    import sys, openpyxl
    book = openpyxl.Workbook()
    form = book.active
    form.title = "Form"
    form["A1"] = "Question"
    form["D5"] = "3 — Applied throughout"
    form["D6"] = "  12,5 "
    form["D7"] = 42
    form["D8"] = 2.5
    form["D9"] = True
    form["D10"] = "=1+1"
    form["E5"] = "line one\\nline two"
    lists = book.create_sheet("Lists")
    lists["A1"] = "1 — Yes"
    lists.sheet_state = "hidden"
    book.save(sys.argv[1])
    """

  func checkOpenpyxlContents(_ workbook: FilledWorkbook, formulaKept: Bool) throws {
    let form = try #require(workbook.sheet(named: "Form"))
    #expect(form[5, 4]?.text == "3 — Applied throughout")
    #expect(form[6, 4]?.text == "  12,5 ")
    #expect(form[7, 4].map { Double($0.text) } == 42)
    #expect(form[8, 4]?.text == "2.5")
    #expect(form[9, 4]?.kind == .boolean)
    #expect(form[9, 4]?.text == "1")
    #expect(form[10, 4]?.isFormula == true)
    #expect(form[5, 5]?.text == "line one\nline two")
    let lists = try #require(workbook.sheet(named: "Lists"))
    #expect(lists.isHidden)
    #expect(lists[1, 1]?.text == "1 — Yes")
    _ = formulaKept
  }

  @Test(.enabled(if: hasOpenpyxl, "openpyxl is missing: pip install openpyxl"))
  func aWorkbookWrittenByOpenpyxlIsRead() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("filled.xlsx").path
    #expect(try Self.run(["python3", "-c", Self.openpyxlScript, path]) == 0)
    try checkOpenpyxlContents(WorkbookReader.read(UserPath(path)), formulaKept: true)
  }

  @Test(
    .enabled(if: hasOpenpyxl && hasSoffice, "openpyxl or soffice (LibreOffice) is missing"))
  func aWorkbookSavedByLibreOfficeIsRead() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = folder.appendingPathComponent("source.xlsx").path
    #expect(try Self.run(["python3", "-c", Self.openpyxlScript, source]) == 0)
    let out = folder.appendingPathComponent("out")
    #expect(
      try Self.run(
        ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out.path, source],
        in: folder) == 0)
    let converted = out.appendingPathComponent("source.xlsx").path
    let workbook = try WorkbookReader.read(UserPath(converted))
    try checkOpenpyxlContents(workbook, formulaKept: true)
    // LibreOffice computes the formula and keeps its result.
    #expect(workbook.sheet(named: "Form")?[10, 4]?.text == "2")
  }

  // MARK: - Not a workbook

  @Test func otherFilesAreNamedWithWhatToDo() throws {
    #expect(refusal([]) == "the file is empty, not a workbook (.xlsx)")
    #expect(
      refusal(Array("id;answer\nq1;3\n".utf8))
        == "is text (a CSV or YAML file?), not a workbook (.xlsx, a ZIP archive): open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import that"
    )
    let compound: [UInt8] =
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
      + Array(
        repeating: 0, count: 600)
    #expect(refusal(compound).hasPrefix("is an Excel 97-2003 workbook (.xls)"))
    let encrypted =
      compound + Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(refusal(encrypted).hasPrefix("is a workbook encrypted with a password"))
    #expect(refusal(Array("%PDF-1.7\n".utf8)).hasPrefix("is a PDF document"))
    let ods = try ZipPackage.archive(
      [
        ("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)),
        ("content.xml", Array("<x/>".utf8)),
      ], for: "x")
    #expect(refusal(ods).hasPrefix("is an OpenDocument spreadsheet (.ods)"))
    #expect(refusal(ods).contains("save it as .xlsx"))
    let other = try ZipPackage.archive([("readme.txt", Array("hi".utf8))], for: "x")
    #expect(refusal(other).hasPrefix("is a ZIP archive but not an Excel workbook"))
  }

  @Test func aTruncatedOrDamagedArchiveIsRefused() throws {
    let bytes = try WorkbookFixtures.simple("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
    for cut in [bytes.count / 2, bytes.count - 10, 30] {
      #expect(
        refusal(Array(bytes.prefix(cut))).hasPrefix("is not a workbook arusha can read"),
        "\(cut)")
    }
    // A byte changed inside a part: its checksum, or its deflate stream, says so.
    var damaged = bytes
    let data = try #require(WorkbookFixtures.dataOffset(of: "xl/worksheets/sheet1.xml", in: bytes))
    damaged[data + 3] ^= 0x55
    #expect(refusal(damaged).contains("is damaged"))
  }

  @Test func twoEntriesOfOneNameOrHeadersThatDisagreeAreRefused() throws {
    let sheet = WorkbookFixtures.worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
    let twice = try WorkbookFixtures.package(
      sheets: [Sheet(name: "Form", target: "worksheets/sheet1.xml", xml: sheet)],
      extra: [("XL/Worksheets/Sheet1.xml", Array(sheet.utf8))])
    #expect(
      refusal(twice)
        == "has two ZIP entries named 'XL/Worksheets/Sheet1.xml', which is refused (programs differ on which one they read); save the workbook again from Excel or LibreOffice"
    )
    var renamed = try WorkbookFixtures.simple("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
    let data = try #require(
      WorkbookFixtures.dataOffset(of: "xl/worksheets/sheet1.xml", in: renamed))
    let nameStart = data - "xl/worksheets/sheet1.xml".utf8.count
    renamed[nameStart] = UInt8(ascii: "y")
    #expect(
      refusal(renamed)
        == "the part 'xl/worksheets/sheet1.xml' is damaged: its local header names another entry; save the workbook again from Excel or LibreOffice"
    )
  }

  @Test func aDeflateStreamThatEndsEarlyIsRefusedNotWaitedOn() throws {
    // A stored block that announces 65,535 bytes, then the central directory: a reader that
    // keeps asking for input at the end of the file never returns.
    var patched = try WorkbookFixtures.package(
      sheets: [
        Sheet(name: "Form", target: "worksheets/sheet1.xml", xml: WorkbookFixtures.worksheet(""))
      ], sharedStrings: "<sst>" + String(repeating: "<si><t>x</t></si>", count: 10) + "</sst>")
    // Replace the shared strings' deflate data by a stored block header of 65,535 bytes.
    let data = try #require(WorkbookFixtures.dataOffset(of: "xl/sharedStrings.xml", in: patched))
    patched.replaceSubrange(data..<(data + 5), with: [0, 0xFF, 0xFF, 0, 0])
    #expect(refusal(patched).contains("'xl/sharedStrings.xml' is damaged"))
  }

  // MARK: - Hostile workbooks

  @Test func aZipBombIsStoppedAtTheBound() throws {
    // 50 MB of zeros deflate to about 50 KB: refused by the ratio, then (ratio off) by the
    // part's bound, whatever size the directory declares.
    let zeros = [UInt8](repeating: 0x20, count: 50_000_000)
    let bomb = try WorkbookFixtures.package(
      sheets: [
        Sheet(name: "Form", target: "worksheets/sheet1.xml", xml: WorkbookFixtures.worksheet(""))
      ], extra: [("xl/sharedStrings.xml", zeros)])
    let lying = WorkbookFixtures.declaring(bomb, size: 100, for: "xl/sharedStrings.xml")
    #expect(
      refusal(lying)
        == "the part 'xl/sharedStrings.xml' inflates to more than 200 times its compressed size, the bound for a workbook (a zip bomb?)"
    )
    var noRatio = WorkbookReader.Limits()
    noRatio.compressionRatio = Int.max
    #expect(
      refusal(lying, limits: noRatio)
        == "the part 'xl/sharedStrings.xml' inflates to more than 32 MiB, the bound for one part (a zip bomb?)"
    )
    noRatio.partBytes = 60_000_000
    noRatio.totalBytes = 40_000_000
    #expect(refusal(lying, limits: noRatio).hasPrefix("the parts read inflate to more than"))
  }

  @Test func entityDeclarationsAreRefusedBeforeAnythingIsExpanded() throws {
    let laughs = """
      <?xml version="1.0"?>
      <!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\
      <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
      <sst xmlns="\(WorkbookFixtures.main)"><si><t>&d;</t></si></sst>
      """
    let reason = refusal(try WorkbookFixtures.simple("", sharedStrings: laughs))
    #expect(
      reason
        == "the part 'xl/sharedStrings.xml' (line 2, column 1) has a DOCTYPE, which is refused: arusha reads workbook XML without DTDs, so no entity declarations and no external references"
    )
    let external = """
      <?xml version="1.0"?><!DOCTYPE x [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <sst><si><t>&x;</t></si></sst>
      """
    #expect(
      refusal(try WorkbookFixtures.simple("", sharedStrings: external)).contains(
        "has a DOCTYPE, which is refused"))
    // An undeclared entity without a DOCTYPE is refused too.
    let undeclared = "<sst><si><t>&x;</t></si></sst>"
    #expect(
      refusal(try WorkbookFixtures.simple("", sharedStrings: undeclared)).contains(
        "refers to the entity '&x;', which is refused"))
  }

  @Test func aMillionRowSheetIsRefusedAtTheCellBound() throws {
    var rows: [UInt8] = []
    rows.reserveCapacity(30_000_000)
    let row = Array("<row><c><v>1</v></c></row>".utf8)
    for _ in 0..<1_000_000 { rows += row }
    let sheet =
      Array("<worksheet xmlns=\"\(WorkbookFixtures.main)\"><sheetData>".utf8) + rows
      + Array("</sheetData></worksheet>".utf8)
    let bytes = try ZipPackage.archive(
      [
        (
          "_rels/.rels",
          Array(
            "<Relationships><Relationship Id=\"r\" Type=\"x/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
              .utf8)
        ),
        (
          "xl/workbook.xml",
          Array(
            "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"s\"/></sheets></workbook>"
              .utf8)
        ),
        (
          "xl/_rels/workbook.xml.rels",
          Array(
            "<Relationships><Relationship Id=\"s\" Type=\"x/worksheet\" Target=\"big.xml\"/></Relationships>"
              .utf8)
        ),
        ("xl/big.xml", sheet),
      ], for: "x")
    #expect(refusal(bytes).contains("inflates to more than 200 times its compressed size"))
    var limits = WorkbookReader.Limits()
    limits.compressionRatio = Int.max
    #expect(
      refusal(bytes, limits: limits)
        == "has more than 50000 cells, the bound for a workbook (a form has a few thousand; at 'xl/big.xml')"
    )
  }

  @Test func tooManyEntriesOrSheetsAreRefused() throws {
    let entries = try ZipPackage.archive(
      (0...1_000).map { ("e\($0)", [UInt8]()) }, for: "x")
    #expect(
      refusal(entries)
        == "has more than 1000 entries in its ZIP archive, the bound for a workbook (a form has 10)"
    )
    var list = ""
    for index in 0..<100_000 {
      list += "<sheet name=\"S\(index)\" sheetId=\"\(index)\" r:id=\"rId1\"/>"
    }
    let sheets = try ZipPackage.archive(
      [
        (
          "_rels/.rels",
          Array(
            "<Relationships><Relationship Id=\"r\" Type=\"x/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
              .utf8)
        ),
        (
          "xl/workbook.xml",
          Array("<workbook xmlns:r=\"r\"><sheets>\(list)</sheets></workbook>".utf8)
        ),
        ("xl/_rels/workbook.xml.rels", Array("<Relationships/>".utf8)),
      ], for: "x")
    #expect(refusal(sheets) == "has more than 100 sheets, the bound for a workbook (a form has 3)")
  }

  @Test func malformedOrOversizedXMLIsRefusedWithItsPlace() throws {
    // Without the compression ratio, which long runs of one character would reach first.
    var limits = WorkbookReader.Limits()
    limits.compressionRatio = Int.max
    func sheetRefusal(_ xml: String) throws -> String {
      refusal(
        try WorkbookFixtures.package(sheets: [
          Sheet(name: "Form", target: "worksheets/sheet1.xml", xml: xml)
        ]), limits: limits)
    }
    let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
    #expect(
      try sheetRefusal(deep)
        == "the part 'xl/worksheets/sheet1.xml' (line 1, column 193) nests elements deeper than 64 levels"
    )
    let huge = "<worksheet a=\"" + String(repeating: "x", count: 2_000_000) + "\"/>"
    #expect(
      try sheetRefusal(huge).hasSuffix("has an attribute value longer than 1048576 bytes"))
    let many =
      "<worksheet " + (0..<1_000).map { "a\($0)=\"1\"" }.joined(separator: " ") + "/>"
    #expect(try sheetRefusal(many).hasSuffix("has more than 64 attributes on one element"))
    #expect(
      try sheetRefusal("<worksheet><sheetData></worksheet>")
        == "the part 'xl/worksheets/sheet1.xml' (line 1, column 23) closes 'worksheet' where 'sheetData' is open (mismatched tags)"
    )
    #expect(
      try sheetRefusal("<worksheet>").hasSuffix("ends before the element 'worksheet' is closed"))
    #expect(try sheetRefusal("<worksheet a=1/>").hasSuffix("has an attribute value without quotes"))
    #expect(
      try sheetRefusal("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet/>").contains(
        "declares the encoding 'ISO-8859-1'; only UTF-8 is read"))
    var invalid = Array("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>".utf8)
    invalid += [0xC3, 0x28]
    invalid += Array("</t></is></c></row></sheetData></worksheet>".utf8)
    let invalidPackage = try ZipPackage.archive(
      [
        (
          "_rels/.rels",
          Array(
            "<Relationships><Relationship Id=\"r\" Type=\"x/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
              .utf8)
        ),
        (
          "xl/workbook.xml",
          Array(
            "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"s\"/></sheets></workbook>"
              .utf8)
        ),
        (
          "xl/_rels/workbook.xml.rels",
          Array(
            "<Relationships><Relationship Id=\"s\" Type=\"x/worksheet\" Target=\"s.xml\"/></Relationships>"
              .utf8)
        ),
        ("xl/s.xml", invalid),
      ], for: "x")
    #expect(
      refusal(invalidPackage)
        == "the part 'xl/s.xml' (line 1, column 52) is not valid UTF-8")
  }

  @Test func targetsOutsideThePackageAreRefused() throws {
    let bytes = try WorkbookFixtures.package(sheets: [
      Sheet(name: "Form", target: "../../../etc/passwd", xml: "")
    ])
    #expect(
      refusal(bytes)
        == "the target '../../../etc/passwd' in 'xl/_rels/workbook.xml.rels' points outside the workbook, which is refused"
    )
    // An entry named like a path out of the folder is only a name, never looked up or written.
    let traversal = try WorkbookFixtures.package(
      sheets: [
        Sheet(
          name: "Form", target: "worksheets/sheet1.xml",
          xml: WorkbookFixtures.worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"))
      ], extra: [("../../evil.xml", Array("<x/>".utf8))])
    #expect(try read(traversal).sheets.count == 1)
  }

  @Test func cellsBeyondExcelOrRepeatedAreRefused() throws {
    #expect(
      refusal(try WorkbookFixtures.simple("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"))
        == "the cell reference 'XFE1' in 'xl/worksheets/sheet1.xml' is not a cell from A1 to XFD1048576"
    )
    #expect(
      refusal(try WorkbookFixtures.simple("<row r=\"1048577\"><c><v>1</v></c></row>"))
        .hasPrefix("the row '1048577'"))
    #expect(
      refusal(
        try WorkbookFixtures.simple(
          "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>")
      )
      .hasPrefix("the cell A1 appears twice"))
    #expect(
      refusal(try WorkbookFixtures.simple("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"))
        .hasPrefix("the cell A1 in 'xl/worksheets/sheet1.xml' refers to the shared string '7'"))
    let long = String(repeating: "é", count: 32_768)
    #expect(
      refusal(
        try WorkbookFixtures.simple(
          "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(long)</t></is></c></row>"))
        == "the cell A1 in 'xl/worksheets/sheet1.xml' is longer than 32767 characters, Excel's limit for a cell"
    )
  }
}

/// The strict XML reader's edges, through shared strings: what it reads and what it refuses.
@Suite struct StrictXMLReaderTests {
  /// The first shared string of `strings`, or the reason the workbook is refused.
  func first(_ strings: String) -> String {
    do {
      let bytes = try WorkbookFixtures.simple(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", sharedStrings: strings)
      let workbook = try WorkbookReader.read(bytes, path: "x.xlsx")
      return workbook.sheets.first?[1, 1]?.text ?? "(none)"
    } catch {
      return "refused: " + ((error as? FileError)?.reason ?? "\(error)")
    }
  }

  @Test func referencesCDATACommentsAndInstructionsAreRead() {
    #expect(first("<sst><si><t>&#10;&#x41;&lt;&gt;&amp;&quot;&apos;</t></si></sst>") == "\nA<>&\"'")
    #expect(first("<sst><si><t><![CDATA[<b>&amp;</b>]]></t></si></sst>") == "<b>&amp;</b>")
    #expect(
      first(
        "<?xml version='1.0' encoding='utf-8'?><!-- c --><?pi x?><sst><si><!-- c --><t>a</t><?pi?></si></sst>"
      )
        == "a")
    #expect(first("\u{FEFF}<x:sst xmlns:x='m'><x:si><x:t>ns</x:t></x:si></x:sst>") == "ns")
    #expect(first("<sst><si><t>a\r\nb\rc</t></si></sst>") == "a\nb\nc")
  }

  @Test func badReferencesAndMarkupAreRefused() {
    #expect(
      first("<sst><si><t>&#0;</t></si></sst>").hasSuffix(
        "refers to U+0000, a character XML does not allow"))
    #expect(
      first("<sst><si><t>&#xD800;</t></si></sst>").hasSuffix(
        "refers to U+D800, a character XML does not allow"))
    #expect(
      first("<sst><si><t>&#x110000;</t></si></sst>").hasSuffix(
        "has a character reference beyond Unicode"))
    #expect(
      first("<sst><si><t>a & b</t></si></sst>").hasSuffix(
        "has an '&' that starts no reference (write '&amp;')"))
    #expect(
      first("<sst><si><t>\u{01}</t></si></sst>").hasSuffix("has a control character (U+0001)"))
    #expect(first("<sst><si><t>a]]>b</t></si></sst>").hasSuffix("has ']]>' in its text"))
    #expect(first("<sst><!-- a -- b --><si/></sst>").hasSuffix("has '--' inside a comment"))
    #expect(first("<sst/><sst/>").hasSuffix("has content after the root element"))
    #expect(first("<sst a='1' a='2'/>").hasSuffix("repeats the attribute 'a'"))
    #expect(
      first("<sst><!ENTITY x 'y'></sst>").hasSuffix(
        "has a markup declaration ('<!'), which is refused"))
    #expect(
      first("<sst>x<?xml version='1.0'?></sst>").hasSuffix(
        "has an XML declaration that is not at the start"))
    #expect(first("\u{FFFE}<sst/>").hasPrefix("refused: the part 'xl/sharedStrings.xml'"))
  }
}

/// Number formats as the reader classifies them (issue 28, the workshop review).
@Suite struct WorkbookNumberFormatTests {
  @Test(arguments: [
    ("0%", FilledWorkbook.Cell.Format.percent), ("0.00%", .percent), ("DD/MM/YYYY", .date),
    ("[$-40C]d mmm yyyy", .date), ("h:mm", .date), ("General", .number), ("0.0", .number),
    ("#,##0", .number), ("@", .number), ("\"days\" 0", .number), ("0\\%", .number),
    ("[Red]0.0", .number),
  ])
  func customCodes(_ code: String, _ format: FilledWorkbook.Cell.Format) {
    #expect(WorkbookReading.format(ofCode: code) == format, "\(code)")
  }

  @Test func builtInIDs() {
    #expect(WorkbookReading.format(ofBuiltIn: 9) == .percent)
    #expect(WorkbookReading.format(ofBuiltIn: 14) == .date)
    #expect(WorkbookReading.format(ofBuiltIn: 0) == .number)
    #expect(WorkbookReading.format(ofBuiltIn: 49) == .number)
  }
}
