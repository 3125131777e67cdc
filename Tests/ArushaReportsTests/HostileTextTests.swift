import ArushaFiles
import ArushaReports
import ArushaTestSupport
import ArushaText
import ArushaYAML
import Foundation
import Testing

@testable import ArushaCore

/// cli.md: "Text from YAML files (questionnaires, responses) and file names are printed with
/// control characters removed, in every command and every format" — on the hostile fixture,
/// whose every text carries an OSC title sequence, BEL, C1 CSI, an open U+202E, backspace and
/// DEL (HostileText).
@Suite struct HostileTextTests {
  static func scoreReport() throws -> ScoreReport {
    ScoreReport(
      questionnaire: try HostileText.questionnaire(), response: try HostileText.response())
  }

  /// Two administrations, the fixture's and a plain one, each in two hostile rounds: every
  /// section of the comparison (groups, changes, peers, strengths) has something to show.
  static func compareReport() throws -> CompareReport {
    let questionnaire = try HostileText.questionnaire()
    let response = try HostileText.response()
    var tally = ComparisonTally()
    for (index, name) in [response.administration, "Niger"].enumerated() {
      for (step, round) in ["2020\u{1B}]0;x\u{7}\u{202E}", response.round].enumerated() {
        let base = Double(20 + index * 30 + step * 25)
        tally.add(
          ResponseSummary(
            administration: name, round: round, overall: base,
            scores: ["alpha": base, "beta": 100 - base]))
      }
    }
    return CompareReport(
      Comparator.compare(tally, questionnaire: questionnaire, options: ComparisonOptions()))
  }

  /// Every string of a decoded JSON value.
  static func strings(_ value: Any) -> [String] {
    switch value {
    case let text as String: return [text]
    case let array as [Any]: return array.flatMap(strings)
    case let object as [String: Any]: return object.keys.map { $0 } + object.values.flatMap(strings)
    default: return []
    }
  }

  /// A JSON output: nothing forbidden in its text, no control written as an escape either, and
  /// none in any decoded string.
  static func expectCleanJSON(_ text: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    #expect(
      HostileText.forbidden(in: text, terminal: false).isEmpty,
      "\(HostileText.forbidden(in: text, terminal: false))", sourceLocation: sourceLocation)
    #expect(
      !text.contains("\\u00"), "a control written as an escape", sourceLocation: sourceLocation)
    let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let strings = Self.strings(decoded)
    let dirty = strings.filter {
      !HostileText.forbidden(in: $0, terminal: false, allowed: []).isEmpty
    }
    #expect(dirty.isEmpty, "\(dirty.map(\.debugDescription))", sourceLocation: sourceLocation)
    #expect(
      strings.contains(HostileText.administrationInDocument), sourceLocation: sourceLocation)
    #expect(HostileText.missingSurvivors(in: text).isEmpty, sourceLocation: sourceLocation)
  }

  /// An output with nothing forbidden in it, é, 漢字 and Arabic kept, and, unless nil, the
  /// administration's name as sanitised (as Markdown escapes it in Markdown).
  static func expectClean(
    _ output: String, _ format: String, terminal: Bool, allowed: Set<Unicode.Scalar> = ["\n"],
    administration: String? = HostileText.administrationInDocument,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let forbidden = HostileText.forbidden(in: output, terminal: terminal, allowed: allowed)
    #expect(forbidden.isEmpty, "\(format): \(forbidden)", sourceLocation: sourceLocation)
    let missing = HostileText.missingSurvivors(in: output)
    #expect(missing.isEmpty, "\(format) lost \(missing)", sourceLocation: sourceLocation)
    if let administration {
      #expect(
        output.contains(administration), "\(format): the administration, sanitised",
        sourceLocation: sourceLocation)
    }
  }

  static let administrationInMarkdown = HostileText.administrationInDocument
    .replacingOccurrences(of: "]", with: "\\]").replacingOccurrences(of: "<", with: "\\<")
    .replacingOccurrences(of: ">", with: "\\>")

  /// The administration as HTML and the workbook's XML escape it (`<U+009B>` is text).
  static let administrationEscaped = HostileText.administrationInDocument
    .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")

  /// CSV records end with "\r\n"; no other control, and no line break inside a record.
  static func expectCleanCSV(
    _ csv: String, _ format: String, administration: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    expectClean(
      csv, format, terminal: false, allowed: ["\r", "\n"],
      administration: administration ? HostileText.administrationInDocument : nil,
      sourceLocation: sourceLocation)
    let stray = csv.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.filter {
      $0 == "\r" || $0 == "\n"
    }
    #expect(stray.isEmpty, "\(format): a line break inside a cell", sourceLocation: sourceLocation)
  }

  @Test func everyScoreFormat() throws {
    let report = try Self.scoreReport()
    let table = report.table(style: .plain, width: 200)
    Self.expectClean(
      table, "table", terminal: true, administration: HostileText.administrationOnTerminal)
    // The colour codes are arusha's own: the only escape sequences in a coloured table.
    let coloured = report.table(style: TextStyle(colour: true), width: 200)
    #expect(!coloured.contains("\u{1B}]") && !coloured.contains("\u{7}"))
    Self.expectClean(
      report.markdown(), "markdown", terminal: false, administration: Self.administrationInMarkdown)
    Self.expectClean(
      report.actionPlanMarkdown(), "action plan markdown", terminal: false,
      administration: Self.administrationInMarkdown)
    try Self.expectCleanJSON(report.json())
    Self.expectCleanCSV(report.factorsCSV(), "csv")
    let items = report.itemsCSV()
    Self.expectCleanCSV(items, "csv --items", administration: false)
    // Comments, evidence, justifications and text answers are cells too.
    for text in [
      "Comment]0;pwned 31m\u{202E}é 漢字 الجمارك", "Evidence]0;pwned \u{202E}é 漢字",
      "Justification]0;pwned \u{202E}é 漢字", "Answer]0;pwned 31m\u{202E}é 漢字 الجمارك",
    ] {
      #expect(items.contains(text), "\(text.debugDescription)")
    }
    Self.expectCleanCSV(report.actionPlanCSV(), "action plan csv", administration: false)
    let html = report.html()
    Self.expectClean(html, "html", terminal: false, administration: Self.administrationEscaped)
    #expect(html.contains("<bdi>\(Self.administrationEscaped)</bdi>"))
    #expect(html.contains("<h1><bdi>Title]0;pwned 31m\u{202E}é 漢字 الجمارك</bdi></h1>"))
    #expect(HTMLBalance.unbalancedTags(html).isEmpty, "\(HTMLBalance.unbalancedTags(html))")
  }

  @Test func everyCompareFormat() throws {
    let report = try Self.compareReport()
    let table = report.table(style: .plain, width: 200)
    Self.expectClean(
      table, "table", terminal: true, administration: HostileText.administrationOnTerminal)
    Self.expectClean(
      report.markdown(), "markdown", terminal: false, administration: Self.administrationInMarkdown)
    try Self.expectCleanJSON(report.json())
    Self.expectCleanCSV(report.csv(), "csv")
    let html = report.html()
    Self.expectClean(html, "html", terminal: false, administration: Self.administrationEscaped)
    #expect(html.contains("<td><bdi>\(Self.administrationEscaped)</bdi></td>"))
    #expect(HTMLBalance.unbalancedTags(html).isEmpty, "\(HTMLBalance.unbalancedTags(html))")
    // From an expert's review: an Arabic name in a chart's composed line ("name · 2022 →
    // 2024") turned the rounds around. SVG text has no <bdi>: the name and the rounds are
    // isolated by U+2068…U+2069, in the page and in the chart's file.
    let isolatedName = "\u{2068}\(Self.administrationEscaped)\u{2069} · \u{2068}"
    #expect(html.contains(isolatedName))
    let file = try #require(report.chartFiles().first { $0.name == "changes-1.svg" })
    #expect(file.svg.contains(isolatedName))
  }

  /// Every part of a workbook, one after the other: no control but the declaration's newline,
  /// é, 漢字 and Arabic kept, and the administration as sanitised.
  static func expectCleanWorkbook(
    _ workbook: Workbook, _ format: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let text = workbook.parts().map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
    expectClean(
      text, format, terminal: false, administration: administrationEscaped,
      sourceLocation: sourceLocation)
  }

  @Test func everyWorkbook() throws {
    let score = try Self.scoreReport().workbook()
    Self.expectCleanWorkbook(score, "score xlsx")
    let questions = try #require(score.parts().first { $0.path == "xl/worksheets/sheet2.xml" })
    let text = String(decoding: questions.bytes, as: UTF8.self)
    // Comments, evidence and justifications are cells too.
    for cell in [
      "Comment]0;pwned 31m\u{202E}é 漢字 الجمارك", "Evidence]0;pwned \u{202E}é 漢字",
      "Justification]0;pwned \u{202E}é 漢字",
    ] {
      #expect(text.contains(">\(cell)</t>"), "\(cell.debugDescription)")
    }
    Self.expectCleanWorkbook(try Self.compareReport().workbook(), "compare xlsx")
  }

  @Test func documentsWrittenToATerminalLoseTheirBidiControls() throws {
    let score = try Self.scoreReport()
    let compare = try Self.compareReport()
    for (format, output) in [
      ("score markdown", score.markdown()), ("score json", score.json()),
      ("score csv", score.itemsCSV()), ("compare markdown", compare.markdown()),
      ("compare csv", compare.csv()), ("compare json", compare.json()),
    ] {
      #expect(output.unicodeScalars.contains("\u{202E}"), "\(format) keeps U+202E in a file")
      let shown = PrintableText.forTerminal(output)
      #expect(
        HostileText.forbidden(in: shown, terminal: true, allowed: ["\r", "\n"]).isEmpty, "\(format)"
      )
      #expect(HostileText.missingSurvivors(in: shown).isEmpty, "\(format)")
    }
  }

  @Test func csvCellsArePrintableBeforeTheFormulaCheck() {
    let csv = CSVTable(
      header: ["a\u{1B}]0;x\u{7}"],
      rows: [[.text("\u{7}=1+1"), .text("line\r\nbreak\ttab"), .text("\u{9B}31mé\u{202E}")]]
    ).render()
    #expect(csv == "\u{FEFF}\"a]0;x\"\r\n'=1+1,line break tab,31mé\u{202E}\r\n")
  }

  @Test func diagnosticsShowNoControlOfTheFile() throws {
    let report = FileReport(
      path: "evil\u{1B}]0;x\u{7}\u{202E}.yaml",
      source: Array("a: \"\u{202E}x\"\nb: 1\n".utf8),
      diagnostics: [
        .error(
          .unknownKey("b\u{1B}[2J\u{202E}", in: "the questionnaire", suggestion: nil),
          at: SourceMark(line: 1, column: 4))
      ],
      readError: nil)
    let text = DiagnosticRenderer().text([report])
    #expect(HostileText.forbidden(in: text, terminal: true).isEmpty, "\(text.debugDescription)")
    // The snippet keeps its columns: what is removed elsewhere shows as U+FFFD. The path's
    // controls are shown, as names' are (issue 22).
    #expect(
      text.contains(
        "evil␛]0;x␇.yaml:1:4: error: unknown key 'b[2J' in the questionnaire\n  a: \"\u{FFFD}x\"\n     ^"
      ))
    let json = DiagnosticRenderer().json([report])
    #expect(HostileText.forbidden(in: json, terminal: false).isEmpty)
    #expect(!json.contains("\\u00"))
  }
}
