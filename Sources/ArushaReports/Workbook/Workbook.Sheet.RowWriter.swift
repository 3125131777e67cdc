import ArushaCore
import ArushaText

extension Workbook.Sheet {
  /// Writes a sheet's rows as `<row>` and `<c>` elements, appending their UTF-8 bytes to one
  /// buffer: a report's sheets hold hundreds of thousands of cells (issue 29), and a string
  /// made and copied for each would cost more than its markup.
  struct RowWriter {
    /// The sheet whose rows are written.
    let sheet: Workbook.Sheet
    /// Each column's width, in characters (``Workbook/Sheet/widths``).
    let widths: [Double]
    /// The report language's words, for booleans.
    let phrases: Phrases
    /// Each column's letters (`A`, `B`… `AA`), as bytes.
    private var letters: [[UInt8]]
    /// Per column, the lines of each wrapped cell already counted: a long table repeats the
    /// same texts (lists of factors), and wrapping is the costly part.
    private var lineCounts: [[Workbook.Cell: Int]]

    /// A writer of `sheet`'s rows.
    ///
    /// - Parameters:
    ///   - sheet: The sheet.
    ///   - widths: Its columns' widths.
    ///   - phrases: The report language's words.
    init(sheet: Workbook.Sheet, widths: [Double], phrases: Phrases) {
      self.sheet = sheet
      self.widths = widths
      self.phrases = phrases
      letters = sheet.columns.indices.map { Array(Workbook.Sheet.columnName($0).utf8) }
      lineCounts = Array(repeating: [:], count: sheet.columns.count)
    }

    /// Appends one `<row>` of cells, as high as its tallest wrapped cell (or
    /// ``Setup/lines``).
    ///
    /// - Parameters:
    ///   - row: The cells, left to right.
    ///   - number: The row's number, 1-based.
    ///   - bytes: The part's bytes so far.
    mutating func write(_ row: [Workbook.Cell], number: Int, into bytes: inout [UInt8]) {
      var lines = 1
      if let given = sheet.setup.lines[number] {
        lines = given
      } else {
        var tallest: Int?
        for index in row.indices where index < sheet.columns.count {
          let count: Int
          if !sheet.columns[index].wraps {
            // A cell that does not wrap takes one line.
            count = 1
          } else if let known = lineCounts[index][row[index]] {
            count = known
          } else {
            count = Workbook.Sheet.lineCount(row[index], width: widths[index], wraps: true)
            lineCounts[index][row[index]] = count
          }
          tallest = max(tallest ?? count, count)
        }
        lines = tallest ?? 1
      }
      if lines > 1 {
        Self.append(text: Workbook.Sheet.rowStart(number, lines: lines), to: &bytes)
      } else {
        Self.append("<row r=\"", to: &bytes)
        Self.appendDecimal(number, to: &bytes)
        Self.append("\">", to: &bytes)
      }
      for (index, cell) in row.enumerated() {
        let wraps = index < sheet.columns.count && sheet.columns[index].wraps
        writeCell(cell, column: index, row: number, header: false, wraps: wraps, into: &bytes)
      }
      Self.append("</row>", to: &bytes)
    }

    /// Appends one `<c>`: text as an inline string (never a formula), numbers as values, a
    /// boolean as the report language's word ("Yes" / « Non »: Excel and LibreOffice would
    /// show `TRUE` or `1`); an empty text, a null figure and an empty cell are left out.
    ///
    /// - Parameters:
    ///   - cell: The cell.
    ///   - column: Its column, 0-based.
    ///   - row: Its row, 1-based.
    ///   - header: Whether it is a header (always written, in the header style).
    ///   - wraps: Whether its column wraps (a text then takes the wrapped style).
    ///   - bytes: The part's bytes so far.
    func writeCell(
      _ cell: Workbook.Cell, column: Int, row: Int, header: Bool, wraps: Bool = false,
      into bytes: inout [UInt8]
    ) {
      /// `<c r="B12"` and, unless plain, ` s="N"`.
      func start(style: Workbook.Style) {
        Self.append("<c r=\"", to: &bytes)
        if column < letters.count {
          bytes.append(contentsOf: letters[column])
        } else {
          Self.append(text: Workbook.Sheet.columnName(column), to: &bytes)
        }
        Self.appendDecimal(row, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        guard style != .plain else { return }
        Self.append(" s=\"", to: &bytes)
        Self.appendDecimal(style.rawValue, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
      }

      /// An inline string; an empty text is an empty cell, as a null figure is, but a header
      /// is always written.
      func inline(_ text: String, style: Workbook.Style) {
        let allowed = SpreadsheetText.allowed(text)
        if !header, allowed.isEmpty { return }
        start(style: style)
        Self.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">", to: &bytes)
        Self.append(
          text: SpreadsheetText.escape(
            SpreadsheetText.encodeUnderscores(SpreadsheetText.truncated(allowed))),
          to: &bytes)
        Self.append("</t></is></c>", to: &bytes)
      }

      switch cell {
      case .text(let text):
        inline(text, style: header ? .header : wraps ? .wrapped : .plain)
      case .heading(let text): inline(text, style: .bold)
      case .number(let raw?, let format):
        // A computed figure within 1e-9 of an integer is that integer (scoring.md, "Numbers").
        let value = Tolerance.reported(raw)
        guard value.isFinite else { return }
        let style: Workbook.Style =
          switch format {
          case .score: .score
          case .overall: .overall
          case .percent: .percent
          case .fraction: .fraction
          case .signed: .signed
          case .general: .plain
          }
        start(style: style)
        Self.append("><v>", to: &bytes)
        if value == value.rounded(), abs(value) < 1e15 {
          Self.appendDecimal(Int(value), to: &bytes)
        } else {
          Self.append(text: Workbook.Sheet.numberText(value), to: &bytes)
        }
        Self.append("</v></c>", to: &bytes)
      case .number(nil, _), .empty: return
      case .integer(let value):
        start(style: .plain)
        Self.append("><v>", to: &bytes)
        Self.appendDecimal(value, to: &bytes)
        Self.append("</v></c>", to: &bytes)
      case .input(let text), .textInput(let text):
        // Written even when empty: its style keeps it unlocked on a protected sheet.
        let style: Workbook.Style = if case .input = cell { .input } else { .textInput }
        guard !SpreadsheetText.allowed(text).isEmpty else {
          start(style: style)
          Self.append("/>", to: &bytes)
          return
        }
        inline(text, style: style)
      case .title(let text): inline(text, style: .title)
      case .lines(let lines):
        let text = lines.map(SpreadsheetText.allowed).joined(separator: "\n")
        guard !text.isEmpty else { return }
        start(style: .wrapped)
        Self.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">", to: &bytes)
        Self.append(
          text: SpreadsheetText.escape(
            SpreadsheetText.encodeUnderscores(SpreadsheetText.truncated(text))),
          to: &bytes)
        Self.append("</t></is></c>", to: &bytes)
      case .bool(let value): inline(value ? phrases.yes : phrases.no, style: .plain)
      }
    }

    /// Appends `value` in decimal digits, as `String(value)` writes it.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
      if value < 0 { bytes.append(UInt8(ascii: "-")) }
      // The magnitude as unsigned, so that Int.min has one too; its digits from the first.
      var magnitude = value.magnitude
      var divisor: UInt = 1
      while divisor <= magnitude / 10 { divisor *= 10 }
      repeat {
        bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude / divisor))
        magnitude %= divisor
        divisor /= 10
      } while divisor > 0
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    static func append(text: String, to bytes: inout [UInt8]) {
      var text = text
      text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends the bytes of markup written in the code.
    @inline(__always)
    static func append(_ markup: StaticString, to bytes: inout [UInt8]) {
      markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
  }
}
