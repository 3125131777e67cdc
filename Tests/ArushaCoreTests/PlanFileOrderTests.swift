import ArushaCore
import Testing

/// Integrity review finding 9 (issue 27): `arusha plan` writes the baseline last; the decoder
/// reads the keys in any order, so a plan written either way reads back as the same plan.
@Suite struct PlanFileOrderTests {
  @Test func theWrittenPlanReadsBackInEitherOrder() throws {
    let plan = try ImprovementPlanningTests.plan(top: 2, note: "Line one.\nLine two.")
    let text = String(decoding: try plan.yamlBytes(), as: UTF8.self)
    // The note as a literal block; the baseline after the actions.
    #expect(text.contains("note: |-\n  Line one.\n  Line two.\n"), "\(text)")
    let actions = try #require(text.range(of: "\nactions:\n"))
    let baseline = try #require(text.range(of: "\nbaseline:\n"))
    #expect(actions.lowerBound < baseline.lowerBound)
    let decoded = ImprovementPlanDecoder().decode(Array(text.utf8))
    #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
    #expect(decoded.plan == plan)
    // The baseline moved back before the targets (the order of the first plan files).
    let targets = try #require(text.range(of: "\ntargets:\n"))
    let moved =
      String(text[..<targets.lowerBound]) + String(text[baseline.lowerBound...])
      + String(text[targets.lowerBound..<baseline.lowerBound]) + "\n"
    let again = ImprovementPlanDecoder().decode(Array(moved.utf8))
    #expect(again.diagnostics.isEmpty, "\(again.diagnostics)\n\(moved)")
    #expect(again.plan == plan)
  }
}
