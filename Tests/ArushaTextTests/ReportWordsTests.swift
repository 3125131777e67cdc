import Testing

@testable import ArushaText

/// Issue 23, item 4: the words of the reports that a francophone reviewer found wrong, in both
/// languages: dates in words, labels standing alone, legends and chart titles.
@Suite struct ReportWordsTests {
  @Test func datesAreWrittenInTheReportLanguage() {
    let french = Phrases("fr")
    let english = Phrases("en")
    // No-break spaces: a date never breaks across lines.
    #expect(french.date("2026-07-02") == "2\u{A0}juillet\u{A0}2026")
    #expect(english.date("2026-07-02") == "2\u{A0}July\u{A0}2026")
    // French writes the first of a month « 1er ».
    #expect(french.date("2026-07-01T09:15:00Z") == "1er\u{A0}juillet\u{A0}2026")
    #expect(english.date("2026-07-01T09:15:00Z") == "1\u{A0}July\u{A0}2026")
    #expect(french.date("2024-12-31T23:59:59Z") == "31\u{A0}décembre\u{A0}2024")
    #expect(french.date("2026-08-15") == "15\u{A0}août\u{A0}2026")
    #expect(english.date("2024-02-29") == "29\u{A0}February\u{A0}2024")
    // Not a date: as it is, nothing lost.
    for text in [
      "2026-02-29", "2026-13-01", "2026-00-10", "2026-07-00", "2026-7-2", "02/07/2026",
      "2026-07-02x", "+026-07-02", "", "soon",
    ] {
      #expect(french.date(text) == text, "\(text)")
      #expect(english.date(text) == text, "\(text)")
    }
    #expect(french.completedOn(french.date("2026-07-02")) == "terminée le 2\u{A0}juillet\u{A0}2026")
    #expect(english.savedOn(english.date("2026-07-02")) == "last saved 2\u{A0}July\u{A0}2026")
  }

  @Test func aLabelStandingAloneStartsWithACapital() {
    let french = Phrases("fr")
    let english = Phrases("en")
    #expect(french.standalone(french.none) == "Aucun")
    #expect(french.standalone(french.noScore) == "Pas de score")
    #expect(english.standalone(english.none) == "None")
    #expect(english.standalone(english.noScore) == "No score")
    #expect(french.standalone(french.directionWord(.up)) == "En hausse")
    #expect(french.standalone("") == "")
    // Inside a sentence the catalogue's words stay lowercase.
    #expect(french.none == "aucun")
    #expect(french.noScore == "pas de score")
    #expect(french.colon(french.strengths) + " " + french.none == "Points forts\u{A0}: aucun")
  }

  @Test func legendsStartEachEntryWithACapital() {
    let french = Phrases("fr")
    let english = Phrases("en")
    #expect(
      french.positionNote("10")
        == "▲\u{A0}Au-dessus des pairs (médiane\u{A0}+\u{A0}10 ou plus) · ▼\u{A0}En dessous des pairs (médiane\u{A0}−\u{A0}10 ou moins)"
    )
    #expect(
      english.positionNote("10")
        == "▲\u{A0}Above peers (median\u{A0}+\u{A0}10 or more) · ▼\u{A0}Below peers (median\u{A0}−\u{A0}10 or less)"
    )
    #expect(
      french.directionNote("5")
        == "↑\u{A0}En hausse (+5\u{A0}points ou plus) · ↓\u{A0}En baisse (−5\u{A0}points ou moins) · →\u{A0}Stable"
    )
    #expect(
      english.directionNote("5")
        == "↑\u{A0}Up (+5\u{A0}points or more) · ↓\u{A0}Down (−5\u{A0}points or less) · →\u{A0}Stable"
    )
    #expect(french.suppressedNote(3) == "— Masqué\u{A0}: moins de 3 répondants")
    #expect(english.suppressedNote(3) == "— Suppressed: fewer than 3 respondents")
    #expect(
      french.explainKey
        == "◆\u{A0}Question critique · †\u{A0}Affirme la pratique sans le justificatif attendu")
    #expect(french.decisive == "La plus faible\u{A0}: elle fait le score")
    #expect(english.decisive == "The lowest: it sets the score")
    #expect(french.strengthThreshold == "Point fort")
    #expect(english.improvementThreshold == "Improvement")
  }

  @Test func chartTitlesNameWhatTheyShow() {
    let french = Phrases("fr")
    let english = Phrases("en")
    #expect(
      french.historyOf(factor: "4. Automatisation")
        == "Historique\u{A0}: 4. Automatisation, cycle par cycle")
    #expect(english.historyOf(factor: "4. Automation") == "History: 4. Automation, round by round")
    #expect(
      french.changesOf("Niger", from: "2022", to: "2024") == "Évolutions\u{A0}: Niger, 2022 → 2024")
    #expect(english.changesOf("Niger", from: "2022", to: "2024") == "Changes: Niger, 2022 → 2024")
  }

  @Test func theAnonymizedNoteSaysTheCodePointOrder() {
    #expect(
      Phrases("fr").anonymizedNote
        == "Les administrations sont anonymisées (A1, A2, … dans l’ordre des points de code Unicode de leurs noms, celui des groupes, et non dans l’ordre alphabétique\u{A0}: É vient après Z)."
    )
    #expect(
      Phrases("en").anonymizedNote
        == "Administrations are anonymized (A1, A2, … in the order of their names by Unicode code point, as the groups are listed, not in alphabetical order: É comes after Z)."
    )
  }
}
