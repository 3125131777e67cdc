import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

@testable import ArushaReports

/// Properties of the scoring rules over seeded random responses (issue 10): raising one
/// answer never lowers its factor when the follow-ups it reveals say `when_hidden: zero` and
/// their conditions only reveal as answers rise; scores stay within 0…100; nothing that
/// `validate` accepts crashes scoring or any report.
@Suite struct ScoringPropertyTests {
  /// Zero follow-ups revealed by `>=`, `>`, `includes`, `answered` and `== yes`, chained two
  /// deep; both methods; a critical question and a cap; the extreme weights and values the
  /// format allows.
  static let source = """
    format: arusha/questionnaire-1
    id: properties
    version: "1"
    title: Properties
    scales:
      m:
        - {value: 0, label: None}
        - {value: 1, label: Ad hoc}
        - {value: 2, label: Defined}
        - {value: 3, label: Applied}
        - {value: 4, label: Verified, evidence: expected}
    scoring: {critical_cap: 40}
    factors:
      - id: chain
        title: Chain
        questions:
          - {id: a, type: scale, scale: m, critical: true, help: H, text: A?}
          - {id: b, type: yesno, when: a >= 2, when_hidden: zero, weight: 2, help: H, text: B?}
          - {id: c, type: scale, scale: m, when: b == yes, when_hidden: zero, help: H, text: C?}
          - {id: d, type: yesno, when: a > 3, when_hidden: zero, weight: 0.001, help: H, text: D?}
          - {id: e, type: yesno, evidence: expected, allow_na: true, help: H, text: E?}
      - id: sets
        title: Sets
        method: minimum
        questions:
          - id: m
            type: multi
            help: H
            text: M?
            options: [{value: 1, label: One}, {value: 2, label: Two}, {value: -1, label: Minus}]
          - {id: n, type: yesno, when: m includes 2, when_hidden: zero, help: H, text: N?}
          - {id: o, type: choice, when: answered(n), when_hidden: zero, help: H, text: O?, options: [{value: -1000000000, label: Low}, {value: 0, label: Mid}, {value: 1000000000, label: High}]}
      - id: heavy
        title: Heavy
        weight: 1000
        questions:
          - {id: h1, type: yesno, weight: 1000, help: H, text: H1?}
          - {id: h2, type: scale, scale: m, weight: 0.001, allow_na: true, help: H, text: H2?}
          - {id: h3, type: number, min: -1000000000, max: 1000000000, unit: units, help: H, text: H3?}
          - {id: h4, type: text, required: false, help: H, text: H4?}

    """

  static let questionnaire: Questionnaire = {
    let result = QuestionnaireDecoder().decode(Array(source.utf8))
    precondition(result.diagnostics.allSatisfy { $0.severity != .error }, "\(result.diagnostics)")
    guard let questionnaire = result.questionnaire else { fatalError("\(result.diagnostics)") }
    return questionnaire
  }()

  /// A random answer for `question`: missing, unknown, n/a, or any fitting value, with or
  /// without evidence.
  static func randomAnswer(_ question: Question, _ random: inout SplitMix64) -> Answer? {
    var answer: Answer
    switch Int.random(in: 0..<10, using: &random) {
    case 0: return nil
    case 1 where question.allowUnknown: answer = .unknown
    case 2 where question.allowNotApplicable: answer = .notApplicable("Not here.")
    default:
      switch question.kind {
      case .scale(_, let options), .choice(let options):
        answer = .value(.number(options.randomElement(using: &random)?.value ?? 0))
      case .yesno: answer = .value(.number(Double(Int.random(in: 0...1, using: &random))))
      case .multi(let options):
        answer = .value(.selection(options.map(\.value).filter { _ in .random(using: &random) }))
      case .number(let low, let high):
        answer = .value(
          .number([low ?? 0, high ?? 0, 0, 12.5].randomElement(using: &random) ?? 0))
      case .text: answer = .value(.text("x"))
      }
    }
    if Bool.random(using: &random) {
      answer.evidence = ["Decision 4", " ", "0"].randomElement(using: &random)
    }
    return answer
  }

  static func randomAnswers(_ random: inout SplitMix64) -> [String: Answer] {
    var answers: [String: Answer] = [:]
    for question in questionnaire.questions {
      answers[question.id] = randomAnswer(question, &random)
    }
    return answers
  }

  /// `value` raised by one step: the next higher option, yes for no, one more positive
  /// option; nil at the top.
  static func raised(_ question: Question, _ value: AnswerValue) -> AnswerValue? {
    switch (question.kind, value) {
    case (.scale(_, let options), .number(let number)), (.choice(let options), .number(let number)):
      return options.map(\.value).filter { $0 > number }.min().map { .number($0) }
    case (.yesno, .number(let number)):
      return number == 0 ? .number(1) : nil
    case (.multi(let options), .selection(let selected)):
      guard let extra = options.map(\.value).first(where: { $0 > 0 && !selected.contains($0) })
      else { return nil }
      return .selection(selected + [extra])
    default:
      return nil
    }
  }

  /// `explain` on random responses: for `mean` the contributions add up to the uncapped
  /// score to 1e-9 (the tiny weights included); for `minimum` the decisive items score the
  /// minimum; the cap is the step to the score; item scores are the scorer's (issue 14).
  @Test func explanationsAddUpToTheScorersFigures() {
    var random = SplitMix64(seed: 20_261_202)
    let plan = ScoringPlan(Self.questionnaire)
    for _ in 0..<3000 {
      let answers = Self.randomAnswers(&random)
      let score = ResponseScorer.score(plan, answers: answers)
      let explanation = ScoreExplanation(Self.questionnaire, answers: answers, score: score)
      #expect(explanation.factors.map(\.id) == score.factors.map(\.factor))
      for (factor, result) in zip(explanation.factors, score.factors) {
        #expect(factor.score == result.score && factor.uncapped == result.uncapped)
        let scored = factor.items.compactMap(\.score)
        switch factor.method {
        case .mean:
          let sum = factor.items.compactMap(\.contribution).reduce(0, +)
          if let uncapped = result.uncapped {
            #expect(abs(sum - uncapped) <= 1e-9, "\(factor.id): \(sum) vs \(uncapped); \(answers)")
          } else {
            #expect(scored.isEmpty && sum == 0)
          }
        case .minimum:
          let decisive = factor.items.filter(\.decisive).compactMap(\.score)
          #expect(decisive.isEmpty == scored.isEmpty)
          for value in decisive { #expect(abs(100 * value - (result.uncapped ?? -1)) <= 1e-9) }
          #expect(factor.items.allSatisfy { $0.contribution == nil })
        }
        if factor.capped {
          #expect(
            factor.cap == Self.questionnaire.scoring.criticalCap && factor.score == factor.cap)
        }
        for item in factor.items {
          let scoredItem = score.items.first { $0.question == item.question }
          #expect(item.score == scoredItem?.score && item.state == scoredItem?.state)
        }
      }
    }
  }

  @Test func raisingAnAnswerNeverLowersItsFactor() {
    var random = SplitMix64(seed: 20_261_201)
    let plan = ScoringPlan(Self.questionnaire)
    var checked = 0
    for _ in 0..<3000 {
      var answers = Self.randomAnswers(&random)
      let before = ResponseScorer.score(plan, answers: answers)
      let visible = before.items.filter { $0.visible && $0.state == .answered }
      guard let item = visible.randomElement(using: &random),
        let question = Self.questionnaire.questions.first(where: { $0.id == item.question }),
        let value = answers[item.question]?.value, let higher = Self.raised(question, value)
      else { continue }
      answers[item.question]?.value = higher
      let after = ResponseScorer.score(plan, answers: answers)
      let old = before.factors.first { $0.factor == item.factor }?.score
      let new = after.factors.first { $0.factor == item.factor }?.score
      #expect(
        (new ?? -1) >= (old ?? -1) - 1e-9,
        "\(item.question): \(value) → \(higher) lowered \(item.factor) from \(String(describing: old)) to \(String(describing: new)); answers \(answers)"
      )
      checked += 1
    }
    #expect(checked > 1000, "enough raises were tried (\(checked))")
  }

  @Test func scoresStayWithinBoundsAndEveryReportRenders() {
    var random = SplitMix64(seed: 7)
    for round in 0..<400 {
      var response = Response(
        questionnaire: QuestionnaireReference(
          id: "properties", version: "1", sha256: String(repeating: "0", count: 64)),
        administration: "Customs \(round % 7)", round: "2024",
        status: round.isMultiple(of: 2) ? .complete : .inProgress)
      response.answers = Self.randomAnswers(&random)
      let report = ScoreReport(questionnaire: Self.questionnaire, response: response)
      let score = report.score
      for factor in score.factors {
        if let value = factor.score { #expect((0 - 1e-9...100 + 1e-9).contains(value)) }
        if let value = factor.uncapped { #expect((0 - 1e-9...100 + 1e-9).contains(value)) }
        if let coverage = factor.coverage { #expect((0...1).contains(coverage)) }
        if factor.capped { #expect(factor.score == 40 && (factor.uncapped ?? 0) > 40) }
      }
      if let overall = score.overall { #expect((0 - 1e-9...100 + 1e-9).contains(overall)) }
      for item in score.items {
        if let value = item.score { #expect((0...1).contains(value)) }
      }
      // Every format renders, and the JSON parses.
      _ = report.table(style: .plain, width: 80)
      _ = report.markdown()
      _ = report.html()
      _ = report.factorsCSV()
      _ = report.itemsCSV()
      _ = report.actionPlanMarkdown()
      _ = report.actionPlanCSV()
      let json = report.json()
      #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
      #expect(!json.contains("-0.0") && !report.table(style: .plain).contains("−0.0"))
    }
  }
}
