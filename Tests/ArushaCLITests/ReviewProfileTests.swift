import ArushaTestSupport
import Foundation
import Testing

/// Issue 24, "Done when": the three profiles of the 2027.1 expert review, scored against a test
/// copy of RAD 2027.1 that sets `critical_below: 0.5` and `unsupported_indicative: 0.1`
/// (`Fixtures/profiles`, written by its `make-profiles.py`), through the command line.
@Suite struct ReviewProfileTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/profiles")

  /// `score --format json` of a profile, against the keyed copy or the released file.
  static func json(_ profile: String, released: Bool = false) throws -> [String: Any] {
    let questionnaire =
      released
      ? TestPaths.questionnaires.appendingPathComponent("revised-arusha-declaration-2027.1.yaml")
        .path
      : folder.appendingPathComponent("rad-2027.1-keyed.yaml").path
    let result = try runArushaInProcess(
      ["score", "\(profile).yaml", "--questionnaire", questionnaire, "--format", "json"]
        + (released ? ["--accept-questionnaire-mismatch"] : []),
      directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  /// The plan's and the annex's lengths (`score --action-plan --format csv`, default `--top`).
  static func planLengths(_ profile: String) throws -> (plan: Int, annex: Int) {
    let result = try runArushaInProcess(
      [
        "score", "\(profile).yaml", "--questionnaire", "rad-2027.1-keyed.yaml",
        "--action-plan", "--format", "csv",
      ], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let rows = result.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    let annex = rows.filter { $0.hasSuffix(",true") }.count
    return (rows.count - annex, annex)
  }

  /// The question ids of the plan's rows, in order (the annex left out), from its CSV.
  static func planOrder(_ profile: String) throws -> [String] {
    let result = try runArushaInProcess(
      [
        "score", "\(profile).yaml", "--questionnaire", "rad-2027.1-keyed.yaml",
        "--action-plan", "--format", "csv",
      ], directory: folder)
    let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map(fields)
    let header = try #require(rows.first)
    let id = try #require(header.firstIndex(of: "question_id"))
    let annex = try #require(header.firstIndex(of: "annex"))
    return rows.dropFirst().filter { $0[annex] == "false" }.map { $0[id] }
  }

  /// The fields of one CSV line (RFC 4180 quoting).
  static func fields(_ line: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var previous: Character?
    for character in line {
      if character == "\"" {
        if quoted, previous == "\"" { field.append("\"") }
        quoted.toggle()
      } else if character == ",", !quoted {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
      previous = character
    }
    fields.append(field)
    return fields
  }

  /// The factor with `id`'s figures.
  static func factor(_ report: [String: Any], _ id: String) throws -> [String: Any] {
    let factors = try #require(report["factors"] as? [[String: Any]])
    return try #require(factors.first { $0["id"] as? String == id })
  }

  /// The copy is the released file with the two keys added after `critical_cap: 49`, so that
  /// it cannot drift from what is released.
  @Test func theTestCopyIsTheReleasedFileWithTheTwoKeys() throws {
    let released = try String(
      contentsOf: TestPaths.questionnaires.appendingPathComponent(
        "revised-arusha-declaration-2027.1.yaml"), encoding: .utf8)
    let copy = try String(
      contentsOf: Self.folder.appendingPathComponent("rad-2027.1-keyed.yaml"), encoding: .utf8)
    #expect(
      copy
        == released.replacingOccurrences(
          of: "  critical_cap: 49\n",
          with: "  critical_cap: 49\n  critical_below: 0.5\n  unsupported_indicative: 0.1\n"))
  }

  /// Weak: eight critical gaps with the keys, none under the old rule; a plan of 23.
  ///
  /// A speech, a draft code, nothing published: every scale at level 1; one free channel,
  /// item score 1/10. With `critical_below: 0.5` the eight critical questions at
  /// level 1 or below are gaps; the released file's old rule (only 0) found none. The plan:
  /// the 8 critical gaps and the next 15, 23 rows; the other 69 gaps in the annex.
  @Test func theWeakProfileHasItsCriticalGapsAndAPlanOf23() throws {
    let keyed = try Self.json("weak")
    #expect(
      keyed["critical"] as? [String] == [
        "leadership.executive-ownership", "transparency.published-rules",
        "audit-investigation.reporting-channels", "audit-investigation.reporter-protection",
        "audit-investigation.investigation-mandate", "audit-investigation.investigation-procedure",
        "audit-investigation.disciplinary-independence", "code-of-conduct.code-exists",
      ])
    #expect((try Self.json("weak", released: true))["critical"] as? [String] == [])
    // The one claim that expects evidence (the free channel) has none: 1 of 1 > 0.1.
    let overall = try #require(keyed["overall"] as? [String: Any])
    #expect(overall["expecting_evidence"] as? Int == 1 && overall["indicative"] as? Bool == true)
    #expect((keyed["na"] as? [[String: Any]])?.count == 1)
    #expect(
      keyed["relative_strengths"] as? [String] == ["automation", "regulatory-framework", "hr"])
    #expect(try Self.planLengths("weak") == (25, 67))
    // A follow-up builds on what it follows: the resources of a strategy (absent, 0) come
    // right after the strategy itself (level 1), pulled into the plan with it, and so on.
    let plan = try Self.planOrder("weak")
    for (foundation, follow) in [
      ("leadership.integrity-strategy", "leadership.strategy-resources"),
      ("automation.audit-trail", "automation.override-review"),
    ] {
      let (first, then) = (plan.firstIndex(of: foundation), plan.firstIndex(of: follow))
      #expect(first != nil && then != nil && first! < then!, "\(foundation) \(follow)")
    }
  }

  /// Middling: two critical gaps; a plan of 17.
  ///
  /// Reporter protection at 0 and the channel independent and free (3 + 1 of 10 =
  /// 0.4, below 0.5) are the two critical gaps; every claim of level 3 has its evidence, so
  /// the evidence-checked score is the declared one. The plan: 2 + 15 = 17 rows.
  @Test func theMiddlingProfileHasTwoCriticalGapsAndAPlanOf17() throws {
    let report = try Self.json("middling")
    #expect(
      report["critical"] as? [String] == [
        "audit-investigation.reporting-channels", "audit-investigation.reporter-protection",
      ])
    let overall = try #require(report["overall"] as? [String: Any])
    #expect(overall["evidence_checked"] as? Double == overall["score"] as? Double)
    #expect(overall["expecting_evidence"] as? Int == 4 && overall["indicative"] as? Bool == false)
    #expect(try Self.planLengths("middling") == (17, 75))
  }

  /// Strong without evidence: the evidence-checked scores fall to level 2.
  ///
  /// Level 4 everywhere but post-employment (1), every channel, every "yes", no evidence.
  /// Declared, leadership scores 100; evidence-checked, every level
  /// 4 counts as 2: exactly 50. In audit and investigation the channels (weight 2 of 22) count
  /// as the empty selection: 50 × 20 / 22 = 45.45…, a critical gap in the checked pipeline
  /// but below the cap already; the critical list (declared) stays empty. 91 of 91 claims
  /// are unsupported: indicative. One gap (post-employment): a plan of 1.
  @Test func theStrongProfileWithoutEvidenceIsCheckedDown() throws {
    let report = try Self.json("strong")
    let leadership = try Self.factor(report, "leadership")
    #expect(
      leadership["score"] as? Double == 100 && leadership["evidence_checked"] as? Double == 50)
    let audit = try Self.factor(report, "audit-investigation")
    let checked = try #require(audit["evidence_checked"] as? Double)
    #expect(abs(checked - 50.0 * 20 / 22) < 1e-9)
    // morale-culture: the survey "yes" (1 question of 9, weight 1 of 9) counts as no.
    let morale = try #require(Self.factor(report, "morale-culture")["evidence_checked"] as? Double)
    #expect(abs(morale - 50.0 * 8 / 9) < 1e-9)
    #expect(report["critical"] as? [String] == [])
    let overall = try #require(report["overall"] as? [String: Any])
    #expect(overall["expecting_evidence"] as? Int == 91)
    #expect((report["unsupported"] as? [String])?.count == 91)
    #expect(overall["indicative"] as? Bool == true)
    #expect(try Self.planLengths("strong") == (1, 0))
    let explain = try runArushaInProcess(
      [
        "explain", "strong.yaml", "leadership", "--questionnaire", "rad-2027.1-keyed.yaml",
        "--format", "markdown",
      ], directory: Self.folder)
    #expect(
      explain.stdout.contains(
        "Score 100.0 · weighted mean of the item scores · Evidence-checked 50.0"),
      "\(explain.stdout)")
  }

  /// From the review of this stop: the strong plan (one gap) also says that 91 answers lack
  /// their evidence; a plan without a critical gap does not speak of critical gaps; a key
  /// figure that cannot be counted reads "Not available" in the questions' CSV too; `--top
  /// -1` is refused as a value (64), not as a missing one.
  @Test func thePlanSaysWhatEvidenceIsMissingAndItsScopeFitsTheResponse() throws {
    let strong = try runArushaInProcess(
      [
        "score", "strong.yaml", "--questionnaire", "rad-2027.1-keyed.yaml", "--action-plan",
        "--lang", "fr",
      ], directory: Self.folder)
    #expect(
      strong.stdout.contains(
        "> 91 réponses sur 91 appelant un justificatif n’en ont pas. Ce plan part des réponses déclarées"
      ), "\(strong.stdout)")
    let middling = try runArushaInProcess(
      [
        "score", "middling.yaml", "--questionnaire", "rad-2027.1-keyed.yaml", "--action-plan",
        "--top", "2",
      ], directory: Self.folder)
    #expect(middling.stdout.contains("Every critical gap, the next 2 priority gaps"))
    let weakItems = try runArushaInProcess(
      [
        "score", "weak.yaml", "--questionnaire", "rad-2027.1-keyed.yaml", "--format", "csv",
        "--items",
      ], directory: Self.folder)
    #expect(
      weakItems.stdout.components(separatedBy: "\r\n").contains {
        $0.contains("audit-investigation.reports-received")
          && $0.contains(",Not available,unknown,")
      }, "\(weakItems.stdout)")
    let negative = try runArushaInProcess(
      [
        "score", "weak.yaml", "--questionnaire", "rad-2027.1-keyed.yaml", "--action-plan",
        "--top", "-1",
      ], directory: Self.folder)
    #expect(negative.status == 64 && negative.stderr.contains("--top must be 0 or more"))
  }

  /// compare marks a group whose responses' overall scores are indicative as `score` does:
  /// the strong profile (91 of 91 claims without evidence) and the weak one (1 of 1), not the
  /// middling one (0 of 4); JSON `indicative` counts the responses, the pages mark `*`.
  @Test func compareMarksTheIndicativeGroups() throws {
    let arguments = [
      "compare", "weak.yaml", "middling.yaml", "strong.yaml", "--questionnaire",
      "rad-2027.1-keyed.yaml",
    ]
    let result = try runArushaInProcess(arguments + ["--format", "json"], directory: Self.folder)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(
      groups.map { "\($0["administration"] as? String ?? "") \($0["indicative"] as? Int ?? -1)" }
        == ["Middling Customs 0", "Strong Customs 1", "Weak Customs 1"])
    let markdown = try runArushaInProcess(
      arguments + ["--format", "markdown"], directory: Self.folder)
    #expect(markdown.stdout.contains("| Strong Customs | 2026 |"))
    #expect(markdown.stdout.contains("**99.3** *"), "\(markdown.stdout)")
    #expect(markdown.stdout.contains("* Indicative: some of the group's responses"))
  }
}
