import ArushaCore
import ArushaReports
import ArushaTestSupport
import ArushaText
import Foundation
import Testing

@Suite struct ScoreReportTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/scoring")

  static func report(
    language: String? = nil, edit: (inout Response) -> Void = { _ in },
    editQuestionnaire: (inout Questionnaire) -> Void = { _ in }
  ) throws -> ScoreReport {
    var questionnaire = try #require(
      QuestionnaireDecoder().decode(
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
      ).questionnaire)
    editQuestionnaire(&questionnaire)
    let header = try #require(
      ResponseDecoder.header(
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("response.yaml")))
      ).header)
    var response = try #require(
      ResponseDecoder.decode(header, questionnaire: questionnaire).response)
    edit(&response)
    return ScoreReport(questionnaire: questionnaire, response: response, language: language)
  }

  @Test func jsonMatchesScoringMdToOneBillionth() throws {
    let text = try Self.report().json()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let overall = try #require(object["overall"] as? [String: Any])
    // (2 × 1075/18 + 0 + 87.5) / 4, worked out in ScoringTests.
    #expect(abs((overall["score"] as? Double ?? 0) - 1862.5 / 36) < 1e-9)
    #expect(overall["level"] as? String == "Established")
    let factors = try #require(object["factors"] as? [[String: Any]])
    #expect(factors.map { $0["id"] as? String } == ["alpha", "beta", "gamma", "delta"])
    #expect(abs((factors[0]["score"] as? Double ?? 0) - 1075.0 / 18) < 1e-9)
    #expect(abs((factors[0]["coverage"] as? Double ?? 0) - 5.0 / 6) < 1e-9)
    #expect(
      factors[2]["score"] is NSNull && factors[2]["coverage"] is NSNull
        && factors[2]["level"] is NSNull)
    #expect(factors[1]["improvement"] as? Bool == true && factors[3]["strength"] as? Bool == true)
    #expect(
      ["answered", "unknown", "na", "missing"].map { factors[0][$0] as? Int } == [4, 1, 1, 1])
    #expect(object["critical"] as? [String] == ["b2"])
    let gaps = try #require(object["gaps"] as? [[String: Any]])
    #expect(gaps.map { $0["question"] as? String } == ["a6", "b2", "a3", "a1", "b3", "d2", "a4"])
    #expect(abs((gaps[6]["score"] as? Double ?? 0) - 5.0 / 6) < 1e-9)
    // The shape and key order of scoring.md.
    expectSnapshot(text, named: "score.json")
  }

  /// From an expert's review: a score report says its findings in words.
  ///
  /// ▲ said "area for improvement" in a score report and "above the peers" in a comparison
  /// pasted beside it.
  @Test(arguments: ["en", "fr"]) func aFindingIsAWordNotAMarkOfTheComparison(
    language: String
  ) throws {
    let report = try Self.report(language: language)
    let phrases = Phrases(language)
    for (format, text) in [
      ("markdown", report.markdown()), ("html", report.html()),
      ("table", report.table(style: .plain, width: 100)),
    ] {
      #expect(!text.contains("▲") && !text.contains("▼") && !text.contains("★"), "\(format)")
    }
    #expect(report.markdown().contains("| \(phrases.improvementHeader) |"))
    #expect(report.html().contains("<span class=\"strength\">\(phrases.strengthHeader)</span>"))
  }

  @Test func tableAndMarkdownInBothLanguages() throws {
    expectSnapshot(try Self.report().table(style: .plain, width: 80), named: "score-table-en.txt")
    expectSnapshot(
      try Self.report(language: "fr").table(style: .plain, width: 60), named: "score-table-fr.txt")
    expectSnapshot(try Self.report().markdown(), named: "score-en.md")
    expectSnapshot(try Self.report(language: "fr").markdown(), named: "score-fr.md")
  }

  /// Issue 23: the header names the questionnaire's version, when the response was completed
  /// (else last saved) and who answered, in every format for people, from file text made
  /// printable.
  @Test func theHeaderNamesVersionCompletionAndRespondent() throws {
    let edit = { (response: inout Response) in
      response.status = .complete
      response.completed = "2026-11-30T09:15:00Z"
      response.respondent = "Awa\u{1B}[31m Diallo"
      response.role = "تدقيق"
    }
    let english = try Self.report(edit: edit)
    // The escape character shows as ␛ (``PrintableText/name(_:)``); Markdown escapes "[".
    // The date in words, its spaces no-break (issue 23, a francophone review).
    let line =
      "Version 1 · completed 30\u{A0}November\u{A0}2026 · respondent: Awa␛[31m Diallo · role: تدقيق"
    let markdownLine = line.replacingOccurrences(of: "[", with: "\\[")
    #expect(english.markdown().contains("\n\n" + markdownLine + "\n\n"), "\(english.markdown())")
    #expect(english.table(style: .plain, width: 100).contains("\n" + line + "\n"))
    // In HTML a right-to-left value is isolated on its own, not the words around it.
    #expect(english.html().contains("respondent: Awa␛[31m Diallo · role: <bdi>تدقيق</bdi></p>"))
    #expect(
      english.html().replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        .contains(line))
    let french = try Self.report(language: "fr", edit: edit)
    #expect(
      french.markdown().contains(
        "Version 1 · terminée le 30\u{A0}novembre\u{A0}2026 · répondant\u{A0}: Awa␛\\[31m Diallo · fonction\u{A0}: تدقيق"
      ), "\(french.markdown())")
    // In progress, the date is the last save.
    #expect(
      try Self.report().markdown().contains(
        "Version 1 · last saved 2\u{A0}July\u{A0}2024 · role: management"))
  }

  @Test func csvOpensInSpreadsheetsAndNeutralisesFormulas() throws {
    let report = try Self.report { response in
      response.administration = "=HYPERLINK(\"http://x\")"
      response.answers["a1"]?.comment = "+1, \"quoted\"; Évalué"
      response.answers["a2"]?.evidence = "@SUM(A1)"
    }
    let factors = report.factorsCSV()
    #expect(
      factors.hasPrefix("\u{FEFF}administration,round,factor,number,title,score,level,coverage,"))
    #expect(
      factors.contains(
        "\r\n\"'=HYPERLINK(\"\"http://x\"\")\",2024,alpha,,Alpha,59.72222222222223,Established,0.8333333333333334,4,1,1,1,0,false,59.72222222222223,0,false,false,false,59.72222222222223\r\n"
      ))
    let items = report.itemsCSV()
    #expect(items.contains(",\"'+1, \"\"quoted\"\"; Évalué\","))
    #expect(items.contains(",'@SUM(A1),"))
    #expect(
      items.contains(
        "alpha,a4,A4?,multi,2 3,\"Two; Three\",answered,0.8333333333333334,1,false,false,,,,,4,0.8333333333333334\r\n"
      ))
    expectSnapshot(try Self.report().itemsCSV(), named: "score-items.csv")
  }

  @Test func htmlIsSelfContainedWellFormedAndEscaped() throws {
    let page = try Self.report { $0.administration = "<script>alert('x')</script> & \u{1B}[31mco" }
      .html()
    // A name: ESC shown as ␛ (issue 22).
    #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ␛[31mco"))
    #expect(!page.contains("<script"))
    #expect(!page.contains("\u{1B}"))
    for external in ["src=", "href=", "url(", "@import", "<link"] {
      #expect(!page.contains(external), "external reference \(external)")
    }
    #expect(page.contains("<svg class=\"radar\" xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(page.contains("@page { size: A4"))
    #expect(HTMLBalance.unbalancedTags(page).isEmpty, "\(HTMLBalance.unbalancedTags(page))")
    // The strength (75) and improvement (50) rings: radius 170, × 0.75 and × 0.5.
    #expect(page.contains("r=\"127.5\" fill=\"none\" stroke=\"#1a7f37\""))
    #expect(page.contains("r=\"85.0\" fill=\"none\" stroke=\"#b42318\""))
  }

  @Test func actionPlanListsCriticalThenPriorityGapsWithEmptyColumns() throws {
    let report = try Self.report()
    expectSnapshot(report.actionPlanMarkdown(), named: "action-plan.md")
    let csv = report.actionPlanCSV()
    let lines = csv.split(separator: "\r\n")
    #expect(lines.count == 1 + 7)
    // `#` is the place in the plan; the question's number among all questions is appended
    // at the end (issue 23: new CSV columns go at the end), then the target's own description
    // (none here: the fixture's scale has no per-question descriptions) and whether the row
    // is in the annex (issue 24; seven gaps fit in the default plan).
    #expect(lines[1] == "1,beta,Beta,b2,B2?,true,No,Yes,,,,11,,false")
    #expect(lines[2] == "2,alpha,Alpha,a6,A6?,false,Don't know / no evidence,Planned,,,,6,,false")
    #expect(
      lines[7] == "7,alpha,Alpha,a4,A4?,false,\"Two; Three\",To put in place: One,,,,4,,false")
  }

  @Test func terminalOutputHasNoControlCharactersFromFiles() throws {
    let table = try Self.report { $0.administration = "Evil\u{1B}]0;title\u{7}\u{9B}31m Customs" }
      .table(style: .plain)
    #expect(table.contains("Evil␛]0;title␇<U+009B>31m Customs, round 2024"))
    #expect(!table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }
}

/// A small tag-balance check for the generated HTML (void elements excluded).
enum HTMLBalance {
  static let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "!doctype"]

  static func unbalancedTags(_ page: String) -> [String] {
    var stack: [String] = []
    var problems: [String] = []
    var rest = Substring(page)
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { break }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      if tag.hasSuffix("/") { continue }
      let name =
        tag.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map { String($0).lowercased() }
        ?? ""
      if name.hasPrefix("/") {
        if stack.popLast() != String(name.dropFirst()) { problems.append(name) }
      } else if !void.contains(name) {
        stack.append(name)
      }
    }
    return problems + stack
  }
}
