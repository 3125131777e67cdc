import ArushaCore
import Testing

/// Integrity review finding 5 (issue 27): proposed targets match the plan's own actions, and
/// the projected score of each factor (every action at its target, the dropped left out) is
/// the one scoring kernel's, worked by hand on `Fixtures/improvement/` (see
/// ``ImprovementPlanningTests``: scale 0–4, item score value / 4, bands 0, 40, 70, critical
/// cap 30 on a 0 of a critical question).
@Suite struct PlanProjectionTests {
  /// Every action at its target.
  ///
  /// `--top 2`: a1 code 0 → 1, a2 channels {3, −1} → {3, 1}, a3 follow unknown → 1.
  /// lead: code ¼ (no longer 0: the critical cap lifts), strategy 1: (¼ + 1) / 2 = 62.5.
  /// hr: no action, as measured: 87.5. inv: channels (3 + 1) / 4 = 1, follow ¼:
  /// (1 + ¼) / 2 = 62.5. ethics: no score.
  @Test func everyActionAtItsTarget() throws {
    let questionnaire = try ImprovementPlanningTests.questionnaire()
    let plan = try ImprovementPlanningTests.plan(top: 2)
    let projected = ImprovementPlanning.projectedScores(of: plan, questionnaire: questionnaire)
    #expect(projected["lead"] == .some(62.5))
    #expect(projected["hr"] == .some(87.5))
    #expect(projected["inv"] == .some(62.5))
    #expect(projected["ethics"] == .some(nil))
  }

  /// A dropped action projects nothing.
  ///
  /// Code stays 0, a critical gap, lead capped at 30.
  /// A started one counts: inv as above.
  @Test func aDroppedActionProjectsNothing() throws {
    let questionnaire = try ImprovementPlanningTests.questionnaire()
    var plan = try ImprovementPlanningTests.plan(top: 2)
    plan.actions[0].status = .dropped
    plan.actions[1].status = .started
    let projected = ImprovementPlanning.projectedScores(of: plan, questionnaire: questionnaire)
    #expect(projected["lead"] == .some(30))
    #expect(projected["inv"] == .some(62.5))
  }

  /// A target the baseline already meets or passes does not lower the answer; a target that
  /// fits no option projects nothing; an action on several questions moves each.
  @Test func targetsOnlyRaiseAndMustFit() throws {
    let questionnaire = try ImprovementPlanningTests.questionnaire()
    var plan = try ImprovementPlanningTests.plan(top: 2)
    // strategy is 4 (1): a target of 2 keeps it at 1. code: 9 is no option, stays 0.
    plan.actions = [
      .init(id: "x", questions: ["strategy"], target: .number(2)),
      .init(id: "y", questions: ["code"], target: .number(9)),
      // Two scale m questions of two factors: follow 2 (½), training 2 (½).
      .init(id: "z", questions: ["follow", "training"], target: .number(2)),
    ]
    let projected = ImprovementPlanning.projectedScores(of: plan, questionnaire: questionnaire)
    // lead: code 0 (critical) → capped 30.
    #expect(projected["lead"] == .some(30))
    // inv: channels ½, follow ½: 50. hr: training 3 (¾) above 2 (½): kept, 87.5.
    #expect(projected["inv"] == .some(50))
    #expect(projected["hr"] == .some(87.5))
  }

  /// A factor no action addresses gets no target, whatever its score.
  @Test func noActionNoTarget() throws {
    let questionnaire = try ImprovementPlanningTests.questionnaire()
    let response = try ImprovementPlanningTests.response(questionnaire)
    let score = ResponseScorer.score(questionnaire, answers: response.answers)
    #expect(
      ImprovementPlanning.targets(questionnaire: questionnaire, score: score, actions: []).isEmpty)
    let one = [ImprovementPlan.Action(id: "a", questions: ["follow"], target: .number(1))]
    #expect(
      ImprovementPlanning.targets(questionnaire: questionnaire, score: score, actions: one) == [
        .init(factor: "inv", goal: .level(40), by: nil)
      ])
  }
}
