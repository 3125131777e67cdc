import ArgumentParser
import ArushaFiles
import ArushaReports

struct QuestionnairesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "questionnaires",
    abstract: "List the questionnaires bundled in arusha.",
    discussion: """
      Example:
        arusha questionnaires --lang fr
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  @Option(help: "Language of the titles (default: each questionnaire's first language).")
  var lang: String?

  @Option(help: "Output format: table or json.")
  var format: Format = .table

  func run() throws {
    let entries = BundledCatalogue.entries()
    let languages = entries.reduce(into: [String]()) { all, entry in
      for language in entry.questionnaire.languages where !all.contains(language) {
        all.append(language)
      }
    }
    if let lang, !languages.contains(lang) {
      throw Self.usageError(
        "--lang \(lang): the bundled questionnaires are written in \(languages.joined(separator: ", ")) only"
      )
    }
    let listing = QuestionnaireListing(entries: entries, language: lang)
    Console.out(format == .json ? listing.json() : listing.table(style: Console.style()))
  }
}
