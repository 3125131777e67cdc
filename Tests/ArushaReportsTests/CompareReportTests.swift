import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaTestSupport
import ArushaText
import Foundation
import Testing

/// The reports of `arusha compare` on the hand-computed fixture of ComparisonTests.
@Suite struct CompareReportTests {
  static let fixtures = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/compare")

  static func input(
    workers: Int = 2, chunkSize: Int = 16, filter: ResponseFilter = ResponseFilter(),
    folders: [String] = ["responses"]
  ) throws -> ComparisonInput {
    let cache = try QuestionnaireCache(
      explicitPaths: ["questionnaire.yaml", "questionnaire-v2.yaml"].map {
        UserPath(fixtures.appendingPathComponent($0).path)
      })
    let loader = ComparisonLoader(
      questionnaires: cache, filter: filter, workers: workers, chunkSize: chunkSize)
    return loader.load(
      ResponseWalk(folders.map { UserPath(fixtures.appendingPathComponent($0).path) }))
  }

  static func comparison(_ options: ComparisonOptions = ComparisonOptions()) throws -> Comparison {
    let input = try input()
    let located = try #require(input.uses.newest.flatMap { input.questionnaires[$0] })
    return Comparator.compare(input.tally, questionnaire: located.questionnaire, options: options)
  }

  static func report(_ options: ComparisonOptions = ComparisonOptions(), language: String? = nil)
    throws -> CompareReport
  {
    CompareReport(try comparison(options), language: language)
  }

  /// A comparison of `count` administrations with made-up scores, for layout and escaping.
  static func synthetic(_ names: [String], rounds: [String] = ["2020", "2024"]) throws
    -> CompareReport
  {
    var tally = ComparisonTally()
    for (index, name) in names.enumerated() {
      for (step, round) in rounds.enumerated() {
        let base = Double((index * 7 + step * 11) % 100)
        tally.add(
          ResponseSummary(
            administration: name, round: round, overall: base,
            scores: ["alpha": base, "beta": 100 - base]))
      }
    }
    return try report(tally)
  }

  /// The report of `tally` compared on the fixture questionnaire, default options.
  static func report(_ tally: ComparisonTally, language: String? = nil) throws -> CompareReport {
    let questionnaire = try #require(
      QuestionnaireDecoder().decode(
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent("questionnaire.yaml")))
      ).questionnaire)
    return CompareReport(
      Comparator.compare(tally, questionnaire: questionnaire, options: ComparisonOptions()),
      language: language)
  }

  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// The keys of each object at `depth` 1 in the order written (JSONSerialization loses it).
  static func topLevelKeys(_ text: String) -> [String] {
    text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
      String($0.dropFirst(3).prefix { $0 != "\"" })
    }
  }

  @Test func jsonHasTheShapeAndFiguresOfScoringMd() throws {
    let text = try Self.report().json()
    #expect(
      Self.topLevelKeys(text) == [
        "questionnaire", "compared_scores", "factors", "groups", "changes", "peers", "history",
      ])
    let history = try #require(try Self.object(text)["history"] as? [[String: Any]])
    #expect(
      history.map { $0["administration"] as? String } == [
        "Benin", "Niger", "Togo", "Zambia", "Éthiopie",
      ])
    #expect(history.first?["rounds"] as? [String] == ["2020", "2022", "2024"])
    #expect((history.first?["scores"] as? [String: Any])?.keys.sorted() == ["alpha", "beta"])
    let object = try Self.object(text)
    #expect(
      (object["questionnaire"] as? [String: String]) == ["id": "compare-fixture", "version": "1"])
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.count == 9)
    // Benin 2024: (100 + 75 + 100) / 3 unrounded; a peer group, so it has a position.
    let benin = groups[2]
    #expect(benin["administration"] as? String == "Benin" && benin["round"] as? String == "2024")
    #expect(abs(((benin["scores"] as? [String: Double])?["alpha"] ?? 0) - 275.0 / 3) < 1e-9)
    #expect(abs((benin["overall"] as? Double ?? 0) - 250.0 / 3) < 1e-9)
    #expect((benin["position"] as? [String: String]) == ["alpha": "above", "beta": "near"])
    #expect(benin["strengths"] as? [String] == ["alpha", "beta"])
    // Benin 2020 is not a peer group: no position key at all.
    #expect(groups[0]["position"] == nil)
    // Togo 2024's beta is null, in scores and (as a peer? no: 2024-2 is Togo's latest) nowhere else.
    #expect((groups[5]["scores"] as? [String: Any])?["beta"] is NSNull)
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.map { $0["administration"] as? String } == ["Benin", "Niger", "Togo"])
    let niger = try #require(changes[1]["scores"] as? [String: [String: Any]])
    #expect(
      niger["beta"]?["delta"] as? Double == -12.5
        && niger["beta"]?["direction"] as? String == "down")
    #expect(niger["alpha"]?["direction"] as? String == "stable")
    let togo = try #require(changes[2]["scores"] as? [String: [String: Any]])
    #expect(togo["beta"]?["delta"] is NSNull && togo["beta"]?["direction"] is NSNull)
    // Nothing was scored through a map: every group's `mapped_from` is empty, every
    // response answered all it was shown (coverage 1), and no change is mapped.
    #expect(groups.allSatisfy { ($0["mapped_from"] as? [String]) == [] })
    #expect(groups.allSatisfy { $0["coverage"] as? Double == 1 })
    #expect(changes.allSatisfy { $0["mapped"] as? Bool == false })
    let peers = try #require(object["peers"] as? [String: Any])
    #expect(peers["round"] is NSNull)
    let overall = try #require(peers["overall"] as? [String: Any])
    #expect(overall["n"] as? Int == 5 && overall["median"] as? Double == 75)
    #expect(abs((overall["mean"] as? Double ?? 0) - 196.25 / 3) < 1e-9)
    expectSnapshot(text, named: "compare.json")
  }

  /// Issue 23: a list in a sentence or a cell is separated as the report's language writes
  /// it, « a ; b » in French (a narrow no-break space before `;`), in every format for people;
  /// the CSV for tools keeps `; `.
  @Test func listsOfSignersAreSeparatedInTheReportLanguage() throws {
    var options = ComparisonOptions()
    options.checksSignatures = true
    var comparison = try Self.comparison(options)
    comparison.groups[0].signers = ["Benin Customs", "Benin DG"]
    comparison.groups[0].signed = 2
    let french = CompareReport(comparison, language: "fr")
    let separated = "Benin Customs\u{202F}; Benin DG"
    #expect(french.markdown().contains(separated))
    // Each name a run of its own: isolated alone when it holds a right-to-left letter.
    #expect(french.html().contains(separated))
    // The terminal's matrix still cuts a long cell (issue 23 lists it); its separator is French.
    #expect(french.table(style: .plain, width: 200).contains("Benin Customs\u{202F}; B"))
    let parts = ReportFormatSnapshotTests.parts(french.workbook())
    #expect(parts.contains(separated))
    #expect(french.csv().contains(",\"Benin Customs; Benin DG\","))
    #expect(
      CompareReport(comparison, language: "en").markdown().contains("Benin Customs; Benin DG"))
  }

  /// Issue 23: the CSV says which groups are suppressed in a column of its own (the last),
  /// not only by empty figures, which an unscored factor also has.
  @Test func csvMarksSuppressedGroupsInTheLastColumn() throws {
    let lines = try Self.report(ComparisonOptions(minimumRespondents: 2)).csv()
      .components(separatedBy: "\r\n")
    #expect(lines[0].hasSuffix(",signers,evidence_checked,suppressed"))
    // Benin 2022 has one respondent: below 2, its figures are empty and it is suppressed.
    #expect(lines.contains("Benin,2022,1,,,,Overall,,,,,,,,,0,,,true"), "\(lines)")
    #expect(lines.contains("Benin,2022,1,,,alpha,Alpha,,,,,,,,,0,,,true"), "\(lines)")
    #expect(
      lines.contains { $0.hasPrefix("Benin,2024,3,0,0,,Overall,") && $0.hasSuffix(",false") })
    // Without the threshold, Togo 2024's beta has no score (all `na`) yet is not suppressed:
    // the column tells the two apart.
    let all = try Self.report().csv().components(separatedBy: "\r\n")
    #expect(all.contains("Togo,2024,1,0,1,beta,Beta,,,,,,1,,,0,,,false"), "\(all)")
  }

  @Test func suppressedGroupsHaveNoScoresAndBaselineChanges() throws {
    let text = try Self.report(ComparisonOptions(minimumRespondents: 2, baseline: "2020")).json()
    let object = try Self.object(text)
    let groups = try #require(object["groups"] as? [[String: Any]])
    let suppressed = groups.filter { $0["suppressed"] as? Bool == true }
    #expect(suppressed.count == 5)
    #expect(
      suppressed.allSatisfy {
        Set($0.keys) == [
          "administration", "round", "respondents", "suppressed", "mapped_from", "duplicates",
        ]
      })
    // The suppressed group's members, in the order of scoring.md, then its mapped source
    // versions (trust-and-continuity.md), which are not a score, and its files left out as
    // copies (issue 22).
    #expect(
      text.contains(
        """
        {
              "administration": "Niger",
              "round": "2",
              "respondents": 1,
              "suppressed": true,
              "mapped_from": [],
              "duplicates": 0
            }
        """))
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.count == 1 && changes[0]["from"] as? String == "2020")
    // 250/3 − 56.25 = 81.25/3.
    let overall = try #require(changes[0]["overall"] as? [String: Any])
    #expect(abs((overall["delta"] as? Double ?? 0) - 81.25 / 3) < 1e-9)
    expectSnapshot(text, named: "compare-suppressed.json")
  }

  @Test func peersOfOneRoundInJSON() throws {
    let object = try Self.object(try Self.report(ComparisonOptions(round: "2020")).json())
    let peers = try #require(object["peers"] as? [String: Any])
    #expect(peers["round"] as? String == "2020")
    let alpha = try #require((peers["scores"] as? [String: [String: Any]])?["alpha"])
    // (62.5 + 75) / 2: the even-count median.
    #expect(alpha["n"] as? Int == 2 && alpha["median"] as? Double == 68.75)
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(
      groups.filter { $0["position"] != nil }.map { $0["administration"] as? String } == [
        "Benin", "Zambia",
      ])
  }

  @Test func anonymizedInEveryFormat() throws {
    let report = try Self.report(ComparisonOptions(anonymize: true))
    let outputs = [
      report.json(), report.csv(), report.markdown(), report.html(),
      report.table(style: .plain, width: 100),
    ]
    for output in outputs {
      for name in ["Benin", "Niger", "Togo", "Zambia", "Éthiopie"] {
        #expect(!output.contains(name), "\(name) in \(output.prefix(80))")
      }
      #expect(output.contains("A5"))
    }
  }

  @Test func tableFitsTheWidthAndSplitsManyGroups() throws {
    let report = try Self.synthetic(
      (1...12).map { "Direction générale des douanes n° \($0)" })
    let table = report.table(style: .plain, width: 100)
    for line in table.split(separator: "\n") {
      #expect(line.count <= 100, "\(line.count): \(line)")
    }
    // Names too long for a column are never cut (issue 23: "Directi…gascar"): the columns
    // are labelled G1, G2…, under a legend with each group's whole name and round, and
    // narrower labelled columns put more groups side by side: 24 groups in three blocks.
    #expect(table.components(separatedBy: "\nRespondents").count - 1 == 3, "\(table)")
    #expect(!table.contains("…"), "\(table)")
    #expect(table.contains("\nG1   Direction générale des douanes n° 1, round "), "\(table)")
    #expect(
      table.contains("\nG7   Direction générale des douanes n° 12, round 2020\n"), "\(table)")
    #expect(
      table.contains("\nG24  Direction générale des douanes n° 9, round 2024\n"), "\(table)")
    let heading = try #require(
      table.split(separator: "\n").first { $0.contains("G1 ") && $0.contains("G2 ") })
    #expect(heading.contains("G8"), "\(heading)")
    // The changes are labelled Δ1…, so a label never names a group in one matrix and a
    // change in the next.
    #expect(table.contains("\nΔ1   Direction générale des douanes n° 1 · "), "\(table)")
    // A wide terminal shows every name whole, and the factor labels too (issue 14).
    let few = try Self.synthetic(["Kenya Revenue Authority", "Direction générale des douanes"])
    let wide = few.table(style: .plain, width: 200)
    #expect(wide.contains("Kenya Revenue Authority") && !wide.contains("…"), "\(wide)")
    expectSnapshot(
      try Self.report().table(style: .plain, width: 100), named: "compare-table-en.txt")
    expectSnapshot(
      try Self.report(language: "fr").table(style: .plain, width: 80), named: "compare-table-fr.txt"
    )
  }

  @Test func colourOnlyWhenAsked() throws {
    let report = try Self.report()
    #expect(!report.table(style: .plain).contains("\u{1B}"))
    let coloured = report.table(style: TextStyle(colour: true))
    // 91.7 is Advanced (the last level): green.
    #expect(coloured.contains("\u{1B}[32m    91.7▲\u{1B}[0m"))
  }

  @Test func markdownInBothLanguages() throws {
    expectSnapshot(try Self.report().markdown(), named: "compare-en.md")
    let french = try Self.report(language: "fr").markdown()
    #expect(french.contains("## Pairs\u{A0}: dernier cycle de chaque administration (5 groupes)"))
    #expect(french.contains("## Historique\u{A0}: le score global cycle par cycle"))
    #expect(french.contains("| Administration | Cycle | Points forts | Axes d’amélioration |"))
    expectSnapshot(french, named: "compare-fr.md")
  }

  @Test func csvIsLongFormNeutralisedAndUnrounded() throws {
    let csv = try Self.report().csv()
    let lines = csv.split(separator: "\r\n").map(String.init)
    #expect(
      lines[0]
        == "\u{FEFF}administration,round,respondents,unsupported,na,factor,title,score,level,position,delta,mapped_from,coverage,delta_mapped,signed,duplicates,signers,evidence_checked,suppressed"
    )
    // Each of the 9 groups: its overall row, then one row per factor (issue 14).
    #expect(lines.count == 1 + 9 * 3)
    #expect(
      lines.contains(
        "Benin,2024,3,0,0,alpha,Alpha,91.66666666666667,Advanced,above,16.66666666666667,,1,false,,0,,91.66666666666667,false"
      )
    )
    // Togo 2024's beta is all `na`: no score, yet nothing is missing, so its coverage is 1;
    // its one `na` answer is counted in the group's `na` column (issue 24).
    #expect(lines.contains("Togo,2024,1,0,1,beta,Beta,,,,,,1,,,0,,,false"))
    #expect(
      lines.contains { $0.hasPrefix("Benin,2024,3,0,0,,Overall,83.33333333333") }, "\(lines)")
    let evil = try Self.synthetic(["=HYPERLINK(\"http://x\")", "+1, \"quoted\""]).csv()
    #expect(evil.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",2020,"))
    #expect(evil.contains("\r\n\"'+1, \"\"quoted\"\"\",2020,"))
    expectSnapshot(csv, named: "compare.csv")
  }

  @Test func htmlIsSelfContainedBalancedAndEscaped() throws {
    let page = try Self.synthetic(["<script>alert('x')</script> & \u{1B}[31mco", "Niger"]).html()
    // A name: ESC shown as ␛ (issue 22).
    #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ␛[31mco"))
    #expect(!page.contains("<script") && !page.contains("\u{1B}"))
    for external in ["src=", "href=", "url(", "@import", "<link"] {
      #expect(!page.contains(external), "external reference \(external)")
    }
    #expect(HTMLBalance.unbalancedTags(page).isEmpty, "\(HTMLBalance.unbalancedTags(page))")
    let fixture = try Self.report().html()
    #expect(HTMLBalance.unbalancedTags(fixture).isEmpty, "\(HTMLBalance.unbalancedTags(fixture))")
    // The heatmap: 91.7 → hue 110; bars (two factors), the peer median's long dashes; a bar
    // per delta; one chart of changes per administration.
    #expect(fixture.contains("style=\"background: hsl(110, 70%, 84%); white-space: nowrap;"))
    #expect(fixture.contains("stroke-dasharray=\"7 4\"><title>Peer median: "))
    #expect(fixture.contains("<title>Niger, 2. Beta: −12.5</title></rect>"))
    #expect(fixture.components(separatedBy: "<svg class=\"bars\"").count - 1 == 1)
    #expect(
      fixture.components(separatedBy: "<svg class=\"changes\"").count - 1
        == (try Self.comparison()).changes.count)
  }

  @Test func theSameFiguresWhateverTheThreadsAndChunks() throws {
    let one = try Self.input(workers: 1, chunkSize: 1)
    let many = try Self.input(workers: 4, chunkSize: 1)
    #expect(one.tally == many.tally)
    #expect(one.problems.isEmpty && one.counted == 14 && one.incomplete == 1 && one.files == 15)
    let chunked = try Self.input(workers: 3, chunkSize: 4)
    #expect(Set(chunked.tally.groups.keys) == Set(one.tally.groups.keys))
    let management = try Self.input(filter: ResponseFilter(role: "management"))
    #expect(management.otherRole == 2 && management.counted == 12)
  }

  @Test func walkFindsEachFileOnceInOrder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-walk-\(UUID().uuidString)")
    for path in [
      "b/2.yaml", "b/10.yml", "a.yaml", ".hidden/x.yaml", "b/.x.yaml", "c.txt", "b/c/d.yaml",
    ] {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("x".utf8).write(to: url)
    }
    let root = folder.path
    let walk = ResponseWalk(
      [root + "/b/2.yaml", root, root + "/b", root + "/missing.yaml"].map { UserPath($0) })
    var found: [ResponseWalk.Candidate] = []
    while true {
      let (_, files) = walk.next(2)
      if files.isEmpty { break }
      found += files
    }
    #expect(
      found.map { $0.path.shown.replacingOccurrences(of: root, with: "") } == [
        "/b/2.yaml", "/a.yaml", "/b/10.yml", "/b/c/d.yaml", "/missing.yaml",
      ])
    #expect(found.map(\.inFolder) == [false, true, true, true, false])
    #expect(walk.errors.isEmpty && walk.count == 5)
  }
}
