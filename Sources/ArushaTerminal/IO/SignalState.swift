#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal state a signal handler must restore, and the signals that arrived.
///
/// This is the one process-global the house style allows: a handler cannot reach anything
/// else, and it may only call async-signal-safe functions (`tcsetattr`, `write`).
enum SignalState {
  nonisolated(unsafe) static var savedTermios = termios()
  nonisolated(unsafe) static var hasSavedTermios: sig_atomic_t = 0
  nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
  nonisolated(unsafe) static var terminated: sig_atomic_t = 0
  nonisolated(unsafe) static var resized: sig_atomic_t = 0
  /// SIGTSTP (Ctrl-Z) arrived: the session must restore the terminal, then stop.
  nonisolated(unsafe) static var suspendRequested: sig_atomic_t = 0
  /// SIGCONT arrived (`fg`): the session must re-enter raw mode and redraw.
  nonisolated(unsafe) static var continued: sig_atomic_t = 0

  /// What turns bracketed paste off, leaves the alternate screen and shows the cursor again.
  static let resetSequence: [UInt8] = Array("\u{1B}[?2004l\u{1B}[?25h\u{1B}[?1049l".utf8)

  /// Restores the terminal using only async-signal-safe calls.
  static func restoreFromSignal() {
    if hasSavedTermios != 0 {
      _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios)
      resetSequence.withUnsafeBytes { buffer in
        _ = write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
      }
    }
  }

  /// Unblocks the signals the session reacts to: a parent (a test runner, a job control shell)
  /// may have started the process with them blocked, and a blocked SIGTERM would never arrive.
  static func unblock(_ signals: [Int32]) {
    var set = sigset_t()
    sigemptyset(&set)
    for number in signals { sigaddset(&set, number) }
    sigprocmask(SIG_UNBLOCK, &set, nil)
  }
}
