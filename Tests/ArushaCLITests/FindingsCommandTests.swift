import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 24's findings through `arusha score`, `explain` and `compare` run in-process, on
/// `Fixtures/findings` (the figures are worked out in `FindingsTests`): the count of "not
/// applicable" answers in the header, their section with the justifications before the
/// strengths, a key figure answered "don't know" shown as not available, the relative
/// strengths, and compare's count per group — in every format, English and French.
@Suite struct FindingsCommandTests {
  static let fixtures = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/findings")

  /// A folder with the fixture questionnaire under `Questionnaires/` and the responses under
  /// `responses/`, which carry the questionnaire's real sha256.
  func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-findings-\(UUID().uuidString)")
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("Questionnaires"), withIntermediateDirectories: true)
    let questionnaire = try Data(
      contentsOf: Self.fixtures.appendingPathComponent("questionnaire.yaml"))
    try questionnaire.write(to: folder.appendingPathComponent("Questionnaires/findings.yaml"))
    let sha = Fingerprint.sha256([UInt8](questionnaire))
    try manager.copyItem(
      at: Self.fixtures.appendingPathComponent("responses"),
      to: folder.appendingPathComponent("responses"))
    for name in ["middling", "middling-b", "strong", "empty"] {
      let text = try String(
        contentsOf: folder.appendingPathComponent("responses/\(name).yaml"), encoding: .utf8)
      #expect(text.contains("sha256: \(sha)"), "\(name).yaml answers another questionnaire")
    }
    return folder
  }

  func run(_ arguments: [String], in folder: URL) throws -> String {
    let result = try runArushaInProcess(arguments, directory: folder)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    return result.stdout
  }

  func json(_ arguments: [String], in folder: URL) throws -> [String: Any] {
    let text = try run(arguments + ["--format", "json"], in: folder)
    return try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// Where `line` is in `text`'s lines; fails when it is not there.
  func index(
    of line: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> Int {
    let lines = text.components(separatedBy: "\n")
    guard let found = lines.firstIndex(of: line) else {
      Issue.record("no line \"\(line)\" in:\n\(text)", sourceLocation: sourceLocation)
      return -1
    }
    return found
  }

  /// The middling response in Markdown: the header's count, the section with each
  /// justification (the escape character dropped, the markup escaped), before the strengths;
  /// no strength, so the relative strengths follow them, then the areas; the key figures,
  /// "1 sanction" in the singular and n2 not available.
  @Test func markdownInEnglish() throws {
    let folder = try workspace()
    let text = try run(
      ["score", "responses/middling.yaml", "--format", "markdown"], in: folder)
    #expect(!text.contains("\u{1B}"))
    let header = index(of: "2 answers not applicable", in: text)
    let section = index(of: "## Answers not applicable", in: text)
    let first = index(
      of: "- **One** — Q1 O1?\u{A0}· Justification:\u{A0}Only one border post.", in: text)
    let second = index(
      of: "- **Six** — Q12 X1?\u{A0}· Justification:\u{A0}No such unit\\[31m, \\<b\\>none\\</b\\>.",
      in: text)
    let strengths = index(of: "## Strengths", in: text)
    let relative = index(of: "## Relative strengths", in: text)
    let improvements = index(of: "## Areas for improvement", in: text)
    #expect(header < section && section < first && first < second && second < strengths)
    #expect(strengths < relative && relative < improvements)
    #expect(text.contains("## Strengths\n\n- None\n\n## Relative strengths\n"))
    #expect(
      text.contains(
        """
        - One — 62.5 (Established)
        - Three — 50.0 (Established)
        - Four — 50.0 (Established)
        - Five — 50.0 (Established)

        No factor is a strength (75.0 or more, without a critical gap): these are the best factors of this response.
        """))
    #expect(!text.contains("- Two — 75.0"))
    #expect(text.contains("- Q10 N1? **1\u{A0}sanction**\n- Q11 N2? _not\u{A0}available_\n"))
  }

  @Test func markdownInFrench() throws {
    let folder = try workspace()
    let text = try run(
      ["score", "responses/middling.yaml", "--format", "markdown", "--lang", "fr"], in: folder)
    let header = index(of: "2 réponses sans objet", in: text)
    let section = index(of: "## Réponses sans objet", in: text)
    let strengths = index(of: "## Points forts", in: text)
    #expect(header < section && section < strengths)
    #expect(
      text.contains("- **Un** — Q1 O1 ?\u{A0}· Justification\u{A0}:\u{A0}Only one border post.\n"))
    #expect(text.contains("## Points forts\n\n- Aucun\n\n## Points forts relatifs\n"))
    #expect(text.contains("- Un — 62,5 (Établi)\n- Trois — 50,0 (Établi)\n"))
    #expect(
      text.contains(
        "Aucun facteur n’est un point fort (75,0 ou plus, sans lacune critique)\u{A0}: voici les meilleurs facteurs de cette réponse."
      ))
    #expect(text.contains("- Q10 N1 ? **1\u{A0}sanction**\n- Q11 N2 ? _non\u{A0}disponible_\n"))
  }

  /// The terminal writes the same blocks: the count, the section, the relative strengths and
  /// the key figure not available, in both languages.
  @Test func terminal() throws {
    let folder = try workspace()
    let english = try run(
      ["score", "responses/middling.yaml", "--format", "table"], in: folder)
    #expect(english.contains("\n2 answers not applicable\n"))
    #expect(
      english.contains(
        "\nAnswers not applicable\n  • One — Q1 O1?\u{A0}· Justification:\u{A0}Only one border post.\n"
      ))
    #expect(english.contains("\nRelative strengths\n  • One — 62.5 (Established)\n"))
    #expect(english.contains("  • Q11 N2? not\u{A0}available\n"))
    #expect(
      english.range(of: "Answers not applicable\n")!.lowerBound
        < english.range(of: "\nStrengths\n")!.lowerBound)
    let french = try run(
      ["score", "responses/middling.yaml", "--format", "table", "--lang", "fr"], in: folder)
    #expect(french.contains("\n2 réponses sans objet\n"))
    #expect(french.contains("\nPoints forts relatifs\n  • Un — 62,5 (Établi)\n"))
    #expect(french.contains("  • Q11 N2 ? non\u{A0}disponible\n"))
  }

  /// The page: the header's count, the section, and the key figure not available; the
  /// justification's markup escaped.
  @Test func html() throws {
    let folder = try workspace()
    let page = try run(["score", "responses/middling.yaml", "--format", "html"], in: folder)
    #expect(page.contains("<p class=\"subtitle\">2 answers not applicable</p>"))
    #expect(page.contains("<h2>Answers not applicable</h2>"))
    #expect(page.contains("No such unit[31m, &lt;b&gt;none&lt;/b&gt;.</li>"))
    #expect(page.contains("<h2>Relative strengths</h2>"))
    #expect(page.contains("<li>Q11 N2? <span class=\"note\">not\u{A0}available</span></li>"))
  }

  /// JSON: `na` with each question, factor and justification (printable); `relative_strengths`;
  /// the figure not available has `value: null` and `state: "unknown"`, an answered one
  /// `state: "answered"`; each factor keeps its own `na` count.
  @Test func json() throws {
    let folder = try workspace()
    let object = try json(["score", "responses/middling.yaml"], in: folder)
    let na = try #require(object["na"] as? [[String: Any]])
    #expect(na.count == 2)
    #expect(na[0]["question"] as? String == "o1" && na[0]["factor"] as? String == "one")
    #expect(na[0]["justification"] as? String == "Only one border post.")
    #expect(na[1]["question"] as? String == "x1" && na[1]["factor"] as? String == "six")
    #expect(na[1]["justification"] as? String == "No such unit[31m, <b>none</b>.")
    #expect(object["relative_strengths"] as? [String] == ["one", "three", "four", "five"])
    #expect(object["strengths"] as? [String] == [])
    let figures = try #require(object["figures"] as? [[String: Any]])
    #expect(figures.map { $0["question"] as? String } == ["n1", "n2"])
    #expect(figures[0]["value"] as? Double == 1 && figures[0]["state"] as? String == "answered")
    #expect(figures[1]["value"] is NSNull && figures[1]["state"] as? String == "unknown")
    #expect(figures[1]["unit"] as? String == "days")
    let factors = try #require(object["factors"] as? [[String: Any]])
    #expect(factors.map { $0["na"] as? Int } == [1, 0, 0, 0, 0, 0, 1])

    let strong = try json(["score", "responses/strong.yaml"], in: folder)
    #expect(strong["relative_strengths"] as? [String] == [])
    #expect((strong["na"] as? [[String: Any]])?.count == 1)
    let empty = try json(["score", "responses/empty.yaml"], in: folder)
    #expect(empty["relative_strengths"] as? [String] == [])
    #expect((empty["na"] as? [[String: Any]])?.count == 2)
    #expect(empty["figures"] as? [Any] != nil && (empty["figures"] as? [Any])?.isEmpty == true)
  }

  /// One answer not applicable: the singular, in both languages.
  ///
  /// With a strength, no relative strengths; without a score anywhere, none either.
  @Test func singularAndNoRelativeStrengths() throws {
    let folder = try workspace()
    let strong = try run(["score", "responses/strong.yaml", "--format", "markdown"], in: folder)
    #expect(strong.contains("\n1 answer not applicable\n"))
    #expect(strong.contains("\n## Answer not applicable\n"))
    #expect(!strong.contains("Relative strength"))
    let french = try run(
      ["score", "responses/strong.yaml", "--format", "markdown", "--lang", "fr"], in: folder)
    #expect(
      french.contains("\n1 réponse sans objet\n") && french.contains("\n## Réponse sans objet\n"))
    #expect(!french.contains("relatif"))
    let empty = try run(["score", "responses/empty.yaml", "--format", "markdown"], in: folder)
    #expect(empty.contains("\n2 answers not applicable\n"))
    #expect(!empty.contains("Relative strength") && !empty.contains("Key figures"))
  }

  /// `explain` has the header's count too; a questionnaire that offers no "not applicable"
  /// leaves the line out, as there is nothing to count.
  @Test func explainAndAQuestionnaireWithoutNotApplicable() throws {
    let folder = try workspace()
    let explained = try run(
      ["explain", "responses/middling.yaml", "--format", "markdown"], in: folder)
    #expect(explained.contains("\n2 answers not applicable\n"))
    let questionnaire = folder.appendingPathComponent("Questionnaires/findings.yaml")
    let yaml = try String(contentsOf: questionnaire, encoding: .utf8)
    try Data(yaml.replacingOccurrences(of: "allow_na: true, ", with: "").utf8).write(
      to: questionnaire)
    let response = folder.appendingPathComponent("responses/middling-b.yaml")
    let text = try String(contentsOf: response, encoding: .utf8)
    try Data(
      text.replacingOccurrences(
        of: "  o1: {state: na, justification: Only one border post.}\n", with: "  o1: {value: 1}\n"
      ).utf8
    ).write(to: response)
    let report = try run(
      [
        "score", "responses/middling-b.yaml", "--format", "markdown",
        "--accept-questionnaire-mismatch",
      ], in: folder)
    #expect(!report.contains("not applicable"), "\(report)")
  }

  /// compare gives counts only: each group's "not applicable" answers, added over its
  /// responses (Middling Customs: 2 + 1; Strong Customs: 1; Empty Customs, in progress, 2
  /// with `--include-incomplete`), in JSON, in the CSV's `na` column and in the document's
  /// N/A column.
  @Test func compareCountsPerGroup() throws {
    let folder = try workspace()
    let object = try json(["compare", "responses", "--include-incomplete"], in: folder)
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(
      groups.map { "\($0["administration"] as? String ?? ""):\($0["na"] as? Int ?? -1)" } == [
        "Empty Customs:2", "Middling Customs:3", "Strong Customs:1",
      ])
    #expect(groups.allSatisfy { $0["justification"] == nil })
    let csv = try run(["compare", "responses", "--format", "csv"], in: folder)
    #expect(csv.hasPrefix("\u{FEFF}administration,round,respondents,unsupported,na,factor,"))
    #expect(csv.contains("\r\nMiddling Customs,2024,2,0,3,,Overall,"))
    #expect(csv.contains("\r\nStrong Customs,2024,1,0,1,six,Six,75,"))
    let markdown = try run(["compare", "responses", "--format", "markdown"], in: folder)
    #expect(markdown.contains("| Administration | Round | Respondents | N/A | Overall |"))
    // One of its responses has a factor without a score: its overall score is indicative (*).
    #expect(markdown.contains("| Middling Customs | 2024 | 2 | 3 | **51.9** * |"))
    let french = try run(
      ["compare", "responses", "--format", "markdown", "--lang", "fr"], in: folder)
    #expect(french.contains("| Administration | Cycle | Répondants | Sans objet | Score global |"))
  }
}
