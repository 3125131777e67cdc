import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaTerminal
import ArushaText
import Foundation

/// `arusha assess`: prepares the session (AssessmentSetup), runs it full screen or in line
/// mode, saves once more whatever happened, and says how it ended.
public enum AssessRun {
  /// Runs a session with `options`.
  ///
  /// - Parameters:
  ///   - options: The command line's choices.
  ///   - plain: `--plain` (line mode).
  ///   - settings: The settings decided at start-up.
  /// - Throws: ``ExitStatus`` or ``UsageError``, after saying why on standard error.
  public static func execute(_ options: AssessmentSetup.Options, plain: Bool, settings: Settings)
    throws
  {
    // A session reads the process's standard input and takes over its terminal.
    guard settings.console.ownsProcessTerminal else {
      throw UsageError("assess runs on the process's own terminal: run the arusha binary")
    }
    let terminal = SystemTerminal()
    let prepared: AssessmentSetup.Prepared
    do throws(AssessmentSetup.Failure) {
      prepared = try AssessmentSetup.prepare(
        options, io: terminal, environment: settings.environment, now: { Clock.now() })
    } catch {
      throw try exit(for: error, settings: settings)
    }
    // Line mode when input is not a terminal, with --plain, ACCESSIBLE or TERM=dumb (cli.md).
    let fullScreen =
      settings.inputIsTerminal && settings.outputIsTerminal && !plain && !settings.accessible
      && !settings.dumbTerminal
    let style = settings.style()
    let path = prepared.path
    let questionnaire = prepared.choice.questionnaire
    var signature = prepared.signature
    var runner = AssessmentRunner(
      session: prepared.session, io: terminal, style: fullScreen ? style : .plain,
      stopRequested: {
        if LineSignals.wasInterrupted { return .interrupted }
        if LineSignals.wasTerminated { return .terminated }
        return nil
      },
      resized: { SystemTerminal.takeResize() },
      jobControl: { terminal.handleJobControl(suspendNow: $0) },
      save: { response in
        try SignatureVoiding.save(
          response, questionnaire: questionnaire, to: path, signature: &signature)
      })
    let outcome: AssessmentRunner.Outcome
    let text = SessionText(prepared.session.language)
    let shownPath = PrintableText.sanitize(path.shown, for: .terminal, keepLineBreaks: false)
    let scoreCommand = AssessRun.scoreCommand(
      program: program(
        argument0: CommandLine.arguments.first ?? "arusha", path: settings.environment["PATH"]),
      path: path.shown, questionnaire: unbundledFile(prepared.choice))
    // Issue 26: at the end of a full-screen session, the last screen shows the score and the
    // factor bars, and Enter asks for the full report.
    var finalChoice = AssessmentRunner.FinalChoice.leave
    if fullScreen {
      terminal.enterFullScreen()
      defer { terminal.leaveFullScreen() }
      outcome = runner.runFullScreen()
      if outcome == .completed {
        let report = ScoreReport(questionnaire: questionnaire, response: runner.response)
        finalChoice = runner.runFinalScreen { width, height in
          // The last column stays empty, as in the session's frames (no wrap, no scroll).
          let width = max(1, width - 1)
          return report.summary(
            style: style, width: width, height: height,
            note: wrapText(text.completed(shownPath), width: width),
            footer: commandLines(text.fullReportHint, scoreCommand, width: width, folds: true)
              + wrapText(style.apply(.dim, text.finalScreenKeys), width: width))
        }
      }
    } else {
      LineSignals.install()
      outcome = runner.runLines()
    }
    // Whatever happened, the last confirmed state is written once more before leaving.
    do throws(FileError) {
      try SignatureVoiding.save(
        runner.response, questionnaire: questionnaire, to: path, signature: &signature)
    } catch {
      settings.console.message(
        wrapText("arusha: cannot save \(error)", width: terminal.size.width).joined(
          separator: "\n"))
      throw ExitStatus.code(for: error)
    }
    // Line mode wraps what it prints at the width its session used (issue 26); after a full
    // screen, the terminal's width now.
    let width = terminal.size.width
    // Said last, under the score or the resume hint: the signature to make again.
    func sayVoided() {
      guard signature?.voided != nil else { return }
      settings.console.message(voidedLines().joined(separator: "\n"))
    }
    func voidedLines() -> [String] {
      guard let voided = signature?.voided else { return [] }
      let shown = { PrintableText.sanitize($0, for: .terminal, keepLineBreaks: false) }
      return wrapText(
        text.signatureVoided(
          shown(SignatureCheck.signaturePath(of: path).shown), renamedTo: shown(voided.shown)),
        width: width)
    }
    switch outcome {
    case .completed:
      let report = ScoreReport(questionnaire: questionnaire, response: runner.response)
      let done = wrapText(text.completed(shownPath), width: width)
      let hint = commandLines(
        text.fullReportHint, scoreCommand, width: width, folds: fullScreen && finalChoice == .leave)
      if fullScreen, finalChoice == .leave {
        // What stays on the terminal after the session: the last screen again, without its
        // keys, in the rows above the shell's prompt and the signature's message.
        let height = terminal.size.height - 1 - voidedLines().count
        let lines = report.summary(
          style: style, width: width, height: height, note: done, footer: hint)
        settings.console.out(lines.joined(separator: "\n") + "\n")
      } else {
        // Enter on the last screen, or line mode: the whole report, then where the file is.
        // Line mode cuts nothing (a screen reader hears only what is written) and may be
        // long, as a reader scrolls back or listens on.
        settings.console.out(
          "\n" + report.table(style: style, width: width, cutting: fullScreen)
            + "\n" + (done + hint).joined(separator: "\n") + "\n")
      }
      sayVoided()
    case .quit, .interrupted, .terminated:
      if !fullScreen { settings.console.out("\n") }
      settings.console.message(
        (wrapText(text.saved(shownPath), width: width)
          + commandLines(
            text.resume,
            resumeCommand(
              program: program(
                argument0: CommandLine.arguments.first ?? "arusha",
                path: settings.environment["PATH"]),
              questionnaire: options.questionnaire, path: path.shown), width: width))
          .joined(separator: "\n"))
      sayVoided()
      if outcome == .interrupted { throw ExitStatus.interrupted }
      if outcome == .terminated { throw ExitStatus.terminated }
    }
    withExtendedLifetime(prepared.lock) {}
  }

  /// How to start this program again from the same folder, as it was started.
  ///
  /// A bare name (`arusha`) was found on `PATH` and works again. A path works as it was
  /// typed, from the same folder; it becomes the bare name only when `PATH` finds that very
  /// file under it. So after `swift run arusha` (which starts `/…/.build/debug/arusha`) the
  /// hint names that path, not an `arusha` command the machine does not have.
  static func program(argument0: String, path: String?) -> String {
    let name = argument0.split(separator: "/").last.map(String.init) ?? "arusha"
    guard argument0.contains("/") else { return name }
    guard let started = realPath(argument0) else { return argument0 }
    for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
      if realPath(folder + "/" + name) == started { return name }
    }
    return argument0
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `phrase(command)` in lines of at most `width` columns, the command never broken at a space.
  ///
  /// When the sentence does not fit on one line, the command stands alone on the last
  /// lines. A command wider than the line stays whole, to be copied as it is, unless `folds`
  /// (a full screen, where a line that wraps by itself would break the screen): then it goes
  /// on over the next lines, cut by display width.
  static func commandLines(
    _ phrase: (String) -> String, _ command: String, width: Int, folds: Bool = false
  )
    -> [String]
  {
    let whole = phrase(command)
    guard displayWidth(whole) > width else { return [whole] }
    // The sentence with a placeholder word where the command goes, which ends it.
    let marker = "ARUSHA-COMMAND-PLACEHOLDER"
    let lead = phrase(marker)
    guard lead.hasSuffix(marker) else { return wrapText(whole, width: width) }
    let before = String(lead.dropLast(marker.count)).trimmingCharacters(in: .whitespaces)
    let shown = "  " + PrintableText.sanitize(command, for: .terminal, keepLineBreaks: false)
    guard folds, displayWidth(shown) > width else {
      return wrapText(before, width: width) + [shown]
    }
    var pieces: [String] = []
    var piece = ""
    for character in shown {
      if displayWidth(piece) + DisplayColumns.width(of: character) > max(2, width) {
        pieces.append(piece)
        piece = ""
      }
      piece.append(character)
    }
    pieces.append(piece)
    return wrapText(before, width: width) + pieces
  }

  /// `PROGRAM score PATH [--questionnaire FILE]`, quoted for a shell: how to see the whole
  /// report of a session.
  static func scoreCommand(program: String = "arusha", path: String, questionnaire: String? = nil)
    -> String
  {
    var words = [quoted(program), "score", quoted(path)]
    if let questionnaire { words += ["--questionnaire", quoted(questionnaire)] }
    return words.joined(separator: " ")
  }

  /// The questionnaire file `score` must be given: the path typed for `assess`, unless the
  /// same bytes are bundled (which `score` finds by the response's id and version).
  static func unbundledFile(_ choice: QuestionnaireChoice) -> String? {
    guard let argument = choice.argument, BundledCatalogue.file(named: argument) == nil else {
      return nil
    }
    let questionnaire = choice.questionnaire
    if let bundled = BundledCatalogue.file(id: questionnaire.id, version: questionnaire.version),
      bundled.sha256 == choice.sha256
    {
      return nil
    }
    return argument
  }

  /// `PROGRAM assess [QUESTIONNAIRE] -o PATH`, quoted for a shell.
  static func resumeCommand(program: String = "arusha", questionnaire: String?, path: String)
    -> String
  {
    var words = [quoted(program), "assess"]
    if let questionnaire { words.append(quoted(questionnaire)) }
    words += ["-o", quoted(path)]
    return words.joined(separator: " ")
  }

  static func quoted(_ word: String) -> String {
    let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) }
    return safe ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  static func exit(for error: AssessmentSetup.Failure, settings: Settings) throws -> Error {
    switch error {
    case .load(let failure):
      return try Failure.report(settings) { () throws(LoadFailure) -> Error in throw failure }
    case .file(let fileError):
      settings.console.message("arusha: \(fileError.description)")
      return ExitStatus.code(for: fileError)
    case .usage(let message):
      return UsageError(message)
    case .noInput:
      // Said where line mode was asking (issue 26: wrapped at the width, 80 when unknown).
      settings.console.message(
        "\n"
          + wrapText(
            "arusha: input ended before the administration and round were given; nothing was saved",
            width: SystemTerminal().size.width
          ).joined(separator: "\n"))
      return ExitStatus.noInput
    }
  }
}

/// The current time as responses store it (ISO 8601, UTC, whole seconds).
enum Clock {
  static func now() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: Date())
  }
}
