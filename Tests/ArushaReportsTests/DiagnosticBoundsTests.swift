import ArushaReports
import ArushaText
import Testing

@testable import ArushaCore
@testable import ArushaYAML

/// What is printed about one file is bounded, whatever the file holds (issue 22, kind 1):
/// excerpts of at most 120 columns around the caret, at most 100 findings, then a count.
@Suite struct DiagnosticBoundsTests {
  /// A one-line file and one finding at `column` (1-based, in code points).
  func render(_ line: String, column: Int) -> String {
    let report = FileReport(
      path: "long.yaml", source: Array((line + "\n").utf8),
      diagnostics: [.error(.empty("x"), at: SourceMark(line: 1, column: column))],
      readError: nil)
    return DiagnosticRenderer().findings(report)
  }

  /// The excerpt and caret lines of a rendering, without their two-space indent.
  func excerpt(_ text: String) -> (line: String, caret: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return (String(lines[1].dropFirst(2)), String(lines[2].dropFirst(2)))
  }

  @Test func aShortLineIsWhole() {
    let (line, caret) = excerpt(render("a: b", column: 4))
    #expect(line == "a: b" && caret == "   ^")
  }

  @Test func aLongLineIsCutOnBothSidesAroundTheCaret() {
    // 1000 digits: the caret at column 500 (the digit "9" of 491–500's block).
    let digits = String((0..<1000).map { Character(String($0 % 10)) })
    let (line, caret) = excerpt(render(digits, column: 500))
    #expect(line.count == 120)
    #expect(line.hasPrefix("…") && line.hasSuffix("…"))
    // 59 characters before the caret after the "…", the caret's character under "^".
    #expect(caret == String(repeating: " ", count: 60) + "^")
    let under = line[line.index(line.startIndex, offsetBy: 60)]
    #expect(under == "9")
    #expect(line == "…" + String(digits.dropFirst(440).prefix(118)) + "…")
  }

  @Test func theStartAndTheEndOfALongLineAreCutOnOneSide() {
    let digits = String((0..<1000).map { Character(String($0 % 10)) })
    let start = excerpt(render(digits, column: 1))
    #expect(start.line == String(digits.prefix(119)) + "…" && start.caret == "^")
    let end = excerpt(render(digits, column: 1000))
    // At the end the left side takes the room the right does not need.
    #expect(end.line == "…" + String(digits.suffix(119)))
    #expect(end.caret == String(repeating: " ", count: 119) + "^")
  }

  @Test func wideCharactersCountTwoColumnsAndKeepTheCaretUnderItsCharacter() {
    let text = String(repeating: "漢", count: 300) + "x" + String(repeating: "字", count: 300)
    let (line, caret) = excerpt(render(text, column: 301))
    // 29 wide characters (58 columns) and "…" before the caret; at most 120 columns in all.
    #expect(line.hasPrefix("…" + String(repeating: "漢", count: 29) + "x字"))
    #expect(DisplayColumns.width(of: line) <= 120)
    #expect(caret == String(repeating: " ", count: 59) + "^")
  }

  @Test func tabsCountEightColumnsAndStayTabsUnderTheCaret() {
    // 200 tabs then "x": a tab counts as 8 columns, so 14 of them (112) fit before the caret
    // besides the "…" (the caret's own character and nothing after it need no room).
    let (line, caret) = excerpt(render(String(repeating: "\t", count: 200) + "x", column: 201))
    #expect(line.hasPrefix("…\t") && line.hasSuffix("\tx"))
    let tabs = line.filter { $0 == "\t" }.count
    #expect(tabs * 8 + 2 <= 120)
    #expect(caret == " " + String(repeating: "\t", count: tabs) + "^")
  }

  @Test func atMostAHundredFindingsPerFileThenACount() {
    let diagnostics: [Diagnostic] =
      (1...130).map { .error(.empty("e\($0)"), at: SourceMark(line: 1, column: $0)) }
      + (1...20).map { .warning(.empty("w\($0)"), at: SourceMark(line: 1, column: 1)) }
    let report = FileReport(
      path: "many.yaml", source: Array((String(repeating: "x", count: 200) + "\n").utf8),
      diagnostics: diagnostics, readError: nil)
    let text = DiagnosticRenderer().text([report])
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.filter { $0.hasPrefix("many.yaml:1:") }.count == 100)
    #expect(
      lines.suffix(2) == [
        "many.yaml: … and 50 more (30 errors, 20 warnings)",
        "1 file checked: 130 errors, 20 warnings",
      ])
    // JSON keeps every finding.
    #expect(
      DiagnosticRenderer().json([report]).components(separatedBy: "\"severity\"").count == 151)
  }

  @Test func aMessageThatQuotesAWholeLineIsCut() {
    let key = String(repeating: "k", count: 5000)
    let report = FileReport(
      path: "k.yaml", source: [],
      diagnostics: [.error(.empty(key), at: SourceMark(line: 1, column: 1))], readError: nil)
    let first = DiagnosticRenderer().text([report]).split(separator: "\n")[0]
    #expect(first.count < DiagnosticRenderer.messageLength + 40)
    #expect(first.contains("…"))
  }

  @Test func combiningMarksTakeNoColumnButStillBoundTheExcerpt() {
    // 20,000 combining acute accents on one letter: no column each, so a bound of columns
    // alone would print them all under every finding.
    let text = "a" + String(repeating: "\u{301}", count: 20_000)
    let rendered = render(text, column: 10_000)
    #expect(rendered.utf8.count < 2_000, "\(rendered.utf8.count) bytes")
    let line = excerpt(rendered).line.unicodeScalars
    #expect(line.first == "…" && line.last == "…")
  }
}
