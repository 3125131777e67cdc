import ArushaCore
import Foundation
import Testing

/// Replays every input the fuzzer ever failed on (Fixtures/fuzz): each must decode or fail
/// with positioned diagnostics, without crashing.
@Suite struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/fuzz")

  static var inputs: [URL] {
    ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))
      ?? [])
      .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
  }

  @Test func pastFailingInputsDecodeWithoutCrashing() throws {
    for url in Self.inputs {
      let bytes = [UInt8](try Data(contentsOf: url))
      let result = QuestionnaireDecoder().decode(bytes)
      #expect(
        result.diagnostics.allSatisfy { $0.mark.line >= 1 && $0.mark.column >= 1 },
        "\(url.lastPathComponent)")
      _ = ResponseDecoder.header(bytes)
    }
  }
}
