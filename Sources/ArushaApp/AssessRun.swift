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
    if fullScreen {
      terminal.enterFullScreen()
      defer { terminal.leaveFullScreen() }
      outcome = runner.runFullScreen()
    } else {
      LineSignals.install()
      outcome = runner.runLines()
    }
    // Whatever happened, the last confirmed state is written once more before leaving.
    do throws(FileError) {
      try SignatureVoiding.save(
        runner.response, questionnaire: questionnaire, to: path, signature: &signature)
    } catch {
      settings.console.message("arusha: cannot save \(error)")
      throw ExitStatus.code(for: error)
    }
    let text = SessionText(prepared.session.language)
    let shownPath = PrintableText.sanitize(path.shown, for: .terminal, keepLineBreaks: false)
    // Said last, under the score or the resume hint: the signature to make again.
    func sayVoided() {
      guard let voided = signature?.voided else { return }
      let shown = { PrintableText.sanitize($0, for: .terminal, keepLineBreaks: false) }
      settings.console.message(
        text.signatureVoided(
          shown(SignatureCheck.signaturePath(of: path).shown), renamedTo: shown(voided.shown)))
    }
    switch outcome {
    case .completed:
      let report = ScoreReport(questionnaire: questionnaire, response: runner.response)
      settings.console.out("\n" + report.table(style: style, width: settings.width))
      settings.console.out("\n" + text.completed(shownPath) + "\n")
      sayVoided()
    case .quit, .interrupted, .terminated:
      if !fullScreen { settings.console.out("\n") }
      settings.console.message(
        text.saved(shownPath) + "\n"
          + text.resume(
            resumeCommand(
              program: program(
                argument0: CommandLine.arguments.first ?? "arusha",
                path: settings.environment["PATH"]),
              questionnaire: options.questionnaire, path: path.shown)))
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
      settings.console.message(
        "\narusha: input ended before the administration and round were given; nothing was saved")
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
