import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs `arusha` on a real pseudo-terminal, as a person at a terminal would (TSC's
/// `PseudoTerminal`): the child's standard input, output and error are the pty's secondary end;
/// the test types on the primary end and reads what the child draws.
public final class PseudoTerminal: @unchecked Sendable {
  private let primary: Int32
  private let secondary: Int32
  private let process = Process()
  private let lock = NSLock()
  private var received: [UInt8] = []
  private var all: [UInt8] = []
  private var reader: Thread?
  /// The pty's size in cells, as the child sees it (`TIOCGWINSZ`).
  public private(set) var size: (columns: Int, rows: Int)

  /// Opens a pty of `columns` × `rows`.
  public init(columns: Int = 100, rows: Int = 40) throws {
    // posix_openpt/unlockpt/ptsname are not in Swift's Glibc module; on Linux they are these
    // ioctls on /dev/ptmx (TIOCSPTLCK = _IOW('T', 0x31, int), TIOCGPTN = _IOR('T', 0x30, uint)).
    primary = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard primary >= 0, ioctl(primary, 0x4004_5431, &unlock) == 0,
      ioctl(primary, 0x8004_5430, &number) == 0
    else {
      throw POSIXError(.ENXIO)
    }
    secondary = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    guard secondary >= 0 else { throw POSIXError(.ENXIO) }
    size = (columns, rows)
    setWindowSize()
  }

  private func setWindowSize() {
    var window = winsize(
      ws_row: UInt16(size.rows), ws_col: UInt16(size.columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(primary, UInt(TIOCSWINSZ), &window)
  }

  /// Resizes the pty and tells the child (SIGWINCH), as a terminal window being resized does.
  public func resize(columns: Int, rows: Int) {
    size = (columns, rows)
    setWindowSize()
    signal(SIGWINCH)
  }

  /// What a terminal of the pty's size shows now, from everything the child printed since
  /// start (``clear()`` does not affect it).
  public var screen: VirtualScreen {
    lock.lock()
    defer { lock.unlock() }
    if live.columns != size.columns || live.rows != size.rows {
      // A resized terminal: replay everything at the new size (the child redraws whole).
      live = VirtualScreen(columns: size.columns, rows: size.rows)
      fed = 0
    }
    let end = VirtualScreen.completePrefix(all[fed...])
    if end > fed {
      live.write(String(decoding: all[fed..<end], as: UTF8.self))
      fed = end
    }
    return live
  }

  private var live = VirtualScreen(columns: 1, rows: 1)
  private var fed = 0

  /// Waits until the screen satisfies `condition`, and returns that screen; after `seconds`,
  /// returns the last screen seen (the test then fails on its own expectation).
  @discardableResult
  public func waitForScreen(seconds: Double = 10, _ condition: (VirtualScreen) -> Bool)
    -> VirtualScreen
  {
    let deadline = Date().addingTimeInterval(seconds)
    var last = screen
    while Date() < deadline {
      last = screen
      if condition(last) { return last }
      usleep(20_000)
    }
    return last
  }

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    close(primary)
    close(secondary)
  }

  /// The pty's settings as `stty -a` would show them (the secondary end's termios).
  public func settings() -> [UInt8] {
    var state = termios()
    tcgetattr(secondary, &state)
    return withUnsafeBytes(of: &state) { Array($0) }
  }

  /// Puts the pty back to `settings` (what `reset` does after a program killed by SIGKILL,
  /// which no program can clean up after).
  public func restore(_ settings: [UInt8]) {
    var state = termios()
    withUnsafeMutableBytes(of: &state) { buffer in
      for (index, byte) in settings.enumerated() where index < buffer.count { buffer[index] = byte }
    }
    tcsetattr(secondary, TCSANOW, &state)
  }

  /// Starts `arusha` with `arguments` in `directory`.
  public func start(_ arguments: [String], directory: URL, environment: [String: String] = [:])
    throws
  {
    lock.lock()
    received = []
    all = []
    fed = 0
    live = VirtualScreen(columns: size.columns, rows: size.rows)
    lock.unlock()
    let handle = FileHandle(fileDescriptor: secondary, closeOnDealloc: false)
    let process = Process()
    process.executableURL = TestPaths.arusha
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["TERM"] = "xterm-256color"
    env["NO_COLOR"] = "1"
    env.removeValue(forKey: "ACCESSIBLE")
    env.removeValue(forKey: "COLUMNS")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardInput = handle
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    current = process
    if reader == nil {
      let thread = Thread { [weak self] in self?.readLoop() }
      reader = thread
      thread.start()
    }
  }

  private var current: Process?

  private func readLoop() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(primary, $0.baseAddress, 4096) }
      if count <= 0 {
        if count < 0, errno == EINTR { continue }
        if count < 0, errno == EIO {
          usleep(20_000)
          continue
        }  // no child on the pty right now
        return
      }
      lock.lock()
      received += buffer[..<count]
      all += buffer[..<count]
      lock.unlock()
    }
  }

  /// Everything the child printed so far, without escape sequences.
  public var screenText: String {
    lock.lock()
    defer { lock.unlock() }
    return Self.strippingEscapes(String(decoding: received, as: UTF8.self))
  }

  /// Waits until the output contains `text` (after the last `clear`), or fails after `seconds`.
  @discardableResult
  public func waitFor(_ text: String, seconds: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if screenText.contains(text) { return true }
      usleep(20_000)
    }
    return false
  }

  /// Waits until the raw output since the last ``clear()`` (escape sequences included)
  /// contains `text`, or fails after `seconds`: the reader thread may lag behind the child.
  @discardableResult
  public func waitForOutput(_ text: String, seconds: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if output.contains(text) { return true }
      usleep(20_000)
    }
    return false
  }

  /// Forgets the output so far, so the next ``waitFor(_:seconds:)`` sees only new output.
  public func clear() {
    lock.lock()
    received = []
    lock.unlock()
  }

  /// Types `text` as a person does, one key at a time (may contain escape sequences).
  ///
  /// Each key (a character, an escape sequence, or a whole bracketed paste) is written on its
  /// own; the next waits until the child has read it, then 25 ms more: the session takes keys
  /// that arrive together with a line break for an unbracketed paste (cli.md, "Paste"), which a
  /// person's typing never is. ``paste(_:)`` writes everything at once.
  public func type(_ text: String) {
    for key in Self.keys(of: Array(text.utf8)) {
      send(key)
      let deadline = Date().addingTimeInterval(0.3)
      var pending: Int32 = 0
      while ioctl(secondary, UInt(FIONREAD), &pending) == 0, pending > 0, Date() < deadline {
        usleep(2_000)
      }
      usleep(25_000)
    }
    usleep(35_000)
  }

  /// Writes `text` in one go, as a terminal without bracketed paste delivers a paste.
  public func paste(_ text: String) {
    send(Array(text.utf8))
    usleep(60_000)
  }

  private func send(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBytes { write(primary, $0.baseAddress, bytes.count) }
  }

  /// `bytes` cut into keys: a UTF-8 character, `ESC [ … final`, `ESC O x`, a lone ESC, or a
  /// whole bracketed paste (`ESC [200~ … ESC [201~`).
  static func keys(of bytes: [UInt8]) -> [[UInt8]] {
    var keys: [[UInt8]] = []
    var index = 0
    let pasteEnd = Array("\u{1B}[201~".utf8)
    while index < bytes.count {
      var end = index + 1
      if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") {
        end = index + 2
        while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
        end = min(bytes.count, end + 1)
        if bytes[index..<end].elementsEqual(Array("\u{1B}[200~".utf8)) {
          // The paste runs to its end marker.
          var search = end
          while search + pasteEnd.count <= bytes.count,
            !bytes[search..<(search + pasteEnd.count)].elementsEqual(pasteEnd)
          {
            search += 1
          }
          end = min(bytes.count, search + pasteEnd.count)
        }
      } else if bytes[index] == 0x1B, index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "O")
      {
        end = index + 3
      } else if bytes[index] >= 0xC0 {
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      }
      keys.append(Array(bytes[index..<end]))
      index = end
    }
    return keys
  }

  /// Sends `signal` to the child.
  public func signal(_ number: Int32) {
    if let current { kill(current.processIdentifier, number) }
  }

  /// Everything the child printed so far, escape sequences included.
  public var output: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: received, as: UTF8.self)
  }

  /// Waits until the child is stopped (job control, state `T` in `/proc/PID/stat`), or
  /// fails after `seconds`.
  @discardableResult
  public func waitUntilStopped(seconds: Double = 10) -> Bool {
    guard let current else { return false }
    let path = "/proc/\(current.processIdentifier)/stat"
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      // The state follows the command name in parentheses: "PID (arusha) T …".
      if let stat = try? String(contentsOfFile: path, encoding: .utf8),
        let close = stat.lastIndex(of: ")"),
        stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("T")
      {
        return true
      }
      usleep(20_000)
    }
    return false
  }

  /// Waits for the child to end and returns its exit status (128 + signal when killed).
  public func waitForExit(seconds: Double = 10) -> Int32? {
    guard let current else { return nil }
    let deadline = Date().addingTimeInterval(seconds)
    while current.isRunning, Date() < deadline { usleep(20_000) }
    if current.isRunning { return nil }
    return current.terminationReason == .uncaughtSignal
      ? 128 + current.terminationStatus : current.terminationStatus
  }

  static func strippingEscapes(_ text: String) -> String {
    var out = ""
    var iterator = text.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      guard scalar == "\u{1B}" else {
        if scalar != "\r" { out.unicodeScalars.append(scalar) }
        continue
      }
      guard let next = iterator.next() else { break }
      if next == "[" {
        while let c = iterator.next(), !("@"..."~").contains(c) || c == "[" {}
      }
    }
    return out
  }
}
