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
      let path = Self.terminal(report.path)
      if let error = report.readError {
        output += "\(path): \(style.apply(.boldRed, "error:")) \(Self.terminal(error.reason))\n"
        continue
      }
      output += findings(report.diagnostics, path: path, source: report.source)
    }
    output += summary(reports) + "\n"
    return output
  }

  /// The most findings shown for one file in text; the rest are counted in one line.
  public static let findingsShown = 100

  /// One file's findings in text: each with its place, its excerpt and its notes, at most
  /// ``findingsShown`` of them, then "PATH: … and N more (E errors, W warnings)".
  ///
  /// - Parameters:
  ///   - diagnostics: The file's findings, in the order to show them.
  ///   - path: The file's path, already printable.
  ///   - source: The file's bytes, for the excerpts.
  func findings(_ diagnostics: [Diagnostic], path: String, source: [UInt8]) -> String {
    var output = ""
    let lines = SourceLines(source)
    for diagnostic in diagnostics.prefix(Self.findingsShown) {
      let label =
        diagnostic.severity == .error
        ? style.apply(.boldRed, "error:") : style.apply(.boldYellow, "warning:")
      output +=
        "\(path):\(diagnostic.mark): \(label) \(Self.terminal(diagnostic.message))\n"
      output += lines.snippet(at: diagnostic.mark, style: style)
      for note in diagnostic.notes.prefix(Self.findingsShown) {
        output +=
          "\(path):\(note.mark): \(style.apply(.bold, "note:")) \(Self.terminal(note.message))\n"
      }
    }
    if diagnostics.count > Self.findingsShown {
      let left = diagnostics.dropFirst(Self.findingsShown)
      let warnings = left.filter { $0.severity == .warning }.count
      output +=
        "\(path): … and \(left.count) more (\(Self.count(left.count - warnings, "error")), \(Self.count(warnings, "warning")))\n"
    }
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
  ///
  /// Every finding is in `"diagnostics"`. When a file has more than ``findingsShown``, its
  /// object also has `"omitted"`: how many of them the text report leaves out (counts them in
  /// its "… and N more" line) — all of them are here; without it, text shows them all.
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
      return .object(
        [
          .init("file", Self.document(report.path)),
          .init("valid", .bool(!report.hasErrors)),
          .init(
            "errors",
            .integer(
              diagnostics.count - report.diagnostics.filter { $0.severity == .warning }.count)),
          .init("warnings", .integer(report.diagnostics.filter { $0.severity == .warning }.count)),
          .init("diagnostics", .array(diagnostics)),
        ]
          + (diagnostics.count > Self.findingsShown
            ? [.init("omitted", .integer(diagnostics.count - Self.findingsShown))] : []))
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

/// A file's lines, for excerpts under a diagnostic (Yams `Mark.snippet`), cut to at most
/// ``SourceLines/excerptColumns`` columns around the caret.
///
/// The file is split once (line starts, in bytes); each excerpt reads only the bytes around its
/// caret, so a long line with many findings costs as much as the excerpts printed, not the line
/// once per finding (issue 22).
struct SourceLines {
  /// The most columns an excerpt takes, "…" marks included; a tab counts as eight.
  static let excerptColumns = 120

  /// Columns of context before the caret when a line is cut on both sides.
  static let columnsBefore = 40

  /// The columns a tab is counted as for ``excerptColumns``: the most it can take.
  static let tabColumns = 8

  private let bytes: [UInt8]
  /// The byte offset where each line starts; one more line than line feeds.
  private let starts: [Int]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    // Split on bytes, not Characters: "\r\n" is one Character and would hide the line ends.
    for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
    self.starts = starts
  }

  /// The bytes of line `number` (from 1), without its line end.
  private func line(_ number: Int) -> ArraySlice<UInt8> {
    let start = starts[number - 1]
    var end = number < starts.count ? starts[number] - 1 : bytes.count
    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
    return bytes[start..<end]
  }

  /// The offset of the `count`th code point after `start` (UTF-8 lead bytes), at most `end`.
  private func offset(_ count: Int, after start: Int, before end: Int) -> Int {
    var offset = start
    var seen = 0
    while offset < end {
      if bytes[offset] & 0xC0 != 0x80 {
        if seen == count { return offset }
        seen += 1
      }
      offset += 1
    }
    return end
  }

  /// The offset `count` code points before `end`, at least `start`.
  private func offset(_ count: Int, before end: Int, after start: Int) -> Int {
    var offset = end
    var seen = 0
    while offset > start && seen < count {
      offset -= 1
      if bytes[offset] & 0xC0 != 0x80 { seen += 1 }
    }
    return offset
  }

  /// The line at `mark`, cut around its column, and a caret under that column; empty when the
  /// line is not there or is blank.
  ///
  /// A line wider than ``excerptColumns`` is cut: up to ``columnsBefore`` columns before the
  /// caret (more when the line ends sooner), the rest after it, and "…" where text was left out
  /// on either side. The caret stands under its character whatever the cut, wide characters
  /// (``DisplayColumns``) and tabs (kept as tabs under the caret) included.
  func snippet(at mark: SourceMark, style: TextStyle) -> String {
    guard mark.line >= 1, mark.line <= starts.count else { return "" }
    let whole = line(mark.line)
    // The column counts code points (libyaml's marks). Read a window of code points around it:
    // enough for the widest excerpt (a column takes at least one code point, unless it is a
    // combining mark: those are bounded by the window, not by the columns).
    let reach = Self.excerptColumns * 2
    let caret = offset(max(0, mark.column - 1), after: whole.startIndex, before: whole.endIndex)
    let from = offset(reach, before: caret, after: whole.startIndex)
    let to = offset(reach, after: caret, before: whole.endIndex)
    let before = Array(Self.printable(bytes[from..<caret]))
    let after = Array(Self.printable(bytes[caret..<to]))
    let cut = Self.excerpt(
      before: before, after: after, startsLine: from == whole.startIndex,
      endsLine: to == whole.endIndex)
    let line = cut.text
    if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "…" }) { return "" }
    return "  \(line)\n  \(cut.padding)\(style.apply(.boldGreen, "^"))\n"
  }

  /// What PrintableText removes on a terminal becomes U+FFFD rather than vanish, so the caret
  /// stays under its column; tabs stay, for the same reason.
  static func printable(_ bytes: ArraySlice<UInt8>) -> String {
    var line = ""
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
      let isControl = scalar != "\t" && PrintableText.isRemoved(scalar, for: .terminal)
      line.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
    }
    return line
  }

  /// The columns `character` is counted as in an excerpt's budget.
  static func budget(_ character: Character) -> Int {
    character == "\t" ? tabColumns : DisplayColumns.width(of: character)
  }

  /// The excerpt of a line around a caret, and the padding that puts the caret under it.
  ///
  /// - Parameters:
  ///   - before: The characters before the caret (the end of a window of the line).
  ///   - after: The character at the caret and those after it.
  ///   - startsLine: Whether `before` starts at the start of the line.
  ///   - endsLine: Whether `after` ends at the end of the line.
  /// - Returns: The text (at most ``excerptColumns`` columns, "…" where cut) and the padding:
  ///   a space for each column before the caret, a tab for each tab.
  static func excerpt(
    before: [Character], after: [Character], startsLine: Bool, endsLine: Bool
  ) -> (text: String, padding: String) {
    let widthBefore = before.reduce(0) { $0 + budget($1) }
    let widthAfter = after.reduce(0) { $0 + budget($1) }
    var left = before[...]
    var right = after[...]
    if !(startsLine && endsLine && widthBefore + widthAfter <= excerptColumns) {
      // Cut: keep room for a "…" on each side, the caret's own character always shown.
      let room = excerptColumns - 2
      var keepAfter = max(0, room - min(widthBefore, columnsBefore))
      if widthAfter < keepAfter { keepAfter = widthAfter }
      let keepBefore = room - keepAfter
      var used = 0
      var count = 0
      for character in after {
        if count > 0 && used + budget(character) > keepAfter { break }
        used += budget(character)
        count += 1
      }
      right = after.prefix(count)
      used = 0
      count = 0
      for character in before.reversed() {
        if used + budget(character) > keepBefore { break }
        used += budget(character)
        count += 1
      }
      left = before.suffix(count)
    }
    let cutBefore = !startsLine || left.count < before.count
    let cutAfter = !endsLine || right.count < after.count
    let text =
      (cutBefore ? "…" : "") + String(left) + String(right) + (cutAfter ? "…" : "")
    let padding =
      (cutBefore ? " " : "")
      + left.map { $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayColumns.width(of: $0)) }
      .joined()
    return (text, padding)
  }
}
