import ArushaCore
import ArushaReports
import ArushaTestSupport
import Foundation
import Testing

/// Issue 27, item 5: `PlanReport` renders whatever plan it is given, ids the questionnaire
/// lacks and values of another shape included (`arusha plan` refuses those first, as
/// `validate` does; the report must still never crash on them), every text printable.
@Suite struct PlanReportTests {
  static func questionnaire() throws -> Questionnaire {
    let url = TestPaths.packageRoot.appendingPathComponent(
      "Tests/ArushaCoreTests/Fixtures/improvement/questionnaire.yaml")
    let result = QuestionnaireDecoder().decode([UInt8](try Data(contentsOf: url)))
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  static func plan() -> ImprovementPlan {
    ImprovementPlan(
      questionnaire: .init(id: "improvement-fixture", version: "1", sha256: ""),
      administration: "Niger\u{1B}[31m | x", round: "2024", made: "not a time", note: nil,
      baseline: .init(
        sha256: "", overall: nil, factors: [("lead", 30), ("ghost", 12)],
        items: [
          .init(question: "code", value: .selection([1, 2, 99]), state: nil, score: 0),
          .init(question: "vetting", value: .text("free"), state: nil, score: nil),
          .init(question: "ghost", value: .number(1), state: nil, score: 1),
        ], figures: []),
      targets: [
        .init(factor: "ghost", goal: .level(41), by: "2026\n|"),
        .init(factor: "lead", goal: .score(62.5), by: nil),
      ],
      actions: [
        .init(id: "a1", questions: ["channels", "ghost", "code"], target: .number(77)),
        .init(
          id: "a2", questions: [], description: "line one\nline two | *x*", owner: "\u{7}HR",
          due: "2025-06-30", target: .selection([9]), status: .started, evidence: "=1+1"),
      ])
  }

  @Test func aForeignPlanRendersEveryRow() throws {
    let report = PlanReport(plan: Self.plan(), questionnaire: try Self.questionnaire())
    let markdown = report.markdown()
    // No projection where no answer that scores stands: code's value is not one of its
    // options, strategy unanswered, a1's 77 fits none of its questions; ghost is unknown.
    #expect(!markdown.contains("\u{1B}") && !markdown.contains("\u{7}"))
    #expect(markdown.contains("Made from Niger\\[31m \\| x, round 2024."), "\(markdown)")
    #expect(
      markdown.contains("| ghost | 12.0 | Score 41 | 41.0 | — |  | 2026 \\| |"), "\(markdown)")
    #expect(markdown.contains("| 1. Leadership | 30.0 | Score 62.5 | 62.5 | — |  | Next round |"))
    #expect(
      markdown.contains(
        "| a1 | Q8, Q1 | Which channels receive reports? / Is there a code of conduct? | 3. Investigation / 1. Leadership | No answer / Started; Adopted | 77 |"
      ), "\(markdown)")
    #expect(
      markdown.contains(
        "| a2 |  |  |  |  |  | line one line two \\| \\*x\\* | HR | 2025-06-30 | Started | =1+1 |"),
      "\(markdown)")
    let workbook = report.workbook()
    #expect(workbook.sheets.map(\.name) == ["Actions", "Targets"])
    #expect(workbook.sheets[0].rows.count == 2 && workbook.sheets[1].rows.count == 2)
  }
}
