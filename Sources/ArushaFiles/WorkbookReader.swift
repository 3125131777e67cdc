import ArushaCore

/// Reads a filled `.xlsx` workbook (as Excel, LibreOffice or openpyxl save it) into a
/// ``FilledWorkbook``: each sheet's name, whether it is hidden, and the cells that hold a
/// value, for the importer to interpret.
///
/// The package is found as Office does: `_rels/.rels` names the workbook part (else
/// `[Content_Types].xml` does), the workbook lists its sheets in tab order, and each sheet's
/// relationship gives its part, relative or absolute; the shared strings are the workbook's
/// `sharedStrings` relationship. A cell is read from its `t` type: a shared string, an inline
/// string (rich text runs concatenated, phonetic runs skipped), a formula's text (`str`), a
/// number, a boolean, an error or a date; a cell with a formula is marked so, its cached value
/// kept as text (empty when the file has none). Text is kept exactly, spaces included, with
/// the `_x000D_` escapes of OOXML decoded. A cell without a reference takes the next column, a
/// row without one the next row.
///
/// Hostile files are refused, never followed: every dimension is bounded (``Limits``), parts
/// are inflated in memory with their bytes counted as they come, only looked up by name
/// (never written to disk), and the XML is read by a strict reader without DTDs
/// (``StrictXMLReader``). An `.xls`, an encrypted workbook, an `.ods`, a CSV or any other file
/// gets a one-line error that says what it is and what to do.
public enum WorkbookReader {
  /// Reads the workbook at `path`.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - limits: The bounds.
  /// - Returns: The workbook's sheets and cells.
  /// - Throws: ``FileError``: `cannotOpen` (66) when the file cannot be read, `invalidData`
  ///   (65) when it is larger than ``Limits/fileBytes`` or is not a workbook arusha reads.
  public static func read(_ path: UserPath, limits: Limits = Limits()) throws(FileError)
    -> FilledWorkbook
  {
    let bytes = try InputFile.read(path, limit: limits.fileBytes)
    return try read(bytes, path: path.shown, limits: limits)
  }

  /// Reads a workbook from its bytes.
  ///
  /// - Parameters:
  ///   - bytes: The `.xlsx` file's contents.
  ///   - path: The file, as errors name it.
  ///   - limits: The bounds.
  /// - Returns: The workbook's sheets and cells.
  /// - Throws: ``FileError`` of kind `invalidData` (65), whose reason says what is wrong, in
  ///   which part and where, and what to do.
  public static func read(_ bytes: [UInt8], path: String, limits: Limits = Limits())
    throws(FileError) -> FilledWorkbook
  {
    guard bytes.count <= limits.fileBytes else {
      throw FileError(
        .invalidData, path: path,
        reason:
          "the file is \(bytes.count) bytes, more than the \(Self.size(limits.fileBytes)) accepted for a workbook"
      )
    }
    if let reason = Self.notAZipReason(bytes) {
      throw FileError(.invalidData, path: path, reason: reason)
    }
    var reading = try WorkbookReading(bytes, path: path, limits: limits)
    return try reading.read()
  }

  /// What a file that is not a ZIP archive is, with what to do; nil for a ZIP archive.
  static func notAZipReason(_ bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    {
      return nil
    }
    let saveAs =
      "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import that"
    if bytes.isEmpty { return "the file is empty, not a workbook (.xlsx)" }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      // An OLE compound file: an Excel 97-2003 workbook, or an encrypted .xlsx, whose
      // package is then a stream named EncryptedPackage (MS-OFFCRYPTO).
      let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      if Self.contains(bytes, marker) {
        return
          "is a workbook encrypted with a password to open it, which arusha cannot read: save a copy without the password (Excel: File > Info > Protect Workbook > Encrypt with Password, empty it) and import that"
      }
      return "is an Excel 97-2003 workbook (.xls), which arusha does not read: \(saveAs)"
    }
    if bytes.starts(with: Array("%PDF-".utf8)) {
      return
        "is a PDF document, not a workbook: type the answers in the workbook that 'arusha form' writes (.xlsx) and import that"
    }
    let head = bytes.prefix(4096)
    let looksLikeText =
      String(validating: head, as: UTF8.self) != nil
      && !head.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    if looksLikeText, bytes.count <= ResponseLimits.fileBytes,
      case let kind = DocumentKind(Array(bytes)), kind != .other
    {
      return
        "is \(kind.noun) (YAML), not a workbook: 'arusha import' reads a filled-in form (.xlsx); give this file to the command that reads it (arusha score, validate, plan)"
    }
    if looksLikeText {
      return
        "is text (a CSV or YAML file?), not a workbook (.xlsx, a ZIP archive): \(saveAs)"
    }
    return "is not a workbook (.xlsx, a ZIP archive): \(saveAs)"
  }

  /// A size in bytes for a message: `20 MiB`, or the number of bytes.
  static func size(_ bytes: Int) -> String {
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }

  static func contains(_ bytes: [UInt8], _ marker: [UInt8]) -> Bool {
    guard let first = marker.first, bytes.count >= marker.count else { return false }
    var index = 0
    while index <= bytes.count - marker.count {
      if bytes[index] == first, bytes[index..<(index + marker.count)].elementsEqual(marker) {
        return true
      }
      index += 1
    }
    return false
  }
}
