import Foundation
import Testing

/// Compares `text` with the snapshot file `Snapshots/<name>` beside the calling test file;
/// with `RECORD_SNAPSHOTS=1` in the environment it writes the file instead (argument-parser's
/// `assertSnapshot`, without pulling in swift-snapshot-testing).
public func expectSnapshot(
  _ text: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(
    "Snapshots")
  let url = folder.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: url)
    return
  }
  guard let data = try? Data(contentsOf: url) else {
    Issue.record(
      "no snapshot \(name); run the tests with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  #expect(
    text == expected, "snapshot \(name) differs; RECORD_SNAPSHOTS=1 re-records it",
    sourceLocation: sourceLocation)
}
