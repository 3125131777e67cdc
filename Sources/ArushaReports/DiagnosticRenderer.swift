import ArushaCore
import ArushaText
import ArushaYAML

/// Renders validation results: `FILE:LINE:COL: error: message`, the source line and a caret,
/// notes, and a summary; or JSON for tools.
///
/// Paths, messages (which quote the file's own text) and source lines are printable
/// (``PrintableText``): for a terminal in ``text(_:)``, for a document in ``json(_:)``.
public struct DiagnosticRenderer: Sendable {
  /// Colour or not.
  public var style: TextStyle

  /// Creates a renderer.
  public init(style: TextStyle = .plain) {
    self.style = style
  }

  /// The text report of every file, each problem with its source line, then a summary line.
  public func text(_ reports: [FileReport]) -> String {
    var output = ""
    for report in reports {
      // A path's control characters are shown (a␉b.yaml), as names are (PrintableText.name).
      let path = Self.terminal(PrintableText.name(report.path))
      if let error = report.readError {
        output += "\(path): \(style.apply(.boldRed, "error:")) \(Self.terminal(error.reason))\n"
        continue
      }
      let lines = SourceLines(report.source)
      for diagnostic in report.diagnostics {
        let label =
          diagnostic.severity == .error
          ? style.apply(.boldRed, "error:") : style.apply(.boldYellow, "warning:")
        output +=
          "\(path):\(diagnostic.mark): \(label) \(Self.terminal(diagnostic.message))\n"
        output += lines.snippet(at: diagnostic.mark, style: style)
        for note in diagnostic.notes {
          output +=
            "\(path):\(note.mark): \(style.apply(.bold, "note:")) \(Self.terminal(note.message))\n"
        }
      }
    }
    output += summary(reports) + "\n"
    return output
  }

  /// "2 files checked: 3 errors, 1 warning" / "1 file checked: no problems".
  public func summary(_ reports: [FileReport]) -> String {
    let errors = reports.reduce(0) {
      $0 + ($1.readError == nil ? 0 : 1) + $1.diagnostics.filter { $0.severity == .error }.count
    }
    let warnings = reports.reduce(0) {
      $0 + $1.diagnostics.filter { $0.severity == .warning }.count
    }
    let files = reports.count == 1 ? "1 file checked" : "\(reports.count) files checked"
    if errors == 0 && warnings == 0 { return "\(files): no problems" }
    return "\(files): \(Self.count(errors, "error")), \(Self.count(warnings, "warning"))"
  }

  /// The JSON report: `{"files": [{"file", "valid", "errors", "warnings", "diagnostics": […]}]}`.
  public func json(_ reports: [FileReport]) -> String {
    let files: [JSONValue] = reports.map { report in
      var diagnostics = report.diagnostics.map(Self.json)
      if let error = report.readError {
        diagnostics = [
          .object([
            .init("severity", .string("error")), .init("line", .null), .init("column", .null),
            .init("message", Self.document(error.reason)), .init("notes", .array([])),
            .init("suggestion", .null),
          ])
        ]
      }
      return .object([
        .init("file", Self.document(PrintableText.name(report.path))),
        .init("valid", .bool(!report.hasErrors)),
        .init(
          "errors",
          .integer(diagnostics.count - report.diagnostics.filter { $0.severity == .warning }.count)),
        .init("warnings", .integer(report.diagnostics.filter { $0.severity == .warning }.count)),
        .init("diagnostics", .array(diagnostics)),
      ])
    }
    return JSONValue.object([.init("files", .array(files))]).serialized() + "\n"
  }

  private static func json(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      .init("severity", .string(diagnostic.severity.rawValue)),
      .init("line", .integer(diagnostic.mark.line)),
      .init("column", .integer(diagnostic.mark.column)),
      .init("message", Self.document(diagnostic.message)),
      .init(
        "notes",
        .array(
          diagnostic.notes.map { note in
            .object([
              .init("line", .integer(note.mark.line)), .init("column", .integer(note.mark.column)),
              .init("message", Self.document(note.message)),
            ])
          })),
      .init("suggestion", diagnostic.suggestion.map(Self.document) ?? .null),
    ])
  }

  /// A path or message for the terminal, on one line.
  static func terminal(_ text: String) -> String {
    PrintableText.sanitize(text, for: .terminal, keepLineBreaks: false)
  }

  /// A path or message as a JSON string, on one line.
  private static func document(_ text: String) -> JSONValue {
    .string(PrintableText.sanitize(text, for: .document, keepLineBreaks: false))
  }

  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}

/// A file's lines, for snippets under a diagnostic (Yams `Mark.snippet`).
struct SourceLines {
  let lines: [Substring]

  init(_ bytes: [UInt8]) {
    // Split on bytes, not Characters: "\r\n" is one Character and would hide the line ends.
    lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      Substring(String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self))
    }
  }

  /// The line at `mark` and a caret under its column; empty when the line is not there.
  func snippet(at mark: SourceMark, style: TextStyle) -> String {
    guard mark.line >= 1, mark.line <= lines.count else { return "" }
    // What PrintableText removes on a terminal becomes U+FFFD rather than vanish, so the caret
    // stays under its column; tabs stay, for the same reason.
    var line = ""
    for scalar in lines[mark.line - 1].unicodeScalars {
      let isControl = scalar != "\t" && PrintableText.isRemoved(scalar, for: .terminal)
      line.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
    }
    if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return "" }
    // The column counts characters (libyaml's marks count code points); the caret goes under
    // the cells they take on a terminal: two for a wide character, none for a combining mark.
    // Tabs stay tabs under the caret so the caret lines up whatever the tab width.
    var before = ""
    before.unicodeScalars.append(contentsOf: line.unicodeScalars.prefix(max(0, mark.column - 1)))
    let padding = before.map { character in
      character == "\t"
        ? "\t" : String(repeating: " ", count: DisplayColumns.width(of: character))
    }.joined()
    return "  \(line)\n  \(padding)\(style.apply(.boldGreen, "^"))\n"
  }
}
