import ArushaCore
import ArushaReports
import ArushaTestSupport
import ArushaText
import Foundation
import Testing

/// Issue 27: the follow-up section of `score --plan` in every format, on the plan of
/// PlanFollowUpTests (its figures worked by hand there).
@Suite struct FollowUpReportTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/followup")

  static func questionnaire() throws -> Questionnaire {
    try #require(
      QuestionnaireDecoder().decode(
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
      ).questionnaire)
  }

  static let zeros = String(repeating: "0", count: 64)

  static func number(_ value: Double) -> AnswerValue { .number(value) }

  static func plan(_ questionnaire: Questionnaire) -> ImprovementPlan {
    typealias Item = ImprovementPlan.Baseline.Item
    let reference = QuestionnaireReference(
      id: questionnaire.id, version: questionnaire.version, sha256: zeros)
    return ImprovementPlan(
      questionnaire: reference, administration: "Fixture Customs", round: "2024",
      made: "2024-11-14T10:00:00Z", note: nil,
      baseline: .init(
        sha256: zeros, overall: 20.56, factors: [("lead", 11.67), ("hr", 25), ("int", 25)],
        items: [
          Item(question: "own", value: number(1), state: nil, score: 0.25),
          Item(question: "code", value: number(0), state: nil, score: 0),
          Item(question: "ctl", value: .selection([1]), state: nil, score: 0.1),
          Item(question: "train", value: number(1), state: nil, score: 0.25),
          Item(question: "rot", value: nil, state: .notApplicable, score: nil),
          Item(question: "rev", value: number(1), state: nil, score: 0.25),
          Item(question: "staff", value: number(400), state: nil, score: nil),
          Item(question: "cases", value: number(6), state: nil, score: nil),
          Item(question: "hot", value: number(0), state: nil, score: 0),
          Item(question: "chan", value: number(1), state: nil, score: 0.5),
        ],
        figures: [
          .init(question: "staff", value: 400, normalized: nil),
          .init(question: "cases", value: 6, normalized: 1.5),
        ]),
      targets: [
        .init(factor: "lead", goal: .level(50), by: "2026"),
        .init(factor: "hr", goal: .score(55), by: nil),
        .init(factor: "int", goal: .level(75), by: "2028"),
      ],
      actions: [
        .init(
          id: "a1", questions: ["own"], description: "Adopt the programme", owner: "DG office",
          due: "2025-06-30", target: number(3), status: .done, evidence: "Decision 12/2025"),
        .init(id: "a2", questions: ["code"], target: number(1), status: .done),
        .init(id: "a3", questions: ["ctl"], target: .selection([4, 1]), status: .started),
        .init(id: "a4", questions: ["rot"], target: number(3), status: .done),
        .init(id: "a5", questions: ["train"], target: number(3), status: .dropped),
        .init(id: "a6", questions: ["train", "chan"], target: number(2), status: .planned),
      ])
  }

  static func report(language: String = "en", plan: ImprovementPlan? = nil) throws -> ScoreReport {
    let questionnaire = try questionnaire()
    let response = Response(
      questionnaire: QuestionnaireReference(
        id: questionnaire.id, version: questionnaire.version, sha256: zeros),
      administration: "Fixture Customs", round: "2026", language: "en", status: .complete,
      completed: "2026-07-02T10:00:00Z",
      answers: [
        "own": .value(number(3)), "code": .value(number(0)), "ctl": .value(.selection([1, 2])),
        "train": .value(number(2)), "rot": .value(number(3)), "rev": .value(number(2)),
        "staff": .value(number(500)), "cases": .value(number(10)), "hot": .value(number(1)),
        "chan": .value(number(1)),
      ])
    let report = ScoreReport(questionnaire: questionnaire, response: response, language: language)
    let followUp = try PlanFollowUp.make(
      plan ?? Self.plan(questionnaire), questionnaire: questionnaire, response: response,
      score: report.score)
    return report.following(followUp)
  }

  /// Without a plan, no format says a word of a follow-up.
  @Test func withoutAPlanNothingChanges() throws {
    let followed = try Self.report()
    var plain = followed
    plain = ScoreReport(
      questionnaire: followed.questionnaire, response: followed.response, language: "en")
    #expect(plain.followUp == nil)
    #expect(!plain.markdown().contains("Follow-up of the plan"))
    #expect(!plain.json().contains("follow_up"))
    #expect(plain.followUpCSV() == plain.factorsCSV())
    #expect(plain.workbook().sheets.map(\.name) == ["Factors", "Questions", "Action plan"])
    #expect(followed.workbook().sheets.map(\.name).last == "Follow-up")
    #expect(followed.markdown().hasPrefix(String(plain.markdown().prefix(200))))
  }

  /// A plan with no target, no key figure and nothing done: the impact lists say « None »,
  /// the targets' and figures' headings are left out.
  @Test func aPlanWithNothingDoneSaysNone() throws {
    var plan = Self.plan(try Self.questionnaire())
    plan.targets = []
    plan.actions = [.init(id: "z1", questions: ["own"], status: .planned)]
    let markdown = try Self.report(plan: plan).markdown()
    let section = try #require(markdown.range(of: "## Follow-up of the plan made in round 2024"))
    let text = String(markdown[section.lowerBound...])
    #expect(text.contains("**Done, practice not improved (0)**\n\n- None\n"))
    #expect(text.contains("**Declined (0)**\n\n- None\n"))
    #expect(text.contains("**Done, practice improved (0)**\n\n- None\n"))
    #expect(!text.contains("not measurable"))
    #expect(!text.contains("### Factor targets"))
    #expect(!text.contains("Factor targets met"))
    #expect(text.contains("Actions: 0 done, 0 started, 1 planned, 0 dropped."))
    // own improved, but z1 addresses it: improved with no action are ctl, train, rev and hot.
    #expect(text.contains("**Improved with no action (4)**"))
    // No target: the target and reached cells are empty.
    #expect(
      text.contains(
        "| **z1** — _action not defined_ | 1 | Does management own the programme? | Planned |  |  | Started | Applied | +2 levels |"
      ))
  }

  /// In French, the section's words and numbers as a francophone reader writes them.
  @Test func theFrenchWords() throws {
    let markdown = try Self.report(language: "fr").markdown()
    #expect(markdown.contains("**Réalisée, pratique non améliorée (1)**"))
    #expect(markdown.contains("**Pratiques améliorées sans action (2)**"))
    #expect(markdown.contains("**En recul (0)**\n\n- Aucune\n"))
    #expect(markdown.contains("| Statut |"))
    // No item score reads as a percentage in the follow-up (only the share of targets met).
    let section = try #require(markdown.range(of: "## Suivi du plan"))
    let followUp = markdown[section.lowerBound...].split(separator: "\n")
    #expect(!followUp.contains { $0.contains("%") && !$0.hasPrefix("Objectifs par facteur") })
    #expect(
      markdown.contains(
        "| **a3** — _action non définie_ | 3 | Quels contrôles sont en place ? | Engagée | Audit\u{202F}; Ligne | Non | 0,10 | 0,30 | +0,20 | 1. Conduite\u{A0}: 11,7 → 35,0 (+23,3) |"
      ))
  }
}
