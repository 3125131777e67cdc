import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaText

extension SignRun {
  /// Whether the improvement plan `bytes` read from `path` can be signed, checked as `validate PLAN`
  /// checks it (issue 27, integrity review finding 2: "plans signable"); nil when the file is
  /// not a plan (it is then signed, or refused, as a response).
  ///
  /// A plan with an error (its syntax, its questionnaire, a rewritten baseline) is not signed:
  /// its findings are printed as `validate` prints them, and the failure is
  /// ``ExitStatus/dataError`` (or what its questionnaire's failure says).
  ///
  /// - Returns: nil for a file that is not a plan; else success, or the status of its failure.
  static func checkedPlan(
    _ path: UserPath, bytes: [UInt8], options: Options, settings: Settings
  ) -> Result<Void, ExitStatus>? {
    guard DocumentKind(bytes) == .plan else { return nil }
    let reports: [FileReport]
    do {
      reports = try Failure.report(settings) { () throws(LoadFailure) in
        try QuestionnaireValidation.run(
          [path], strict: false,
          questionnaires: options.questionnaire.map { [settings.console.path($0)] } ?? [],
          searchFolder: settings.console.path("Questionnaires"), map: nil)
      }
    } catch let status as ExitStatus {
      return .failure(status)
    } catch {
      return .failure(.dataError)
    }
    guard let report = reports.first, !report.hasErrors else {
      settings.console.error(
        DiagnosticRenderer(style: settings.style(toError: true)).text(reports))
      settings.console.message(SigningMessages.planNotValid(KeygenRun.shown(path.shown)))
      return .failure(
        reports.compactMap(\.readError).first.map(ExitStatus.code(for:)) ?? .dataError)
    }
    return .success(())
  }
}
