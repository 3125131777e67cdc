import ArushaCore
import Foundation
import Testing

/// The follow-up of a plan one round later (issue 27, items 3 and 4), every figure worked by
/// hand on `Fixtures/followup/questionnaire.yaml`: three factors of equal weight, each the
/// mean of its item scores (scale 0–4: v / 4; yes/no: 0 or 1; multi 4, 3, 2, 1: Σ / 10;
/// choice 0–2: v / 2).
///
/// The plan, made from round 2024 of Fixture Customs:
///
/// | question | 2024 | score | 2026 | score | action |
/// |---|---|---|---|---|---|
/// | own (lead) | 1 | 0.25 | 3 | 0.75 | a1 done, target 3 (0.75) |
/// | code (lead) | 0 | 0 | 0 | 0 | a2 done, target 1 |
/// | ctl (lead) | [1] | 0.1 | [1, 2] | 0.3 | a3 started, target [4, 1] (0.5) |
/// | train (hr) | 1 | 0.25 | 2 | 0.5 | a5 dropped, a6 planned |
/// | vet (hr) | hidden (code no) | — | hidden | — | |
/// | rot (hr) | na | — | 3 | 0.75 | a4 done, target 3 |
/// | rev (hr) | 1 | 0.25 | 2 | 0.5 | none |
/// | staff, cases (hr) | 400, 6 | — | 500, 10 | — | key figures |
/// | hot (int) | 0 | 0 | 1 | 1 | none |
/// | chan (int) | 1 | 0.5 | 1 | 0.5 | a6 planned, target 2 |
///
/// Factors then: lead (0.25 + 0 + 0.1) / 3 = 11.67, hr (0.25 + 0.25) / 2 = 25 (rot na, vet
/// hidden), int (0 + 0.5) / 2 = 25; overall (11.67 + 25 + 25) / 3 = 20.56. Now: lead
/// (0.75 + 0 + 0.3) / 3 = 35, hr (0.5 + 0.75 + 0.5) / 3 = 58.33, int (1 + 0.5) / 2 = 75;
/// overall (35 + 58.33 + 75) / 3 = 56.11.
@Suite struct PlanFollowUpTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
  static let zeros = String(repeating: "0", count: 64)

  static func questionnaire(_ path: String) throws -> Questionnaire {
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(path)))
    let result = QuestionnaireDecoder().decode(bytes)
    #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
    return try #require(result.questionnaire)
  }

  static func reference(_ questionnaire: Questionnaire) -> QuestionnaireReference {
    QuestionnaireReference(id: questionnaire.id, version: questionnaire.version, sha256: zeros)
  }

  static func number(_ value: Double) -> AnswerValue { .number(value) }

  /// The plan made from round 2024 (the table above).
  static func plan(_ questionnaire: Questionnaire) -> ImprovementPlan {
    typealias Item = ImprovementPlan.Baseline.Item
    let baseline = ImprovementPlan.Baseline(
      sha256: zeros, overall: 185.0 / 9,
      factors: [("lead", 35.0 / 3), ("hr", 25), ("int", 25)],
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
      ])
    return ImprovementPlan(
      questionnaire: reference(questionnaire), administration: "Fixture Customs", round: "2024",
      made: "2024-11-14T10:00:00Z", note: nil, baseline: baseline,
      targets: [
        .init(factor: "lead", goal: .level(50), by: "2026"),
        .init(factor: "hr", goal: .score(55), by: nil),
        .init(factor: "int", goal: .level(75), by: "2028"),
      ],
      actions: [
        .init(id: "a1", questions: ["own"], target: number(3), status: .done),
        .init(id: "a2", questions: ["code"], target: number(1), status: .done),
        .init(id: "a3", questions: ["ctl"], target: .selection([4, 1]), status: .started),
        .init(id: "a4", questions: ["rot"], target: number(3), status: .done),
        .init(id: "a5", questions: ["train"], target: number(3), status: .dropped),
        .init(id: "a6", questions: ["train", "chan"], target: number(2), status: .planned),
      ])
  }

  /// Round `round` of Fixture Customs (the table's 2026 column).
  static func response(_ questionnaire: Questionnaire, round: String = "2026") -> Response {
    Response(
      questionnaire: reference(questionnaire), administration: "Fixture Customs", round: round,
      status: .complete,
      answers: [
        "own": .value(number(3)), "code": .value(number(0)), "ctl": .value(.selection([1, 2])),
        "train": .value(number(2)), "rot": .value(number(3)), "rev": .value(number(2)),
        "staff": .value(number(500)), "cases": .value(number(10)), "hot": .value(number(1)),
        "chan": .value(number(1)),
      ])
  }

  static func followUp(
    _ plan: ImprovementPlan? = nil, round: String = "2026"
  ) throws -> PlanFollowUp {
    let questionnaire = try questionnaire("followup/questionnaire.yaml")
    let response = response(questionnaire, round: round)
    return try PlanFollowUp.make(
      plan ?? Self.plan(questionnaire), questionnaire: questionnaire, response: response,
      score: ResponseScorer.score(questionnaire, answers: response.answers))
  }

  func close(
    _ actual: Double?, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let actual else {
      Issue.record("expected \(expected), found nil", sourceLocation: sourceLocation)
      return
    }
    #expect(
      abs(actual - expected) < 1e-9, "\(actual) ≠ \(expected)", sourceLocation: sourceLocation)
  }

  func action(_ followUp: PlanFollowUp, _ id: String) throws -> PlanFollowUp.ActionResult {
    try #require(followUp.actions.first { $0.action.id == id })
  }

  @Test func theOverallAndTheFactorsThenAndNow() throws {
    let followUp = try Self.followUp()
    #expect(followUp.round == "2026")
    #expect(!followUp.mapped)
    close(followUp.overall.then, (35.0 / 3 + 25 + 25) / 3)
    close(followUp.overall.now, (35 + 175.0 / 3 + 75) / 3)
    #expect(followUp.factors.map(\.factor) == ["lead", "hr", "int"])
    close(followUp.factors[0].then, 35.0 / 3)
    close(followUp.factors[0].now, 35)
    close(followUp.factors[0].change, 35 - 35.0 / 3)
    close(followUp.factors[1].then, 25)
    close(followUp.factors[1].now, 175.0 / 3)
    close(followUp.factors[2].then, 25)
    close(followUp.factors[2].now, 75)
    close(followUp.factors[2].change, 50)
  }

  /// a1: own 0.25 → 0.75, target 3 scores 0.75: reached, improved, done.
  @Test func anActionDoneThatImproved() throws {
    let a1 = try action(try Self.followUp(), "a1")
    #expect(a1.questions.map(\.question) == ["own"])
    close(a1.questions[0].then, 0.25)
    close(a1.questions[0].now, 0.75)
    close(a1.questions[0].change, 0.5)
    close(a1.targetScore, 0.75)
    #expect(a1.reached == true)
    #expect(a1.improved == true)
    #expect(a1.factors.map(\.factor) == ["lead"])
    close(a1.factors[0].then, 35.0 / 3)
    close(a1.factors[0].now, 35)
  }

  /// a2: code 0 → 0, target yes (1): not reached, not improved; a3 started: ctl 0.1 → 0.3
  /// improved, target [4, 1] = 5 / 10 = 0.5 not reached.
  @Test func anActionDoneThatDidNotImproveAndOneStarted() throws {
    let followUp = try Self.followUp()
    let a2 = try action(followUp, "a2")
    close(a2.questions[0].change, 0)
    #expect(a2.reached == false)
    #expect(a2.improved == false)
    let a3 = try action(followUp, "a3")
    close(a3.targetScore, 0.5)
    close(a3.questions[0].now, 0.3)
    #expect(a3.reached == false)
    #expect(a3.improved == true)
  }

  /// a4: rot was "not applicable" in 2024: not comparable (nil), yet its target is reached.
  @Test func anActionDoneThatCannotBeMeasured() throws {
    let a4 = try action(try Self.followUp(), "a4")
    #expect(a4.questions[0].then == nil)
    close(a4.questions[0].now, 0.75)
    #expect(a4.questions[0].change == nil)
    #expect(a4.questions[0].improved == nil)
    #expect(a4.improved == nil)
    #expect(a4.reached == true)
  }

  /// a6 addresses train (scale 0–4) and chan (choice 0–2) with target 2.
  ///
  /// On train 2 / 4 =
  /// 0.5, reached (0.5); on chan 2 / 2 = 1, not reached (0.5). Each question is held to its
  /// own scale's score of the value: read with the first question's score alone (0.5), chan
  /// would count as reached.
  @Test func eachQuestionOfAnActionIsHeldToItsOwnScore() throws {
    let a6 = try action(try Self.followUp(), "a6")
    #expect(a6.questions.map(\.question) == ["train", "chan"])
    close(a6.questions[0].target, 0.5)
    close(a6.questions[1].target, 1)
    #expect(a6.questions[0].reached == true)
    #expect(a6.questions[1].reached == false)
    #expect(a6.reached == false)
    close(a6.targetScore, 0.5)
    #expect(a6.factors.map(\.factor) == ["hr", "int"])
    // train 0.25 → 0.5 improved, chan did not: the practice improved.
    #expect(a6.improved == true)
  }

  /// The impact lists.
  ///
  /// Done and improved a1; done, not improved a2; done, not measurable a4; the
  /// started a3 and the dropped a5 in none of them. rev (0.25 → 0.5) and hot (0 → 1) improved
  /// with no action; ctl improved but a3 addresses it, train too but the dropped a5 and the
  /// planned a6 address it; rot is not comparable.
  @Test func theImpactLists() throws {
    let followUp = try Self.followUp()
    #expect(followUp.doneAndImproved == ["a1"])
    #expect(followUp.doneNotImproved == ["a2"])
    #expect(followUp.doneNotMeasured == ["a4"])
    #expect(followUp.improvedWithoutAction.map(\.question) == ["rev", "hot"])
    close(followUp.improvedWithoutAction[0].change, 0.25)
    close(followUp.improvedWithoutAction[1].change, 1)
    #expect(
      followUp.statusCounts.map { "\($0.status.rawValue) \($0.count)" } == [
        "planned 1", "started 1", "done 3", "dropped 1",
      ])
  }

  /// A dropped action still addresses its question: rev improved (0.25 → 0.5), but a
  /// question a dropped action addresses is never "improved with no action"; the others
  /// that improved are, now that no action addresses them.
  @Test func aDroppedActionStillAddressesItsQuestion() throws {
    let questionnaire = try Self.questionnaire("followup/questionnaire.yaml")
    var plan = Self.plan(questionnaire)
    plan.actions = [.init(id: "x", questions: ["rev"], status: .dropped)]
    let followUp = try Self.followUp(plan)
    #expect(followUp.improvedWithoutAction.map(\.question) == ["own", "ctl", "train", "hot"])
    let x = try action(followUp, "x")
    #expect(x.reached == nil)
    #expect(x.targetScore == nil)
  }

  /// Factor targets met, missed, and not due yet.
  ///
  /// lead: level 50 by 2026, now 35 → due, not met. hr: score 55 by the next round, now
  /// 58.33 → due, met. int: level 75 by 2028, now 75 → not due yet at 2026 (met already, but
  /// not counted): 1 of 2 due targets met. At round 2028 all three are due: 2 of 3.
  @Test func factorTargetsMetMissedAndNotDueYet() throws {
    let followUp = try Self.followUp()
    let targets = followUp.targets
    #expect(targets.map(\.target.factor) == ["lead", "hr", "int"])
    #expect(targets.map(\.due) == [true, true, false])
    #expect(targets.map(\.met) == [false, true, true])
    close(targets[0].factor.now, 35)
    close(targets[0].target.goal.threshold, 50)
    close(targets[1].target.goal.threshold, 55)
    #expect(followUp.targetsMet == (met: 1, due: 2))
    let later = try Self.followUp(round: "2028")
    #expect(later.targets.map(\.due) == [true, true, true])
    #expect(later.targetsMet == (met: 2, due: 3))
    // "2026-2" sorts after "2026" (natural order): lead's target is due there too.
    #expect(try Self.followUp(round: "2026-2").targets.map(\.due) == [true, true, false])
    #expect(try Self.followUp(round: "2025").targets.map(\.due) == [false, true, false])
  }

  /// staff 400 → 500; cases 6 → 10, per 100 staff 6 / 400 × 100 = 1.5 → 10 / 500 × 100 = 2.
  @Test func keyFiguresThenAndNowWithTheirNormalisation() throws {
    let figures = try Self.followUp().figures
    #expect(figures.map(\.question) == ["staff", "cases"])
    #expect(figures[0].then == 400 && figures[0].now == 500)
    #expect(figures[0].thenNormalized == nil && figures[0].nowNormalized == nil)
    #expect(figures[1].then == 6 && figures[1].now == 10)
    close(figures[1].thenNormalized, 1.5)
    close(figures[1].nowNormalized, 2)
    #expect(figures.allSatisfy { $0.factor == "hr" })
  }

  @Test func thePlanOfAnotherAdministrationIsRefused() throws {
    let questionnaire = try Self.questionnaire("followup/questionnaire.yaml")
    var plan = Self.plan(questionnaire)
    plan.administration = "Other Customs"
    #expect(
      throws: PlanFollowUp.Refusal.otherAdministration(
        plan: "Other Customs", response: "Fixture Customs")
    ) {
      try Self.followUp(plan)
    }
  }

  @Test(arguments: ["2026", "2027", "2026-2"])
  func aPlanWhoseRoundIsNotBeforeIsRefused(_ round: String) throws {
    let questionnaire = try Self.questionnaire("followup/questionnaire.yaml")
    var plan = Self.plan(questionnaire)
    plan.round = round
    #expect(throws: PlanFollowUp.Refusal.roundNotBefore(plan: round, response: "2026")) {
      try Self.followUp(plan)
    }
  }

  @Test func aPlanOnAnotherVersionWithoutAMapIsRefused() throws {
    let questionnaire = try Self.questionnaire("followup/questionnaire.yaml")
    var plan = Self.plan(questionnaire)
    plan.questionnaire.version = "0"
    #expect(
      throws: PlanFollowUp.Refusal.otherQuestionnaire(
        plan: plan.questionnaire, response: Self.reference(questionnaire))
    ) {
      try Self.followUp(plan)
    }
  }

  /// A plan on map-fixture 1 followed up on version 2 (Fixtures/maps): q2 and q3 merge into
  /// q23 (values 0, 1 → 0; 2, 3 → 1; 4 → 2), q4 is dropped, q5 and q6 are new.
  ///
  /// Baseline 2025: q1 3, q2 2, q3 4, q4 2 (f1 on version 1: (0.75 + 0.5 + 1 + 0.5) / 4 =
  /// 68.75).
  /// Carried to version 2: q1 3; q23 min(2 → 1, 4 → 2) = 1; so then f1 = (0.75 + 0.5) / 2 =
  /// 62.5 (q5 never asked, q6 reads it: both missing). Now (round-v2): q1 4, q23 2, q5 0, q6
  /// hidden counts 0: f1 = (1 + 1 + 0 + 0) / 4 = 50.
  ///
  /// b1 on q2, target 4 → q23, its target through the value table 4 → 2: 2 / 2 = 1; q23 0.5
  /// → 1: improved and reached. b2 on q4, which version 2 dropped: no question left, not
  /// measurable. q1 (0.75 → 1) improved with no action.
  @Test func aPlanAcrossAnItemMapWithAValueTable() throws {
    let v1 = try Self.questionnaire("maps/v1.yaml")
    let v2 = try Self.questionnaire("maps/v2.yaml")
    let mapBytes = [UInt8](
      try Data(contentsOf: Self.folder.appendingPathComponent("maps/v1-v2.yaml")))
    let decoded = ItemMapDecoder().decode(mapBytes, from: v1, to: v2)
    let map = try #require(decoded.map, "\(decoded.diagnostics)")
    typealias Item = ImprovementPlan.Baseline.Item
    let plan = ImprovementPlan(
      questionnaire: Self.reference(v1), administration: "Fixture Customs", round: "2025",
      made: nil, note: nil,
      baseline: .init(
        sha256: Self.zeros, overall: 68.75, factors: [("f1", 68.75)],
        items: [
          Item(question: "q1", value: Self.number(3), state: nil, score: 0.75),
          Item(question: "q2", value: Self.number(2), state: nil, score: 0.5),
          Item(question: "q3", value: Self.number(4), state: nil, score: 1),
          Item(question: "q4", value: Self.number(2), state: nil, score: 0.5),
        ], figures: []),
      targets: [.init(factor: "f1", goal: .score(60), by: nil)],
      actions: [
        .init(id: "b1", questions: ["q2"], target: Self.number(4), status: .done),
        .init(id: "b2", questions: ["q4"], target: Self.number(4), status: .done),
      ])
    let response = Response(
      questionnaire: Self.reference(v2), administration: "Fixture Customs", round: "2027",
      status: .complete,
      answers: [
        "q1": .value(Self.number(4)), "q23": .value(Self.number(2)), "q5": .value(Self.number(0)),
      ])
    let score = ResponseScorer.score(v2, answers: response.answers)
    let followUp = try PlanFollowUp.make(
      plan, questionnaire: v2, response: response, score: score, map: (map, v1))
    #expect(followUp.mapped)
    close(followUp.factors[0].then, 62.5)
    close(followUp.factors[0].now, 50)
    close(followUp.overall.then, 62.5)
    let b1 = try action(followUp, "b1")
    #expect(b1.action.questions == ["q23"])
    close(b1.questions[0].then, 0.5)
    close(b1.questions[0].now, 1)
    close(b1.targetScore, 1)
    #expect(b1.reached == true)
    #expect(b1.improved == true)
    let b2 = try action(followUp, "b2")
    #expect(b2.action.questions.isEmpty)
    #expect(b2.improved == nil && b2.reached == nil)
    #expect(followUp.doneAndImproved == ["b1"])
    #expect(followUp.doneNotMeasured == ["b2"])
    #expect(followUp.improvedWithoutAction.map(\.question) == ["q1"])
    #expect(followUp.targets[0].met == false)
    #expect(followUp.baselineAnswers["q23"]?.value == Self.number(1))
  }

  /// A plan on the bundled RAD 2026.1 followed up on 2027.1 through the bundled map:
  /// reform.rkc-reference merges into regulatory-framework.rkc-alignment (same 0–4 values),
  /// regulatory-framework.red-tape is retired.
  ///
  /// Baseline 2026: simplification 2 (0.5), rkc-alignment 3 (0.75), rkc-reference 1 (0.25),
  /// red-tape 0. Carried to 2027.1: simplification 2, rkc-alignment min(3, 1) = 1 (0.25); the
  /// factor then, under 2027.1, (0.5 + 0.25) / 2 = 37.5 (its other questions unanswered).
  /// Now (2027): simplification 2, rkc-alignment 3: (0.5 + 0.75) / 2 = 62.5.
  @Test func aPlanOnRAD2026_1FollowedUpOn2027_1() throws {
    let root = Self.folder.deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    func read(_ path: String) throws -> [UInt8] {
      [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
    }
    let old = try #require(
      QuestionnaireDecoder().decode(
        try read("Questionnaires/revised-arusha-declaration-2026.1.yaml")
      ).questionnaire)
    let new = try #require(
      QuestionnaireDecoder().decode(
        try read("Questionnaires/revised-arusha-declaration-2027.1.yaml")
      ).questionnaire)
    let map = try #require(
      ItemMapDecoder().decode(
        try read("Questionnaires/maps/rad-self-assessment-2026.1-to-2027.1.yaml"), from: old,
        to: new
      ).map)
    typealias Item = ImprovementPlan.Baseline.Item
    let plan = ImprovementPlan(
      questionnaire: Self.reference(old), administration: "Niger", round: "2026", made: nil,
      note: nil,
      baseline: .init(
        sha256: Self.zeros, overall: 30, factors: [("regulatory-framework", 41.67)],
        items: [
          Item(
            question: "regulatory-framework.simplification", value: Self.number(2), state: nil,
            score: 0.5),
          Item(
            question: "regulatory-framework.rkc-alignment", value: Self.number(3), state: nil,
            score: 0.75),
          Item(
            question: "regulatory-framework.red-tape", value: Self.number(0), state: nil,
            score: 0),
          Item(question: "reform.rkc-reference", value: Self.number(1), state: nil, score: 0.25),
        ], figures: []),
      targets: [.init(factor: "regulatory-framework", goal: .level(60), by: "2027")],
      actions: [
        .init(id: "r1", questions: ["reform.rkc-reference"], target: Self.number(3), status: .done),
        .init(id: "r2", questions: ["regulatory-framework.red-tape"], status: .done),
      ])
    let response = Response(
      questionnaire: Self.reference(new), administration: "Niger", round: "2027",
      status: .complete,
      answers: [
        "regulatory-framework.simplification": .value(Self.number(2)),
        "regulatory-framework.rkc-alignment": .value(Self.number(3)),
      ])
    let followUp = try PlanFollowUp.make(
      plan, questionnaire: new, response: response,
      score: ResponseScorer.score(new, answers: response.answers), map: (map, old))
    let factor = try #require(followUp.factors.first { $0.factor == "regulatory-framework" })
    close(factor.then, 37.5)
    close(factor.now, 62.5)
    let r1 = try action(followUp, "r1")
    #expect(r1.action.questions == ["regulatory-framework.rkc-alignment"])
    close(r1.questions[0].then, 0.25)
    close(r1.questions[0].now, 0.75)
    #expect(r1.reached == true && r1.improved == true)
    #expect(try action(followUp, "r2").questions.isEmpty)
    #expect(followUp.doneAndImproved == ["r1"])
    #expect(followUp.doneNotMeasured == ["r2"])
    // Level 60 (Established) by 2027: 62.5 meets it.
    #expect(followUp.targets[0].due && followUp.targets[0].met == true)
    #expect(followUp.improvedWithoutAction.isEmpty)
  }
}
