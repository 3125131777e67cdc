import ArushaText
import Foundation

/// What the commands decide once, at start-up, from the console and the flags: whether each
/// standard stream is a terminal, the width, colour, line mode.
public struct Settings: Sendable {
  /// `--color`: `auto` follows the terminal and the environment; an explicit `always` or
  /// `never` wins over `NO_COLOR` (cli.md).
  public enum ColorChoice: String, Sendable, CaseIterable {
    case auto, always, never
  }

  /// The console: the standard streams, whether each is a terminal, the width, the
  /// environment and the working directory.
  public var console: Console
  /// The colour choice.
  public var color: ColorChoice

  /// Creates the settings of a run.
  ///
  /// - Parameters:
  ///   - console: The console decided at start-up.
  ///   - color: `--color`.
  public init(console: Console, color: ColorChoice = .auto) {
    self.console = console
    self.color = color
  }

  /// Whether standard input is a terminal.
  public var inputIsTerminal: Bool { console.inputIsTerminal }
  /// Whether standard output is a terminal.
  public var outputIsTerminal: Bool { console.outputIsTerminal }
  /// Whether standard error is a terminal.
  public var errorIsTerminal: Bool { console.errorIsTerminal }
  /// The terminal's width in columns: `COLUMNS`, else the terminal's, else 80.
  public var width: Int { console.width }
  /// The environment.
  public var environment: [String: String] { console.environment }

  /// Whether `ACCESSIBLE` asks for line mode (screen readers).
  public var accessible: Bool { !(environment["ACCESSIBLE"] ?? "").isEmpty }
  /// Whether the terminal says it cannot do cursor movement or colour (`TERM=dumb`).
  public var dumbTerminal: Bool { environment["TERM"] == "dumb" }

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
