import ArushaTestSupport
import Foundation
import Testing

@testable import ArushaYAML

/// Runs every input of the community YAML test suite through the loader: each must load or
/// fail with a positioned error, and every invalid case must fail (bar libyaml's known deviations).
@Suite struct YAMLTestSuiteTests {
  /// The suite's inputs, kept in the repository with their licence (Fixtures/yaml-test-suite),
  /// so that a fresh clone runs this test with nothing beside it.
  static let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/yaml-test-suite")

  /// Inputs the suite marks as errors that libyaml 0.2.5 accepts (its known leniencies:
  /// comments without a space, tabs as indentation, loose flow and block-scalar indentation).
  static let acceptedByLibyaml: Set<String> = [
    "9C9N", "9JBA", "CVW2", "DK95/01", "G5U8", "MUS6/00", "QB6E", "S98Z", "SU5Z", "X4QW",
    "Y79Y/003", "YJV2",
  ]

  static func cases() -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: suite.path) else { return [] }
    return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix("in.yaml") }.sorted()
  }

  @Test func corpusIsPresent() {
    #expect(
      Self.cases().count > 300, "expected Tests/ArushaYAMLTests/Fixtures/yaml-test-suite")
  }

  @Test func everyCaseLoadsOrFailsWithAPosition() throws {
    var acceptedErrors: [String] = []
    for path in Self.cases() {
      let url = Self.suite.appendingPathComponent(path)
      let folder = url.deletingLastPathComponent()
      let bytes = [UInt8](try Data(contentsOf: url))
      let isErrorCase = FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("error").path)
      do {
        _ = try YAMLLoader().load(bytes)
        if isErrorCase { acceptedErrors.append(String(path.dropLast("/in.yaml".count))) }
      } catch {
        #expect(error.mark.line >= 1 && error.mark.column >= 1, "\(path): \(error)")
        #expect(!error.message.isEmpty)
      }
    }
    #expect(Set(acceptedErrors) == Self.acceptedByLibyaml)
  }
}
