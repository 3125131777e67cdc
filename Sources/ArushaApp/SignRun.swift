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
  /// - Throws: ``ExitStatus`` after saying why on standard error: 66 when the key or a
  ///   response cannot be opened, 65 when the key is not an unencrypted Ed25519 key or a
  ///   response is invalid or not complete, 73/74 when a signature cannot be written.
  public static func execute(_ options: Options, settings: Settings) throws {
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
    var loaded: [(bytes: [UInt8], namespace: String)] = []
    var failures: [ExitStatus] = []
    for path in responses {
      // An improvement plan is signed as a plan, once `validate` accepts it (issue 27).
      if let plan = checkedPlan(path, options: options, settings: settings) {
        switch plan {
        case .success(let bytes): loaded.append((bytes, SSHSignature.planNamespace))
        case .failure(let status): failures.append(status)
        }
        continue
      }
      do {
        let file = try Failure.report(settings) { () throws(LoadFailure) in
          try ResponseFile.load(path, locator: locator)
        }
        guard file.response.status == .complete else {
          settings.console.message(SigningMessages.notComplete(KeygenRun.shown(path.shown)))
          failures.append(.dataError)
          continue
        }
        loaded.append((file.bytes, SSHSignature.responseNamespace))
      } catch let status as ExitStatus {
        failures.append(status)
      }
    }
    if !failures.isEmpty {
      settings.console.message(
        SigningMessages.nothingSigned(failures.count, of: options.responses.count))
      throw failures.contains(.noInput) ? ExitStatus.noInput : ExitStatus.dataError
    }
    for (path, file) in zip(responses, loaded) {
      let signature: SSHSignature
      do throws(SSHKeyError) {
        signature = try SSHSignature.sign(file.bytes, with: key, namespace: file.namespace)
      } catch {
        settings.console.message(
          SigningMessages.unusableKey(KeygenRun.shown(options.key), error.description))
        throw ExitStatus.dataError
      }
      let signaturePath = SignatureCheck.signaturePath(of: path)
      do throws(FileError) {
        try OutputFile.write(
          signature.armored(), to: signaturePath, permissions: 0o644, devices: .refuse)
      } catch {
        settings.console.message("arusha: cannot write \(KeygenRun.shown(error.description))")
        throw ExitStatus.code(for: error)
      }
      settings.console.message(
        SigningMessages.signed(
          KeygenRun.shown(path.shown), signature: KeygenRun.shown(signaturePath.shown),
          fingerprint: key.publicKey.fingerprint))
    }
  }
}
