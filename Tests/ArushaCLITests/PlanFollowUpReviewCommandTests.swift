import ArushaTestSupport
import Foundation
import Testing

/// The follow-up's words after the integrity expert's review (issue 27), in every format.
///
/// Through the real binary, on PlanFollowUpCommandTests' fixture with a plan edited so that
/// each new rule shows:
///
/// - ctl's baseline [4] (0.4) → [1, 2] (0.3): declined, and a3 addressing it is done: a
///   contradiction to explain;
/// - rot's baseline 2 (0.5) → 3 (0.75): a4 done improved (+1 level); rev 2 → 2: unchanged;
/// - a5 dropped with target 2 on train (0.5), now 0.5: "level reached (action dropped)"; a6
///   planned, due 2026-07-01, the response completed 2026-07-02: overdue;
/// - targets: lead score 20 by 2026, then (0.25 + 0 + 0.4) / 3 = 21.67: already met at the
///   baseline; hr 55 (41.67 → 58.33) and int Established 50 by 2026 (25 → 75) met: 2 of the 2
///   due and not met at the baseline.
@Suite struct PlanFollowUpReviewCommandTests {
  func workspace() throws -> URL {
    try PlanFollowUpCommandTests().workspace { text in
      var text = text
      for (old, new) in [
        ("overall: 20.555555555555554", "overall: 29.444444444444443"),
        ("lead: 11.666666666666666", "lead: 21.666666666666668"),
        ("    hr: 25\n    int: 25", "    hr: 41.666666666666664\n    int: 25"),
        ("ctl: {value: [1], score: 0.1}", "ctl: {value: [4], score: 0.4}"),
        ("rot: {state: na}", "rot: {value: 2, score: 0.5}"),
        ("rev: {value: 1, score: 0.25}", "rev: {value: 2, score: 0.5}"),
        ("lead: {level: 50, by: \"2026\"}", "lead: {score: 20, by: \"2026\"}"),
        ("int: {level: 75, by: \"2028\"}", "int: {level: 50, by: \"2026\"}"),
        (
          "due: null, target: [4, 1], status: started",
          "due: null, target: [4, 1], status: done"
        ),
        ("due: null, target: 3, status: dropped", "due: 2025-01-01, target: 2, status: dropped"),
        ("due: null, target: 2, status: planned", "due: 2026-07-01, target: 2, status: planned"),
      ] {
        #expect(text.contains(old), "fixture changed: \(old)")
        text = text.replacingOccurrences(of: old, with: new)
      }
      return text
    }
  }

  func score(_ arguments: [String], in folder: URL) throws -> CommandResult {
    let result = try runArusha(
      ["score", "response-2026.yaml", "--plan", "plan-2024.yaml"] + arguments, directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    return result
  }

  /// The follow-up section of a Markdown report, no-break spaces read as spaces.
  func section(_ text: String, _ heading: String) throws -> String {
    let start = try #require(text.range(of: heading))
    return String(text[start.lowerBound...]).replacingOccurrences(of: "\u{A0}", with: " ")
      .replacingOccurrences(of: "\u{202F}", with: " ")
  }

  @Test func markdownInEnglish() throws {
    let folder = try workspace()
    let text = try section(
      try score(["--format", "markdown"], in: folder).stdout, "## Follow-up of the plan")
    for line in [
      "Actions: 4 done, 0 started, 1 planned, 1 dropped. **1 action overdue.**",
      "Factor targets met: 2 of 2 due and not met at the baseline (100%); 1 already met at the baseline.",
      "**Declined (1)**",
      "- **1. Leadership** — Q3 Which controls are in place? · 0.40 → 0.30 (−0.10) · **a3** **(done, practice declined: a contradiction to explain)**",
      "- **a4** — _action not defined_ — Q6 Do posts rotate? · Adopted → Applied (+1 level)",
      "**Planned, started or dropped, practice improved: to explain (2)**",
      "- **a5** — _action not defined_ — Q4 Is staff trained? · Started → Adopted (+1 level) · **Dropped**",
      "| **a5** — _action not defined_ | 4 | Is staff trained? | Dropped | Adopted | level reached (action dropped) | Started | Adopted | +1 level | 2. Human resources: 41.7 → 58.3 (+16.7) |  | 2025-01-01 |",
      "| **a6** — _action not defined_ | 4 | Is staff trained? | Planned **(overdue)** | Adopted | Yes | Started | Adopted | +1 level | 2. Human resources: 41.7 → 58.3 (+16.7) |  | 2026-07-01 |",
      "| 1. Leadership | score 20.0 | 2026 | 21.7 | 35.0 | +13.3 | Already met at the baseline |",
      "| 3. Integrity | Established | 2026 | 25.0 | 75.0 | +50.0 | Met |",
    ] {
      #expect(text.contains(line + "\n"), "missing: \(line)")
    }
    // The lists in the review's order: declined, done not improved, done improved, not done
    // improved, improved with no action.
    let order = [
      "**Declined", "**Done, practice not improved", "**Done, practice improved",
      "**Planned, started or dropped", "**Improved with no action",
    ].compactMap { text.range(of: $0)?.lowerBound }
    #expect(order.count == 5 && order == order.sorted())
    // Item scores never read as percentages.
    #expect(
      !text.split(separator: "\n").contains {
        $0.contains("%") && !$0.hasPrefix("Factor targets met")
      })
  }

  @Test func markdownInFrench() throws {
    let folder = try workspace()
    let text = try section(
      try score(["--format", "markdown", "--lang", "fr"], in: folder).stdout, "## Suivi du plan")
    for line in [
      "Actions : 4 réalisées, 0 engagée, 1 prévue, 1 abandonnée. **1 action en retard.**",
      "Objectifs par facteur atteints : 2 sur 2 échus et non atteints au départ (100 %) ; 1 déjà atteint au départ.",
      "**En recul (1)**",
      "- **1. Conduite** — Q3 Quels contrôles sont en place ? · 0,40 → 0,30 (−0,10) · **a3** **(réalisée, pratique en recul : contradiction à expliquer)**",
      "**Prévues, engagées ou abandonnées, pratique améliorée : à expliquer (2)**",
      "- **a4** — _action non définie_ — Q6 Les postes tournent-ils ? · Adopté → Appliqué (+1 niveau)",
      "| Action | # | Question | Statut | Niveau visé | Atteint | 2024 | 2026 | Évolution | Facteur | Responsable | Échéance |",
      "| **a6** — _action non définie_ | 4 | Le personnel est-il formé ? | Prévue **(en retard)** | Adopté | Oui | Amorcé | Adopté | +1 niveau | 2. Ressources humaines : 41,7 → 58,3 (+16,7) |  | 2026-07-01 |",
      "| **a5** — _action non définie_ | 4 | Le personnel est-il formé ? | Abandonnée | Adopté | niveau atteint (action abandonnée) | Amorcé | Adopté | +1 niveau | 2. Ressources humaines : 41,7 → 58,3 (+16,7) |  | 2025-01-01 |",
      "| 1. Conduite | score 20,0 | 2026 | 21,7 | 35,0 | +13,3 | Déjà atteint au départ |",
    ] {
      #expect(text.contains(line + "\n"), "missing: \(line)")
    }
  }

  @Test func jsonKeepsItsKeysAndAddsTheNewOnes() throws {
    let folder = try workspace()
    let data = Data(try score(["--format", "json"], in: folder).stdout.utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let followUp = try #require(root["follow_up"] as? [String: Any])
    let impact = try #require(followUp["impact"] as? [String: Any])
    #expect(impact["done_not_improved"] as? [String] == ["a2", "a3"])
    #expect(impact["done_improved"] as? [String] == ["a1", "a4"])
    #expect(impact["done_declined"] as? [String] == ["a3"])
    #expect(impact["not_done_improved"] as? [String] == ["a5", "a6"])
    let declined = try #require(impact["declined"] as? [[String: Any]])
    #expect(declined.map { $0["question"] as? String } == ["ctl"])
    #expect(declined[0]["actions"] as? [String] == ["a3"])
    #expect(followUp["overdue"] as? [String] == ["a6"])
    #expect(followUp["as_of"] as? String == "2026-07-02")
    let met = try #require(followUp["targets_met"] as? [String: Any])
    #expect(met["met"] as? Int == 3 && met["due"] as? Int == 3)
    #expect(met["met_at_baseline"] as? Int == 1 && met["met_since_baseline"] as? Int == 2)
    #expect(met["due_since_baseline"] as? Int == 2)
    let targets = try #require(followUp["targets"] as? [[String: Any]])
    #expect(targets[0]["met_at_baseline"] as? Bool == true)
    #expect(targets[0]["met_narrowly"] as? Bool == false)
    let actions = try #require(followUp["actions"] as? [[String: Any]])
    let a1 = try #require((actions[0]["questions"] as? [[String: Any]])?.first)
    #expect(a1["then_value"] as? Double == 1 && a1["now_value"] as? Double == 3)
    #expect(a1["level_change"] as? Int == 2)
    #expect(a1["then"] as? Double == 0.25 && a1["change"] as? Double == 0.5)
    #expect(actions[5]["overdue"] as? Bool == true)
    let critical = try #require(followUp["critical"] as? [String: Any])
    #expect(critical["then"] as? [String] == [] && critical["now"] as? [String] == [])
    let checked = try #require(followUp["evidence_checked"] as? [String: Any])
    #expect(abs((checked["then"] as? Double ?? 0) - (65.0 / 3 + 125.0 / 3 + 25) / 3) < 1e-9)
  }

  @Test func csvHasTheDeclinedRowsAndTheLevels() throws {
    let folder = try workspace()
    let lines = try score(["--format", "csv"], in: folder).stdout.split(separator: "\r\n")
      .map(String.init)
    let declined = lines.filter { $0.hasPrefix("declined,") }
    #expect(declined.count == 1)
    #expect(declined.first?.contains(",a3,,ctl,3,lead,") == true)
    #expect(
      lines.contains {
        $0.hasPrefix("action,") && $0.contains(",a3,done,") && $0.contains(",done_declined,")
      })
  }

  @Test func htmlHasTheNewWords() throws {
    let folder = try workspace()
    let html = try score(["--format", "html", "--lang", "fr"], in: folder).stdout
    #expect(html.contains("En recul (1)"))
    #expect(html.contains("Déjà atteint au départ"))
    #expect(html.contains("en retard"))
    #expect(html.contains("niveau atteint (action abandonnée)"))
  }

  /// The follow-up sheet: item scores as decimals (`0.00`), never a `%` format.
  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl, "openpyxl is missing"))
  func theWorkbookHasNoPercentItemScores() throws {
    let folder = try workspace()
    _ = try score(["-o", "f.xlsx"], in: folder)
    let sheets = try WorkbookCommandTests.sheets(
      try WorkbookCommandTests.read(folder.appendingPathComponent("f.xlsx")))
    let rows = try WorkbookCommandTests.rows(try #require(sheets.last))
    let formats = rows.flatMap { $0 }.compactMap { $0["format"] as? String }
    #expect(!formats.contains { $0.contains("%") })
    let texts = rows.map { row in row.map { $0["value"] as? String ?? "" } }
    #expect(texts.contains { $0.first == "Declined (1)" })
    #expect(texts.contains { $0.first?.hasPrefix("1 action overdue") == true })
  }
}
