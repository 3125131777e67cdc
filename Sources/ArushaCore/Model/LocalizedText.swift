/// A text in one or more languages: a questionnaire's `title`, a question's `text`, a label.
public struct LocalizedText: Sendable, Hashable {
  /// The text in each language it has, by language code.
  public var translations: [String: String]

  /// Creates a text from its translations.
  public init(_ translations: [String: String]) {
    self.translations = translations
  }

  /// The text in `language`, else in `fallback` (the questionnaire's first language), else in
  /// any language it has, else empty.
  public func resolved(_ language: String, fallback: String) -> String {
    translations[language] ?? translations[fallback] ?? translations.sorted { $0.key < $1.key }
      .first?.value ?? ""
  }
}
