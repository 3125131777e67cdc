import ArushaFiles
import ArushaQuestionnaires
import ArushaTestSupport
import Foundation
import Testing

@Suite struct BundledQuestionnairesTests {
  @Test func embeddedCopiesEqualTheFiles() throws {
    let files = TestPaths.questionnaireFiles()
    #expect(
      BundledQuestionnaires.files.map(\.name) == files.map(\.lastPathComponent),
      "run scripts/embed-questionnaires.py")
    for url in files {
      let embedded = BundledQuestionnaires.file(named: url.lastPathComponent)?.bytes
      #expect(
        embedded == [UInt8](try Data(contentsOf: url)),
        "\(url.lastPathComponent) differs: run scripts/embed-questionnaires.py")
    }
  }

  @Test func everyBundledQuestionnaireDecodes() {
    #expect(BundledCatalogue.entries().count == BundledQuestionnaires.files.count)
  }
}
