import ArushaTestSupport
import Foundation
import Testing

/// The authors' guide shows real output: regenerating it from its template and fixtures with
/// the built binary must give the committed file.
@Suite struct AuthorsGuideTests {
  @Test func guideIsInStepWithTheMessages() throws {
    let script = TestPaths.packageRoot.appendingPathComponent("docs/guide-source/generate.py")
    let guide = TestPaths.packageRoot.appendingPathComponent("docs/questionnaire-format.md")
    let committed = try Data(contentsOf: guide)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", script.path, TestPaths.arusha.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let regenerated = try Data(contentsOf: guide)
    if regenerated != committed { try committed.write(to: guide) }
    #expect(process.terminationStatus == 0)
    #expect(
      regenerated == committed,
      "docs/questionnaire-format.md is out of date: run python3 docs/guide-source/generate.py")
  }
}
