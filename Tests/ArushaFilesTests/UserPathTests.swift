import ArushaCore
import ArushaFiles
import Foundation
import Testing

/// ``UserPath``: a relative path opened under a working directory of its own is still shown as
/// it was typed, in every error, every file found in a folder and every link named, so that a
/// command run in-process says what the binary says.
@Suite struct UserPathTests {
  /// A fresh folder that is not the process's working directory.
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-user-path-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func aRelativePathIsOpenedUnderTheWorkingDirectoryAndShownAsTyped() {
    let typed = UserPath("responses/r.yaml", workingDirectory: "/srv/work")
    #expect(typed.shown == "responses/r.yaml")
    #expect(typed.opened == "/srv/work/responses/r.yaml")
    #expect("\(typed)" == "responses/r.yaml")
    #expect(UserPath("r.yaml", workingDirectory: "/").opened == "/r.yaml")
    let absolute = UserPath("/data/r.yaml", workingDirectory: "/srv/work")
    #expect(absolute.shown == "/data/r.yaml" && absolute.opened == "/data/r.yaml")
    let own = UserPath("r.yaml", workingDirectory: nil)
    #expect(own.shown == "r.yaml" && own.opened == "r.yaml")

    let signature = typed.appending(".sig")
    #expect(signature.shown == "responses/r.yaml.sig")
    #expect(signature.opened == "/srv/work/responses/r.yaml.sig")
    let folder = UserPath("responses/", workingDirectory: "/srv/work")
    #expect(folder.child("a.yaml").shown == "responses/a.yaml")
    #expect(folder.child("a.yaml").opened == "/srv/work/responses/a.yaml")
    #expect(UserPath("responses").child("a.yaml").shown == "responses/a.yaml")
  }

  @Test func readAndWriteErrorsNameThePathAsTyped() throws {
    let folder = try folder()
    let missing = UserPath("missing.yaml", workingDirectory: folder.path)
    #expect(throws: FileError(.cannotOpen, path: "missing.yaml", reason: "no such file")) {
      try InputFile.read(missing)
    }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out.json"), withIntermediateDirectories: true)
    let target = UserPath("out.json", workingDirectory: folder.path)
    #expect(
      throws: FileError(.cannotCreate, path: "out.json", reason: "is a folder; give a file name")
    ) {
      try OutputFile.write([0x78], to: target, permissions: 0o644, devices: .refuse)
    }
    // Written where it is opened, under the working directory.
    let written = UserPath("r.json", workingDirectory: folder.path)
    try OutputFile.write([0x78], to: written, permissions: 0o644, devices: .refuse)
    #expect(try InputFile.read(written) == [0x78])
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.json").path))
  }

  @Test func aWalkShowsFilesLinksAndFoldersUnderWhatWasTyped() throws {
    let folder = try folder()
    let responses = folder.appendingPathComponent("responses")
    try FileManager.default.createDirectory(
      at: responses.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("x".utf8).write(to: responses.appendingPathComponent("a.yaml"))
    try Data("x".utf8).write(to: responses.appendingPathComponent("sub/b.yml"))
    try FileManager.default.createSymbolicLink(
      atPath: responses.appendingPathComponent("link.yaml").path,
      withDestinationPath: responses.appendingPathComponent("a.yaml").path)
    let walk = ResponseWalk(
      ["responses", "missing.yaml"].map { UserPath($0, workingDirectory: folder.path) })
    let files = walk.next(10).files
    #expect(files.map(\.path.shown) == ["responses/a.yaml", "responses/sub/b.yml", "missing.yaml"])
    #expect(files.first?.path.opened == responses.appendingPathComponent("a.yaml").path)
    #expect(walk.skippedLinks.examples == ["responses/link.yaml"])
  }

  @Test func theSearchFolderIsNamedAsTyped() throws {
    let folder = try folder()
    let questionnaires = folder.appendingPathComponent("Questionnaires")
    try FileManager.default.createDirectory(at: questionnaires, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: questionnaires.appendingPathComponent("q.yaml").path,
      withDestinationPath: "/nonexistent/q.yaml")
    let locator = QuestionnaireLocator(
      searchFolder: UserPath("Questionnaires", workingDirectory: folder.path))
    let reference = QuestionnaireReference(id: "none", version: "1", sha256: "")
    #expect {
      try locator.locate(reference)
    } throws: { error in
      guard case .questionnaire(let message) = error as? LoadFailure else { return false }
      return message.contains(
        "is bundled or in ./Questionnaires (symbolic links there are not followed: 'Questionnaires/q.yaml')"
      )
    }
  }
}
