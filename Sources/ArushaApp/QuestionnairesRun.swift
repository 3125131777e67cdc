import ArushaCore
import ArushaFiles
import ArushaQuestionnaires
import ArushaReports

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
      language: language,
      maps: BundledQuestionnaires.maps.map { String($0.name.dropLast(".yaml".count)) })
    settings.console.out(format == .json ? listing.json() : listing.table(style: settings.style()))
  }
}
