import ArushaTestSupport
import Foundation
import Testing

/// Standard output that cannot be written (`/dev/full`: a full disk) ends the command with 74
/// and a line on standard error, never a crash (a review found Foundation's `FileHandle.write`
/// trapping there, exit 132 with a backtrace).
@Suite struct FullOutputTests {
  func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = TestPaths.arusha
    process.arguments = arguments
    process.currentDirectoryURL = TestPaths.packageRoot
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let errors = Pipe()
    process.standardOutput = full
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
  }

  @Test(arguments: [
    ["--version"], ["sign", "--help"],
    ["validate", "Questionnaires/revised-arusha-declaration.yaml"],
    ["score", "docs/worked-example/sahelia-2024.yaml", "--format", "json"],
  ])
  func aFullStandardOutputIsAnIOError(_ arguments: [String]) throws {
    let result = try run(arguments)
    #expect(result.status == 74, "\(result.stderr)")
    #expect(
      result.stderr == "arusha: cannot write to standard output: No space left on device\n")
  }
}
