import ArushaCore
import ArushaFiles
import ArushaReports

/// `arusha validate`: every error and warning of each file, and the exit code of the worst.
public enum ValidateRun {
  /// The output formats of `validate`.
  public enum Format: String, Sendable, CaseIterable {
    case text, json
  }

  /// Validates `files` and prints the report.
  ///
  /// - Throws: ``ExitStatus``: 66 when a file cannot be opened (whatever the order of the
  ///   files), else 65 when a file has an error.
  public static func execute(
    _ files: [String], strict: Bool, format: Format, settings: Settings
  ) throws {
    let reports = QuestionnaireValidation.run(files, strict: strict)
    let renderer = DiagnosticRenderer(style: settings.style())
    Console.out(format == .json ? renderer.json(reports) : renderer.text(reports))
    let readErrors = reports.compactMap(\.readError)
    if readErrors.contains(where: { $0.kind == .cannotOpen }) { throw ExitStatus.noInput }
    if let readError = readErrors.first { throw ExitStatus.code(for: readError) }
    if reports.contains(where: \.hasErrors) { throw ExitStatus.dataError }
  }
}

/// `arusha questionnaires`: the bundled questionnaires.
public enum QuestionnairesRun {
  /// The output formats of `questionnaires`.
  public enum Format: String, Sendable, CaseIterable {
    case table, json
  }

  /// Lists the bundled questionnaires, titles in `language`.
  ///
  /// - Throws: ``UsageError`` when no bundled questionnaire is written in `language`.
  public static func execute(language: String?, format: Format, settings: Settings) throws {
    let entries = BundledCatalogue.entries()
    let languages = entries.reduce(into: [String]()) { all, entry in
      for code in entry.questionnaire.languages where !all.contains(code) { all.append(code) }
    }
    if let language, !languages.contains(language) {
      throw UsageError(
        "--lang \(language): the bundled questionnaires are written in \(languages.joined(separator: ", ")) only"
      )
    }
    let listing = QuestionnaireListing(
      entries: entries.map { .init(file: $0.file.name, questionnaire: $0.questionnaire) },
      language: language)
    Console.out(format == .json ? listing.json() : listing.table(style: settings.style()))
  }
}
