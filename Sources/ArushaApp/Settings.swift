import ArushaText
import Foundation

/// What the commands decide once, at start-up, from the terminal, the environment and the
/// flags: whether each standard stream is a terminal, the width, colour, line mode.
public struct Settings: Sendable {
  /// `--color`: `auto` follows the terminal and the environment; an explicit `always` or
  /// `never` wins over `NO_COLOR` (cli.md).
  public enum ColorChoice: String, Sendable, CaseIterable {
    case auto, always, never
  }

  /// Whether standard input is a terminal.
  public var inputIsTerminal: Bool
  /// Whether standard output is a terminal.
  public var outputIsTerminal: Bool
  /// Whether standard error is a terminal.
  public var errorIsTerminal: Bool
  /// The terminal's width in columns: `COLUMNS`, else the terminal's, else 80.
  public var width: Int
  /// The environment.
  public var environment: [String: String]
  /// The colour choice.
  public var color: ColorChoice

  /// Whether `ACCESSIBLE` asks for line mode (screen readers).
  public var accessible: Bool { !(environment["ACCESSIBLE"] ?? "").isEmpty }
  /// Whether the terminal says it cannot do cursor movement or colour (`TERM=dumb`).
  public var dumbTerminal: Bool { environment["TERM"] == "dumb" }

  /// The settings of this process.
  public static func current(color: ColorChoice = .auto) -> Settings {
    let environment = ProcessInfo.processInfo.environment
    var width = 80
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 {
      width = columns
    } else {
      var size = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        width = Int(size.ws_col)
      }
    }
    return Settings(
      inputIsTerminal: Console.inputIsTerminal, outputIsTerminal: Console.outputIsTerminal,
      errorIsTerminal: Console.errorIsTerminal, width: width, environment: environment,
      color: color)
  }

  /// The colour of what goes to standard output (`toError`: standard error): cli.md's rule,
  /// colour only on a terminal, never with a non-empty `NO_COLOR` or `TERM=dumb`, unless
  /// `--color always` / `never` says otherwise.
  public func style(toError: Bool = false) -> TextStyle {
    switch color {
    case .always: return TextStyle(colour: true)
    case .never: return .plain
    case .auto:
      return TextStyle.resolve(
        isTerminal: toError ? errorIsTerminal : outputIsTerminal, environment: environment)
    }
  }
}
