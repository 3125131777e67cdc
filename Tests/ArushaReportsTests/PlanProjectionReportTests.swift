import ArushaCore
import ArushaReports
import Testing

/// Integrity review finding 5 (issue 27): beside each target, the score projected if every
/// action reaches its level, and a target the projection falls short of said so, worked by
/// hand on `Fixtures/improvement/` (scale 0–4, item score value / 4, bands 0, 40, 70).
@Suite struct PlanProjectionReportTests {
  /// The plan: one target reached by its actions, one not.
  ///
  /// lead: code 0 → 1 (a1): (¼ + 1) / 2 = 62.5 ≥ 40, reaches. inv: channels {3, −1} → {3, 1}
  /// (a2, started): 1; follow unknown → 1 by a3, dropped: stays 0; (1 + 0) / 2 = 50 < 70,
  /// short: more actions needed.
  static func plan() -> ImprovementPlan {
    ImprovementPlan(
      questionnaire: .init(id: "improvement-fixture", version: "1", sha256: ""),
      administration: "Niger", round: "2024", made: nil, note: nil,
      baseline: .init(
        sha256: "", overall: nil, factors: [("lead", 30), ("inv", 25)],
        items: [
          .init(question: "code", value: .number(0), state: nil, score: 0),
          .init(question: "strategy", value: .number(4), state: nil, score: 1),
          .init(question: "channels", value: .selection([3, -1]), state: nil, score: 0.5),
          .init(question: "follow", value: nil, state: .unknown, score: 0),
        ], figures: []),
      targets: [
        .init(factor: "lead", goal: .level(40), by: nil),
        .init(factor: "inv", goal: .level(70), by: "2026"),
      ],
      actions: [
        .init(id: "a1", questions: ["code"], target: .number(1)),
        .init(id: "a2", questions: ["channels"], target: .selection([3, 1]), status: .started),
        .init(id: "a3", questions: ["follow"], target: .number(1), status: .dropped),
      ])
  }

  @Test func theProjectionIsBesideTheTarget() throws {
    let questionnaire = try PlanReportTests.questionnaire()
    let english = PlanReport(plan: Self.plan(), questionnaire: questionnaire).markdown()
    #expect(
      english.contains(
        "| Factor | Score then | Target | Score to reach | Projected if every action reaches its level | With the plan's actions | By round |"
      ), "\(english)")
    #expect(
      english.contains(
        "| 1. Leadership | 30.0 | Developing | 40.0 | 62.5 | Reaches the target | Next round |"),
      "\(english)")
    #expect(
      english.contains(
        "| 3. Investigation | 25.0 | Established | 70.0 | 50.0 | Short of the target: more actions needed | 2026 |"
      ), "\(english)")
    let french = PlanReport(plan: Self.plan(), questionnaire: questionnaire, language: "fr")
      .markdown()
    #expect(french.contains("Score projeté si chaque action atteint son niveau"), "\(french)")
    #expect(
      french.contains(
        "| 3. Enquêtes | 25,0 | Établi | 70,0 | 50,0 | En deçà de l’objectif\u{A0}: actions à ajouter | 2026 |"
      ), "\(french)")
  }
}
