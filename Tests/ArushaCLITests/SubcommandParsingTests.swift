import ArgumentParser
import ArushaTestSupport
import Testing

@testable import arusha

/// A line that names a subcommand is parsed by that subcommand as the root (issue 29, item 4):
/// the same command as from the whole line, and every other line, help and errors included,
/// left to the whole parse.
@Suite struct SubcommandParsingTests {
  /// Lines the subcommand parses into itself.
  static let parsed: [[String]] = [
    ["score", "r.yaml"],
    ["score", "r.yaml", "--format", "json", "--lang", "fr", "--items", "--top", "-1"],
    ["score", "--action-plan", "r.yaml", "-o", "plan.md", "--all", "--color", "never"],
    ["score", "help"],
    ["validate", "q.yaml", "--strict"],
    ["validate", "--", "-q.yaml"],
    ["explain", "r.yaml", "leadership", "--format", "markdown"],
    ["compare", "folder", "--format", "csv", "--margin", "5"],
    ["assess", "example", "--administration", "A", "--round", "1", "--plain"],
    ["questionnaires"],
    ["schema"],
    ["keygen", "-f", "k"],
    ["sign", "r.yaml", "--key", "k"],
    ["verify", "--allowed-signers", "a", "r.yaml"],
    ["form", "example"],
    ["plan", "r.yaml"],
    ["import", "w.xlsx"],
  ]

  /// Lines left to the whole parse: help, the version, errors, no subcommand.
  static let whole: [[String]] = [
    [],
    ["r.yaml"],
    ["help", "score"],
    ["score", "--help"],
    ["score", "r.yaml", "-h"],
    ["score", "r.yaml", "--version"],
    ["score"],
    ["score", "r.yaml", "--formt", "json"],
    ["score", "r.yaml", "--format", "pdf"],
    ["score", "r.yaml", "other.yaml"],
    ["validate"],
    ["score", "--generate-completion-script", "bash"],
    ["score", "--experimental-dump-help"],
  ]

  @Test(arguments: parsed)
  func theSubcommandParsesAsTheWholeLine(_ arguments: [String]) throws {
    let whole = try Arusha.parseAsRoot(arguments)
    let alone = try #require(Arusha.parsedAsSubcommand(arguments), "\(arguments)")
    #expect(String(describing: alone) == String(describing: whole))
    #expect(ObjectIdentifier(type(of: alone)) == ObjectIdentifier(type(of: whole)))
  }

  @Test func theVersionIsArgumentParsersAnswer() throws {
    let error = try #require(throws: (any Error).self) { try Arusha.parseAsRoot(["--version"]) }
    let expected = Arusha.fullMessage(for: error) + "\n"
    let result = try runArushaInProcess(["--version"])
    #expect(result.status == Arusha.exitCode(for: error).rawValue)
    #expect(result.stdout == expected)
    #expect(result.stderr.isEmpty)
    #expect(try runArusha(["--version"]).stdout == expected)
  }

  @Test func theConsoleCommandsAreTheSubcommands() {
    #expect(
      Arusha.consoleCommands.map { ObjectIdentifier($0) }
        == Arusha.configuration.subcommands.map { ObjectIdentifier($0) })
  }

  @Test(arguments: whole)
  func otherLinesAreLeftToTheWholeParse(_ arguments: [String]) {
    #expect(Arusha.parsedAsSubcommand(arguments) == nil)
  }
}
