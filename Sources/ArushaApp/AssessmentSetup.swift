public import ArushaCore
public import ArushaFiles
public import ArushaTerminal
import ArushaText
import Foundation

/// What `arusha assess` does before the session starts: find or create the response file,
/// lock it, resume it, and choose the language.
public struct AssessmentSetup {
  /// The options of the command line.
  public struct Options: Sendable {
    public var questionnaire: String?
    public var output: String?
    public var administration: String?
    public var round: String?
    public var role: String?
    public var respondent: String?
    public var language: String?

    /// Creates options.
    public init(
      questionnaire: String?, output: String?, administration: String?, round: String?,
      role: String?, respondent: String?, language: String?
    ) {
      self.questionnaire = questionnaire
      self.output = output
      self.administration = administration
      self.round = round
      self.role = role
      self.respondent = respondent
      self.language = language
    }
  }

  /// A session ready to run.
  public struct Prepared {
    /// The session, at the right question.
    public var session: AssessmentSession
    /// The response file's path.
    public var path: UserPath
    /// The lock held on it for the session.
    public var lock: ResponseLock
    /// The questionnaire chosen.
    public var choice: QuestionnaireChoice
    /// The signature beside the response, when it has one: renamed at the first save that
    /// changes the file.
    public var signature: SignatureVoiding?
  }

  /// Why the session cannot start.
  public enum Failure: Error {
    case load(LoadFailure)
    case file(FileError)
    case usage(String)
    /// Input ended while asking for the administration or round.
    case noInput
  }

  /// Prepares the session: resolves the questionnaire, asks for what is missing on `io`,
  /// resumes an existing file or creates a new one (written at once, so it can be resumed).
  public static func prepare(
    _ options: Options, io: TerminalIO, environment: [String: String],
    now: @escaping @Sendable () -> String
  ) throws(Failure) -> Prepared {
    // A session runs in the process's own working directory (`assess` refuses a captured
    // console), where paths are opened as they are typed.
    var choice: QuestionnaireChoice
    do throws(LoadFailure) {
      choice = try QuestionnaireChoice.resolve(options.questionnaire.map { UserPath($0) })
    } catch {
      throw .load(error)
    }
    try checkLanguage(options.language, choice.questionnaire)
    var path = options.output.map { UserPath($0) }
    var existing: Response?
    var original: [UInt8] = []
    var isNew = false
    if let output = path, exists(output) {
      (existing, original) = try load(output, choice: &choice)
      try checkLanguage(options.language, choice.questionnaire)
      try checkBelongs(
        existing, at: output, administration: options.administration, round: options.round)
    }
    if existing == nil {
      let promptLanguage =
        options.language ?? environmentLanguage(environment, choice.questionnaire)
        ?? choice.questionnaire.defaultLanguage
      var administration = options.administration ?? ""
      if administration.isEmpty {
        administration = try ask(LinePrompt.administrationLabel(promptLanguage), io, promptLanguage)
      }
      var round = options.round ?? ""
      if round.isEmpty {
        round = try ask(LinePrompt.roundLabel(promptLanguage), io, promptLanguage)
      }
      let name =
        path ?? UserPath(SafeFileName.response(administration: administration, round: round))
      path = name
      if options.output == nil, isSymbolicLink(name) {
        // A name arusha chose itself is never followed to somewhere else (cli.md).
        throw .file(
          FileError(
            .cannotCreate, path: name,
            reason:
              "is a symbolic link, and arusha does not follow links for the files it names itself; remove it or pass -o FILE"
          ))
      }
      if exists(name) {
        (existing, original) = try load(name, choice: &choice)
        try checkLanguage(options.language, choice.questionnaire)
        try checkBelongs(existing, at: name, administration: administration, round: round)
      } else {
        let time = now()
        isNew = true
        existing = Response(
          questionnaire: choice.reference, administration: administration, round: round,
          role: options.role,
          respondent: options.respondent, language: nil, status: .inProgress, started: time,
          updated: time)
      }
    }
    guard var response = existing, let path else { throw .noInput }
    let questionnaire = choice.questionnaire
    if !isNew { try checkSameSession(response, at: path, options: options) }
    let lock: ResponseLock
    do throws(FileError) {
      lock = try ResponseLock(responsePath: path)
    } catch {
      throw .file(error)
    }
    // Temporary files of saves killed before their rename hold answers already in the file
    // or never confirmed: with the lock held, no live save owns one.
    OutputFile.removeStaleTemporaries(of: path)
    let decoded = response
    let language =
      options.language ?? response.language ?? environmentLanguage(environment, questionnaire)
      ?? questionnaire.defaultLanguage
    response.language = language
    if let role = options.role { response.role = role }
    if let respondent = options.respondent { response.respondent = respondent }
    // A signed response keeps its signature until a save changes the file: a new role or
    // respondent changes it now; the session's language alone does not (it is written with
    // the first change), and a signed file is never rewritten just to be reformatted.
    var opened = decoded
    opened.language = language
    var signature =
      !isNew && SignatureCheck.hasSignature(path)
      ? SignatureVoiding(responsePath: path, original: original, opened: opened) : nil
    do throws(FileError) {
      try SignatureVoiding.save(
        response, questionnaire: questionnaire, to: path, signature: &signature)
    } catch {
      throw .file(error)
    }
    let shown = PrintableText.sanitize(
      SignatureCheck.signaturePath(of: path).shown, for: .terminal, keepLineBreaks: false)
    let session = AssessmentSession(
      questionnaire: questionnaire, response: response, language: language, isNew: isNew,
      notice: signature.map { _ in SessionText(language).signedResponseNote(shown) }, now: now)
    return Prepared(
      session: session, path: path, lock: lock, choice: choice, signature: signature)
  }

  /// Whether a file is at `path`, links followed (a dangling link is a new file's place: the
  /// save replaces the link).
  private static func exists(_ path: UserPath) -> Bool {
    var info = stat()
    return stat(path.opened, &info) == 0
  }

  private static func isSymbolicLink(_ path: UserPath) -> Bool {
    var info = stat()
    return lstat(path.opened, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }

  /// Refuses to resume a file that belongs to another administration or round than the
  /// command line says (cli.md): its answers are someone else's.
  private static func checkBelongs(
    _ response: Response?, at path: UserPath, administration: String?, round: String?
  ) throws(Failure) {
    guard let response else { return }
    var differences: [String] = []
    // The two names as reports print them, so that names that differ only by a tab or a
    // space never read the same (PrintableText.distinctNames).
    func names(_ file: String, _ given: String) -> (file: String, given: String) {
      let shown = PrintableText.distinctNames([file, given])
      return (shown[Array(file.utf8)] ?? file, shown[Array(given.utf8)] ?? given)
    }
    if let administration, !administration.utf8.elementsEqual(response.administration.utf8) {
      let shown = names(response.administration, administration)
      differences.append("administration '\(shown.file)', not '\(shown.given)'")
    }
    if let round, !round.utf8.elementsEqual(response.round.utf8) {
      let shown = names(response.round, round)
      differences.append("round '\(shown.file)', not '\(shown.given)'")
    }
    guard !differences.isEmpty else { return }
    throw .usage(
      "\(path.shown) is the response of \(differences.joined(separator: " and ")); choose another -o FILE, or leave out --administration and --round to resume it"
    )
  }

  /// Refuses `--lang`, `--role` or `--respondent` that differ from what the resumed file
  /// says (issue 12): silently ignoring one, or silently rewriting the file, would both
  /// surprise; the message names the option, the file's value and what to do.
  private static func checkSameSession(
    _ response: Response, at path: UserPath, options: Options
  ) throws(Failure) {
    var differences: [(option: String, text: String)] = []
    let checks: [(String, String, String?, String?)] = [
      ("--lang", "language", options.language, response.language),
      ("--role", "role", options.role, response.role),
      ("--respondent", "respondent", options.respondent, response.respondent),
    ]
    for (option, field, given, stored) in checks {
      guard let given, let stored, !given.utf8.elementsEqual(stored.utf8) else { continue }
      differences.append((option, "\(field) '\(stored)', not '\(given)' (\(option))"))
    }
    guard !differences.isEmpty else { return }
    let options = differences.map(\.option)
    let list =
      options.dropLast().joined(separator: ", ")
      + (options.count > 1 ? " and " : "") + (options.last ?? "")
    throw .usage(
      "\(path.shown) is an assessment in progress with \(differences.map(\.text).joined(separator: " and ")); leave out \(list) to resume it as it was started, or choose another -o FILE for a new assessment"
    )
  }

  private static func ask(_ label: String, _ io: TerminalIO, _ language: String) throws(Failure)
    -> String
  {
    guard let answer = LinePrompt.ask(label, io: io, language: language) else { throw .noInput }
    return answer
  }

  /// `--lang` must be one of the questionnaire's languages (cli.md): exit 64 naming them.
  private static func checkLanguage(_ language: String?, _ questionnaire: Questionnaire)
    throws(Failure)
  {
    if let language, !questionnaire.languages.contains(language) {
      throw .usage(
        "questionnaire '\(questionnaire.id)' is not written in '\(language)' (it has \(questionnaire.languages.joined(separator: ", ")))"
      )
    }
  }

  /// The response at `path`, which must answer `choice`, with the file's bytes; a choice that
  /// named no version becomes the bundled version the response answers
  /// (``QuestionnaireChoice/ownVersion(of:)``).
  private static func load(_ path: UserPath, choice: inout QuestionnaireChoice) throws(Failure)
    -> (Response, [UInt8])
  {
    var chosen = choice
    defer { choice = chosen }
    do throws(LoadFailure) {
      let file = try ResponseFile.load(path) { reference throws(LoadFailure) in
        if let own = try chosen.ownVersion(of: reference) { chosen = own }
        let choice = chosen
        guard reference == choice.reference else {
          throw .questionnaire(
            "\(path.shown) answers questionnaire '\(reference.id)' version '\(reference.version)' (sha256 \(reference.sha256.prefix(12))…), not the one chosen ('\(choice.questionnaire.id)' version '\(choice.questionnaire.version)', sha256 \(choice.sha256.prefix(12))…); pass that questionnaire's file, or choose another -o FILE"
          )
        }
        return LocatedQuestionnaire(
          questionnaire: choice.questionnaire, origin: path.shown, sha256: choice.sha256)
      }
      return (file.response, file.bytes)
    } catch {
      if case .file(let fileError) = error { throw .file(fileError) }
      throw .load(error)
    }
  }

  /// `fr` from `LANG=fr_FR.UTF-8`, when the questionnaire has that language.
  static func environmentLanguage(_ environment: [String: String], _ questionnaire: Questionnaire)
    -> String?
  {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[key], !value.isEmpty else { continue }
      let code = String(value.prefix { $0.isLetter }).lowercased()
      return questionnaire.languages.contains(code) ? code : nil
    }
    return nil
  }
}
