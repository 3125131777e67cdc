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
        let burst = readBurst(from: byte, decoder: &decoder)
        if let key = Self.pasted(burst.keys) {
          apply(key)
        } else {
          for key in burst.keys { apply(key) }
        }
        if burst.suspend, jobControl(true) {
          decoder = KeyDecoder()
          draw()
        }
        if burst.ended {
          persist(session.keepTypedText())
          session.quit()
          return .quit
        }
      }
      switch session.place {
      case .completed: return .completed
      case .quit: return .quit
      default: break
      }
    }
  }

  /// How long, in milliseconds, the runner waits after a byte for the next one of the same
  /// burst: keys that come closer together than this were not typed one by one (issue 26).
  static let burstWindow = 10

  /// The keys of one burst: the bytes that arrive within ``burstWindow`` of each other,
  /// starting with `first`, read until a pause, Ctrl-Z or the end of input.
  struct Burst {
    var keys: [Key] = []
    /// Ctrl-Z was read as a byte (0x1A): the burst ends there.
    var suspend = false
    /// The input ended inside the burst.
    var ended = false
  }

  /// Reads the burst that begins with `first`, decoding it with `decoder`.
  ///
  /// A long paste comes in several reads: reading goes on while bytes keep coming within
  /// ``burstWindow`` of each other. An escape sequence is one key, and so is a bracketed
  /// paste; a lone ESC at the end stays pending in `decoder`, for the caller's flush.
  func readBurst(from first: UInt8, decoder: inout KeyDecoder) -> Burst {
    var burst = Burst()
    var next: UInt8? = first
    var afterCarriageReturn = false
    while true {
      if let byte = next {
        // CR LF is one Enter (terminals and telnet-like clients that send it for the key).
        let folded = byte == 0x0A && afterCarriageReturn
        afterCarriageReturn = false
        if !folded, let key = decoder.feed(byte) {
          if key == .suspend {
            burst.suspend = true
            return burst
          }
          afterCarriageReturn = byte == 0x0D && key == .enter
          burst.keys.append(key)
        }
      }
      switch io.readByte(timeout: Self.burstWindow) {
      case .byte(let byte): next = byte
      // A signal (a resize, Ctrl-C) does not cut a paste in two; the loop sees it after.
      case .interrupted: next = nil
      case .endOfInput:
        burst.ended = true
        return burst
      case .timeout: return burst
      }
    }
  }

  /// The paste a burst of `keys` is, if it is one.
  ///
  /// A burst is a paste when it holds more than one key with a line break or a tab among
  /// them (issue 26, "Bursts": only in the full-screen session on a terminal; a terminal
  /// without bracketed paste delivers a paste this way). Its text keeps each
  /// character, a line break for Enter and a tab for Tab, and the text of a bracketed paste
  /// inside it; other keys (arrows, Backspace) are dropped. Nil when the keys act one by one.
  static func pasted(_ keys: [Key]) -> Key? {
    guard keys.count > 1, keys.contains(where: { $0 == .enter || $0 == .tab }) else {
      return nil
    }
    var text = ""
    for key in keys {
      switch key {
      case .character(let character): text.append(character)
      case .enter: text.append("\n")
      case .tab: text.append("\t")
      case .paste(let pasted): text += pasted
      default: break
      }
    }
    return .paste(text)
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
      // Every line printed wraps at the width (issue 26): a save error names a path, a notice
      // can quote what was typed.
      let width = io.size.width
      var output = ""
      if let saveError {
        output += wrapText(saveError, width: width).joined(separator: "\n") + "\n"
      }
      if before != (session.place, session.field, session.showHelp) {
        output += session.lineText(width: width)
      } else if let notice = session.notice {
        output += wrapText(notice, width: width).joined(separator: "\n") + "\n"
      }
      // Through a pipe, which does not echo the answer, the output goes on after "> ".
      io.write(afterPrompt(output, promptWidth: 2, width: width) + "> ")
    }
  }
}
