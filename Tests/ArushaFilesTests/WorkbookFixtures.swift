import ArushaCore
import ArushaFiles
import Foundation

/// Workbooks built in memory for ``WorkbookReaderTests``: a package with the usual parts
/// around the sheets given, and the hostile variants.
enum WorkbookFixtures {
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// One sheet: its name, state, target (as the workbook's relationships write it) and XML.
  struct Sheet {
    var name: String
    var state: String? = nil
    var target: String
    var xml: String
    /// The part's name, when not simply the target under the workbook's folder.
    var part: String? = nil
  }

  /// An `.xlsx` with `sheets`, optional shared strings, and `extra` parts.
  static func package(
    sheets: [Sheet], sharedStrings: String? = nil, extra: [(String, [UInt8])] = [],
    workbookFolder: String = "xl"
  ) throws -> [UInt8] {
    var parts: [(path: String, bytes: [UInt8])] = []
    let types = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/\(workbookFolder)/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>
      """
    parts.append(("[Content_Types].xml", Array(types.utf8)))
    let rootRels = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="\(workbookFolder)/workbook.xml"/></Relationships>
      """
    parts.append(("_rels/.rels", Array(rootRels.utf8)))
    var sheetList = ""
    var rels = ""
    for (index, sheet) in sheets.enumerated() {
      let state = sheet.state.map { " state=\"\($0)\"" } ?? ""
      sheetList +=
        "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
      rels +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\" Target=\"\(sheet.target)\"/>"
      let resolved =
        sheet.part
        ?? (sheet.target.hasPrefix("/")
          ? String(sheet.target.dropFirst()) : "\(workbookFolder)/\(sheet.target)")
      if !parts.contains(where: { $0.path == resolved }) {
        parts.append((resolved, Array(sheet.xml.utf8)))
      }
    }
    if let sharedStrings {
      rels +=
        "<Relationship Id=\"rIdS\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
      parts.append(("\(workbookFolder)/sharedStrings.xml", Array(sharedStrings.utf8)))
    }
    let workbook = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="\(main)" xmlns:r="\(relationships)"><sheets>\(sheetList)</sheets></workbook>
      """
    parts.append(("\(workbookFolder)/workbook.xml", Array(workbook.utf8)))
    let workbookRels = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)</Relationships>
      """
    parts.append(("\(workbookFolder)/_rels/workbook.xml.rels", Array(workbookRels.utf8)))
    parts += extra.map { (path: $0.0, bytes: $0.1) }
    return try ZipPackage.archive(parts, for: "fixture.xlsx")
  }

  /// A worksheet with `sheetData` inside.
  static func worksheet(_ sheetData: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <worksheet xmlns="\(main)" xmlns:r="\(relationships)"><dimension ref="A1"/><sheetData>\(sheetData)</sheetData></worksheet>
    """
  }

  /// A one-sheet package whose sheet is `sheetData` and whose shared strings are `strings`.
  static func simple(_ sheetData: String, sharedStrings: String? = nil) throws -> [UInt8] {
    try package(
      sheets: [Sheet(name: "Form", target: "worksheets/sheet1.xml", xml: worksheet(sheetData))],
      sharedStrings: sharedStrings)
  }

  /// Shared strings from plain texts.
  static func strings(_ texts: [String]) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(main)\" count=\"\(texts.count)\" uniqueCount=\"\(texts.count)\">"
      + texts.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined() + "</sst>"
  }

  /// `archive` with the sizes both headers declare for the entry `name` set to `size`
  /// (ZipPackage writes no data descriptors, so the local header holds them too).
  static func declaring(_ archive: [UInt8], size: UInt32, for name: String) -> [UInt8] {
    var bytes = archive
    let nameBytes = Array(name.utf8)
    func put(_ value: UInt32, at offset: Int) {
      for shift in 0..<4 { bytes[offset + shift] = UInt8((value >> (8 * UInt32(shift))) & 0xFF) }
    }
    var index = 0
    while index + 46 < bytes.count {
      if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x03,
        bytes[index + 3] == 0x04,
        Array(bytes[(index + 30)..<min(bytes.count, index + 30 + nameBytes.count)]) == nameBytes
      {
        put(size, at: index + 22)
      }
      if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x01,
        bytes[index + 3] == 0x02,
        Array(bytes[(index + 46)..<min(bytes.count, index + 46 + nameBytes.count)]) == nameBytes
      {
        put(size, at: index + 24)
      }
      index += 1
    }
    return bytes
  }

  /// Where the data of the entry `name` starts in `archive` (after its local header).
  static func dataOffset(of name: String, in archive: [UInt8]) -> Int? {
    let nameBytes = Array(name.utf8)
    var index = 0
    while index + 30 + nameBytes.count < archive.count {
      let signature = archive[index] == 0x50 && archive[index + 1] == 0x4B
      if signature, archive[index + 2] == 0x03, archive[index + 3] == 0x04,
        archive[(index + 30)..<(index + 30 + nameBytes.count)].elementsEqual(nameBytes)
      {
        let extra = Int(archive[index + 28]) | Int(archive[index + 29]) << 8
        return index + 30 + nameBytes.count + extra
      }
      index += 1
    }
    return nil
  }
}
