import ArushaCore
import ArushaText

/// `arusha questionnaires`: id, version, title, languages and number of questions of each
/// bundled questionnaire.
public struct QuestionnaireListing: Sendable {
  /// One bundled questionnaire: its file's name and its contents.
  public struct Entry: Sendable {
    /// The bundled file's name.
    public var file: String
    /// The questionnaire.
    public var questionnaire: Questionnaire

    /// Creates an entry.
    public init(file: String, questionnaire: Questionnaire) {
      self.file = file
      self.questionnaire = questionnaire
    }
  }

  /// The questionnaires listed.
  public var entries: [Entry]
  /// The language of titles; nil for each questionnaire's default.
  public var language: String?
  /// The names of the bundled item maps (`compare --map NAME`), without `.yaml`.
  public var maps: [String]

  /// Creates a listing.
  public init(entries: [Entry], language: String?, maps: [String] = []) {
    self.entries = entries
    self.language = language
    self.maps = maps
  }

  private func title(_ questionnaire: Questionnaire) -> String {
    questionnaire.localized(questionnaire.title, in: language ?? questionnaire.defaultLanguage)
  }

  /// An aligned table for the terminal, then the bundled item maps; every cell printable
  /// there (``PrintableText``).
  public func table(style: TextStyle) -> String {
    // The tool's words in the listing's language (English when each title is in its own).
    let phrases = Phrases(language ?? "en")
    let header = phrases.listingHeaders
    let rows = entries.map { entry in
      [
        entry.questionnaire.id, entry.questionnaire.version,
        entry.questionnaire.languages.joined(separator: ", "),
        String(entry.questionnaire.questions.count), title(entry.questionnaire),
      ].map { PrintableText.sanitize($0, for: .terminal, keepLineBreaks: false) }
    }
    let table = TextTable(header: header, rows: rows, rightAligned: [3]).render(style: style)
    guard !maps.isEmpty else { return table }
    return table + "\n\(phrases.listingMaps)\n"
      + maps.map { "  \(PrintableText.sanitize($0, for: .terminal, keepLineBreaks: false))\n" }
      .joined()
  }

  /// A JSON array of `{id, version, file, title, languages, factors, questions}`, every string
  /// on one line and printable (``PrintableText`` for a document).
  public func json() -> String {
    func text(_ value: String) -> JSONValue {
      .string(PrintableText.sanitize(value, for: .document, keepLineBreaks: false))
    }
    return JSONValue.array(
      entries.map { entry in
        .object([
          .init("id", text(entry.questionnaire.id)),
          .init("version", text(entry.questionnaire.version)),
          .init("file", text(entry.file)),
          .init("title", text(title(entry.questionnaire))),
          .init("languages", .array(entry.questionnaire.languages.map(text))),
          .init("factors", .integer(entry.questionnaire.factors.count)),
          .init("questions", .integer(entry.questionnaire.questions.count)),
        ])
      }
    ).serialized() + "\n"
  }
}
