import ArushaCore
import ArushaFiles
import ArushaText

/// `arusha sign`: checks that each response is valid and `complete`, then writes its detached
/// SSHSIG signature `RESPONSE.sig` (trust-and-continuity.md, "Signed submissions").
public enum SignRun {
  /// The command line's choices.
  public struct Options: Sendable {
    public var responses: [String]
    public var key: String
    public var questionnaire: String?
    public var acceptQuestionnaireMismatch: Bool

    /// Creates options.
    public init(
      responses: [String], key: String, questionnaire: String?, acceptQuestionnaireMismatch: Bool
    ) {
      self.responses = responses
      self.key = key
      self.questionnaire = questionnaire
      self.acceptQuestionnaireMismatch = acceptQuestionnaireMismatch
    }
  }

  /// Signs every response, or none: each is read and checked first (as `score` reads it),
  /// and when one cannot be signed, nothing is written.
  ///
  /// Two passes, so that memory does not grow with the number of files (issue 29, item 3):
  /// the first checks each file and keeps only its SHA-256; the second reads each again,
  /// signs those bytes only if their SHA-256 is the one checked, and writes the signature to
  /// a temporary file beside its target. The signatures are renamed into place only once
  /// every file has been signed: a file changed between the passes (or that cannot be read
  /// again) is named, and no signature is written, not even those of the files before it.
  ///
  /// - Throws: ``ExitStatus`` after saying why on standard error: 66 when the key or a
  ///   response cannot be opened, 65 when the key is not an unencrypted Ed25519 key, a
  ///   response is invalid or not complete, or a file changed after its check, 73/74 when a
  ///   signature cannot be written.
  public static func execute(_ options: Options, settings: Settings) throws {
    try execute(options, settings: settings, afterCheck: {})
  }

  /// ``execute(_:settings:)``, calling `afterCheck` between the check of every file and the
  /// signing (a test's seam, to change a file in between).
  static func execute(
    _ options: Options, settings: Settings, afterCheck: () throws -> Void
  ) throws {
    let responses = options.responses.map { settings.console.path($0) }
    let keyPath = settings.console.path(options.key)
    let key: OpenSSHPrivateKey
    do throws(SigningKeyFile.Failure) {
      key = try SigningKeyFile.read(keyPath)
    } catch {
      switch error {
      case .file(let fileError):
        settings.console.message("arusha: \(KeygenRun.shown(fileError.description))")
        throw ExitStatus.code(for: fileError)
      case .key(let path, let keyError):
        settings.console.message(
          SigningMessages.unusableKey(KeygenRun.shown(path), keyError.description))
        throw ExitStatus.dataError
      }
    }
    let locator = QuestionnaireLocator(
      explicitPath: settings.console.path(options.questionnaire),
      searchFolder: settings.console.path("Questionnaires"),
      acceptMismatch: options.acceptQuestionnaireMismatch)
    // Each questionnaire is found, decoded and hashed once, whatever the number of files.
    let questionnaires = QuestionnaireCache(locator: locator)
    // What is kept of a checked file: its SHA-256 (32 bytes each, one after the other) and
    // whether it is a plan.
    var digests: [UInt8] = []
    digests.reserveCapacity(responses.count * 32)
    var plans: [Bool] = []
    plans.reserveCapacity(responses.count)
    var failures: [ExitStatus] = []
    for path in responses {
      let bytes = try? InputFile.read(path)
      // An improvement plan is signed as a plan, once `validate` accepts it (issue 27).
      if let bytes, let plan = checkedPlan(path, bytes: bytes, options: options, settings: settings)
      {
        switch plan {
        case .success:
          digests.append(contentsOf: Fingerprint.digest(bytes))
          plans.append(true)
        case .failure(let status): failures.append(status)
        }
        continue
      }
      do {
        let status = try Failure.report(settings) { () throws(LoadFailure) in
          try checkedStatus(path, bytes: bytes, questionnaires: questionnaires)
        }
        guard status == .complete, let bytes else {
          settings.console.message(SigningMessages.notComplete(KeygenRun.shown(path.shown)))
          failures.append(.dataError)
          continue
        }
        digests.append(contentsOf: Fingerprint.digest(bytes))
        plans.append(false)
      } catch let status as ExitStatus {
        failures.append(status)
      }
    }
    if !failures.isEmpty {
      settings.console.message(
        SigningMessages.nothingSigned(failures.count, of: options.responses.count))
      throw failures.contains(.noInput) ? ExitStatus.noInput : ExitStatus.dataError
    }
    try afterCheck()
    let staged = try stagedSignatures(
      responses, digests: digests, plans: plans, key: key, options: options, settings: settings)
    // Every signature durable before any is renamed into place: one sync for them all, not
    // two fsyncs a file (issue 29, item 3).
    do throws(FileError) {
      try OutputFile.sync(staged)
    } catch {
      staged.forEach(OutputFile.discard)
      settings.console.message("arusha: cannot write \(KeygenRun.shown(error.description))")
      throw ExitStatus.code(for: error)
    }
    defer { OutputFile.syncFolders(of: staged) }
    for (index, signature) in staged.enumerated() {
      do throws(FileError) {
        try OutputFile.commit(signature, syncingFolder: false)
      } catch {
        staged[(index + 1)...].forEach(OutputFile.discard)
        settings.console.message("arusha: cannot write \(KeygenRun.shown(error.description))")
        throw ExitStatus.code(for: error)
      }
      settings.console.message(
        SigningMessages.signed(
          KeygenRun.shown(responses[index].shown),
          signature: KeygenRun.shown(signature.path.shown),
          fingerprint: key.publicKey.fingerprint))
    }
  }

  /// The status of the response `bytes` read from `path` (nil: it could not be read), checked
  /// as `score` checks it: by the fast path of `compare` when it takes the file, else by the
  /// full decoder, which reports every problem.
  ///
  /// - Throws: ``LoadFailure`` when the file cannot be read, is not a valid response, or its
  ///   questionnaire cannot be used.
  static func checkedStatus(
    _ path: UserPath, bytes: [UInt8]?, questionnaires: QuestionnaireCache
  ) throws(LoadFailure) -> Response.Status {
    let questionnaire = { (reference: QuestionnaireReference) throws(LoadFailure) in
      try questionnaires.questionnaire(for: reference).get()
    }
    guard let bytes else {
      return try ResponseFile.load(path, questionnaire: questionnaire).response.status
    }
    if let outcome = ResponseSummarizer.summarize(bytes, plan: questionnaires.plan(for:)) {
      return outcome.response.status
    }
    return try ResponseFile.load(path, bytes: bytes, questionnaire: questionnaire).response.status
  }

  /// The second pass: each file read again and signed if its SHA-256 is the one checked, its
  /// signature written to a temporary file beside its target.
  ///
  /// - Returns: The staged signatures, in the order of the files.
  /// - Throws: ``ExitStatus`` after saying why, every signature staged so far removed: 65
  ///   when a file changed since its check, 66 when it cannot be read again, 73/74 when a
  ///   signature cannot be written.
  private static func stagedSignatures(
    _ responses: [UserPath], digests: [UInt8], plans: [Bool], key: OpenSSHPrivateKey,
    options: Options, settings: Settings
  ) throws -> [OutputFile.Staged] {
    var staged: [OutputFile.Staged] = []
    staged.reserveCapacity(responses.count)
    func abandon(_ status: ExitStatus) -> ExitStatus {
      staged.forEach(OutputFile.discard)
      return status
    }
    for (index, path) in responses.enumerated() {
      let bytes: [UInt8]
      do throws(FileError) {
        bytes = try InputFile.read(path)
      } catch {
        settings.console.message("arusha: \(error.description)")
        settings.console.message(
          SigningMessages.changedSinceChecked(KeygenRun.shown(path.shown)))
        throw abandon(ExitStatus.code(for: error))
      }
      guard Fingerprint.digest(bytes).elementsEqual(digests[(index * 32)..<(index * 32 + 32)])
      else {
        settings.console.message(
          SigningMessages.changedSinceChecked(KeygenRun.shown(path.shown)))
        throw abandon(.dataError)
      }
      let namespace = plans[index] ? SSHSignature.planNamespace : SSHSignature.responseNamespace
      let signature: SSHSignature
      do throws(SSHKeyError) {
        signature = try SSHSignature.sign(bytes, with: key, namespace: namespace)
      } catch {
        settings.console.message(
          SigningMessages.unusableKey(KeygenRun.shown(options.key), error.description))
        throw abandon(.dataError)
      }
      do throws(FileError) {
        staged.append(
          try OutputFile.stage(
            signature.armored(), to: SignatureCheck.signaturePath(of: path), permissions: 0o644,
            synced: false))
      } catch {
        settings.console.message("arusha: cannot write \(KeygenRun.shown(error.description))")
        throw abandon(ExitStatus.code(for: error))
      }
    }
    return staged
  }
}
