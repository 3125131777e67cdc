import ArgumentParser
import ArushaTestSupport
import Foundation
import Testing

@testable import arusha

/// Many files on a command line (issue 29, item 3): `sign`, `verify`, `validate` and
/// `compare` set their files aside before argument-parser parses the rest, with the same
/// result, messages and exit codes as parsing the whole line.
@Suite struct FileArgumentsTests {
  /// Lines the split takes, with every option and flag of each command somewhere.
  static let split: [[String]] = [
    ["sign", "a.yaml", "b.yaml", "--key", "k"],
    ["sign", "--key", "k", "a.yaml", "b.yaml"],
    [
      "sign", "a.yaml", "--key", "k", "b.yaml", "--questionnaire", "q.yaml",
      "--accept-questionnaire-mismatch", "c.yaml", "--color", "never",
    ],
    ["sign", "--key=k", "a.yaml", "--", "--b.yaml", "-c", ""],
    ["verify", "a.yaml", "b.yaml", "--allowed-signers", "allowed", "--color", "never"],
    ["verify", "--allowed-signers=allowed", "--", "a.yaml", "b.yaml"],
    [
      "validate", "a.yaml", "--strict", "b.yaml", "--format", "json", "--map", "m.yaml",
      "--questionnaire", "q.yaml", "--color", "always", "c.yaml",
    ],
    [
      "compare", "a", "--questionnaire", "q", "--map", "m", "--plans", "p", "b",
      "--allowed-signers", "s", "--require-signed", "--baseline", "2024", "--round", "2026",
      "--role", "atelier", "--min-respondents", "2", "--margin", "5", "--evidence-checked",
      "--include-incomplete", "--allow-mixed-versions", "--anonymize", "--anonymize-key", "k.csv",
      "--skip-invalid", "--accept-questionnaire-mismatch", "--lang", "fr", "--format", "csv",
      "-o", "out.csv", "--charts", "charts", "--color", "never", "c",
    ],
    ["compare", "a", "--output=out.json", "b", "--questionnaire", "q1", "--questionnaire", "q2"],
  ]

  /// Lines left whole to argument-parser.
  static let whole: [[String]] = [
    ["sign", "a.yaml", "--key", "k"],
    ["sign", "a.yaml", "b.yaml", "--key", "k", "--help"],
    ["sign", "a.yaml", "b.yaml", "-h"],
    ["sign", "a.yaml", "b.yaml", "--version"],
    ["sign", "a.yaml", "b.yaml", "--kye", "k"],
    ["sign", "a.yaml", "b.yaml", "--key", "-k"],
    ["sign", "a.yaml", "b.yaml", "--key"],
    ["sign", "a.yaml", "-", "--key", "k"],
    ["sign", "a.yaml", "b.yaml", "--accept-questionnaire-mismatch=yes", "--key", "k"],
    ["score", "a.yaml", "b.yaml"],
    ["compare", "a", "b", "--margin", "-5"],
  ]

  @Test(arguments: split)
  func theSplitParsesAsTheWholeLine(_ arguments: [String]) throws {
    let whole = try Arusha.parseAsRoot(arguments)
    let aside = try #require(Arusha.parsedWithFilesAside(arguments), "\(arguments)")
    #expect(String(describing: aside) == String(describing: whole))
  }

  @Test(arguments: whole)
  func otherLinesAreLeftWhole(_ arguments: [String]) {
    #expect(Arusha.parsedWithFilesAside(arguments) == nil)
  }

  @Test func theFilesAreSetAsideInOrder() throws {
    let split = try #require(
      FileArguments(
        ["sign", "a", "--key", "k", "b", "--", "--c", "-d"], valueOptions: ["--key"], flags: []))
    #expect(split.reduced == ["sign", "--key", "k", "--", "a"])
    #expect(split.files == ["a", "b", "--c", "-d"])
  }

  /// The real binary signs and verifies with the files and options in every order that
  /// worked before, and refuses a misspelt option as it did.
  @Test func theBinaryTakesFilesAndOptionsInAnyOrder() throws {
    let folder = try SigningCommandTests().signedWorkspace()
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("r.yaml"), to: folder.appendingPathComponent("s.yaml"))
    let signs: [[String]] = [
      ["sign", "r.yaml", "s.yaml", "--key", "k"],
      ["sign", "--key", "k", "r.yaml", "s.yaml"],
      ["sign", "r.yaml", "--key", "k", "s.yaml"],
      ["sign", "--key", "k", "--", "r.yaml", "s.yaml"],
      ["sign", "r.yaml", "--key=k", "--color", "never", "s.yaml"],
    ]
    var outputs: Set<String> = []
    for arguments in signs {
      let result = try runArusha(arguments, directory: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      outputs.insert(result.stdout + result.stderr)
    }
    #expect(outputs.count == 1)
    let verifies: [[String]] = [
      ["verify", "r.yaml", "s.yaml", "--allowed-signers", "allowed"],
      ["verify", "--allowed-signers", "allowed", "r.yaml", "s.yaml"],
      ["verify", "r.yaml", "--allowed-signers", "allowed", "s.yaml"],
      ["verify", "--allowed-signers", "allowed", "--", "r.yaml", "s.yaml"],
    ]
    outputs = []
    for arguments in verifies {
      let result = try runArusha(arguments, directory: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      outputs.insert(result.stdout + result.stderr)
    }
    #expect(outputs.count == 1)
    let refused: [(arguments: [String], message: String)] = [
      (
        ["sign", "r.yaml", "s.yaml", "--key", "k", "--kye"],
        "Error: Unknown option '--kye'. Did you mean '--key'?\n"
      ),
      (
        ["sign", "r.yaml", "s.yaml", "--kye", "k"],
        "Error: Missing expected argument '--key <key>'\n"
      ),
      (["sign", "r.yaml", "s.yaml", "--key"], "Error: Missing value for '--key <key>'\n"),
    ]
    for (arguments, message) in refused {
      let binary = try runArusha(arguments, directory: folder)
      let inProcess = try runArushaInProcess(arguments, directory: folder)
      #expect(binary.status == 64)
      #expect(binary.stderr == inProcess.stderr)
      #expect(binary.stderr.hasPrefix(message), "\(binary.stderr)")
    }
  }
  /// The options and flags each command lists for the split are exactly the ones
  /// argument-parser declares for it (its `--experimental-dump-help`), so that an option added
  /// later, or turned from a flag into an option, cannot be read in the wrong way.
  @Test(arguments: Arusha.fileListCommands.map { $0.configuration.commandName ?? "" })
  func theListedOptionsAreTheDeclaredOnes(_ name: String) throws {
    let command = try #require(
      Arusha.fileListCommands.first { $0.configuration.commandName == name })
    let result = try runArusha([name, "--experimental-dump-help"])
    #expect(result.status == 0, "\(result.stderr)")
    let dump = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let arguments = try #require(
      (dump["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
    var options: Set<String> = []
    var flags: Set<String> = []
    for argument in arguments {
      let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { name -> String? in
        guard let text = name["name"] as? String else { return nil }
        return (name["kind"] as? String == "short" ? "-" : "--") + text
      }
      switch argument["kind"] as? String {
      case "option": options.formUnion(names)
      case "flag": flags.formUnion(names)
      default: break
      }
    }
    // Help and the version are never split (the line goes whole to argument-parser).
    flags.subtract(["-h", "--help", "--version"])
    #expect(command.valueOptions == options)
    #expect(command.flags == flags)
  }
}
