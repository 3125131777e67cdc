import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// The content of the two questionnaires administrations answer (issue 3).
@Suite struct DeclarationQuestionnaireTests {
  static func load(_ name: String) throws -> Questionnaire {
    let url = TestPaths.questionnaires.appendingPathComponent(name)
    let result = QuestionnaireDecoder().decode([UInt8](try Data(contentsOf: url)))
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  @Test func mainQuestionnaireHasTheTenFactorsInTheDeclarationsOrder() throws {
    let rad = try Self.load("revised-arusha-declaration.yaml")
    #expect(rad.id == "rad-self-assessment")
    #expect(rad.languages == ["en", "fr"])
    #expect(
      rad.factors.map(\.id) == [
        "leadership", "regulatory-framework", "transparency", "automation", "reform",
        "audit-investigation", "code-of-conduct", "hr", "morale-culture", "private-sector",
      ])
    #expect(rad.factors.map(\.number) == Array(1...10))
    // 2027.1: factor 5 lost its RKC question to factor 2; factor 6 holds its key figures
    // (2027.2: 26 with post-clearance audit, the split questions and referrals).
    #expect(rad.factors.allSatisfy { (5...27).contains($0.questions.count) })
    #expect(rad.questions.count >= 70)
    #expect(rad.factors.allSatisfy { $0.summary != nil && $0.reference != nil })
    // The Declaration's official French names of factors 1 to 6.
    #expect(
      rad.factors.prefix(6).map { $0.title.translations["fr"] } == [
        "Conduite et engagement des responsables", "Cadre réglementaire", "Transparence",
        "Automatisation", "Réforme et modernisation", "Contrôle et enquête",
      ])
    let audit = try #require(rad.factors.first { $0.id == "audit-investigation" })
    #expect(Set(audit.questions.compactMap { $0.topic?.translations["en"] }).count >= 5)
    #expect(
      rad.questions.contains { $0.critical } && rad.questions.contains { $0.condition != nil })
    #expect(Set(rad.questions.map(\.kind.typeName)).isSuperset(of: ["scale", "yesno", "multi"]))
  }

  @Test func internalAffairsQuestionnaireSize() throws {
    let ia = try Self.load("internal-affairs.yaml")
    #expect(ia.id == "internal-affairs")
    #expect((35...60).contains(ia.questions.count))
    #expect(ia.factors.allSatisfy { !$0.questions.isEmpty })
  }

  @Test(arguments: ["revised-arusha-declaration.yaml", "internal-affairs.yaml"])
  func everyTextInBothLanguagesWithHelpAndSource(_ name: String) throws {
    let questionnaire = try Self.load(name)
    for question in questionnaire.questions {
      #expect(Set(question.text.translations.keys) == ["en", "fr"], "\(question.id)")
      #expect(
        Set(question.help?.translations.keys ?? [:].keys) == ["en", "fr"], "\(question.id) help")
      #expect(question.source != nil, "\(question.id) source")
      for option in question.kind.options {
        #expect(Set(option.label.translations.keys) == ["en", "fr"], "\(question.id) option")
      }
    }
    for factor in questionnaire.factors {
      #expect(Set(factor.title.translations.keys) == ["en", "fr"])
    }
  }

  @Test(arguments: ["revised-arusha-declaration.yaml", "internal-affairs.yaml"])
  func idsAreStableSlugsNamedAfterTheirFactor(_ name: String) throws {
    let questionnaire = try Self.load(name)
    for factor in questionnaire.factors {
      #expect(Slug.isValid(factor.id))
      for question in factor.questions {
        #expect(Slug.isValid(question.id))
        #expect(
          question.id.hasPrefix(factor.id + "."), "\(question.id) should start with '\(factor.id).'"
        )
      }
    }
  }
}
