import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaText

/// `arusha verify`: for each response, whether its signature `RESPONSE.sig` is valid and made
/// by a key that the allowed signers file allows for `arusha-response`
/// (trust-and-continuity.md, "Signed submissions").
public enum VerifyRun {
  /// Verifies every response and prints `FILE: signed by PRINCIPAL` for each that verifies.
  ///
  /// - Parameters:
  ///   - responses: The response files.
  ///   - allowedSigners: The allowed signers file.
  ///   - settings: The settings decided at start-up.
  /// - Throws: ``ExitStatus`` after naming each file that does not verify, with its reason, on
  ///   standard error: 66 when the allowed signers file or a response cannot be opened
  ///   (whatever the order), else 65 when one does not verify or the allowed signers file is
  ///   malformed (every malformed line as `FILE:LINE:COL: error: …`).
  public static func execute(_ responses: [String], allowedSigners: String, settings: Settings)
    throws
  {
    let responses = responses.map { settings.console.path($0) }
    let allowedSigners = settings.console.path(allowedSigners)
    let allowed = try Failure.report(settings) { () throws(LoadFailure) in
      try AllowedSignersFile.load(allowedSigners)
    }
    if !allowed.warnings.diagnostics.isEmpty {
      settings.console.error(
        DiagnosticRenderer(style: settings.style(toError: true)).text([allowed.warnings]))
    }
    let clock = SigningClock.system()
    var failed = 0
    var cannotOpen = false
    for path in responses {
      let shown = KeygenRun.shown(path.shown)
      let bytes: [UInt8]
      do throws(FileError) {
        bytes = try InputFile.read(path)
      } catch {
        settings.console.message("arusha: \(KeygenRun.shown(error.description))")
        failed += 1
        cannotOpen = cannotOpen || error.kind == .cannotOpen
        continue
      }
      // A signature binds the response to the administration it speaks for (issue 22): the
      // signer's line must name it, as `ssh-keygen -Y verify -I ADMINISTRATION` checks.
      let signer = Self.signer(of: bytes)
      guard let administration = signer.administration else {
        let problem = signer.problem
        settings.console.message(
          SigningMessages.notVerified(
            shown, KeygenRun.shown("its administration cannot be read (\(problem))")))
        failed += 1
        continue
      }
      switch SignatureCheck.check(
        responsePath: path, responseBytes: bytes, allowed: allowed.signers,
        administration: administration, clock: clock, namespace: signer.namespace)
      {
      case .signed(let principal):
        settings.console.out(
          SigningMessages.signedBy(
            shown, KeygenRun.shown(PrintableText.name(principal)),
            for: KeygenRun.shown(PrintableText.name(administration))) + "\n")
      case .unsigned:
        settings.console.message(
          SigningMessages.notVerified(shown, SignatureFailure.missing.description))
        failed += 1
      case .invalid(let failure):
        settings.console.message(
          SigningMessages.notVerified(shown, KeygenRun.shown(failure.description)))
        failed += 1
      }
    }
    guard failed > 0 else { return }
    settings.console.message(
      SigningMessages.verifySummary(
        failed, of: responses.count, allowed: KeygenRun.shown(allowedSigners.shown)))
    throw cannotOpen ? ExitStatus.noInput : ExitStatus.dataError
  }
}
