#if canImport(Glibc)
import Glibc
#endif

/// Signal handling for line mode: Ctrl-C and SIGTERM end the read so the answers already
/// confirmed (saved after each one) stay saved and the session says how to resume.
public enum LineSignals {
  /// Installs handlers that only set flags.
  public static func install() {
    SignalState.unblock([SIGINT, SIGTERM, SIGHUP])
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in SignalState.interrupted = 1 }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: a blocked read returns EINTR
    sigaction(SIGINT, &action, nil)
    var terminate = sigaction()
    terminate.__sigaction_handler.sa_handler = { _ in SignalState.terminated = 1 }
    sigemptyset(&terminate.sa_mask)
    terminate.sa_flags = 0
    sigaction(SIGTERM, &terminate, nil)
    sigaction(SIGHUP, &terminate, nil)
  }

  /// Whether Ctrl-C was pressed.
  public static var wasInterrupted: Bool { SignalState.interrupted != 0 }
  /// Whether SIGTERM or SIGHUP arrived.
  public static var wasTerminated: Bool { SignalState.terminated != 0 }
}
