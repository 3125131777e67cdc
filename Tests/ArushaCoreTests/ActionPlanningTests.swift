import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 24, blocking point 4: the action plan, worked by hand on `Fixtures/plan/`.
///
/// The questionnaire (scale `m` 0–4, `critical_below: 0.5`) and its response give these gaps,
/// item score s and priority w × (1 − s), in the priority order of scoring.md (step 8):
///
/// | gap | answer | s | w | priority | critical |
/// |---|---|---|---|---|---|
/// | a (requires b) | 0 | 0 | 4 | 4 | |
/// | d | 0 | 0 | 3 | 3 | |
/// | e | 0 | 0 | 2.5 | 2.5 | |
/// | b (requires c) | 0 | 0 | 2 | 2 | |
/// | g (choice 0–2) | 0 | 0 | 1.5 | 1.5 | |
/// | y (yes/no) | no | 0 | 1 | 1 | yes |
/// | c | 0 | 0 | 1 | 1 (after y: file order) | |
/// | m (multi 4, 3, 2, 1) | {1} | 1/10 | 1 | 0.9 | yes |
/// | k | 1 | 1/4 | 1 | 0.75 | yes: 0.25 < 0.5 |
/// | n | 2 | 1/2 | 1 | 0.5 | |
/// | p (requires z) | 3 | 3/4 | 1 | 0.25 | |
///
/// z (4) is at full marks: not a gap, so p's `requires` imposes nothing. Priority alone
/// would order the chain a, b, c; the plan puts c, b, a, where a would come.
@Suite struct ActionPlanningTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/plan")

  /// The fixture's questionnaire, edited by `edit`.
  static func questionnaire(edit: (inout Questionnaire) -> Void = { _ in }) throws
    -> Questionnaire
  {
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
    let result = QuestionnaireDecoder().decode(bytes)
    var questionnaire = try #require(result.questionnaire, "\(result.diagnostics)")
    edit(&questionnaire)
    return questionnaire
  }

  /// The fixture's answers, with `changes` on top.
  static func answers(_ changes: [String: Answer] = [:]) -> [String: Answer] {
    var answers: [String: Answer] = [
      "k": .value(.number(1)), "y": .value(.number(0)), "m": .value(.selection([1])),
      "a": .value(.number(0)), "b": .value(.number(0)), "c": .value(.number(0)),
      "d": .value(.number(0)), "e": .value(.number(0)), "n": .value(.number(2)),
      "p": .value(.number(3)), "z": .value(.number(4)), "g": .value(.number(0)),
    ]
    answers.merge(changes) { _, new in new }
    return answers
  }

  /// The plan of the fixture (`top`: nil for `--all`).
  static func plan(
    top: Int?, _ changes: [String: Answer] = [:], edit: (inout Questionnaire) -> Void = { _ in }
  ) throws -> ActionPlanning.Plan {
    let questionnaire = try questionnaire(edit: edit)
    let answers = answers(changes)
    let score = ResponseScorer.score(questionnaire, answers: answers)
    return ActionPlanning.plan(questionnaire, score: score, answers: answers, top: top)
  }

  @Test func theFixtureHasTheGapsOfTheTable() throws {
    let questionnaire = try Self.questionnaire()
    let score = ResponseScorer.score(questionnaire, answers: Self.answers())
    #expect(score.gaps.map(\.question) == ["a", "d", "e", "b", "g", "y", "c", "m", "k", "n", "p"])
    #expect(score.critical == ["k", "y", "m"])
  }

  /// Default (15): every gap fits.
  ///
  /// The critical gaps first (y 1, m 0.9, k 0.75), then the
  /// chain c, b, a where a (4) comes, before d (3): foundations first; then e, g, n, p.
  @Test func aRequiresChainComesFoundationsFirst() throws {
    let plan = try Self.plan(top: ActionPlanning.defaultTop)
    #expect(plan.rows.map(\.question) == ["y", "m", "k", "c", "b", "a", "d", "e", "g", "n", "p"])
    #expect(plan.annex.isEmpty)
    #expect(plan.rows.map(\.critical) == [true, true, true] + Array(repeating: false, count: 8))
    #expect(plan.rows.first { $0.question == "a" }?.requires == ["b"])
    // p requires z, at full marks: nothing to come after.
    #expect(plan.rows.first { $0.question == "p" }?.requires == [])
  }

  /// `--top 2` with three critical gaps: a and d, then b and c, which a requires.
  ///
  /// The critical gaps are not counted; the two largest others are a and d; a pulls in b,
  /// which pulls in c. The annex: e, g, n, p.
  @Test func topTwoWithCriticalGapsPullsInWhatTheyRequire() throws {
    let plan = try Self.plan(top: 2)
    #expect(plan.rows.map(\.question) == ["y", "m", "k", "c", "b", "a", "d"])
    #expect(plan.rows.filter(\.pulledIn).map(\.question) == ["c", "b"])
    #expect(plan.annex.map(\.question) == ["e", "g", "n", "p"])
    #expect(plan.annex.allSatisfy { !$0.critical && !$0.pulledIn })
  }

  /// `--top 1`: a alone, with b and c pulled in beyond N; d, the second largest, goes to the
  /// annex ahead of e, g, n, p.
  @Test func pulledInGapsGoBeyondTopN() throws {
    let plan = try Self.plan(top: 1)
    #expect(plan.rows.map(\.question) == ["y", "m", "k", "c", "b", "a"])
    #expect(plan.annex.map(\.question) == ["d", "e", "g", "n", "p"])
  }

  /// `--top 0`: the critical gaps only; the annex keeps the order, the chain included; and
  /// `--all` lists every gap, none twice.
  @Test func topZeroLeavesTheRestToTheAnnexAndAllListsEveryGap() throws {
    let plan = try Self.plan(top: 0)
    #expect(plan.rows.map(\.question) == ["y", "m", "k"])
    #expect(plan.annex.map(\.question) == ["c", "b", "a", "d", "e", "g", "n", "p"])
    let all = try Self.plan(top: nil)
    #expect(all.rows.map(\.question) == ["y", "m", "k", "c", "b", "a", "d", "e", "g", "n", "p"])
    #expect(all.annex.isEmpty)
    #expect(Set(plan.all.map(\.question)) == Set(all.rows.map(\.question)))
  }

  /// A critical gap's foundation comes with the critical gaps: k requires n (0.5, the second
  /// smallest priority); n comes right before k, not after every larger gap.
  @Test func theFoundationOfACriticalGapComesWithIt() throws {
    let plan = try Self.plan(top: 0) { questionnaire in
      questionnaire.factors[0].questions[0].requires = ["n"]
    }
    #expect(plan.rows.map(\.question) == ["y", "m", "n", "k"])
    #expect(plan.rows[2].pulledIn && !plan.rows[2].critical)
  }

  /// A required question that becomes a gap orders what requires it: z at 2 (0.5, after n
  /// in file order) comes before p, which requires it; at full marks it imposed nothing.
  @Test func aRequiredQuestionImposesOnlyWhenItIsAGap() throws {
    let plan = try Self.plan(top: nil, ["z": .value(.number(2))])
    #expect(Array(plan.rows.map(\.question).suffix(3)) == ["n", "z", "p"])
    let notApplicable = try Self.plan(top: 0, ["b": .notApplicable("No such unit")])
    // b not applicable: a requires a question that is not a gap, and no longer waits for c.
    #expect(notApplicable.annex.map(\.question) == ["a", "d", "e", "g", "c", "n", "p"])
  }

  /// A critical gap aims at the lowest level not below `critical_below`.
  ///
  /// With 0.5: level 2 on the 0–4 scale (0.5), from level 1 and from level 0, with the
  /// question's own description of level 2. y aims at yes.
  @Test func aCriticalGapAimsAtTheLevelThatClosesIt() throws {
    let questionnaire = try Self.questionnaire()
    let k = questionnaire.factors[0].questions[0]
    for level in [0.0, 1] {
      let plan = try Self.plan(top: 0, ["k": .value(.number(level))])
      let row = try #require(plan.rows.first { $0.question == "k" })
      #expect(row.target == .option(2))
      #expect(
        ActionPlanning.description(of: row.target, in: k)?.resolved("en", fallback: "en")
          == "A rule is in force and access to identities is restricted.")
    }
    #expect(try Self.plan(top: 0).rows.first { $0.question == "y" }?.target == .yes)
  }

  /// Any other gap aims at the next level up: n (2) at 3, with its own description; c (0) at
  /// 1, without the scale's shared description ("Begun"); g (a choice at 0) at its option 1,
  /// whose own description it shows.
  @Test func anotherGapAimsAtTheNextLevel() throws {
    let questionnaire = try Self.questionnaire()
    let questions = Dictionary(uniqueKeysWithValues: questionnaire.questions.map { ($0.id, $0) })
    let plan = try Self.plan(top: nil)
    func target(_ id: String) throws -> (ActionPlanning.Target?, String?) {
      let row = try #require(plan.rows.first { $0.question == id })
      let question = try #require(questions[id])
      return (
        row.target,
        ActionPlanning.description(of: row.target, in: question)?.resolved("en", fallback: "en")
      )
    }
    #expect(try target("n") == (.option(3), "Applied in every office."))
    #expect(try target("c") == (.option(1), nil))
    #expect(try target("g") == (.option(1), "Staff can report."))
    #expect(try target("p") == (.option(4), nil))
  }

  /// A critical multi aims at the fewest options that clear the threshold.
  ///
  /// 0.5 with P = 10: from {Free} (0.1), Anonymous (1 + 4 = 5: 0.5); from nothing, Anonymous
  /// alone is 0.4, so Anonymous and Independent (7: 0.7). A multi that is not critical aims
  /// at every option not in place.
  @Test func aCriticalMultiAimsAtTheSmallestSetThatClearsTheThreshold() throws {
    let plan = try Self.plan(top: 0)
    #expect(plan.rows.first { $0.question == "m" }?.target == .selection(add: [0], drop: []))
    let empty = try Self.plan(top: 0, ["m": .value(.selection([]))])
    #expect(empty.rows.first { $0.question == "m" }?.target == .selection(add: [0, 1], drop: []))
    let m = try Self.questionnaire().factors[0].questions[2]
    #expect(
      ActionPlanning.target(
        of: m, score: 0.1, value: .selection([1]), critical: false, threshold: 0.5)
        == .selection(add: [0, 1, 2], drop: []))
  }

  /// A multi gives up the selected options that count against it.
  ///
  /// Options 2, 1, −1 (P = 3), −1 selected (score 0): critical below 0.5 needs a sum of 1.5: +2 gives 1 (1/3), then the gains of 1 in options
  /// order: +1 gives 2 (2/3). Not critical: everything, −1 given up too.
  @Test func aMultiGivesUpWhatCountsAgainstIt() {
    var question = Question(
      id: "q",
      kind: .multi([
        AnswerOption(value: 2, label: LocalizedText(["en": "Two"])),
        AnswerOption(value: 1, label: LocalizedText(["en": "One"])),
        AnswerOption(value: -1, label: LocalizedText(["en": "Minus one"])),
      ]), text: LocalizedText(["en": "Q?"]))
    question.critical = true
    #expect(
      ActionPlanning.target(
        of: question, score: 0, value: .selection([-1]), critical: true, threshold: 0.5)
        == .selection(add: [0, 1], drop: []))
    #expect(
      ActionPlanning.target(
        of: question, score: 0, value: .selection([-1]), critical: false, threshold: 0.5)
        == .selection(add: [0, 1], drop: [2]))
  }

  /// No `critical_below` anywhere: the old rule.
  ///
  /// A critical gap is an item score of 0, and
  /// its target the next level up: k at 0 aims at 1 ("Started", with k's own description of
  /// level 1); k at 1 (0.25) is no critical gap and aims at 2 as any gap; m with nothing
  /// selected aims at its largest option alone (4/10 > 0).
  @Test func withoutTheKeyTheOldRuleAimsAtTheNextLevel() throws {
    let noKey: (inout Questionnaire) -> Void = { $0.scoring.criticalBelow = nil }
    let questionnaire = try Self.questionnaire(edit: noKey)
    let k = questionnaire.factors[0].questions[0]
    let zero = try Self.plan(
      top: 0, ["k": .value(.number(0)), "m": .value(.selection([]))], edit: noKey)
    // k, y and m all score 0 with weight 1: priority 1 each, in file order.
    #expect(zero.rows.map(\.question) == ["k", "y", "m"])
    let row = try #require(zero.rows.first)
    #expect(row.target == .option(1))
    #expect(
      ActionPlanning.description(of: row.target, in: k)?.resolved("en", fallback: "en")
        == "Promised in a speech or a draft; no rule in force.")
    #expect(zero.rows[2].target == .selection(add: [0], drop: []))
    let one = try Self.plan(top: nil, edit: noKey)
    #expect(one.rows.map(\.question).prefix(1) == ["y"])
    let k1 = try #require(one.rows.first { $0.question == "k" })
    #expect(!k1.critical && k1.target == .option(2))
  }

  /// A chain stops at a question that is not a gap: k (critical) requires z, at full marks,
  /// which requires c; c is not pulled in, and stays in the annex.
  @Test func aChainStopsAtAQuestionThatIsNoGap() throws {
    let plan = try Self.plan(top: 0) { questionnaire in
      questionnaire.factors[0].questions[0].requires = ["z"]
      questionnaire.factors[0].questions[10].requires = ["c"]
    }
    #expect(plan.rows.map(\.question) == ["y", "m", "k"])
    #expect(plan.annex.contains { $0.question == "c" && !$0.pulledIn })
  }

  /// A chain of 10,000 gaps of equal weight, each requiring the next, is ordered without
  /// recursion, from the last (the foundation of all) to the first.
  @Test func aLongChainIsOrderedFromItsFoundation() {
    let count = 10_000
    let scale = [0.0, 1].map { AnswerOption(value: $0, label: LocalizedText(["en": "L"])) }
    let questions = (0..<count).map { index in
      var question = Question(
        id: "q\(index)", kind: .scale(name: "s", options: scale), text: LocalizedText(["en": "T"]))
      if index + 1 < count { question.requires = ["q\(index + 1)"] }
      return question
    }
    let questionnaire = Questionnaire(
      id: "t", version: "1", title: LocalizedText(["en": "T"]),
      factors: [Factor(id: "f", title: LocalizedText(["en": "F"]), questions: questions)])
    let answers = Dictionary(
      uniqueKeysWithValues: questions.map { ($0.id, Answer.value(.number(0))) })
    let score = ResponseScorer.score(questionnaire, answers: answers)
    let plan = ActionPlanning.plan(questionnaire, score: score, answers: answers, top: 1)
    // q0 is the largest gap by file order; it pulls in the whole chain.
    #expect(plan.rows.map(\.question) == questions.reversed().map(\.id))
    #expect(plan.annex.isEmpty)
  }

  /// A cycle that `validate` refuses, made in code: the plan still lists each gap once.
  @Test func aCycleMadeInCodeStillGivesEachGapOnce() throws {
    let plan = try Self.plan(top: nil) { questionnaire in
      questionnaire.factors[0].questions[5].requires = ["a"]  // c requires a: a → b → c → a
    }
    #expect(plan.rows.count == 11)
    #expect(Set(plan.rows.map(\.question)).count == 11)
    #expect(plan.rows.prefix(3).map(\.question) == ["y", "m", "k"])
  }
}
