import ArushaCore
import ArushaFiles
import ArushaReports

/// `arusha validate`: every error and warning of each file, and the exit code of the worst.
public enum ValidateRun {
  /// The output formats of `validate`.
  public enum Format: String, Sendable, CaseIterable {
    case text, json
  }

  /// Validates `files` (questionnaires and item maps) and prints the report.
  ///
  /// - Parameters:
  ///   - files: Questionnaire and map files.
  ///   - strict: Whether warnings count as errors.
  ///   - format: Text or JSON.
  ///   - questionnaires: The `--questionnaire` files the maps and plans are checked against.
  ///   - map: The `--map` a plan made on an older questionnaire version is checked through.
  ///   - settings: The terminal settings.
  /// - Throws: ``ExitStatus``: 66 when a file cannot be opened (whatever the order of the
  ///   files), else 65 when a file has an error.
  public static func execute(
    _ files: [String], strict: Bool, format: Format, questionnaires: [String] = [],
    map: String? = nil, settings: Settings
  ) throws {
    let reports = try Failure.report(settings) { () throws(LoadFailure) in
      try QuestionnaireValidation.run(
        files.map { settings.console.path($0) }, strict: strict,
        questionnaires: questionnaires.map { settings.console.path($0) },
        searchFolder: settings.console.path("Questionnaires"),
        map: map.map { settings.console.path($0) })
    }
    let renderer = DiagnosticRenderer(style: settings.style())
    if format == .json {
      settings.console.out(bytes: renderer.jsonBytes(reports))
    } else {
      settings.console.out(renderer.text(reports))
    }
    let readErrors = reports.compactMap(\.readError)
    if readErrors.contains(where: { $0.kind == .cannotOpen }) { throw ExitStatus.noInput }
    if let readError = readErrors.first { throw ExitStatus.code(for: readError) }
    if reports.contains(where: \.hasErrors) { throw ExitStatus.dataError }
  }
}
