import ArushaTestSupport
import Foundation
import Testing

/// The built binary once per command, end to end: a real process with its own working
/// directory, pipes and exit status, which must say byte for byte what the same command line
/// says in-process (`runArushaInProcess`), where the other command tests run.
///
/// Each command line names files relative to the working directory, so the messages that
/// quote them show that paths are shown as typed both ways. The sessions of `assess` (standard
/// input, terminals, signals) have tests of their own on the binary.
@Suite struct BinarySmokeTests {
  /// Each command line, with the exit status the binary must give.
  static let commands: [(arguments: [String], status: Int32)] = [
    (["questionnaires"], 0),
    (["schema"], 0),
    (["validate", "Questionnaires/rules.yaml", "gone.yaml"], 66),
    (["score", "r.yaml", "--format", "markdown"], 0),
    (["score", "r.yaml", "--lang", "de"], 64),
    (["explain", "r.yaml"], 0),
    (["compare", "r.yaml", "gone.yaml"], 66),
    (["keygen", "-f", "k"], 73),
    (["sign", "r.yaml", "--key", "k"], 0),
    (["verify", "r.yaml", "partial.yaml", "--allowed-signers", "allowed"], 65),
  ]

  @Test(arguments: commands)
  func theBinaryAndAnInProcessRunSayTheSame(_ arguments: [String], _ status: Int32) throws {
    // Two copies of one signed workspace (the same key): each run changes only its own.
    let original = try SigningCommandTests().signedWorkspace()
    let copy = original.deletingLastPathComponent().appendingPathComponent(
      original.lastPathComponent + "-in-process")
    try FileManager.default.copyItem(at: original, to: copy)
    let binary = try runArusha(arguments, directory: original)
    let inProcess = try runArushaInProcess(arguments, directory: copy)
    #expect(!binary.timedOut)
    #expect(binary.status == status, "\(arguments): \(binary.stderr)")
    #expect(inProcess.status == binary.status, "\(arguments): \(inProcess.stderr)")
    #expect(inProcess.stdout == binary.stdout, "\(arguments)")
    #expect(inProcess.stderr == binary.stderr, "\(arguments)")
    #expect(!binary.stdout.isEmpty || !binary.stderr.isEmpty, "\(arguments) says something")
  }
}
