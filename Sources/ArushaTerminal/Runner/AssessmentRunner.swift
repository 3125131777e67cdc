public import ArushaCore
import ArushaText

/// Drives an ``AssessmentSession`` on a terminal, saving after every confirmed answer.
public struct AssessmentRunner {
  /// How the session ended.
  public enum Outcome: Sendable, Hashable {
    /// Completed: the response is `complete`.
    case completed
    /// Left with `q` or the end of input.
    case quit
    /// Ctrl-C.
    case interrupted
    /// SIGTERM or SIGHUP.
    case terminated
  }

  /// Saves the response; a thrown error is shown and the session goes on (nothing is lost:
  /// the next confirmed answer tries again).
  public typealias Save = (Response) throws -> Void

  var session: AssessmentSession
  let io: TerminalIO
  let save: Save
  let style: TextStyle
  /// Whether a signal asked the session to end: `interrupted` for Ctrl-C, `terminated` else.
  let stopRequested: () -> Outcome?
  /// Whether the terminal was resized since the last call.
  let resized: () -> Bool
  /// Suspends on Ctrl-Z (always when passed true: Ctrl-Z read as a byte) and resumes after
  /// `fg`; true when the terminal was taken back and the screen must be drawn again
  /// (``SystemTerminal/handleJobControl(suspendNow:)``).
  let jobControl: (_ suspendNow: Bool) -> Bool

  /// Creates a runner.
  public init(
    session: AssessmentSession, io: TerminalIO, style: TextStyle,
    stopRequested: @escaping () -> Outcome? = { nil }, resized: @escaping () -> Bool = { false },
    jobControl: @escaping (_ suspendNow: Bool) -> Bool = { _ in false },
    save: @escaping Save
  ) {
    self.session = session
    self.io = io
    self.style = style
    self.stopRequested = stopRequested
    self.resized = resized
    self.jobControl = jobControl
    self.save = save
  }

  /// The response as it stands.
  public var response: Response { session.response }

  /// The last save error, shown on the next screen.
  private var saveError: String?

  private mutating func persist(_ update: AssessmentSession.Update) {
    guard update.save else { return }
    do {
      try save(session.response)
      saveError = nil
    } catch {
      // The error names the response file: its path is shown printable (cli.md).
      saveError = SessionText.printable("\(error)")
    }
  }

  /// Runs the session in full-screen mode until it completes or is left.
  public mutating func runFullScreen() -> Outcome {
    var decoder = KeyDecoder()
    draw()
    while true {
      if let stop = stopRequested() {
        // Text typed but not confirmed is kept, as Tab would keep it (cli.md: never lose an answer).
        persist(session.keepTypedText())
        return stop
      }
      if jobControl(false) {
        // Back from Ctrl-Z: what was typed meanwhile is dropped, half a sequence included.
        decoder = KeyDecoder()
        draw()
      }
      if resized() { draw() }
      switch io.readByte(timeout: decoder.isPending ? 30 : 250) {
      case .endOfInput:
        persist(session.keepTypedText())
        session.quit()
        return .quit
      case .interrupted:
        continue
      case .timeout:
        if decoder.isPending, let key = decoder.flush() { apply(key) }
      case .byte(let byte):
        guard let key = decoder.feed(byte) else { break }
        if key == .suspend {
          if jobControl(true) {
            decoder = KeyDecoder()
            draw()
          }
        } else {
          apply(key)
        }
      }
      switch session.place {
      case .completed: return .completed
      case .quit: return .quit
      default: break
      }
    }
  }

  private mutating func apply(_ key: Key) {
    // Under the smallest size no key acts but quit, until the terminal is bigger (cli.md).
    let (width, height) = io.size
    if width < AssessmentSession.minimumSize.width || height < AssessmentSession.minimumSize.height
    {
      if key == .character("q") || key == .endOfInput { session.quit() }
      draw()
      return
    }
    persist(
      session.handle(key, width: width - 1, height: height - (saveError == nil ? 0 : 1)))
    draw()
  }

  private func draw() {
    let (width, height) = io.size
    var frame =
      width < AssessmentSession.minimumSize.width || height < AssessmentSession.minimumSize.height
      ? session.tooSmallFrame(width: width, height: height)
      : session.frame(width: width - 1, height: height - (saveError == nil ? 0 : 1), style: style)
    if let saveError { frame.lines.append(style.apply(.boldRed, saveError)) }
    // Home, each line cleared to its end, then everything below cleared: no flicker. The frame
    // ends by placing and showing the cursor in a field that has the focus, else hiding it.
    let cursor =
      frame.cursor.map { "\u{1B}[\($0.row + 1);\($0.column + 1)H\u{1B}[?25h" } ?? "\u{1B}[?25l"
    io.write(
      "\u{1B}[?25l\u{1B}[H" + frame.lines.map { $0 + "\u{1B}[K" }.joined(separator: "\r\n")
        + "\u{1B}[J" + cursor)
  }

  /// Runs the session in line mode until it completes, is left, or input ends.
  public mutating func runLines() -> Outcome {
    io.write(session.lineText(width: io.size.width) + "> ")
    while true {
      guard let line = io.readLine() else {
        if let stop = stopRequested() { return stop }
        session.quit()
        return .quit
      }
      if let stop = stopRequested() { return stop }
      let before = (session.place, session.field, session.showHelp)
      persist(session.handle(line: line))
      switch session.place {
      case .completed: return .completed
      case .quit: return .quit
      default: break
      }
      var output = ""
      if let saveError { output += saveError + "\n" }
      if before != (session.place, session.field, session.showHelp) {
        output += session.lineText(width: io.size.width)
      } else if let notice = session.notice {
        output += notice + "\n"
      }
      io.write(output + "> ")
    }
  }
}
