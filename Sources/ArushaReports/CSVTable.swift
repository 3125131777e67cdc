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

  /// The header row.
  public var header: [String]
  /// The rows.
  public var rows: [[Cell]]

  /// Creates a table.
  public init(header: [String], rows: [[Cell]]) {
    self.header = header
    self.rows = rows
  }

  /// The CSV text, with a byte-order mark.
  public func render() -> String {
    var output = "\u{FEFF}"
    output += header.map { Self.escape(.text($0)) }.joined(separator: ",") + "\r\n"
    for row in rows {
      output += row.map(Self.escape).joined(separator: ",") + "\r\n"
    }
    return output
  }

  static func escape(_ cell: Cell) -> String {
    switch cell {
    case .number(let raw?):
      // A computed figure within 1e-9 of an integer is that integer (scoring.md, "Numbers").
      let value = Tolerance.reported(raw)
      guard value.isFinite else { return "" }
      return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
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
