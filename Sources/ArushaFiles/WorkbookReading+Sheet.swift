import ArushaCore
import Foundation

extension WorkbookReading {
  /// The cell being read: where it is, how it is typed, what it holds so far.
  private struct OpenCell {
    var address: FilledWorkbook.Address
    var type: String
    /// The index of its cell format (`s`), 0 when absent.
    var style = 0
    var isFormula = false
    var hasValue = false
    var value = ""
    /// Inside `<v>`.
    var inValue = false
    /// Inside `<is>`, `<t>` of it (depth), and a phonetic run `<rPh>` (depth).
    var inInline = false
    var textDepth = 0
    var phoneticDepth = 0
  }

  /// The cells of the worksheet part `part` that hold a value (or a formula), each number
  /// with how its cell format (`formats`, by index) shows it.
  mutating func readSheet(
    _ part: String, strings: [String], formats: [FilledWorkbook.Cell.Format] = []
  ) throws(FileError) -> [FilledWorkbook.Address: FilledWorkbook.Cell] {
    var cells: [FilledWorkbook.Address: FilledWorkbook.Cell] = [:]
    var inSheetData = false
    var row = 0
    var column = 0
    var cell: OpenCell?
    let counts = counts
    let limit = limits.cells
    let xml = try inflate(part)
    try eachEvent(part, xml) { event throws(FileError) in
      switch event {
      case .start(let name, let attributes):
        if var open = cell {
          switch name {
          case "v": open.inValue = true
          case "f": open.isFormula = true
          case "is":
            open.inInline = true
            open.hasValue = true
          case "t" where open.inInline: open.textDepth += 1
          case "rPh" where open.inInline: open.phoneticDepth += 1
          default: break
          }
          cell = open
          return
        }
        switch name {
        case "sheetData": inSheetData = true
        case "row" where inSheetData:
          if let reference = attributes.first(where: { $0.name == "r" })?.value {
            guard let number = Int(reference), number >= 1, number <= 1_048_576 else {
              throw refuse(
                "the row '\(Self.shown(reference))' in '\(Self.shown(part))' is not a row number from 1 to 1048576"
              )
            }
            row = number
          } else {
            row += 1
            guard row <= 1_048_576 else {
              throw refuse("'\(Self.shown(part))' has more rows than Excel's 1048576")
            }
          }
          column = 0
        case "c" where inSheetData:
          counts.cells += 1
          guard counts.cells <= limit else {
            throw refuse(
              "has more than \(limit) cells, the bound for a workbook (a form has a few thousand; at '\(Self.shown(part))')"
            )
          }
          let address: FilledWorkbook.Address
          if let reference = attributes.first(where: { $0.name == "r" })?.value {
            guard let parsed = FilledWorkbook.Address(reference) else {
              throw refuse(
                "the cell reference '\(Self.shown(reference))' in '\(Self.shown(part))' is not a cell from A1 to XFD1048576"
              )
            }
            guard row == 0 || parsed.row == row else {
              throw refuse(
                "the cell \(parsed) in '\(Self.shown(part))' is in the row \(row) element; save the workbook again from Excel or LibreOffice"
              )
            }
            address = parsed
          } else {
            guard row >= 1, column < 16_384 else {
              throw refuse(
                "a cell without a reference in '\(Self.shown(part))' falls outside Excel's 16384 columns"
              )
            }
            address = FilledWorkbook.Address(row: row, column: column + 1)
          }
          row = address.row
          column = address.column
          let type = attributes.first { $0.name == "t" }?.value ?? "n"
          let style = attributes.first { $0.name == "s" }.flatMap { Int($0.value) } ?? 0
          cell = OpenCell(address: address, type: type, style: style)
        default: break
        }
      case .end(let name):
        guard var open = cell else {
          if name == "sheetData" { inSheetData = false }
          return
        }
        switch name {
        case "v":
          open.inValue = false
          open.hasValue = true
        case "is": open.inInline = false
        case "t" where open.inInline: open.textDepth -= 1
        case "rPh" where open.inInline: open.phoneticDepth -= 1
        case "c":
          cell = nil
          if open.hasValue || open.isFormula {
            guard cells[open.address] == nil else {
              throw refuse(
                "the cell \(open.address) appears twice in '\(Self.shown(part))'; save the workbook again from Excel or LibreOffice"
              )
            }
            var read = try value(of: open, strings: strings, part: part)
            if read.kind == .number, formats.indices.contains(open.style) {
              read.format = formats[open.style]
            }
            cells[open.address] = read
          }
          return
        default: break
        }
        cell = open
      case .text(let text):
        guard var open = cell else { return }
        if open.inValue || (open.inInline && open.textDepth > 0 && open.phoneticDepth == 0) {
          open.value += text
          try checkLength(open.value, place: "cell \(open.address) in '\(Self.shown(part))'")
          cell = open
        }
      case .endOfDocument: break
      }
    }
    return cells
  }

  /// The cell `open` as read, its type resolved.
  private func value(of open: OpenCell, strings: [String], part: String) throws(FileError)
    -> FilledWorkbook.Cell
  {
    func place() -> String { "cell \(open.address) in '\(Self.shown(part))'" }
    let kind: FilledWorkbook.Cell.Kind
    var text = open.value
    switch open.type {
    case "s":
      guard !open.isFormula || !open.value.isEmpty else {
        return FilledWorkbook.Cell(text: "", kind: .text, isFormula: true)
      }
      guard let index = Int(open.value.trimmingCharacters(in: .whitespaces)), index >= 0,
        index < strings.count
      else {
        throw refuse(
          "the \(place()) refers to the shared string '\(Self.shown(open.value))', which the workbook does not have (it has \(strings.count)); save the workbook again from Excel or LibreOffice"
        )
      }
      return FilledWorkbook.Cell(text: strings[index], kind: .text, isFormula: open.isFormula)
    case "inlineStr", "str": kind = .text
    case "n": kind = .number
    case "b": kind = .boolean
    case "e": kind = .error
    case "d": kind = .date
    default:
      throw refuse("the \(place()) has the unknown type '\(Self.shown(open.type))'")
    }
    text = try finished(text, kind: kind, place: place())
    return FilledWorkbook.Cell(text: text, kind: kind, isFormula: open.isFormula)
  }
}
