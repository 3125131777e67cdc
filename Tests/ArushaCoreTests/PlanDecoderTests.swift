import ArushaCore
import Foundation
import Testing

/// Reading plan files (issue 27, docs/plan-format.md): the shape of the common brief, and every
/// mistake of a plan's syntax at once at its LINE:COL.
@Suite struct PlanDecoderTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/plans")

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  static func findings(_ text: String) -> [String] {
    ImprovementPlanDecoder().decode(Array(text.utf8)).diagnostics.map {
      "\($0.mark.line):\($0.mark.column): \($0.severity.rawValue): \($0.message)"
    }
  }

  @Test func theBriefsExampleReads() throws {
    let result = ImprovementPlanDecoder().decode(try Self.bytes("brief-example.yaml"))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let plan = try #require(result.plan)
    #expect(plan.questionnaire.id == "rad-self-assessment")
    #expect(plan.questionnaire.version == "2027.2")
    #expect(plan.questionnaire.sha256 == String(repeating: "0123456789abcdef", count: 4))
    #expect(plan.administration == "Niger")
    #expect(plan.round == "2024")
    #expect(plan.made == "2024-11-14T10:00:00Z")
    #expect(plan.note?.hasPrefix("Guidance for the team") == true)
    #expect(plan.baseline.sha256 == String(repeating: "fedcba9876543210", count: 4))
    #expect(plan.baseline.overall == 48.9)
    #expect(plan.baseline.factors.map(\.factor) == ["leadership", "regulatory-framework"])
    #expect(plan.baseline.score(of: "leadership") == 55)
    #expect(plan.baseline.score(of: "regulatory-framework") == nil)
    #expect(
      plan.baseline.items == [
        .init(
          question: "leadership.executive-ownership", value: .number(2), state: nil, score: 0.5),
        .init(question: "leadership.other", value: nil, state: .unknown, score: 0),
        .init(question: "hr.some", value: nil, state: .notApplicable, score: nil),
        .init(
          question: "automation.controls", value: .selection([1, 4]), state: nil, score: 0.625),
      ])
    #expect(
      plan.baseline.figures == [
        .init(question: "hr.staff", value: 1200, normalized: nil),
        .init(question: "investigation.cases", value: 14, normalized: 1.17),
      ])
    #expect(
      plan.targets == [
        .init(factor: "leadership", goal: .level(60), by: "2026"),
        .init(factor: "transparency", goal: .score(50), by: nil),
      ])
    #expect(
      plan.actions == [
        .init(
          id: "a1", questions: ["leadership.executive-ownership"], description: nil, owner: nil,
          due: nil, target: .number(3), status: .planned, evidence: nil)
      ])
  }

  @Test func calendarDates() {
    #expect(CalendarDate.isValid("2025-06-30"))
    #expect(CalendarDate.isValid("2024-02-29"))
    #expect(CalendarDate.isValid("2000-02-29"))
    #expect(!CalendarDate.isValid("1900-02-29"))
    #expect(!CalendarDate.isValid("2025-02-29"))
    #expect(!CalendarDate.isValid("2025-02-30"))
    #expect(!CalendarDate.isValid("2025-13-01"))
    #expect(!CalendarDate.isValid("2025-04-31"))
    #expect(!CalendarDate.isValid("2025-00-10"))
    #expect(!CalendarDate.isValid("2025-01-00"))
    #expect(!CalendarDate.isValid("0000-01-01"))
    #expect(!CalendarDate.isValid("2025-1-01"))
    #expect(!CalendarDate.isValid("2025-01-01T00:00:00Z"))
    #expect(!CalendarDate.isValid("２０２５-01-01"))
  }

  /// The fuzz target's plan seed reads without a finding, and every past failing input of the
  /// fuzzer (Fixtures/fuzz) decodes as a plan, and is checked, with positioned findings only.
  @Test func theFuzzSeedAndPastFuzzInputs() throws {
    let root = Self.folder.deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let seed = [UInt8](try Data(contentsOf: root.appendingPathComponent("Fuzz/seeds/plan.yaml")))
    let decoded = ImprovementPlanDecoder().decode(seed)
    #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
    #expect(decoded.plan?.actions.count == 3)
    let questionnaire = try PlanCheckTests.fixture()
    for url in FuzzRegressionTests.inputs {
      let result = ImprovementPlanDecoder().decode([UInt8](try Data(contentsOf: url)))
      let checks = result.partial?.check(against: questionnaire) ?? []
      #expect(
        (result.diagnostics + checks).allSatisfy { $0.mark.line >= 1 && $0.mark.column >= 1 },
        "\(url.lastPathComponent)")
    }
  }
}
