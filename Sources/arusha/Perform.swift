import ArgumentParser
import ArushaApp

/// A report format, named on the command line by its name or by the file extension that
/// names it for `-o` (`md`, `htm`, `txt`): `--format md` is `--format markdown` (issue 23).
protocol ReportFormatArgument: ExpressibleByArgument, RawRepresentable<String> {}

extension ReportFormatArgument {
  public init?(argument: String) {
    if let format = Self(rawValue: argument) {
      self = format
    } else if let named = Output.format(ofExtension: "report." + argument),
      let format = Self(rawValue: named.rawValue)
    {
      self = format
    } else {
      return nil
    }
  }
}

extension ScoreRun.Format: ReportFormatArgument {}
extension ExplainRun.Format: ReportFormatArgument {}
extension CompareRun.Format: ReportFormatArgument {}
extension ValidateRun.Format: ExpressibleByArgument {}
extension QuestionnairesRun.Format: ReportFormatArgument {}
extension Settings.ColorChoice: ExpressibleByArgument {}

/// The options every command shares about its output: decided once into ``Settings``.
struct DisplayOptions: ParsableArguments {
  @Option(help: "Colour: auto (on a terminal, unless NO_COLOR or TERM=dumb), always or never.")
  var color: Settings.ColorChoice = .auto

  /// The settings of this run on `console`.
  func settings(_ console: Console) -> Settings { Settings(console: console, color: color) }
}

/// A command that runs on the console decided at start-up (``Arusha/exitStatus(_:console:)``):
/// the process's own for the binary, a captured one for a test running the command in its own
/// process.
protocol ConsoleCommand: ParsableCommand {
  /// Runs the command, writing on `console` and resolving its paths there.
  func run(on console: Console) throws
}

extension ConsoleCommand {
  /// Runs the command on the process's console (argument-parser's entry point; the binary
  /// goes through ``Arusha/exitStatus(_:console:)``).
  func run() throws {
    try run(on: .process())
  }
}

extension ParsableCommand {
  /// Runs one application-layer call and maps how it ended to argument-parser: an
  /// ``ExitStatus`` to its code, a ``UsageError`` to this command's usage and 64.
  static func perform(_ console: Console, _ body: () throws -> Void) throws {
    do {
      try body()
    } catch let status as ExitStatus {
      throw ExitCode(status.rawValue)
    } catch let usage as UsageError {
      throw usageError(usage.message, console: console)
    }
  }

  /// A usage error found after parsing: printed as argument-parser prints one, with this
  /// command's usage rather than the top level's, and exit 64.
  static func usageError(_ message: String, console: Console) -> ExitCode {
    // The subcommand's own message names it without the executable ("Usage: score …"),
    // as if it were run alone: put `arusha` in front, as a parsing error shows it.
    let name = configuration.commandName ?? ""
    let text = fullMessage(for: ValidationError(message), columns: Arusha.columns(console))
      .replacingOccurrences(of: "Usage: \(name) ", with: "Usage: arusha \(name) ")
      .replacingOccurrences(of: "See '\(name) --help'", with: "See 'arusha \(name) --help'")
    console.message(text)
    return ExitCode(ExitStatus.usage.rawValue)
  }

  /// Runs `check` from `validate()`, which needs no file and no console: a ``UsageError``
  /// becomes a `ValidationError` (argument-parser prints it with this command's usage), an
  /// ``ExitStatus`` its code.
  static func checked(_ check: () throws -> Void) throws {
    do {
      try check()
    } catch let usage as UsageError {
      throw ValidationError(usage.message)
    } catch let status as ExitStatus {
      throw ExitCode(status.rawValue)
    }
  }
}
