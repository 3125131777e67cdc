import ArushaCore

extension WorkbookReading {
  /// How each cell format (`cellXfs`, by its index: a cell's `s`) shows a number: as a
  /// percentage, as a date or a time, or as a number (issue 28, the workshop review: `45 %`
  /// typed in Excel or LibreOffice is stored as 0.45, a date as a serial number of days).
  ///
  /// Built-in formats by id (ECMA-376 Part 1, 18.8.30): 9 and 10 percentages; 14–22, 27–36,
  /// 45–47 and 50–58 dates and times. A custom format (`numFmt`) by its code: with `%` a
  /// percentage; with a day, month, year, hour or second token outside quotes, brackets and
  /// escapes a date; else a number.
  mutating func readStyles(_ part: String) throws(FileError) -> [FilledWorkbook.Cell.Format] {
    var custom: [Int: FilledWorkbook.Cell.Format] = [:]
    var formats: [FilledWorkbook.Cell.Format] = []
    var inCellFormats = false
    let xml = try inflate(part)
    try eachEvent(part, xml) { event throws(FileError) in
      switch event {
      case .start(let name, let attributes):
        func value(_ key: String) -> String? { attributes.first { $0.name == key }?.value }
        switch name {
        case "numFmt":
          if let id = value("numFmtId").flatMap({ Int($0) }), let code = value("formatCode") {
            custom[id] = Self.format(ofCode: code)
          }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
          let id = value("numFmtId").flatMap { Int($0) } ?? 0
          formats.append(custom[id] ?? Self.format(ofBuiltIn: id))
        default: break
        }
      case .end(let name):
        if name == "cellXfs" { inCellFormats = false }
      case .text, .endOfDocument: break
      }
    }
    return formats
  }

  /// A built-in number format's kind, by its id.
  static func format(ofBuiltIn id: Int) -> FilledWorkbook.Cell.Format {
    switch id {
    case 9, 10: return .percent
    case 14...22, 27...36, 45...47, 50...58: return .date
    default: return .number
    }
  }

  /// A custom number format's kind, by its code (`0.0%`, `DD/MM/YYYY`, `[$-40C]d mmm`).
  static func format(ofCode code: String) -> FilledWorkbook.Cell.Format {
    var shown = ""
    var quoted = false
    var bracketed = false
    var escaped = false
    for character in code {
      if escaped {
        escaped = false
        continue
      }
      switch character {
      case "\\" where !quoted: escaped = true
      case "\"": quoted.toggle()
      case "[" where !quoted: bracketed = true
      case "]" where !quoted: bracketed = false
      default:
        if !quoted && !bracketed { shown.append(character) }
      }
    }
    let lowered = shown.lowercased().replacingOccurrences(of: "general", with: "")
    if lowered.contains("%") { return .percent }
    if lowered.contains(where: { "ydmhs".contains($0) }) { return .date }
    return .number
  }
}
