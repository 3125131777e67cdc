extension AssessmentRunner {
  /// What the team chose on the last screen of a completed session.
  public enum FinalChoice: Sendable, Hashable {
    /// Enter: the full score report, printed after the full screen is left.
    case fullReport
    /// `q`, Esc, the end of input or a signal: leave with the one-screen summary.
    case leave
  }

  /// Shows the last screen of a completed full-screen session until the team chooses
  /// (issue 26, item 11): the lines `screen` gives for the terminal's size, drawn again after
  /// a resize or a return from Ctrl-Z.
  ///
  /// Enter chooses ``FinalChoice/fullReport``; `q`, Esc, Ctrl-D, the end of input, Ctrl-C,
  /// SIGTERM or SIGHUP choose ``FinalChoice/leave`` (the response is complete and saved:
  /// nothing is left to keep). Other keys, and a paste (bracketed, or a burst of keys with a
  /// line break), do nothing.
  ///
  /// - Parameter screen: The lines for a terminal of `width` × `height` cells; the runner
  ///   draws at most `height` of them, from the top.
  /// - Returns: The choice.
  public func runFinalScreen(_ screen: (_ width: Int, _ height: Int) -> [String]) -> FinalChoice {
    func draw() {
      let (width, height) = io.size
      let lines = screen(width, height).prefix(max(1, height))
      io.write(
        "\u{1B}[?25l\u{1B}[H" + lines.map { $0 + "\u{1B}[K" }.joined(separator: "\r\n")
          + "\u{1B}[J")
    }
    var decoder = KeyDecoder()
    draw()
    while true {
      if stopRequested() != nil { return .leave }
      if jobControl(false) {
        decoder = KeyDecoder()
        draw()
      }
      if resized() { draw() }
      switch io.readByte(timeout: decoder.isPending ? 30 : 250) {
      case .endOfInput: return .leave
      case .interrupted: continue
      case .timeout:
        if decoder.isPending, let key = decoder.flush(), let choice = Self.choice(for: key) {
          return choice
        }
      case .byte(let byte):
        // A paste (a burst with a line break, or bracketed) chooses nothing: its line break is
        // no Enter, and none of it may reach the shell after the session (issue 26, a tester).
        let burst = readBurst(from: byte, decoder: &decoder)
        if Self.pasted(burst.keys) == nil {
          for key in burst.keys {
            if case .paste = key { continue }
            if let choice = Self.choice(for: key) { return choice }
          }
        }
        if burst.suspend, jobControl(true) {
          decoder = KeyDecoder()
          draw()
        }
        if burst.ended { return .leave }
      }
    }
  }

  /// The choice a key makes on the last screen; nil for a key that does nothing there.
  static func choice(for key: Key) -> FinalChoice? {
    switch key {
    case .enter: .fullReport
    case .escape, .endOfInput, .character("q"), .character("Q"): .leave
    default: nil
    }
  }
}
