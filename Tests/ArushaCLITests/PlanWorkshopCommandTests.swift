import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// The integrity review of issue 27 (findings 6, 8, 9), through the real binary: a plan's
/// workbook given where a YAML file is read, French status words, `by` rounds that cannot be
/// a later round, an action done without evidence.
@Suite struct PlanWorkshopCommandTests {
  /// A workspace with the improvement fixture (PlanCommandTests), its plan as a workbook and
  /// as a plan file.
  static func workspace() throws -> URL {
    let folder = try PlanCommandTests().workspace()
    for output in ["plan.xlsx", "plan.yaml"] {
      let made = try runArusha(["plan", "response.yaml", "-o", output], directory: folder)
      #expect(made.status == 0, "\(made.stderr)")
    }
    return folder
  }

  /// Every command that reads YAML says in one line that a workbook is one, never "control
  /// characters are not allowed".
  @Test func aWorkbookIsNamedWhereverYAMLIsRead() throws {
    let folder = try Self.workspace()
    let workbook = "is a workbook (a zip archive, as .xlsx files are)"
    let planHint = "the plan's workbook is for reading and printing; edit the plan file (plan.yaml)"
    let otherHint = "a filled-in form is read with 'arusha import FILE.xlsx'"
    let cases: [([String], String)] = [
      (["plan", "plan.xlsx", "-o", "p.md"], "not an improvement plan: \(planHint)"),
      (["validate", "plan.xlsx"], "not a YAML file arusha reads: \(otherHint)"),
      (["score", "response.yaml", "--plan", "plan.xlsx"], "not an improvement plan: \(planHint)"),
      (
        ["score", "plan.xlsx"],
        "not a response: import a filled-in form first with 'arusha import FILE.xlsx'"
      ),
      (["score", "response.yaml", "--questionnaire", "plan.xlsx"], "not a questionnaire"),
      (["compare", "plan.xlsx"], "not a response"),
      (["compare", "response.yaml", "--map", "plan.xlsx"], "not an item map"),
      (["explain", "plan.xlsx"], "not a response"),
    ]
    for (arguments, message) in cases {
      let result = try runArusha(arguments, directory: folder)
      let said = result.stdout + result.stderr
      #expect(result.status == 65, "\(arguments): \(said)")
      #expect(said.contains("plan.xlsx") && said.contains(workbook), "\(arguments): \(said)")
      #expect(said.contains(message), "\(arguments): \(said)")
      #expect(!said.contains("control characters"), "\(arguments): \(said)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("p.md").path))
  }

  /// A plan with one of each mistake of rounds, evidence and status words.
  ///
  /// `by` not after the round (error), `by` not shaped like the round (warning, how it is
  /// read), done without evidence (warning), French and English status words (errors naming
  /// the word to write). Positions counted by hand: line 14
  /// `  leadership: {level: 50, by: "fin 2026"}` has its value at column 31; line 15's
  /// `transparency` is two letters longer (33); a status value sits after
  /// `  - {id: aN, questions: [ID], target: N, status: ` (68 for reform.rkc-reference, 78 for
  /// leadership.executive-ownership).
  @Test func roundsEvidenceAndStatusWordsAtTheirPlaces() throws {
    var text = try ValidatePlanTests.plan(
      """
        - {id: a1, questions: [reform.rkc-reference], target: 3, status: done}
        - {id: a2, questions: [leadership.executive-ownership], target: 4, status: réalisée}
        - {id: a3, questions: [leadership.executive-ownership], target: 4, status: Engagé}
        - {id: a4, questions: [leadership.executive-ownership], target: 4, status: completed}
        - {id: a5, questions: [leadership.executive-ownership], target: 4, status: abandonne}
      """)
    text = text.replacingOccurrences(
      of: "  leadership: {level: 50, by: \"2026\"}",
      with: "  leadership: {level: 50, by: \"fin 2026\"}\n  transparency: {level: 50, by: \"2024\"}"
    )
    let folder = try ValidatePlanTests.folder(text)
    let result = try runArusha(["validate", "plan.yaml"], directory: folder)
    #expect(result.status == 65, "\(result.stdout)\(result.stderr)")
    let statuses = "the file's statuses are planned, started, done and dropped"
    #expect(
      ValidatePlanTests.errorLines(result.stdout) == [
        "plan.yaml:14:31: warning: the target of 'leadership' is due by 'fin 2026', not a round name like the plan's round '2024': rounds are ordered as compare orders them, and it comes after round '2026', so at round '2026' the target is not due yet; write the round as the administration names it ('2026')",
        "plan.yaml:15:33: error: the target of 'transparency' is due by round '2024', which does not come after the plan's round '2024': name a later round, or null for the next",
        "plan.yaml:17:68: warning: action 'a1' is done without evidence: say what shows it done (a document, a decision)",
        "plan.yaml:18:78: error: unknown action status 'réalisée': write done (réalisée); \(statuses)",
        "plan.yaml:19:78: error: unknown action status 'Engagé': write started (engagée); \(statuses)",
        "plan.yaml:20:78: error: unknown action status 'completed': write done; \(statuses)",
        "plan.yaml:21:78: error: unknown action status 'abandonne': write dropped (abandonnée); \(statuses)",
      ], "\(result.stdout)")
    #expect(result.stdout.hasSuffix("1 file checked: 5 errors, 2 warnings\n"))
  }

  /// A later round named as the plan's is named passes; an earlier one is refused; evidence
  /// given, no warning.
  @Test func aLaterRoundPassesAnEarlierOneDoesNot() throws {
    let good = try ValidatePlanTests.plan(
      "  - {id: a1, questions: [reform.rkc-reference], target: 3, status: done, evidence: Decree}")
    let passes = try runArusha(
      ["validate", "plan.yaml"], directory: try ValidatePlanTests.folder(good))
    #expect(passes.status == 0, "\(passes.stdout)")
    #expect(passes.stdout == "1 file checked: no problems\n")
    let earlier = good.replacingOccurrences(of: "by: \"2026\"", with: "by: \"2023\"")
    let refused = try runArusha(
      ["validate", "plan.yaml"], directory: try ValidatePlanTests.folder(earlier))
    #expect(refused.status == 65)
    #expect(
      ValidatePlanTests.errorLines(refused.stdout) == [
        "plan.yaml:14:31: error: the target of 'leadership' is due by round '2023', which does not come after the plan's round '2024': name a later round, or null for the next"
      ], "\(refused.stdout)")
  }

  /// The plan file `arusha plan` writes reads back (the baseline last), and validates clean:
  /// no action is done yet, every `by` is null.
  @Test func theWrittenPlanValidates() throws {
    let folder = try Self.workspace()
    let result = try runArusha(["validate", "plan.yaml"], directory: folder)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "1 file checked: no problems\n")
  }
}
