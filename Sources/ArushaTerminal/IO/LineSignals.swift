#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signal handling for line mode: Ctrl-C and SIGTERM end the read so the answers already
/// confirmed (saved after each one) stay saved and the session says how to resume.
public enum LineSignals {
  /// Installs handlers that only set flags.
  public static func install() {
    SignalState.unblock([SIGINT, SIGTERM, SIGHUP])
    var interrupt = action { _ in SignalState.interrupted = 1 }
    sigaction(SIGINT, &interrupt, nil)
    var terminate = action { _ in SignalState.terminated = 1 }
    sigaction(SIGTERM, &terminate, nil)
    sigaction(SIGHUP, &terminate, nil)
  }

  /// Whether Ctrl-C was pressed.
  public static var wasInterrupted: Bool { SignalState.interrupted != 0 }
  /// Whether SIGTERM or SIGHUP arrived.
  public static var wasTerminated: Bool { SignalState.terminated != 0 }

  /// A `sigaction` that runs `handler` with no signal masked and without `SA_RESTART`, so a
  /// blocked read returns `EINTR`.
  private static func action(_ handler: @escaping @convention(c) (Int32) -> Void) -> sigaction {
    var action = sigaction()
    #if canImport(Glibc)
    action.__sigaction_handler.sa_handler = handler
    #elseif canImport(Darwin)
    action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    return action
  }
}
