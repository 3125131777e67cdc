import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaTestSupport
import Foundation
import Testing

/// Issue 24: every report shows a key figure's value and its normalised value (`per`), or
/// says briefly why there is none; compare shows each group's mean of the normalised values.
///
/// The figures fixture of NormalizedFigureTests, worked by hand there: Alpha 2024 has 6
/// sanctions for 400 staff (1.5 per 100) and 8 cases (0.2 per 10); Beta 2025 averages 2.75
/// sanctions per 100 staff and 0.05 cases per 10 over two of its three responses; Gamma 2025
/// has no staff headcount (no register: the question is not asked).
@Suite struct NormalizedFigureReportTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/figures")

  static func questionnaire(edit: (inout Questionnaire) -> Void = { _ in }) throws
    -> Questionnaire
  {
    var questionnaire = try #require(
      QuestionnaireDecoder().decode(
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
      ).questionnaire)
    edit(&questionnaire)
    return questionnaire
  }

  /// The score report of response `name`, with `edit` applied to its answers.
  static func report(
    _ name: String, language: String = "en", edit: (inout Response) -> Void = { _ in },
    editQuestionnaire: (inout Questionnaire) -> Void = { _ in }
  ) throws -> ScoreReport {
    let questionnaire = try questionnaire(edit: editQuestionnaire)
    let header = try #require(
      ResponseDecoder.header(
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("responses/\(name).yaml")))
      ).header)
    var response = try #require(
      ResponseDecoder.decode(header, questionnaire: questionnaire).response)
    edit(&response)
    return ScoreReport(questionnaire: questionnaire, response: response, language: language)
  }

  /// A figure with `per` answered "don't know" is not available once: nothing follows it
  /// per its denominator (the 2027.2 review saw « non disponible · pour 100 agents : non
  /// disponible () »).
  @Test func aFigureNotAvailableIsNotNormalisedAgain() throws {
    let report = try Self.report("alpha-2024", language: "fr") {
      $0.answers["sanctions"] = Answer(state: .unknown)
    }
    let text = report.markdown()
    let line = try #require(
      text.components(separatedBy: "\n").first { $0.contains("_non\u{A0}disponible_") })
    #expect(!line.contains("pour 100") && !line.contains("()"), "\(line)")
  }

  @Test func theKeyFiguresShowTheValueAndTheNormalisedValue() throws {
    let english = try Self.report("alpha-2024").markdown()
    #expect(
      english.contains(
        "- Q3 How many sanctions last year? **6\u{A0}sanctions** · 1.5\u{A0}per 100\u{A0}staff\n"
      ), "\(english)")
    // Two decimals below 1: 0.2, not "0.2" read as a score.
    #expect(english.contains("**8\u{A0}cases** · 0.20\u{A0}per 10\u{A0}staff\n"))
    // The denominator is a key figure too, without a normalised value.
    #expect(english.contains("- Q5 How many staff? **400\u{A0}staff**\n"))
    let french = try Self.report("alpha-2024", language: "fr").markdown()
    #expect(french.contains("**6\u{A0}sanctions** · 1,5\u{A0}pour 100\u{A0}agents\n"), "\(french)")
    #expect(french.contains("**8\u{A0}dossiers** · 0,20\u{A0}pour 10\u{A0}agents\n"))
    // The terminal and the page write the same document.
    let table = try Self.report("alpha-2024").table(style: .plain, width: 100)
    #expect(table.contains("6\u{A0}sanctions · 1.5\u{A0}per 100\u{A0}staff"), "\(table)")
    let html = try Self.report("alpha-2024").html()
    #expect(html.contains("1.5\u{A0}per 100\u{A0}staff"))
  }

  /// The scale 1 takes the denominator's singular: "per 1 staff member", « pour 1 agent ».
  @Test func aScaleOfOneTakesTheSingular() throws {
    let perOne: (inout Questionnaire) -> Void = { questionnaire in
      questionnaire.factors[0].questions[3].per?.scale = 1
    }
    let english = try Self.report("alpha-2024", editQuestionnaire: perOne).markdown()
    #expect(english.contains("· 0.02\u{A0}per 1\u{A0}staff member\n"), "\(english)")
    let french = try Self.report("alpha-2024", language: "fr", editQuestionnaire: perOne)
      .markdown()
    #expect(french.contains("· 0,02\u{A0}pour 1\u{A0}agent\n"), "\(french)")
  }

  /// Without a normalised value, the report says why, briefly, by the denominator's number.
  @Test(
    arguments: [
      ("missing", nil, "no answer to Q5", "pas de réponse à Q5"),
      (
        "unknown", Answer(state: .unknown), "Q5 answered “don't know”",
        "réponse «\u{A0}ne sait pas\u{A0}» à Q5"
      ),
      (
        "na", Answer.notApplicable("None"), "Q5 answered “not applicable”",
        "réponse «\u{A0}sans objet\u{A0}» à Q5"
      ),
      ("zero", Answer.value(.number(0)), "Q5 answered 0", "réponse 0 à Q5"),
      ("negative", Answer.value(.number(-1)), "Q5 answered below 0", "réponse négative à Q5"),
    ] as [(String, Answer?, String, String)])
  func withoutANormalisedValueTheReportSaysWhy(
    _ name: String, _ staff: Answer?, _ english: String, _ french: String
  ) throws {
    let edit: (inout Response) -> Void = { $0.answers["staff"] = staff }
    let text = try Self.report("alpha-2024", edit: edit).markdown()
    #expect(
      text.contains(
        "**6\u{A0}sanctions** · per 100\u{A0}staff: not available (\(english))\n"),
      "\(name): \(text)")
    let inFrench = try Self.report("alpha-2024", language: "fr", edit: edit).markdown()
    #expect(
      inFrench.contains(
        "**6\u{A0}sanctions** · pour 100\u{A0}agents\u{A0}: non disponible (\(french))\n"),
      "\(name): \(inFrench)")
  }

  @Test func aHiddenDenominatorIsNotAsked() throws {
    let text = try Self.report("gamma-2025").markdown()
    #expect(
      text.contains("**4\u{A0}sanctions** · per 100\u{A0}staff: not available (Q5 not asked)"))
  }

  /// JSON: `normalized` on every figure (null without `per`), and `per` with its
  /// denominator, scale, label and why there is none.
  @Test func theJSONFiguresCarryTheNormalisedValue() throws {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(try Self.report("beta-2025-3").json().utf8))
        as? [String: Any])
    let figures = try #require(object["figures"] as? [[String: Any]])
    // The staff headcount answered "don't know" is a figure not available (value null).
    #expect(figures.map { $0["question"] as? String } == ["sanctions", "staff"])
    #expect(figures[1]["value"] is NSNull)
    #expect(figures[0]["normalized"] is NSNull)
    let per = try #require(figures[0]["per"] as? [String: Any])
    #expect(per["question"] as? String == "staff")
    #expect(per["scale"] as? Double == 100)
    #expect(per["label"] as? String == "per 100 staff")
    #expect(per["unavailable"] as? String == "unknown")

    let alpha = try #require(
      try JSONSerialization.jsonObject(with: Data(try Self.report("alpha-2024").json().utf8))
        as? [String: Any])
    let figuresOfAlpha = try #require(alpha["figures"] as? [[String: Any]])
    #expect(figuresOfAlpha.map { $0["normalized"] as? Double } == [1.5, 0.2, nil])
    #expect(figuresOfAlpha[2]["normalized"] is NSNull && figuresOfAlpha[2]["per"] == nil)
    #expect((figuresOfAlpha[0]["per"] as? [String: Any])?["unavailable"] is NSNull)
  }

  /// The items CSV ends with `normalized`, `per` and `unavailable` when a question has `per`.
  @Test func theItemsCSVHasTheNormalisedValue() throws {
    let lines = try Self.report("beta-2025-3").itemsCSV().components(separatedBy: "\r\n")
    #expect(
      lines[0].hasSuffix(",question_number,evidence_checked,normalized,per,unavailable"),
      "\(lines[0])")
    #expect(lines[3].hasPrefix("f,sanctions,"))
    #expect(lines[3].hasSuffix(",3,,,staff,unknown"), "\(lines[3])")
    let alpha = try Self.report("alpha-2024").itemsCSV().components(separatedBy: "\r\n")
    #expect(alpha[3].hasSuffix(",3,,1.5,staff,"), "\(alpha[3])")
    #expect(alpha[5].hasSuffix(",5,,,,"), "\(alpha[5])")
  }

  /// The Questions sheet has the normalised value and what it is per after the unit.
  @Test func theQuestionsSheetHasTheNormalisedValue() throws {
    let sheet = try Self.report("alpha-2024").workbook().sheets[1]
    let headers = sheet.columns.map(\.header)
    let normalized = try #require(headers.firstIndex(of: "Normalised"))
    #expect(headers[normalized - 1] == "Unit" && headers[normalized + 1] == "Per")
    #expect(sheet.rows[2][normalized] == .number(1.5, .score))
    #expect(sheet.rows[2][normalized + 1] == .text("per 100\u{A0}staff"))
    #expect(sheet.rows[3][normalized] == .number(0.2, .fraction))
    #expect(sheet.rows[4][normalized] == .empty)
    let unknown = try Self.report("beta-2025-3").workbook().sheets[1]
    #expect(unknown.rows[2][normalized] == .empty)
    #expect(
      unknown.rows[2][normalized + 1]
        == .text("per 100\u{A0}staff: not available (Q5 answered “don't know”)"))
  }

  /// A questionnaire without `per` has none of these columns: its reports are as before.
  @Test func withoutPerNothingChanges() throws {
    let report = try ScoreReportTests.report()
    #expect(!report.workbook().sheets[1].columns.map(\.header).contains("Normalised"))
    #expect(!report.itemsCSV().contains("normalized"))
  }

  // MARK: compare

  static func compare(minimumRespondents: Int = 1, language: String = "en") throws
    -> CompareReport
  {
    let cache = try QuestionnaireCache(
      explicitPaths: [UserPath(folder.appendingPathComponent("questionnaire.yaml").path)])
    let input = ComparisonLoader(questionnaires: cache, workers: 1).load(
      ResponseWalk([UserPath(folder.appendingPathComponent("responses").path)]))
    let questionnaire = try #require(input.uses.newest.flatMap { input.questionnaires[$0] })
      .questionnaire
    return CompareReport(
      Comparator.compare(
        input.tally, questionnaire: questionnaire,
        options: ComparisonOptions(minimumRespondents: minimumRespondents)),
      language: language)
  }

  @Test func compareShowsTheMeanOfTheNormalisedValuesPerGroup() throws {
    let markdown = try Self.compare().markdown()
    #expect(markdown.contains("## Key figures, normalised\n"), "\(markdown)")
    #expect(markdown.contains("| Administration | Round | Q3 | Q4 |\n"))
    // 2.75 to one decimal; 0.05 with two, below 1; Gamma has none.
    #expect(markdown.contains("| Alpha | 2024 | 1.5 | 0.20 |\n"))
    #expect(markdown.contains("| Beta | 2025 | 2.8 | 0.05 |\n"))
    #expect(markdown.contains("| Gamma | 2025 | — | — |\n"))
    #expect(
      markdown.contains(
        "Q3 = How many sanctions last year? (per 100\u{A0}staff) · Q4 = How many cases last year? (per 10\u{A0}staff)"
      ))
    let french = try Self.compare(language: "fr").markdown()
    #expect(french.contains("## Chiffres clés rapportés\n"))
    #expect(french.contains("| Beta | 2025 | 2,8 | 0,05 |\n"), "\(french)")
    let table = try Self.compare().table(style: .plain, width: 100)
    #expect(
      table.range(
        of: #"Q3 sanctions per 100.staff\s+1\.5\s+2\.8\s+—"#, options: .regularExpression)
        != nil, "\(table)")
  }

  @Test func compareJSONHasEachGroupsMeanAndCount() throws {
    let text = String(decoding: try Self.compare().jsonBytes(), as: UTF8.self)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let figures = try #require(object["figures"] as? [[String: Any]])
    #expect(figures.map { $0["question"] as? String } == ["sanctions", "cases"])
    #expect(figures.map { $0["per"] as? String } == ["staff", "staff"])
    #expect(figures.map { $0["label"] as? String } == ["per 100 staff", "per 10 staff"])
    let groups = try #require(object["groups"] as? [[String: Any]])
    let beta = try #require(groups[1]["figures"] as? [String: [String: Any]])
    #expect(abs((beta["sanctions"]?["normalized"] as? Double ?? 0) - 2.75) < 1e-12)
    #expect(beta["sanctions"]?["n"] as? Int == 2)
    let gamma = try #require(groups[2]["figures"] as? [String: [String: Any]])
    #expect(gamma["cases"]?["normalized"] is NSNull && gamma["cases"]?["n"] as? Int == 0)
  }

  /// A suppressed group's means are hidden, as its scores are.
  @Test func aSuppressedGroupsFiguresAreHidden() throws {
    let report = try Self.compare(minimumRespondents: 2)
    let markdown = report.markdown()
    #expect(markdown.contains("| Alpha | 2024 | — | — |\n"), "\(markdown)")
    #expect(markdown.contains("| Beta | 2025 | 2.8 | 0.05 |\n"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.jsonBytes())) as? [String: Any])
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups[0]["figures"] == nil && groups[1]["figures"] != nil)
  }

  @Test func compareWorkbookHasAKeyFiguresSheet() throws {
    let sheets = try Self.compare().workbook().sheets
    let sheet = try #require(sheets.last)
    #expect(sheet.name == "Key figures")
    #expect(
      sheet.columns.map(\.header)
        == [
          "Administration", "Round", "Q3 sanctions per 100\u{A0}staff",
          "Q4 cases per 10\u{A0}staff",
        ])
    #expect(sheet.rows[1][2] == .number(2.75, .score))
    #expect(sheet.rows[2][2] == .number(nil, .score))
  }
}
