import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// The content of the Revised Arusha Declaration questionnaire 2027.1, which answers the
/// expert review of 2026.1 (issue 13): level anchors, key figures, `when_hidden`, the missing
/// topics in both languages, the critical rule shared with internal affairs, and French
/// typography.
@Suite struct DeclarationQuestionnaire2027Tests {
  static let file = "revised-arusha-declaration-2027.1.yaml"

  static func load() throws -> Questionnaire {
    try DeclarationQuestionnaireTests.load(file)
  }

  /// Every French string of the questionnaire, with where it is.
  static func frenchTexts(_ q: Questionnaire) -> [(place: String, text: String)] {
    var texts: [(String, LocalizedText?)] = [("title", q.title), ("description", q.description)]
    for scale in q.scales {
      for option in scale.options {
        texts.append(("scale \(scale.name) \(option.value)", option.label))
        texts.append(("scale \(scale.name) \(option.value) description", option.description))
      }
    }
    for level in q.scoring.levels { texts.append(("level \(level.min)", level.label)) }
    for factor in q.factors {
      texts.append((factor.id, factor.title))
      texts.append((factor.id + " summary", factor.summary))
      for question in factor.questions {
        let id = question.id
        texts += [(id, question.text), (id + " help", question.help)]
        texts += [(id + " topic", question.topic), (id + " unit", question.unit)]
        for option in question.kind.options {
          texts += [
            (id + " option", option.label), (id + " option description", option.description),
          ]
        }
        for (value, description) in question.descriptions {
          texts.append(("\(id) level \(value)", description))
        }
      }
    }
    return texts.compactMap { place, text in text?.translations["fr"].map { (place, $0) } }
  }

  @Test func isVersion2027WithTheScaleKeyedZeroToFourAndEvidenceAtTheTopTwoLevels() throws {
    let rad = try Self.load()
    #expect(rad.id == "rad-self-assessment")
    #expect(rad.version == "2027.1")
    let maturity = try #require(rad.scales.first { $0.name == "maturity" })
    #expect(maturity.options.map(\.value) == [0, 1, 2, 3, 4])
    #expect(maturity.options.map(\.evidenceExpected) == [false, false, false, true, true])
    let scaled = rad.questions.filter { $0.kind.typeName == "scale" }
    #expect(!scaled.isEmpty && scaled.allSatisfy(\.isValueKeyed))
    #expect(rad.scoring.criticalCap == 49)
    #expect(rad.factors.allSatisfy { (5...21).contains($0.questions.count) })
    #expect(rad.factors[8].title.translations["fr"] == "Esprit de corps")
  }

  @Test func everyCriticalAndWeightTwoQuestionHasItsOwnLevelAnchors() throws {
    let rad = try Self.load()
    let anchored = rad.questions.filter { $0.critical || $0.weight >= 2 }
    #expect(anchored.count >= 15)
    for question in anchored {
      switch question.kind {
      case .scale(_, let options):
        #expect(
          Set(question.descriptions.keys) == Set(options.map(\.value)), "\(question.id) levels")
        for description in question.descriptions.values {
          #expect(Set(description.translations.keys) == ["en", "fr"], "\(question.id)")
        }
      case .multi(let options):
        // `descriptions` is for scales: a multi describes each option instead.
        #expect(options.allSatisfy { $0.description != nil }, "\(question.id) options")
      default:
        Issue.record("\(question.id): a critical or weight-2 question should be a scale or multi")
      }
    }
  }

  @Test func atLeastFiveKeyFiguresWithAUnitInBothLanguages() throws {
    let rad = try Self.load()
    let figures = rad.questions.filter { $0.kind.typeName == "number" }
    // The year of accession to the RKC is information without a unit; the counts have one.
    #expect(figures.filter { $0.unit != nil }.count >= 5)
    for figure in figures where figure.id != "regulatory-framework.rkc-accession" {
      #expect(Set(figure.unit?.translations.keys ?? [:].keys) == ["en", "fr"], "\(figure.id)")
    }
    let ids = Set(figures.map(\.id))
    for id in [
      "audit-investigation.reports-received", "audit-investigation.cases-opened",
      "audit-investigation.cases-closed", "audit-investigation.days-to-close",
      "audit-investigation.sanctions", "automation.override-share",
    ] {
      #expect(ids.contains(id), "\(id)")
    }
  }

  @Test func everyConditionalScoredQuestionSaysHowItScoresWhileHidden() throws {
    let rad = try Self.load()
    let conditional = rad.questions.filter { $0.condition != nil && $0.kind.isScored }
    #expect(conditional.count >= 5)
    for question in conditional {
      #expect(question.declaresWhenHidden, "\(question.id)")
      // Every follow-up asks about a deeper practice: without its parent, it is absent.
      #expect(question.whenHidden == .zero, "\(question.id)")
    }
  }

  @Test(arguments: [
    "leadership.political-interference", "regulatory-framework.advance-rulings",
    "transparency.valuation", "automation.user-accounts", "transparency.seized-goods",
    "transparency.procurement", "private-sector.intermediaries", "private-sector.aeo-integrity",
    "code-of-conduct.outside-employment", "code-of-conduct.post-employment",
    "hr.lucrative-posts", "hr.fines-distribution", "audit-investigation.supreme-audit",
    "audit-investigation.head-of-customs", "audit-investigation.red-flags",
    "private-sector.bribe-givers", "hr.recruitment", "hr.promotion",
    "morale-culture.gender-participation", "morale-culture.harassment",
  ])
  func theTopicsTheReviewFoundMissingArePresentInBothLanguages(_ id: String) throws {
    let rad = try Self.load()
    let question = try #require(rad.questions.first { $0.id == id }, "\(id) is missing")
    for text in [question.text, question.help] {
      let translations = text?.translations ?? [:]
      #expect(Set(translations.keys) == ["en", "fr"], "\(id)")
      #expect(translations.values.allSatisfy { !$0.isEmpty }, "\(id)")
    }
    #expect(question.source != nil, "\(id)")
    #expect(question.kind.isScored, "\(id)")
  }

  @Test func retiredIdsAreGoneAndTheMergedQuestionsAreNotScoredTwice() throws {
    let ids = Set(try Self.load().questions.map(\.id))
    for retired in [
      "transparency.appeal-levels", "reform.rkc-reference", "regulatory-framework.red-tape",
      "automation.end-to-end", "hr.merit-recruitment", "morale-culture.gender-inclusion",
      "audit-investigation.investigator-safeguards", "audit-investigation.disciplinary-management",
      "code-of-conduct.explained",
    ] {
      #expect(!ids.contains(retired), "\(retired)")
    }
    let rad = try Self.load()
    let accession = try #require(
      rad.questions.first { $0.id == "regulatory-framework.rkc-accession" })
    #expect(!accession.kind.isScored, "accession is a government decision: information only")
    let rotation = try #require(rad.questions.first { $0.id == "hr.rotation" })
    #expect(rotation.weight == 2 && rotation.allowNotApplicable)
  }

  @Test func theCriticalTopicsSharedWithInternalAffairsAreCritical() throws {
    let rad = try Self.load()
    let critical = Set(rad.questions.filter(\.critical).map(\.id))
    let shared: Set = [
      "audit-investigation.reporting-channels", "audit-investigation.reporter-protection",
      "audit-investigation.investigation-mandate", "audit-investigation.investigation-procedure",
      "audit-investigation.disciplinary-independence",
    ]
    #expect(shared.isSubset(of: critical))
    // Few others, each justified in docs/questionnaires.md.
    #expect(
      critical.subtracting(shared) == [
        "leadership.executive-ownership", "transparency.published-rules",
        "automation.risk-selection", "code-of-conduct.code-exists",
      ])
  }

  @Test func reportingChannelsAreScoredByProtectionNotByMedium() throws {
    let rad = try Self.load()
    let channels = try #require(
      rad.questions.first { $0.id == "audit-investigation.reporting-channels" })
    guard case .multi(let options) = channels.kind else {
      Issue.record("reporting-channels should be a multi")
      return
    }
    let labels = options.compactMap { $0.label.translations["en"]?.lowercased() }
    #expect(labels.count == 4)
    for property in ["anonymous", "outside the line management", "feedback", "costs nothing"] {
      #expect(labels.contains { $0.contains(property) }, "\(property)")
    }
    #expect(channels.evidence == .expected)
  }

  @Test func frenchUsesTypographicApostrophesAndNoBreakSpaces() throws {
    let texts = Self.frenchTexts(try Self.load())
    #expect(texts.count > 300)
    for (place, text) in texts {
      #expect(!text.contains("'"), "\(place): straight apostrophe in \(text)")
      let scalars = Array(text.unicodeScalars)
      for (index, scalar) in scalars.enumerated() where index > 0 {
        let before = scalars[index - 1]
        if ";?!".unicodeScalars.contains(scalar) {
          #expect(before == "\u{202F}", "\(place): no U+202F before \(scalar) in \(text)")
        }
        if scalar == ":" || scalar == "»" {
          #expect(before == "\u{00A0}", "\(place): no U+00A0 before \(scalar) in \(text)")
        }
        if before == "«" {
          #expect(scalar == "\u{00A0}", "\(place): no U+00A0 after « in \(text)")
        }
      }
      #expect(!text.contains(" %"), "\(place): an ordinary space before % in \(text)")
    }
  }

  @Test func frenchUsesTheWCOsOwnTerms() throws {
    let french = Self.frenchTexts(try Self.load()).map(\.text).joined(separator: "\n")
    for wrong in [
      "Code modèle", "CIPS", "forçage", "superviseur", "plaignant", "directeur général",
      "équipe de direction", "revue de processus", "revues de processus", "à intervalles planifiés",
      "Moral et culture",
    ] {
      #expect(!french.contains(wrong), "« \(wrong) » should follow the review's correction")
    }
    for right in [
      "Modèle de code d’éthique et de conduite de l’OMD",
      "Sondage relatif à la perception de l’intégrité des douanes (SPID)",
      "modifications manuelles du circuit attribué par la sélectivité",
      "personnel d’encadrement", "Chef de la douane", "cadres dirigeants", "auteurs de signalement",
    ] {
      #expect(french.contains(right), "« \(right) »")
    }
  }
}
