#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's own terminal: standard input and output, raw mode through termios.
public final class SystemTerminal: TerminalIO {
  private var rawEnabled = false
  private var lineBuffer: [UInt8] = []

  /// Creates the terminal of this process.
  public init() {}

  /// Whether standard input and output are both terminals.
  public static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

  public func write(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return writeDescriptor(STDOUT_FILENO, base + offset, buffer.count - offset)
      }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { return }
      offset += count
    }
  }

  public func readByte(timeout: Int?) -> ReadResult {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(timeout ?? -1))
    if ready < 0 { return errno == EINTR ? .interrupted : .endOfInput }
    if ready == 0 { return .timeout }
    var byte: UInt8 = 0
    let count = readDescriptor(STDIN_FILENO, &byte, 1)
    if count == 1 { return .byte(byte) }
    if count < 0, errno == EINTR { return .interrupted }
    return .endOfInput
  }

  public func readLine() -> String? {
    while true {
      if let newline = lineBuffer.firstIndex(of: 0x0A) {
        var line = Array(lineBuffer[..<newline])
        lineBuffer.removeSubrange(...newline)
        if line.last == 0x0D { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
      }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes {
        readDescriptor(STDIN_FILENO, $0.baseAddress, 4096)
      }
      if count < 0, errno == EINTR {
        if SignalState.interrupted != 0 || SignalState.terminated != 0 { return nil }
        continue
      }
      if count <= 0 {
        if lineBuffer.isEmpty { return nil }
        defer { lineBuffer = [] }
        return String(decoding: lineBuffer, as: UTF8.self)
      }
      lineBuffer += chunk[..<count]
    }
  }

  public var size: (width: Int, height: Int) {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return (Int(size.ws_col), Int(size.ws_row))
    }
    return (80, 24)
  }

  /// Whether the terminal was resized since the last call (SIGWINCH).
  public static func takeResize() -> Bool {
    guard SignalState.resized != 0 else { return false }
    SignalState.resized = 0
    return true
  }

  /// Enters raw mode (no echo, no line buffering; Ctrl-C still raises SIGINT, output still
  /// turns `\n` into `\r\n`), the alternate screen and bracketed paste, with handlers that
  /// restore the terminal on SIGINT, SIGTERM, SIGHUP, SIGWINCH and crashes, and that suspend
  /// and resume it on SIGTSTP and SIGCONT (``handleJobControl(suspendNow:)``).
  public func enterFullScreen() {
    guard !rawEnabled else { return }
    var original = termios()
    guard tcgetattr(STDIN_FILENO, &original) == 0 else { return }
    SignalState.savedTermios = original
    SignalState.hasSavedTermios = 1
    var raw = original
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN)
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
      bytes[Int(VMIN)] = 1
      bytes[Int(VTIME)] = 0
    }
    rawTermios = raw
    // TCSANOW, not TCSAFLUSH: keys typed ahead must not be dropped.
    tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    rawEnabled = true
    installSignalHandlers()
    write(Self.enterSequence)
  }

  /// Leaves the alternate screen and restores the terminal exactly as it was.
  public func leaveFullScreen() {
    guard rawEnabled else { return }
    write(Self.leaveSequence)
    // TCSAFLUSH: keys typed ahead for the session are dropped, never read by the shell next.
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &SignalState.savedTermios)
    SignalState.hasSavedTermios = 0
    rawEnabled = false
    // Ctrl-Z after the session stops the process as usual.
    signal(SIGTSTP, SIG_DFL)
    signal(SIGCONT, SIG_DFL)
  }

  /// The raw mode set by ``enterFullScreen()``, set again after a suspension.
  private var rawTermios = termios()
  /// Alternate screen, hidden cursor, bracketed paste on.
  private static let enterSequence = "\u{1B}[?1049h\u{1B}[?25l\u{1B}[?2004h"
  /// Bracketed paste off, cursor shown, alternate screen left.
  private static let leaveSequence = "\u{1B}[?2004l\u{1B}[?25h\u{1B}[?1049l"

  /// Suspends the session when Ctrl-Z asked for it, and takes it back after `fg`.
  ///
  /// On SIGTSTP (or `suspendNow`, for Ctrl-Z read as a byte), it turns bracketed paste off,
  /// shows the cursor, leaves the alternate screen and restores the terminal's own mode, then
  /// stops the process for real (SIGTSTP with its default action). On SIGCONT it sets raw
  /// mode, the alternate screen and bracketed paste again, and drops every key typed
  /// meanwhile (`tcflush`), so that none answers anything.
  ///
  /// - Parameter suspendNow: Whether to suspend even without SIGTSTP.
  /// - Returns: Whether the terminal was taken back: the caller redraws the whole screen.
  public func handleJobControl(suspendNow: Bool = false) -> Bool {
    guard rawEnabled else { return false }
    let stop = suspendNow || SignalState.suspendRequested != 0
    SignalState.suspendRequested = 0
    if stop {
      write(Self.leaveSequence)
      tcsetattr(STDIN_FILENO, TCSANOW, &SignalState.savedTermios)
      SignalState.hasSavedTermios = 0
      signal(SIGTSTP, SIG_DFL)
      SignalState.unblock([SIGTSTP])
      raise(SIGTSTP)
      // Stopped here until SIGCONT (or at once, in an orphaned process group).
      signal(SIGTSTP) { _ in SignalState.suspendRequested = 1 }
    }
    guard stop || SignalState.continued != 0 else { return false }
    SignalState.continued = 0
    SignalState.hasSavedTermios = 1
    tcsetattr(STDIN_FILENO, TCSANOW, &rawTermios)
    tcflush(STDIN_FILENO, TCIFLUSH)
    write(Self.enterSequence + "\u{1B}[2J")
    return true
  }

  private func installSignalHandlers() {
    SignalState.unblock([SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT])
    signal(SIGINT) { _ in SignalState.interrupted = 1 }
    signal(SIGTSTP) { _ in SignalState.suspendRequested = 1 }
    signal(SIGCONT) { _ in SignalState.continued = 1 }
    signal(SIGTERM) { _ in SignalState.terminated = 1 }
    signal(SIGHUP) { _ in SignalState.terminated = 1 }
    signal(SIGWINCH) { _ in SignalState.resized = 1 }
    for crash in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
      signal(crash) { number in
        SignalState.restoreFromSignal()
        signal(number, SIG_DFL)
        raise(number)
      }
    }
  }
}

/// `write(2)`, the C library's (Glibc or Darwin): inside ``SystemTerminal`` the name `write`
/// is its own method.
private func writeDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int)
  -> Int
{
  write(descriptor, bytes, count)
}

/// `read(2)`, the C library's (Glibc or Darwin).
private func readDescriptor(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, bytes, count)
}
