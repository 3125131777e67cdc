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

  /// The most findings printed about one file in text; the rest are counted on one line
  /// (issue 22: what is printed about one file is bounded, whatever the file holds).
  public static let findingsShown = 100
  /// The most notes printed under one finding.
  public static let notesShown = 10
  /// The most characters of a message (which may quote the file's text) in every format.
  public static let messageLength = 1_000

  /// The text report of every file, each problem with its source line, then a summary line.
  ///
  /// Bounded per file: at most ``findingsShown`` findings, then
  /// `FILE: … and N more (E errors, W warnings)`; each source excerpt at most
  /// ``SourceLines/excerptColumns`` columns around the caret; each message at most
  /// ``messageLength`` characters. The summary line counts every finding.
  public func text(_ reports: [FileReport]) -> String {
    var output = ""
    for report in reports {
      output += findings(report)
    }
    output += summary(reports) + "\n"
    return output
  }

  /// The findings of one file as ``text(_:)`` prints them, without the summary line.
  public func findings(_ report: FileReport) -> String {
    // A path's control characters are shown (a␉b.yaml), as names are (PrintableText.name).
    let path = Self.terminal(PrintableText.name(report.path))
    if let error = report.readError {
      return "\(path): \(style.apply(.boldRed, "error:")) \(Self.terminal(error.reason))\n"
    }
    var output = ""
    // Split into lines only for a file with findings: most files checked have none, and
    // splitting a large questionnaire costs more than rendering its report.
    let lines = report.diagnostics.isEmpty ? nil : SourceLines(report.source)
    for diagnostic in report.diagnostics.prefix(Self.findingsShown) {
      let label =
        diagnostic.severity == .error
        ? style.apply(.boldRed, "error:") : style.apply(.boldYellow, "warning:")
      output += "\(path):\(diagnostic.mark): \(label) \(Self.terminal(diagnostic.message))\n"
      output += lines?.snippet(at: diagnostic.mark, style: style) ?? ""
      for note in diagnostic.notes.prefix(Self.notesShown) {
        output +=
          "\(path):\(note.mark): \(style.apply(.bold, "note:")) \(Self.terminal(note.message))\n"
      }
      if diagnostic.notes.count > Self.notesShown {
        output +=
          "\(path): … and \(Self.count(diagnostic.notes.count - Self.notesShown, "more note"))\n"
      }
    }
    let left = report.diagnostics.dropFirst(Self.findingsShown)
    let errors = left.filter { $0.severity == .error }.count + report.omitted.errors
    let warnings = left.count - (errors - report.omitted.errors) + report.omitted.warnings
    if errors + warnings > 0 {
      output +=
        "\(path): … and \(errors + warnings) more (\(Self.count(errors, "error")), \(Self.count(warnings, "warning")))\n"
    }
    return output
  }

  /// "2 files checked: 3 errors, 1 warning" / "1 file checked: no problems".
  public func summary(_ reports: [FileReport]) -> String {
    let errors = reports.reduce(0) {
      $0 + ($1.readError == nil ? 0 : 1) + $1.diagnostics.filter { $0.severity == .error }.count
        + $1.omitted.errors
    }
    let warnings = reports.reduce(0) {
      $0 + $1.diagnostics.filter { $0.severity == .warning }.count + $1.omitted.warnings
    }
    let files = reports.count == 1 ? "1 file checked" : "\(reports.count) files checked"
    if errors == 0 && warnings == 0 { return "\(files): no problems" }
    return "\(files): \(Self.count(errors, "error")), \(Self.count(warnings, "warning"))"
  }

  /// The JSON report: `{"files": [{"file", "valid", "errors", "warnings", "diagnostics": […]}]}`.
  ///
  /// `"diagnostics"` holds every finding, however many. A file with more than
  /// ``findingsShown`` findings also has `"omitted"`: how many of them the text report leaves
  /// out (counts in its "… and N more" line); there is no `"omitted"` when text shows them all.
  public func json(_ reports: [FileReport]) -> String {
    String(decoding: jsonBytes(reports), as: UTF8.self)
  }

  /// ``json(_:)`` as UTF-8 bytes, written straight from the findings (no tree of values in
  /// between: tens of thousands of findings from one hostile file cost their text, once).
  public func jsonBytes(_ reports: [FileReport]) -> [UInt8] {
    // About 192 bytes a finding, reserved up to 16 MiB: past that the buffer grows as it
    // fills, rather than reserving hundreds of MB for many files at once.
    let size = reports.reduce(0) { $0 + $1.diagnostics.count }
    var writer = JSONWriter(capacity: 256 + min(size * 192, 1 << 24))
    writer.object { writer in
      writer.member("files")
      writer.array(reports) { writer, report in
        let warnings = report.diagnostics.filter { $0.severity == .warning }.count
        let errors = report.readError == nil ? report.diagnostics.count - warnings : 1 - warnings
        writer.object { writer in
          writer.member("file")
          writer.string(Self.documentText(PrintableText.name(report.path)))
          writer.member("valid")
          writer.bool(!report.hasErrors)
          writer.member("errors")
          writer.integer(errors)
          writer.member("warnings")
          writer.integer(warnings)
          writer.member("diagnostics")
          if let error = report.readError {
            writer.array { writer in
              Self.writeFinding(
                &writer, severity: "error", mark: nil, message: error.reason, notes: [],
                suggestion: nil)
            }
          } else {
            writer.array(report.diagnostics) { writer, diagnostic in
              Self.writeFinding(
                &writer, severity: diagnostic.severity.rawValue, mark: diagnostic.mark,
                message: diagnostic.message, notes: diagnostic.notes,
                suggestion: diagnostic.suggestion)
            }
          }
          if report.diagnostics.count > Self.findingsShown {
            writer.member("omitted")
            writer.integer(report.diagnostics.count - Self.findingsShown)
          }
        }
      }
    }
    return writer.bytes + [UInt8(ascii: "\n")]
  }

  private static func writeFinding(
    _ writer: inout JSONWriter, severity: String, mark: SourceMark?, message: String,
    notes: [Diagnostic.Note], suggestion: String?
  ) {
    writer.object { writer in
      writer.member("severity")
      writer.string(severity)
      writer.member("line")
      if let mark { writer.integer(mark.line) } else { writer.null() }
      writer.member("column")
      if let mark { writer.integer(mark.column) } else { writer.null() }
      writer.member("message")
      writer.string(documentText(message))
      writer.member("notes")
      writer.array(notes) { writer, note in
        writer.object { writer in
          writer.member("line")
          writer.integer(note.mark.line)
          writer.member("column")
          writer.integer(note.mark.column)
          writer.member("message")
          writer.string(documentText(note.message))
        }
      }
      writer.member("suggestion")
      writer.string(suggestion.map(documentText))
    }
  }

  /// A path or message for the terminal, on one line, at most ``messageLength`` characters.
  static func terminal(_ text: String) -> String {
    PrintableText.sanitize(bounded(text), for: .terminal, keepLineBreaks: false)
  }

  /// A path or message for a JSON string, on one line, at most ``messageLength`` characters.
  private static func documentText(_ text: String) -> String {
    PrintableText.sanitize(bounded(text), for: .document, keepLineBreaks: false)
  }

  /// `text`, or its first and last characters around `…` when it is longer than
  /// ``messageLength`` (a message that quotes a whole line of the file).
  static func bounded(_ text: String) -> String {
    guard text.utf8.count > messageLength, text.unicodeScalars.count > messageLength else {
      return text
    }
    let scalars = text.unicodeScalars
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars.prefix(messageLength * 3 / 4))
    result.append("…")
    result.append(contentsOf: scalars.suffix(messageLength / 4 - 1))
    return String(result)
  }

  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}

/// A file's lines, for snippets under a diagnostic (Yams `Mark.snippet`).
///
/// A snippet is an excerpt of at most ``excerptColumns`` terminal columns around the caret,
/// cut with `…` on the side where the line goes on: a file on one long line costs the
/// excerpt, never the line, for each finding (issue 22).
final class SourceLines {
  /// The widest excerpt, in terminal columns, marks included.
  static let excerptColumns = 120
  /// The most code points on either side of the caret in an excerpt, whatever their width.
  static let excerptScalars = 240
  /// How wide a tab counts toward ``excerptColumns`` (a terminal's tab stops are 8 apart).
  static let tabColumns = 8

  private let lines: [ArraySlice<UInt8>]
  /// The code points of the line last asked for: findings come in order, many on one line.
  private var cached: (line: Int, scalars: [Unicode.Scalar])?

  init(_ bytes: [UInt8]) {
    // Split on bytes, not Characters: "\r\n" is one Character and would hide the line ends.
    // A file that is not text (UTF-16, binary) gets no excerpt: it would show only noise.
    if YAMLLoader.otherEncoding(bytes) != nil || bytes.contains(0) {
      lines = []
      return
    }
    lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      line.last == 0x0D ? line.dropLast() : line
    }
  }

  /// The excerpt of the line at `mark` and a caret under its column; empty when the line is
  /// not there or blank.
  func snippet(at mark: SourceMark, style: TextStyle) -> String {
    guard mark.line >= 1, mark.line <= lines.count else { return "" }
    let scalars = self.scalars(ofLine: mark.line)
    // The column counts code points (libyaml's marks do); past the end, the caret stands after
    // the last character.
    let caret = min(max(0, mark.column - 1), scalars.count)
    func width(_ scalar: Unicode.Scalar) -> Int {
      scalar == "\t" ? Self.tabColumns : DisplayColumns.width(of: Character(scalar))
    }
    // Each side is measured only as far as the excerpt could reach, never the whole line.
    let total = Self.excerptColumns
    func takeLeft(_ room: Int) -> (start: Int, width: Int) {
      var start = caret
      var used = 0
      // Columns bound what shows; a count of code points bounds the bytes, since combining
      // marks take no column.
      while start > 0, caret - start < Self.excerptScalars,
        used + width(scalars[start - 1]) <= room
      {
        start -= 1
        used += width(scalars[start])
      }
      return (start, used)
    }
    func takeRight(_ room: Int) -> (end: Int, width: Int) {
      var end = caret
      var used = 0
      while end < scalars.count, end - caret < Self.excerptScalars,
        used + width(scalars[end]) <= room
      {
        used += width(scalars[end])
        end += 1
      }
      return (end, used)
    }
    // A side that fits in half the room is whole and leaves the rest to the other; a side
    // that is cut gives a column to its `…`.
    var left = takeLeft(total / 2 - 1)
    var right = takeRight(total / 2)
    if left.start == 0 {
      right = takeRight(total - left.width)
      if right.end < scalars.count { right = takeRight(total - left.width - 1) }
    } else if right.end == scalars.count {
      left = takeLeft(total - right.width - 1)
    } else {
      right = takeRight(total / 2 - 1)
    }
    let (start, end) = (left.start, right.end)
    // What PrintableText removes on a terminal becomes U+FFFD rather than vanish, so the caret
    // stays under its column; tabs stay, for the same reason.
    func shown(_ part: ArraySlice<Unicode.Scalar>) -> String {
      var text = String.UnicodeScalarView()
      for scalar in part {
        let isControl = scalar != "\t" && PrintableText.isRemoved(scalar, for: .terminal)
        text.append(isControl ? "\u{FFFD}" : scalar)
      }
      return String(text)
    }
    let before = (start > 0 ? "…" : "") + shown(scalars[start..<caret])
    let line = before + shown(scalars[caret..<end]) + (end < scalars.count ? "…" : "")
    if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return "" }
    // The caret goes under the cells the characters before it take on a terminal: two for a
    // wide character, none for a combining mark. Tabs stay tabs under the caret so the caret
    // lines up whatever the tab width.
    let padding = before.map { character in
      character == "\t"
        ? "\t" : String(repeating: " ", count: DisplayColumns.width(of: character))
    }.joined()
    return "  \(line)\n  \(padding)\(style.apply(.boldGreen, "^"))\n"
  }

  /// The code points of line `number` (1-based), decoded once while findings stay on it.
  private func scalars(ofLine number: Int) -> [Unicode.Scalar] {
    if let cached, cached.line == number { return cached.scalars }
    let scalars = Array(String(decoding: lines[number - 1], as: UTF8.self).unicodeScalars)
    cached = (number, scalars)
    return scalars
  }
}
