import ArgumentParser
import ArushaApp
import Foundation

@main
struct Arusha: ParsableCommand {
  /// Runs the command line on the process's console and exits with its status.
  static func main() {
    Foundation.exit(exitStatus(Array(CommandLine.arguments.dropFirst()), console: .process()))
  }

  /// Parses `arguments`, runs the command on `console` and returns the status the process
  /// exits with: what argument-parser's `main()` does, with the console decided by the caller
  /// (the process's for the binary, a captured one for a test in its own process).
  ///
  /// - Parameters:
  ///   - arguments: The command line after `arusha`.
  ///   - console: Where the command writes and resolves its paths.
  /// - Returns: The exit status (cli.md's sysexits codes; 0 after help).
  static func exitStatus(_ arguments: [String], console: Console) -> Int32 {
    do {
      if arguments == ["--version"] {
        // What argument-parser prints for it, without building its parser (11 M instructions,
        // most of them its check for a completion-script request).
        console.out(binary: Array((configuration.version + "\n").utf8))
        return ExitCode.success.rawValue
      }
      if let command = parsedWithFilesAside(arguments) ?? parsedAsSubcommand(arguments) {
        try command.run(on: console)
        return ExitCode.success.rawValue
      }
      var command = try parseAsRoot(arguments)
      if let command = command as? any ConsoleCommand {
        try command.run(on: console)
      } else {
        try command.run()  // argument-parser's own (help), which throws what it prints
      }
      return ExitCode.success.rawValue
    } catch {
      let text = fullMessage(for: error, columns: columns(console))
      let code = exitCode(for: error)
      if !text.isEmpty {
        // As argument-parser's `exit(withError:)` prints: help on standard output, the rest
        // on standard error, each with a line break.
        if code == .success {
          console.out(binary: Array((text + "\n").utf8))
        } else {
          console.error(text + "\n")
        }
      }
      return code.rawValue
    }
  }

  /// The commands that take many files, whose files ``FileArguments`` sets aside.
  static let fileListCommands: [any FileListCommand.Type] = [
    SignCommand.self, VerifyCommand.self, ValidateCommand.self, CompareCommand.self,
  ]

  /// `arguments` parsed with the files of a ``FileListCommand`` set aside
  /// (``FileListCommand/parsedWithFilesAside(_:)``), or nil for any other line.
  static func parsedWithFilesAside(_ arguments: [String]) -> (any ConsoleCommand)? {
    guard let name = arguments.first,
      let type = fileListCommands.first(where: { $0.configuration.commandName == name })
    else { return nil }
    return type.parsedWithFilesAside(arguments)
  }

  /// The subcommands, as ``configuration`` lists them, as the commands they are: so that
  /// running one needs no cast to a protocol (the first such cast scans every conformance
  /// record of the static binary).
  static let consoleCommands: [any ConsoleCommand.Type] = [
    AssessCommand.self, FormCommand.self, ImportCommand.self, ScoreCommand.self,
    ExplainCommand.self, CompareCommand.self, PlanCommand.self,
    QuestionnairesCommand.self,
    ValidateCommand.self, SchemaCommand.self, KeygenCommand.self, SignCommand.self,
    VerifyCommand.self,
  ]

  /// `arguments` parsed by the subcommand their first names, as if it were the root, or nil
  /// when there is no such subcommand or it does not parse them into itself.
  ///
  /// The same command as from the whole line, with less work: argument-parser then neither
  /// reflects on this root nor on its default subcommand `assess` (about 4 M instructions).
  /// Help, `--version`, completion requests and every error are not the subcommand itself
  /// here, and go back to ``parseAsRoot(_:)`` whole, which gives its own output and message.
  static func parsedAsSubcommand(_ arguments: [String]) -> (any ConsoleCommand)? {
    guard let name = arguments.first,
      let type = consoleCommands.first(where: { $0.configuration.commandName == name })
    else { return nil }
    return parsed(Array(arguments.dropFirst()), as: type)
  }

  /// `arguments` parsed by `type` as the root, when they parse into a `type`.
  static func parsed<Command: ConsoleCommand>(_ arguments: [String], as type: Command.Type)
    -> Command?
  {
    (try? Command.parseAsRoot(arguments)) as? Command
  }

  /// The width argument-parser wraps help and usage to: its own choice (`COLUMNS`, else the
  /// terminal's) for the process, the console's width for a captured console.
  static func columns(_ console: Console) -> Int? {
    console.ownsProcessTerminal ? nil : console.width
  }

  static let configuration = CommandConfiguration(
    commandName: "arusha",
    abstract: "Integrity self-assessment against the Revised Arusha Declaration.",
    discussion: """
      Administers questionnaires, scores them and compares assessments across administrations \
      and rounds. Questionnaires are YAML files; `arusha validate` checks them.
      """,
    version: "0.1.0",
    subcommands: [
      AssessCommand.self, FormCommand.self, ImportCommand.self, ScoreCommand.self,
      ExplainCommand.self, CompareCommand.self, PlanCommand.self,
      QuestionnairesCommand.self,
      ValidateCommand.self, SchemaCommand.self, KeygenCommand.self, SignCommand.self,
      VerifyCommand.self,
    ],
    defaultSubcommand: AssessCommand.self
  )
}
