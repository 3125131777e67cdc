import ArushaCore
import ArushaFiles
import Foundation
import Testing

/// ``OutputFile``: a whole new file or none, replaced atomically, keys never overwritten, and
/// every refusal typed with the target unchanged (cli.md, "Files written").
@Suite struct OutputFileTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The names in `folder`, sorted.
  func names(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func aFileIsReplacedWholeWithItsModeAndNoTemporaryLeft() throws {
    let folder = try folder()
    let path = folder.appendingPathComponent("r.yaml").path
    try OutputFile.write(
      Array("first\n".utf8), to: UserPath(path), permissions: 0o600, devices: .refuse)
    try OutputFile.write(
      Array("second\n".utf8), to: UserPath(path), permissions: 0o600, devices: .refuse)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try names(folder) == ["r.yaml"])
  }

  @Test func aKeyIsNeverOverwritten() throws {
    let folder = try folder()
    let path = folder.appendingPathComponent("niger").path
    try OutputFile.write(
      Array("key\n".utf8), to: UserPath(path), permissions: 0o600, devices: .refuse, existing: .keep
    )
    #expect(throws: FileError.self) {
      try OutputFile.write(
        Array("other\n".utf8), to: UserPath(path), permissions: 0o600, devices: .refuse,
        existing: .keep)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "key\n")
    #expect(try names(folder) == ["niger"])
  }

  @Test func aFolderAMissingFolderAndARefusedDeviceAreCannotCreate() throws {
    let folder = try folder()
    for path in [folder.path, folder.appendingPathComponent("missing/r.yaml").path, "/dev/null"] {
      do {
        try OutputFile.write(
          Array("x".utf8), to: UserPath(path), permissions: 0o600, devices: .refuse)
        Issue.record("\(path) was written")
      } catch {
        #expect(error.kind == .cannotCreate, "\(path): \(error)")
      }
    }
    #expect(try names(folder).isEmpty)
  }

  @Test func staleTemporariesOfOneFileAreRemovedAndNothingElse() throws {
    let folder = try folder()
    let path = folder.appendingPathComponent("r.yaml").path
    for name in [".r.yaml.tmp-abc123", ".r.yaml.tmp-XYZ789", ".other.yaml.tmp-abc123", "keep.txt"] {
      try Data("x".utf8).write(to: folder.appendingPathComponent(name))
    }
    #expect(OutputFile.removeStaleTemporaries(of: UserPath(path)) == 2)
    #expect(try names(folder) == [".other.yaml.tmp-abc123", "keep.txt"])
  }
}
