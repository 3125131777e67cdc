import ArgumentParser
import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaTerminal
import Foundation

struct AssessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess",
    abstract: "Answer a questionnaire in the terminal (the default command).",
    discussion: """
      Without QUESTIONNAIRE, the bundled Revised Arusha Declaration self-assessment. Answers \
      are saved after each one; run the same command with the same -o FILE to resume. Line \
      mode (numbered options, one line per answer) is used when input is not a terminal, with \
      --plain, or when ACCESSIBLE is set.

      Examples:
        arusha
        arusha assess --administration "Niger Customs" --round 2024 --lang fr
        arusha assess internal-affairs -o niger-ia-2024.yaml
        printf '3\\n2\\n…' | arusha assess --plain -o test.yaml --administration Test --round 1
      """
  )

  @Argument(help: "A questionnaire file, or the id or file name of a bundled one.")
  var questionnaire: String?

  @Option(name: .shortAndLong, help: "The response file (default: <administration>-<round>.yaml).")
  var output: String?

  @Option(help: "The administration assessed, e.g. \"Niger Customs\" (asked for when missing).")
  var administration: String?

  @Option(help: "The assessment round, e.g. 2024 (asked for when missing).")
  var round: String?

  @Option(help: "The respondent's role or group, e.g. management.")
  var role: String?

  @Option(help: "The respondent's name (stored only when given).")
  var respondent: String?

  @Option(help: "Language of the session: en or fr (default: the response's, else LANG).")
  var lang: String?

  @Flag(help: "Line mode: no cursor movement or redraws; for screen readers and scripts.")
  var plain = false

  func validate() throws {
    for (value, flag) in [
      (administration, "--administration"), (round, "--round"), (role, "--role"),
      (respondent, "--respondent"),
    ] {
      if let value, let problem = ResponseLimits.identityProblem(value, flag) {
        throw ValidationError(problem)
      }
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let terminal = SystemTerminal()
    let options = AssessmentSetup.Options(
      questionnaire: questionnaire, output: output, administration: administration, round: round,
      role: role, respondent: respondent, language: lang)
    let clock: @Sendable () -> String = { Clock.now() }
    let prepared: AssessmentSetup.Prepared
    do {
      prepared = try AssessmentSetup.prepare(
        options, io: terminal, environment: environment, now: clock)
    } catch {
      throw try Self.exit(for: error)
    }
    let fullScreen =
      SystemTerminal.isInteractive && !plain && (environment["ACCESSIBLE"] ?? "").isEmpty
      && environment["TERM"] != "dumb"
    let style = TextStyle.resolve(
      isTerminal: SystemTerminal.isInteractive, environment: environment)
    let path = prepared.path
    let questionnaireModel = prepared.choice.questionnaire
    var runner = AssessmentRunner(
      session: prepared.session, io: terminal, style: fullScreen ? style : .plain,
      stopRequested: {
        if LineSignals.wasInterrupted { return .interrupted }
        if LineSignals.wasTerminated { return .terminated }
        return nil
      },
      resized: { SystemTerminal.takeResize() },
      save: { response in
        try ResponseFile.write(response, questionnaire: questionnaireModel, to: path)
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
    do {
      try ResponseFile.write(runner.response, questionnaire: questionnaireModel, to: path)
    } catch {
      Console.message("arusha: cannot save \(error)")
      throw ExitStatus.code(for: error)
    }
    let text = SessionText(prepared.session.language)
    let shownPath = PrintableText.sanitize(path, for: .terminal, keepLineBreaks: false)
    switch outcome {
    case .completed:
      let report = ScoreReport(questionnaire: questionnaireModel, response: runner.response)
      Console.out("\n" + report.table(style: style, width: Console.width()))
      Console.out("\n" + text.completed(shownPath) + "\n")
    case .quit, .interrupted, .terminated:
      if !fullScreen { Console.out("\n") }
      Console.message(text.saved(shownPath) + "\n" + text.resume(resumeCommand(path)))
      if outcome == .interrupted { throw ExitStatus.interrupted }
      if outcome == .terminated { throw ExitStatus.terminated }
    }
    withExtendedLifetime(prepared.lock) {}
  }

  private func resumeCommand(_ path: String) -> String {
    var words = ["arusha", "assess"]
    if let questionnaire { words.append(Self.quoted(questionnaire)) }
    words += ["-o", Self.quoted(path)]
    return words.joined(separator: " ")
  }

  static func quoted(_ word: String) -> String {
    let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) }
    return safe ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  static func exit(for error: AssessmentSetup.Failure) throws -> Error {
    switch error {
    case .load(let failure):
      return try Failure.report { () throws(LoadFailure) -> Error in throw failure }
    case .file(let fileError):
      Console.message("arusha: \(fileError.description)")
      return ExitStatus.code(for: fileError)
    case .usage(let message):
      return usageError(message)
    case .noInput:
      Console.message(
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
