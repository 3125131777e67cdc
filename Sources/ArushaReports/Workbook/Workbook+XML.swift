import ArushaCore
import ArushaText

extension Workbook {
  /// The namespace of SpreadsheetML's main parts.
  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  /// The namespace of relationship ids inside parts.
  static let relationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  /// The XML declaration every part starts with.
  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  /// Every part of the package, `[Content_Types].xml` first, ready to be zipped.
  ///
  /// - Returns: The parts in the order they go in the archive.
  public func parts() -> [Part] {
    let names = sheetNames
    var parts: [Part] = [
      Part(path: "[Content_Types].xml", bytes: Array(contentTypes().utf8)),
      Part(path: "_rels/.rels", bytes: Array(packageRelationships().utf8)),
      Part(path: "docProps/core.xml", bytes: Array(coreProperties().utf8)),
      Part(path: "docProps/app.xml", bytes: Array(appProperties(names).utf8)),
      Part(path: "xl/workbook.xml", bytes: Array(workbookXML(names).utf8)),
      Part(path: "xl/_rels/workbook.xml.rels", bytes: Array(workbookRelationships().utf8)),
      Part(path: "xl/styles.xml", bytes: Array((hasForm ? Self.formStyles : Self.styles).utf8)),
    ]
    for (index, sheet) in sheets.enumerated() {
      parts.append(
        Part(
          path: "xl/worksheets/sheet\(index + 1).xml",
          bytes: sheet.xmlBytes(selected: index == 0, phrases: Phrases(language))))
    }
    return parts
  }

  /// Whether a sheet has a setup of its own (a fill-in form): the styles then add the
  /// unlocked and title cells' formats; a report's workbook keeps its styles as they were.
  var hasForm: Bool { sheets.contains { $0.setup != Workbook.Sheet.Setup() } }

  /// The sheets' names as Excel takes them: valid, and distinct (a repeated one gets ` 2`).
  var sheetNames: [String] {
    var seen: Set<String> = []
    return sheets.map { sheet in
      let base = SpreadsheetText.sheetName(sheet.name)
      var name = base
      var number = 2
      while seen.contains(name.lowercased()) {
        name = SpreadsheetText.sheetName(String(base.prefix(28)) + " \(number)")
        number += 1
      }
      seen.insert(name.lowercased())
      return name
    }
  }

  func contentTypes() -> String {
    var xml = Self.declaration
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    xml +=
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    xml +=
      "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    for index in sheets.indices {
      xml +=
        "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    xml +=
      "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    xml +=
      "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    xml +=
      "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    return xml + "</Types>"
  }

  func packageRelationships() -> String {
    Self.declaration
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
      + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
      + "</Relationships>"
  }

  func coreProperties() -> String {
    Self.declaration
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<dc:title>\(SpreadsheetText.attribute(title))</dc:title>"
      + "<dc:subject>\(SpreadsheetText.attribute(subject))</dc:subject>"
      + "<dc:creator>arusha</dc:creator>"
      + "<dc:language>\(SpreadsheetText.attribute(language))</dc:language>"
      + "</cp:coreProperties>"
  }

  func appProperties(_ names: [String]) -> String {
    var xml = Self.declaration
    xml +=
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    xml += "<Application>arusha</Application>"
    // As Excel writes it: the kind of parts and their count, then their names.
    xml += "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\">"
    xml += "<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
    xml += "<vt:variant><vt:i4>\(names.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>"
    xml += "<TitlesOfParts><vt:vector size=\"\(names.count)\" baseType=\"lpstr\">"
    for name in names { xml += "<vt:lpstr>\(SpreadsheetText.attribute(name))</vt:lpstr>" }
    xml += "</vt:vector></TitlesOfParts>"
    return xml + "</Properties>"
  }

  func workbookXML(_ names: [String]) -> String {
    var xml = Self.declaration
    xml += "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipsNamespace)\">"
    xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
    for (index, name) in names.enumerated() {
      let state = sheets[index].setup.hidden ? " state=\"hidden\"" : ""
      xml +=
        "<sheet name=\"\(SpreadsheetText.attribute(name))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
    }
    xml += "</sheets>"
    // Printed, every page repeats the header row (Excel's print titles, one per sheet).
    // A form prints only its first columns (Excel's print area; the names sorted as Excel
    // sorts them: Print_Area before Print_Titles).
    xml += "<definedNames>"
    for (index, name) in names.enumerated() {
      let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
      let sheet = sheets[index]
      if let printed = sheet.setup.printedColumns, printed > 0 {
        let last = Workbook.Sheet.columnName(min(printed, max(sheet.columns.count, 1)) - 1)
        let lastRow = max(sheet.rows.count + (sheet.setup.headerRow ?? 0), 1)
        xml +=
          "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"\(index)\">\(SpreadsheetText.attribute(quoted))!$A$1:$\(last)$\(lastRow)</definedName>"
      }
      guard let row = sheet.setup.headerRow else { continue }
      xml +=
        "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(SpreadsheetText.attribute(quoted))!$\(row):$\(row)</definedName>"
    }
    return xml + "</definedNames></workbook>"
  }

  func workbookRelationships() -> String {
    var xml = Self.declaration
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for index in sheets.indices {
      xml +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationshipsNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    xml +=
      "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.relationshipsNamespace)/styles\" Target=\"styles.xml\"/>"
    return xml + "</Relationships>"
  }

  /// The cell formats (`cellXfs`): the index of each is its `s` attribute.
  enum Style: Int, CaseIterable {
    case plain = 0
    case header, bold, score, overall, percent, fraction, signed, wrapped
    /// A fill-in form's only: an unlocked, shaded, wrapped cell (``Workbook/Cell/input(_:)``).
    case input
    /// A fill-in form's only: a title in 14-point bold (``Workbook/Cell/title(_:)``).
    case title
    /// A fill-in form's only: ``input`` in the text format `@`
    /// (``Workbook/Cell/textInput(_:)``).
    case textInput

    /// The formats of a report's workbook; a form's adds ``input``, ``title`` and
    /// ``textInput``.
    static let report: [Style] = [
      .plain, .header, .bold, .score, .overall, .percent, .fraction, .signed, .wrapped,
    ]
  }

  /// `styles.xml`: Calibri 11, a bold font, and one cell format per ``Style``; the number
  /// formats are `0.0`, `0.0%`, `0.00` and `+0.0;-0.0;0.0` (Excel shows them with the reader's
  /// decimal comma or point).
  static let styles = styles(Style.report)

  /// `styles.xml` of a fill-in form: ``styles`` with a 14-point bold font, a light shade, and
  /// the formats ``Style/input`` (unlocked: `<protection locked="0"/>`) and ``Style/title``.
  static let formStyles = styles(Style.allCases)

  /// `styles.xml` with the cell formats `formats`, in order (their index is their `s`).
  static func styles(_ formats: [Style]) -> String {
    let form = formats.contains(.input)
    var xml = declaration
    xml += "<styleSheet xmlns=\"\(mainNamespace)\">"
    xml += "<numFmts count=\"4\">"
    xml += "<numFmt numFmtId=\"164\" formatCode=\"0.0\"/>"
    xml += "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/>"
    xml += "<numFmt numFmtId=\"166\" formatCode=\"0.00\"/>"
    xml += "<numFmt numFmtId=\"167\" formatCode=\"+0.0;\\-0.0;0.0\"/>"
    xml += "</numFmts>"
    xml += "<fonts count=\"\(form ? 3 : 2)\">"
    xml += "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    xml += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    if form {
      xml += "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    }
    xml += "</fonts>"
    xml +=
      "<fills count=\"\(form ? 3 : 2)\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
    if form {
      // A light yellow where the team writes: on screen and on paper alike.
      xml +=
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF6D5\"/><bgColor indexed=\"64\"/></patternFill></fill>"
    }
    xml += "</fills>"
    xml +=
      "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    // A form's Normal style is top-aligned too: LibreOffice lays out a cell without a style
    // (a question's number) by it.
    xml +=
      form
      ? "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf></cellStyleXfs>"
      : "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    xml += "<cellXfs count=\"\(formats.count)\">"
    for style in formats {
      let (format, font): (Int, Int) =
        switch style {
        case .plain: (0, 0)
        case .header, .bold: (0, 1)
        case .wrapped, .input: (0, 0)
        case .textInput: (49, 0)
        case .title: (0, 2)
        case .score: (164, 0)
        case .overall: (164, 1)
        case .percent: (165, 0)
        case .fraction: (166, 0)
        case .signed: (167, 0)
        }
      var attributes =
        "numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
      if format != 0 { attributes += " applyNumberFormat=\"1\"" }
      if font != 0 { attributes += " applyFont=\"1\"" }
      // Every cell at the top of its row, so that a row's figures stand beside the first line
      // of its wrapped text, not under the next row's.
      let wraps =
        [.header, .wrapped, .input, .textInput].contains(style) ? " wrapText=\"1\"" : ""
      if style == .input || style == .textInput {
        attributes = attributes.replacingOccurrences(of: "fillId=\"0\"", with: "fillId=\"2\"")
        attributes += " applyFill=\"1\" applyProtection=\"1\""
        xml +=
          "<xf \(attributes) applyAlignment=\"1\"><alignment vertical=\"top\"\(wraps)/><protection locked=\"0\"/></xf>"
        continue
      }
      xml += "<xf \(attributes) applyAlignment=\"1\"><alignment vertical=\"top\"\(wraps)/></xf>"
    }
    xml += "</cellXfs>"
    xml +=
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    return xml + "</styleSheet>"
  }
}

extension Workbook.Sheet {
  /// The column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
  static func columnName(_ index: Int) -> String {
    FilledWorkbook.Address.letters(index + 1)
  }

  /// The width of each column: the given one, else the longest of the header (its longest
  /// word, since headers wrap) and the cells, plus 2, between 6 and 60.
  var widths: [Double] {
    columns.enumerated().map { index, column in
      if let width = column.width { return width }
      let headerWidth =
        column.header.split(separator: " ").map { DisplayColumns.width(of: $0) }
        .max() ?? 0
      var widest = max(headerWidth, 4)
      for row in rows where index < row.count {
        widest = max(widest, Self.shownWidth(row[index]))
      }
      return Double(min(max(widest + 2, 6), 60))
    }
  }

  /// About how many characters a cell shows.
  static func shownWidth(_ cell: Workbook.Cell) -> Int {
    switch cell {
    case .text(let text), .heading(let text), .input(let text), .title(let text),
      .textInput(let text):
      return DisplayColumns.width(of: SpreadsheetText.allowed(text))
    case .lines(let lines):
      return lines.map { DisplayColumns.width(of: SpreadsheetText.allowed($0)) }.max() ?? 0
    case .number(let value?, let format):
      let digits = fixedCount(value)
      return format == .percent ? digits + 1 : digits + (format == .signed ? 1 : 0)
    case .number(nil, _), .empty: return 0
    case .integer(let value): return String(value).count
    case .bool: return 5
    }
  }

  /// The characters of `fixed(value, digits: 1)`, counted without writing it.
  static func fixedCount(_ value: Double) -> Int {
    let reported = Tolerance.reported(value)
    guard reported.isFinite, abs(reported) < 1e15 else { return fixed(value, digits: 1).count }
    let units = Int64((abs(reported) * 10).rounded())
    var whole = units / 10
    // The whole part's digits, the point and the one decimal; a minus sign unless rounded to 0.
    var count = 2
    repeat {
      count += 1
      whole /= 10
    } while whole > 0
    return count + (reported < 0 && units != 0 ? 1 : 0)
  }

  /// The height of one line of Calibri 11, in points.
  static let lineHeight = 15.0

  /// How many lines `cell` takes in a column `width` characters wide: one, or, when the
  /// column wraps, as many as its text takes wrapped at that width (an estimate of what Excel
  /// and LibreOffice lay out, which neither computes on opening a file).
  static func lineCount(_ cell: Workbook.Cell, width: Double, wraps: Bool) -> Int {
    let text: String
    switch cell {
    case .text(let value) where wraps, .input(let value) where wraps,
      .textInput(let value) where wraps:
      text = value
    case .lines(let lines) where wraps:
      return max(1, lines.reduce(0) { $0 + lineCount(.text($1), width: width, wraps: true) })
    default: return 1
    }
    let shown = SpreadsheetText.allowed(text)
    guard !shown.isEmpty else { return 1 }
    // A character of Calibri 11 is narrower than the width unit on average; one column of
    // margin keeps a word from running into the next cell.
    let perLine = max(1, Int(width) - 1)
    // A text no wider than a line takes one line: nothing to wrap (issue 29).
    if !containsByte(shown, where: { $0 == UInt8(ascii: "\n") }), displayWidth(shown) <= perLine {
      return 1
    }
    // A word longer than the line breaks across lines, as the spreadsheets break it.
    let paragraphs =
      containsByte(shown, where: { $0 == UInt8(ascii: "\n") })
      ? shown.split(separator: "\n", omittingEmptySubsequences: false) : [shown[...]]
    return paragraphs.reduce(0) {
      $0
        + wrapText(String($1), width: perLine).reduce(0) { lines, line in
          lines + max(1, (displayWidth(line) + perLine - 1) / perLine)
        }
    }
  }

  /// The `<row>` start tag of row `number`: with a height for its tallest wrapped cell when
  /// that takes more than one line, so that wrapped text does not run over the rows below.
  static func rowStart(_ number: Int, lines: Int) -> String {
    guard lines > 1 else { return "<row r=\"\(number)\">" }
    return
      "<row r=\"\(number)\" ht=\"\(fixed(Double(lines) * lineHeight, digits: 1))\" customHeight=\"1\">"
  }

  /// The worksheet's XML: the frozen header row, the column widths, the rows with the height
  /// their wrapped text needs, then the print setup (landscape, fitted to the page's width,
  /// the header row repeated on every page through the workbook's print titles).
  ///
  /// A sheet's ``Setup`` adds the rows above the header (the header then frozen under its
  /// own row), hidden columns, the protection, merged cells, data validations and printed grid
  /// lines; with the default setup the part is as a report's has always been.
  ///
  /// - Parameters:
  ///   - selected: Whether the sheet is the one shown when the file opens.
  ///   - phrases: The report language's words, for booleans ("Yes" / « Oui »).
  /// - Returns: The part `xl/worksheets/sheetN.xml`.
  func xml(selected: Bool, phrases: Phrases) -> String {
    String(decoding: xmlBytes(selected: selected, phrases: phrases), as: UTF8.self)
  }

  /// ``xml(selected:phrases:)`` as its UTF-8 bytes, written straight into one buffer: a
  /// report's sheets hold hundreds of thousands of cells (issue 29).
  func xmlBytes(selected: Bool, phrases: Phrases) -> [UInt8] {
    let lastColumn = Self.columnName(max(columns.count, 1) - 1)
    let widths = self.widths
    let headerRow = setup.headerRow ?? 0
    let firstRow = headerRow + 1
    let lastRow = max(rows.count + headerRow, setup.above.count, 1)
    var xml = Workbook.declaration
    xml +=
      "<worksheet xmlns=\"\(Workbook.mainNamespace)\" xmlns:r=\"\(Workbook.relationshipsNamespace)\">"
    xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
    xml += "<dimension ref=\"A1:\(lastColumn)\(lastRow)\"/>"
    xml += "<sheetViews><sheetView\(selected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">"
    let active = setup.activeCell ?? "A\(firstRow)"
    if headerRow > 0 {
      xml +=
        "<pane ySplit=\"\(headerRow)\" topLeftCell=\"A\(firstRow)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
      xml += "<selection pane=\"bottomLeft\" activeCell=\"\(active)\" sqref=\"\(active)\"/>"
    } else {
      xml += "<selection activeCell=\"\(active)\" sqref=\"\(active)\"/>"
    }
    xml += "</sheetView></sheetViews>"
    xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
    if !columns.isEmpty {
      xml += "<cols>"
      for (index, width) in widths.enumerated() {
        let hidden = columns[index].hidden ? " hidden=\"1\"" : ""
        xml +=
          "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(fixed(width, digits: 1))\"\(hidden) customWidth=\"1\"/>"
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    var bytes: [UInt8] = []
    // About what a report's cells take: an inline string's markup is some 60 bytes.
    bytes.reserveCapacity(xml.utf8.count + 64 * (rows.count + 1) * max(columns.count, 1))
    bytes.append(contentsOf: xml.utf8)
    var writer = RowWriter(sheet: self, widths: widths, phrases: phrases)
    for (rowIndex, row) in setup.above.prefix(max(headerRow - 1, 0)).enumerated() {
      writer.write(row, number: rowIndex + 1, into: &bytes)
    }
    if headerRow > 0 {
      // Headers wrap at their spaces.
      let headerLines =
        zip(columns, widths).map {
          Self.lineCount(.text($0.header), width: $1, wraps: true)
        }.max() ?? 1
      bytes.append(
        contentsOf: Self.rowStart(headerRow, lines: setup.lines[headerRow] ?? headerLines).utf8)
      for (index, column) in columns.enumerated() {
        writer.writeCell(
          .text(column.header), column: index, row: headerRow, header: true, into: &bytes)
      }
      bytes.append(contentsOf: "</row>".utf8)
    }
    for (rowIndex, row) in rows.enumerated() {
      writer.write(row, number: rowIndex + firstRow, into: &bytes)
    }
    xml = "</sheetData>"
    if setup.protected {
      // No password: it prevents slips, not tampering. Columns and rows can still be resized,
      // and every cell selected (Excel's default with `sheet="1"` locks formatting them).
      xml +=
        "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
    }
    if !setup.merged.isEmpty {
      xml += "<mergeCells count=\"\(setup.merged.count)\">"
      for range in setup.merged {
        xml += "<mergeCell ref=\"\(SpreadsheetText.attribute(range))\"/>"
      }
      xml += "</mergeCells>"
    }
    if !setup.validations.isEmpty {
      xml += "<dataValidations count=\"\(setup.validations.count)\">"
      for validation in setup.validations { xml += Self.validationXML(validation) }
      xml += "</dataValidations>"
    }
    if setup.printsGridLines { xml += "<printOptions gridLines=\"1\"/>" }
    xml +=
      setup.narrowMargins
      ? "<pageMargins left=\"0.25\" right=\"0.25\" top=\"0.35\" bottom=\"0.55\" header=\"0.15\" footer=\"0.25\"/>"
      : "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
    // A4 landscape, every column on the page's width, as many pages down as it takes.
    xml +=
      "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
    if let footer = setup.footer {
      xml +=
        "<headerFooter><oddFooter>\(Self.footerXML(footer, pageWord: setup.footerPageWord))</oddFooter></headerFooter>"
    }
    bytes.append(contentsOf: (xml + "</worksheet>").utf8)
    return bytes
  }

  /// A footer's codes, escaped for XML: `&L` then `text` (its `&` doubled, as the codes
  /// take a literal one, and cut so that the whole stays within Excel's 255 characters), `&R`
  /// then `pageWord &P / &N` (the page's number and the count).
  static func footerXML(_ text: String, pageWord: String) -> String {
    let right = "&R" + pageWord.replacingOccurrences(of: "&", with: "&&") + " &P / &N"
    var left = "&L"
    for character in SpreadsheetText.allowed(text).replacingOccurrences(of: "\n", with: " ") {
      let piece = character == "&" ? "&&" : String(character)
      if left.utf16.count + piece.utf16.count + right.utf16.count > 255 { break }
      left += piece
    }
    return SpreadsheetText.escape(left + right)
  }

  /// One `<dataValidation>`: its titles and messages cut to Excel's limits (32 and 255
  /// characters), sanitised and escaped; blank allowed (an unanswered question).
  static func validationXML(_ validation: Workbook.Validation) -> String {
    func cut(_ text: String, _ limit: Int) -> String {
      var kept = ""
      for character in SpreadsheetText.allowed(text) {
        if kept.utf16.count + character.utf16.count > limit { break }
        kept.append(character)
      }
      return SpreadsheetText.escape(kept)
    }
    var attributes = ""
    var formulas = ""
    switch validation.rule {
    case .list(let source):
      attributes = " type=\"list\""
      formulas = "<formula1>\(SpreadsheetText.escape(source))</formula1>"
    case .decimal(let low?, let high?):
      attributes = " type=\"decimal\" operator=\"between\""
      formulas = "<formula1>\(numberText(low))</formula1><formula2>\(numberText(high))</formula2>"
    case .decimal(let low?, nil):
      attributes = " type=\"decimal\" operator=\"greaterThanOrEqual\""
      formulas = "<formula1>\(numberText(low))</formula1>"
    case .decimal(nil, let high?):
      attributes = " type=\"decimal\" operator=\"lessThanOrEqual\""
      formulas = "<formula1>\(numberText(high))</formula1>"
    case .decimal(nil, nil):
      attributes = " type=\"custom\""
      formulas = "<formula1>ISNUMBER(\(validation.cell))</formula1>"
    case .custom(let formula):
      attributes = " type=\"custom\""
      formulas = "<formula1>\(SpreadsheetText.escape(formula))</formula1>"
    case .any:
      break
    }
    let checks = validation.rule == .any ? "" : " showErrorMessage=\"1\""
    var xml = "<dataValidation\(attributes) allowBlank=\"1\" showInputMessage=\"1\"\(checks)"
    if !validation.errorTitle.isEmpty {
      xml += " errorTitle=\"\(cut(validation.errorTitle, 32))\""
    }
    if !validation.error.isEmpty { xml += " error=\"\(cut(validation.error, 255))\"" }
    if !validation.promptTitle.isEmpty {
      xml += " promptTitle=\"\(cut(validation.promptTitle, 32))\""
    }
    if !validation.prompt.isEmpty { xml += " prompt=\"\(cut(validation.prompt, 255))\"" }
    xml += " sqref=\"\(SpreadsheetText.attribute(validation.cell))\">"
    return xml + formulas + "</dataValidation>"
  }

  /// A finite number as XML Schema's `xsd:double` reads it: an integer without `.0`, else
  /// Swift's shortest round-trip form (`51.736111111111114`, `1e-05`).
  static func numberText(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}
