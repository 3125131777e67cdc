import ArushaText
import Testing

/// The plan's scope and annex in the number and the case they describe (review of issue 24).
@Suite struct ActionPlanPhrasesTests {
  /// Without a critical gap the scope does not speak of critical gaps; one gap in the annex
  /// is "the other gap" in its heading as in the sentence.
  @Test func theScopeAndTheAnnexFitTheirCounts() {
    let english = Phrases("en")
    #expect(
      english.actionPlanScope(top: 2, annex: 3, critical: false)
        == "The first 2 priority gaps and the gaps they build on. The other 3 gaps are in the annex."
    )
    #expect(
      english.actionPlanScope(top: 2, annex: 1, critical: true)
        == "Every critical gap, the next 2 priority gaps and the gaps they build on. The other gap is in the annex."
    )
    let french = Phrases("fr")
    #expect(
      french.actionPlanScope(top: 1, annex: 2, critical: false)
        == "La première lacune prioritaire et celles dont elle dépend. Les 2 autres lacunes figurent en annexe."
    )
    #expect(french.actionPlanAnnex(count: 1) == "Annexe\u{A0}: l’autre lacune")
    #expect(english.actionPlanAnnex(count: 4) == "Annex: the other gaps")
  }
}
