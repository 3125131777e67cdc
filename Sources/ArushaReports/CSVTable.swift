import ArushaCore
import Foundation

/// CSV that spreadsheet programs open correctly and safely (RFC 4180).
///
/// UTF-8 with a byte-order mark (so accents survive Excel), CRLF line ends, every text cell
/// quoted when needed, and text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
/// prefixed with `'` so that a cell from another administration's file is never run as a formula.
///
/// Every text cell, and every heading, first goes through ``PrintableText`` for a document on
/// one line (cli.md): control characters are removed, line breaks and tabs become spaces, so
/// each record is one line. The formula check comes after, on the text as written.
public struct CSVTable: Sendable {
  /// One cell.
  public enum Cell: Sendable, Hashable {
    /// Text from anywhere: control characters removed, neutralised and quoted as needed.
    case text(String)
    /// A number the tool computed, written with a dot and as many digits as it has.
    case number(Double?)
    /// A whole number.
    case integer(Int)
    /// `true` or `false`.
    case bool(Bool)
  }

  /// Who reads the file.
  public enum Dialect: Sendable, Hashable {
    /// Tools and English spreadsheets: `,` between fields, `.` in numbers (the spec's CSV).
    case tools
    /// A French spreadsheet (Excel or LibreOffice in French), chosen with an explicit
    /// `--lang fr`: `;` between fields and a decimal comma, so that it opens as columns of
    /// numbers; still UTF-8 with a byte-order mark, no `sep=` line (issue 23).
    case frenchSpreadsheet

    /// The dialect of a CSV for `--lang` as given on the command line (nil: not given).
    public static func forLanguage(_ language: String?) -> Dialect {
      language?.hasPrefix("fr") == true ? .frenchSpreadsheet : .tools
    }
  }

  /// The header row.
  public var header: [String]
  /// The rows.
  public var rows: [[Cell]]
  /// Who reads it.
  public var dialect: Dialect

  /// Creates a table.
  public init(header: [String], rows: [[Cell]], dialect: Dialect = .tools) {
    self.header = header
    self.rows = rows
    self.dialect = dialect
  }

  /// The CSV text, with a byte-order mark.
  public func render() -> String {
    let separator = dialect == .tools ? "," : ";"
    var output = "\u{FEFF}"
    output += header.map { escape(.text($0)) }.joined(separator: separator) + "\r\n"
    for row in rows {
      output += row.map(escape).joined(separator: separator) + "\r\n"
    }
    return output
  }

  func escape(_ cell: Cell) -> String {
    switch cell {
    case .number(let raw?):
      // A computed figure within 1e-9 of an integer is that integer (scoring.md, "Numbers").
      let value = Tolerance.reported(raw)
      guard value.isFinite else { return "" }
      let text =
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
      return dialect == .tools ? text : text.replacingOccurrences(of: ".", with: ",")
    case .number(nil): return ""
    case .integer(let value): return String(value)
    case .bool(let value): return value ? "true" : "false"
    case .text(let raw):
      var text = PrintableText.sanitize(raw, for: .document, keepLineBreaks: false)
      if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
        text = "'" + text
      }
      let needsQuotes = text.contains {
        $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";"
      }
      if needsQuotes || text.hasPrefix(" ") || text.hasSuffix(" ") {
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      }
      return text
    }
  }
}
