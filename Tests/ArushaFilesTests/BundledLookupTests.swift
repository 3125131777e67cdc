import ArushaCore
import ArushaFiles
import ArushaQuestionnaires
import Testing

/// Finding a bundled questionnaire by file name, id or id and version, without decoding all.
@Suite struct BundledLookupTests {
  static let names = BundledQuestionnaires.files.map(\.name)

  func bundled(_ name: String) throws -> BundledFile {
    try #require(BundledQuestionnaires.file(named: name))
  }

  @Test(arguments: names) func theIDAndVersionEmbeddedAreTheDecodedOnes(name: String) throws {
    let file = try bundled(name)
    let questionnaire = try #require(QuestionnaireDecoder().decode(file.bytes).questionnaire)
    #expect(file.id == questionnaire.id, "run scripts/embed-questionnaires.py")
    #expect(file.version == questionnaire.version, "run scripts/embed-questionnaires.py")
  }

  @Test(arguments: names) func theSHA256EmbeddedIsTheBytesHash(name: String) throws {
    let file = try bundled(name)
    #expect(file.sha256 == Fingerprint.sha256(file.bytes), "run scripts/embed-questionnaires.py")
  }

  @Test(arguments: names) func everyFileIsFoundByNameAndByIDAtVersion(name: String) throws {
    let file = try bundled(name)
    #expect(BundledCatalogue.file(named: name) == file)
    #expect(BundledCatalogue.file(named: "\(file.id)@\(file.version)") == file)
    #expect(BundledCatalogue.file(id: file.id, version: file.version) == file)
  }

  @Test(arguments: names) func anIDAloneIsItsNewestVersion(name: String) throws {
    let file = try bundled(name)
    let found = try #require(BundledCatalogue.file(named: file.id))
    #expect(found.id == file.id)
    #expect(found == file || NaturalOrder.precedes(file.version, found.version))
    #expect(BundledCatalogue.newest(id: file.id) == found)
  }

  @Test func exampleHasFourVersionsAndTheNewestIsChosen() throws {
    #expect(BundledCatalogue.file(named: "example")?.name == "example.yaml")
    #expect(BundledCatalogue.file(named: "example@4")?.name == "example.yaml")
    #expect(BundledCatalogue.file(named: "example@3")?.name == "example-3.yaml")
    #expect(BundledCatalogue.file(named: "example@2")?.name == "example-2.yaml")
    #expect(BundledCatalogue.file(named: "example@1")?.name == "example-1.yaml")
    #expect(BundledCatalogue.file(named: "example-1.yaml")?.version == "1")
    #expect(try QuestionnaireChoice.resolve("example").questionnaire.version == "4")
    #expect(try QuestionnaireChoice.resolve("example@3").questionnaire.version == "3")
    #expect(try QuestionnaireChoice.resolve("example@2").questionnaire.version == "2")
    #expect(try QuestionnaireChoice.resolve("example@1").questionnaire.version == "1")
    #expect(try QuestionnaireChoice.resolve("example-1.yaml").questionnaire.version == "1")
    #expect(try QuestionnaireChoice.resolve(nil).questionnaire.id == "rad-self-assessment")
  }

  @Test func declarationKeepsVersion2026AndTheNewestIsChosen() throws {
    let newest = "revised-arusha-declaration.yaml"
    let old = "revised-arusha-declaration-2026.1.yaml"
    #expect(BundledCatalogue.file(named: "rad-self-assessment")?.name == newest)
    #expect(BundledCatalogue.file(named: "rad-self-assessment@2027.2")?.name == newest)
    #expect(
      BundledCatalogue.file(named: "rad-self-assessment@2027.1")?.name
        == "revised-arusha-declaration-2027.1.yaml")
    #expect(BundledCatalogue.file(named: "rad-self-assessment@2026.1")?.name == old)
    #expect(BundledCatalogue.file(named: old)?.version == "2026.1")
    #expect(try QuestionnaireChoice.resolve(nil).questionnaire.version == "2027.2")
    #expect(try QuestionnaireChoice.resolve(UserPath(old)).questionnaire.version == "2026.1")
  }

  @Test func unknownNamesFindNothing() {
    for argument in ["nope", "example@5", "example@", "@1", "example.yml", "2"] {
      #expect(BundledCatalogue.file(named: argument) == nil, "\(argument)")
    }
    #expect(BundledCatalogue.file(id: "example", version: "5") == nil)
    #expect(BundledCatalogue.newest(id: "nope") == nil)
  }

  @Test(arguments: names) func aResponseFindsItsBundledQuestionnaire(name: String) throws {
    let file = try bundled(name)
    let reference = QuestionnaireReference(
      id: file.id, version: file.version, sha256: Fingerprint.sha256(file.bytes))
    let located = try QuestionnaireLocator(searchFolder: "/nonexistent").locate(reference)
    #expect(located.origin == "the bundled \(name)")
    #expect(located.questionnaire.id == file.id)
    #expect(located.questionnaire.version == file.version)
  }
}
