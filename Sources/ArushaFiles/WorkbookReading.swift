import ArushaCore
import Foundation

/// One reading of a workbook by ``WorkbookReader``: the package, the counts against the
/// bounds, and the errors that name the file.
struct WorkbookReading {
  /// A relationship of a part: its type (the last segment of its URI) and its target part.
  struct Relationship {
    var type: String
    var target: String
    var external: Bool
  }

  let path: String
  let limits: WorkbookReader.Limits
  var zip: WorkbookZip
  /// What has been read so far, against the bounds.
  let counts = Counts()

  /// What has been read so far, over all parts (a reference, so that the closures that read
  /// the XML can count without a mutable capture of the reading).
  final class Counts {
    /// Cells, with or without a value, over all sheets.
    var cells = 0
    /// XML elements, over all parts.
    var elements = 0
  }

  /// Reads the ZIP directory of `bytes`.
  init(_ bytes: [UInt8], path: String, limits: WorkbookReader.Limits) throws(FileError) {
    self.path = path
    self.limits = limits
    do throws(WorkbookZip.Failure) {
      zip = try WorkbookZip(bytes, maximumEntries: limits.entries)
    } catch {
      throw Self.refusal(error, path: path)
    }
  }

  /// Reads the workbook.
  mutating func read() throws(FileError) -> FilledWorkbook {
    let workbookPart = try findWorkbook()
    let folder = Self.folder(of: workbookPart)
    let relationships = try readRelationships(of: workbookPart)
    let declared = try readSheetList(workbookPart)
    let sharedStrings: [String]
    if let part = relationships.values.first(where: { $0.type == "sharedStrings" })?.target {
      sharedStrings = try readSharedStrings(part)
    } else if let part = zip.entry(folder + "sharedStrings.xml")?.name {
      sharedStrings = try readSharedStrings(part)
    } else {
      sharedStrings = []
    }
    let formats: [FilledWorkbook.Cell.Format]
    if let part = relationships.values.first(where: { $0.type == "styles" })?.target {
      formats = try readStyles(part)
    } else if let part = zip.entry(folder + "styles.xml")?.name {
      formats = try readStyles(part)
    } else {
      formats = []
    }
    var sheets: [FilledWorkbook.Sheet] = []
    for sheet in declared {
      guard let relationship = relationships[sheet.relationship] else {
        throw refuse(
          "the sheet '\(Self.shown(sheet.name))' has no relationship '\(Self.shown(sheet.relationship))' in '\(Self.shown(workbookPart))'; save the workbook again from Excel or LibreOffice"
        )
      }
      guard !relationship.external else {
        throw refuse(
          "the sheet '\(Self.shown(sheet.name))' points outside the workbook, which is refused")
      }
      let cells = try readSheet(relationship.target, strings: sharedStrings, formats: formats)
      sheets.append(FilledWorkbook.Sheet(name: sheet.name, isHidden: sheet.hidden, cells: cells))
    }
    return FilledWorkbook(sheets: sheets)
  }

  // MARK: - The package

  /// The workbook part's name: from the package's relationships, else its content types.
  private mutating func findWorkbook() throws(FileError) -> String {
    if let rels = zip.entry("_rels/.rels") {
      let relationships = try relationshipsPart(rels.name, folder: "")
      if let office = relationships.values.first(where: {
        $0.type == "officeDocument" && !$0.external
      }), zip.entry(office.target) != nil {
        return office.target
      }
    }
    if let types = zip.entry("[Content_Types].xml") {
      var found: String?
      let xml = try inflate(types.name)
      try eachElement(types.name, xml) { name, attributes throws(FileError) in
        guard found == nil, name == "Override",
          let type = attributes.first(where: { $0.name == "ContentType" })?.value,
          type.hasSuffix(".sheet.main+xml") || type.hasSuffix(".sheet.macroEnabled.main+xml")
            || type.hasSuffix(".template.main+xml"),
          let part = attributes.first(where: { $0.name == "PartName" })?.value
        else { return }
        found = try resolve(part, from: "", in: types.name)
      }
      if let found, zip.entry(found) != nil { return found }
    }
    if let mimetype = zip.entry("mimetype") {
      let text = (try? zip.read(mimetype, limit: 256, totalLimit: 256, ratio: 1_000)) ?? []
      if String(decoding: text, as: UTF8.self).hasPrefix(
        "application/vnd.oasis.opendocument")
      {
        throw refuse(
          "is an OpenDocument spreadsheet (.ods), which arusha does not read: save it as .xlsx (LibreOffice: File > Save As, type 'Excel 2007-365 (.xlsx)') and import that"
        )
      }
    }
    if zip.entry("word/document.xml") != nil {
      throw refuse(
        "is a Word document (.docx), not a workbook: import the workbook (.xlsx) that 'arusha form' wrote, filled in"
      )
    }
    throw refuse(
      "is a ZIP archive but not an Excel workbook (no workbook part such as xl/workbook.xml): import the workbook (.xlsx) that 'arusha form' wrote, filled in"
    )
  }

  /// The relationships of `part` (its `_rels/NAME.rels`), by id; none when it has none.
  private mutating func readRelationships(of part: String) throws(FileError) -> [String:
    Relationship]
  {
    let rels = Self.folder(of: part) + "_rels/" + Self.fileName(of: part) + ".rels"
    guard let entry = zip.entry(rels) else {
      throw refuse(
        "the workbook part '\(Self.shown(part))' has no relationships ('\(Self.shown(rels))'), so its sheets cannot be found; save the workbook again from Excel or LibreOffice"
      )
    }
    return try relationshipsPart(entry.name, folder: Self.folder(of: part))
  }

  private mutating func relationshipsPart(_ rels: String, folder: String) throws(FileError)
    -> [String: Relationship]
  {
    var relationships: [String: Relationship] = [:]
    let xml = try inflate(rels)
    try eachElement(rels, xml) { name, attributes throws(FileError) in
      guard name == "Relationship" else { return }
      func value(_ key: String) -> String? { attributes.first { $0.name == key }?.value }
      guard let id = value("Id"), let type = value("Type"), let target = value("Target") else {
        return
      }
      let external = value("TargetMode") == "External"
      let resolved = external ? target : try resolve(target, from: folder, in: rels)
      let shortType = type.split(separator: "/").last.map(String.init) ?? type
      if relationships[id] == nil {
        relationships[id] = Relationship(type: shortType, target: resolved, external: external)
      }
    }
    return relationships
  }

  /// The sheets the workbook lists, in tab order.
  private mutating func readSheetList(_ part: String) throws(FileError) -> [(
    name: String, hidden: Bool, relationship: String
  )] {
    var sheets: [(name: String, hidden: Bool, relationship: String)] = []
    let limit = limits.sheets
    let xml = try inflate(part)
    try eachElement(part, xml) { name, attributes throws(FileError) in
      guard name == "sheet" else { return }
      guard sheets.count < limit else {
        throw refuse(
          "has more than \(limit) sheets, the bound for a workbook (a form has 3)")
      }
      let sheetName = attributes.first { $0.name == "name" }?.value ?? ""
      let state = attributes.first { $0.name == "state" }?.value ?? "visible"
      guard let id = attributes.first(where: { $0.name == "id" && !$0.prefix.isEmpty })?.value
      else {
        throw refuse(
          "the sheet '\(Self.shown(sheetName))' in '\(Self.shown(part))' has no relationship id; save the workbook again from Excel or LibreOffice"
        )
      }
      sheets.append((sheetName, state == "hidden" || state == "veryHidden", id))
    }
    return sheets
  }

  // MARK: - Shared strings

  private mutating func readSharedStrings(_ part: String) throws(FileError) -> [String] {
    var strings: [String] = []
    var current = ""
    var inItem = false
    var textDepth = 0
    var phoneticDepth = 0
    let limits = limits
    let xml = try inflate(part)
    try eachEvent(part, xml) { event throws(FileError) in
      switch event {
      case .start(let name, _):
        switch name {
        case "si":
          guard strings.count < limits.sharedStrings else {
            throw refuse(
              "has more than \(limits.sharedStrings) shared strings, the bound for a workbook (in '\(Self.shown(part))')"
            )
          }
          inItem = true
          current = ""
        case "rPh", "phoneticPr": phoneticDepth += 1
        case "t": textDepth += 1
        default: break
        }
      case .end(let name):
        switch name {
        case "si":
          inItem = false
          strings.append(
            try finished(current, kind: .text, place: "shared string \(strings.count)"))
        case "rPh", "phoneticPr": phoneticDepth -= 1
        case "t": textDepth -= 1
        default: break
        }
      case .text(let text):
        if inItem, textDepth > 0, phoneticDepth == 0 {
          current += text
          try checkLength(current, place: "shared string \(strings.count)")
        }
      case .endOfDocument: break
      }
    }
    return strings
  }

  // MARK: - Text

  /// Refuses `text` once it is longer than Excel's limit (checked as it grows, in bytes, so
  /// that a long run of pieces never costs more than the bound).
  func checkLength(_ text: String, place: @autoclosure () -> String) throws(FileError) {
    if text.utf8.count > limits.textLength * 3, text.utf16.count > limits.textLength {
      throw refuse(
        "the \(place()) is longer than \(limits.textLength) characters, Excel's limit for a cell")
    }
  }

  /// `text` as the cell's value: `_xHHHH_` escapes decoded for text, its length checked.
  func finished(
    _ text: String, kind: FilledWorkbook.Cell.Kind, place: @autoclosure () -> String
  ) throws(FileError)
    -> String
  {
    let decoded = kind == .text ? Self.decodingEscapes(text) : text
    guard decoded.utf16.count <= limits.textLength else {
      throw refuse(
        "the \(place()) is longer than \(limits.textLength) characters, Excel's limit for a cell")
    }
    return decoded
  }

  /// `text` with OOXML's `_xHHHH_` escapes (ST_Xstring: `_x000D_` for a carriage return,
  /// `_x005F_` for a literal underscore before such a pattern) decoded; an escape of a code
  /// point XML does not allow is kept as written.
  static func decodingEscapes(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x",
        scalars[index + 6] == "_",
        let value = UInt32(
          String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
        scalars[(index + 2)..<(index + 6)].allSatisfy({ $0.properties.isASCIIHexDigit }),
        StrictXMLReader.isXMLCharacter(value), let scalar = Unicode.Scalar(value)
      {
        result.append(scalar)
        index += 7
        continue
      }
      result.append(scalars[index])
      index += 1
    }
    scalars = []
    return String(result)
  }

  // MARK: - XML

  /// Calls `body` with each start tag of `part`, whose inflated bytes are `bytes`.
  func eachElement(
    _ part: String, _ bytes: [UInt8],
    _ body: (String, [StrictXMLReader.Attribute]) throws(FileError) -> Void
  ) throws(FileError) {
    try eachEvent(part, bytes) { event throws(FileError) in
      if case .start(let name, let attributes) = event { try body(name, attributes) }
    }
  }

  /// Calls `body` with each event of the XML of `part`, whose inflated bytes are `bytes`, up
  /// to the end of the document.
  func eachEvent(
    _ part: String, _ bytes: [UInt8], _ body: (StrictXMLReader.Event) throws(FileError) -> Void
  ) throws(FileError) {
    let limit = limits.elements
    let reader: StrictXMLReader
    do throws(StrictXMLReader.Failure) {
      reader = try StrictXMLReader(
        bytes,
        limits: .init(
          depth: limits.depth, attributes: limits.attributes, valueBytes: limits.valueBytes))
    } catch {
      throw refusal(error, in: part)
    }
    while true {
      let event: StrictXMLReader.Event
      do throws(StrictXMLReader.Failure) {
        event = try reader.next()
      } catch {
        throw refusal(error, in: part)
      }
      switch event {
      case .start:
        counts.elements += 1
        guard counts.elements <= limit else {
          throw refuse(
            "has more than \(limit) XML elements, the bound for a workbook (a form has a few tens of thousands; at '\(Self.shown(part))')"
          )
        }
      case .endOfDocument: return
      default: break
      }
      try body(event)
    }
  }

  func refusal(_ failure: StrictXMLReader.Failure, in part: String) -> FileError {
    refuse(
      "the part '\(Self.shown(part))' (line \(failure.line), column \(failure.column)) \(failure.message)"
    )
  }

  /// The bytes of `part`, inflated within the bounds.
  mutating func inflate(_ part: String) throws(FileError) -> [UInt8] {
    guard let entry = zip.entry(part) else {
      throw refuse(
        "the part '\(Self.shown(part))' is missing from the workbook; save it again from Excel or LibreOffice"
      )
    }
    do throws(WorkbookZip.Failure) {
      return try zip.read(
        entry, limit: limits.partBytes, totalLimit: limits.totalBytes,
        ratio: limits.compressionRatio)
    } catch {
      throw Self.refusal(error, path: path)
    }
  }

  /// The part a relationship's `target` names, from the folder of its source (`xl/`),
  /// without `.` and `..` segments; a target that leaves the package is refused.
  func resolve(_ target: String, from folder: String, in rels: String) throws(FileError)
    -> String
  {
    let decoded = target.removingPercentEncoding ?? target
    let joined = decoded.hasPrefix("/") ? String(decoded.dropFirst()) : folder + decoded
    var segments: [Substring] = []
    for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
      switch segment {
      case ".": continue
      case "..":
        guard !segments.isEmpty else {
          throw refuse(
            "the target '\(Self.shown(target))' in '\(Self.shown(rels))' points outside the workbook, which is refused"
          )
        }
        segments.removeLast()
      default: segments.append(segment)
      }
    }
    return segments.joined(separator: "/")
  }

  // MARK: - Errors

  func refuse(_ reason: String) -> FileError {
    FileError(.invalidData, path: path, reason: reason)
  }

  static func refusal(_ failure: WorkbookZip.Failure, path: String) -> FileError {
    func refuse(_ reason: String) -> FileError {
      FileError(.invalidData, path: path, reason: reason)
    }
    let again = "save the workbook again from Excel or LibreOffice"
    switch failure {
    case .malformed(let detail):
      return refuse("is not a workbook arusha can read: \(detail)")
    case .tooManyEntries(let limit):
      return refuse(
        "has more than \(limit) entries in its ZIP archive, the bound for a workbook (a form has 10)"
      )
    case .encrypted(let name):
      return refuse(
        "the part '\(Self.shown(name))' is encrypted, which arusha cannot read: save a copy without a password and import that"
      )
    case .duplicate(let name):
      return refuse(
        "has two ZIP entries named '\(Self.shown(name))', which is refused (programs differ on which one they read); \(again)"
      )
    case .tooLarge(let name, let limit, let total):
      return refuse(
        total
          ? "the parts read inflate to more than \(WorkbookReader.size(limit)) in all, the bound for a workbook (at '\(Self.shown(name))'; a zip bomb?)"
          : "the part '\(Self.shown(name))' inflates to more than \(WorkbookReader.size(limit)), the bound for one part (a zip bomb?)"
      )
    case .ratio(let name, let limit):
      return refuse(
        "the part '\(Self.shown(name))' inflates to more than \(limit) times its compressed size, the bound for a workbook (a zip bomb?)"
      )
    case .damaged(let name, let detail):
      return refuse("the part '\(Self.shown(name))' is damaged: \(detail); \(again)")
    }
  }

  /// A name from the file, as a message quotes it: controls visible, at most 60 characters.
  static func shown(_ text: String) -> String {
    let short = text.count > 60 ? String(text.prefix(60)) + "…" : text
    return PrintableText.name(short)
  }

  static func folder(of part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return "" }
    return String(part[...slash])
  }

  static func fileName(of part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return part }
    return String(part[part.index(after: slash)...])
  }
}
