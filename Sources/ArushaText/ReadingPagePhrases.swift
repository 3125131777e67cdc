// The words of the reading pages (issue 26, items 8 and 9): a level's full definition (`d`),
// help longer than the screen, and the questionnaire's description before question 1.
extension Phrases {
  /// The key that opens the highlighted level's definition, as a key help entry.
  public var definitionKey: String { pick("d definition", "d définition") }
  /// A question whose options have no definition to show (`d`).
  public var noDefinitions: String {
    pick(
      "The options of this question have no definitions.",
      "Les options de cette question n’ont pas de définition.")
  }
  /// The title of a definition page: the option's key and label; "level" on a scale.
  public func definitionTitle(key: Int, label: String, level: Bool) -> String {
    level
      ? pick("Level \(key): \(label)", "Niveau \(key)\u{A0}: \(label)")
      : pick("Option \(key): \(label)", "Option \(key)\u{A0}: \(label)")
  }
  /// The marker above a scrolled text: `count` lines are above the window.
  public func linesAbove(_ count: Int) -> String {
    pick("↑ \(count) more line\(count == 1 ? "" : "s")", "↑ \(count) ligne\(plural(count)) de plus")
  }
  /// The marker below a scrolled text: `count` lines are below the window.
  public func linesBelow(_ count: Int) -> String {
    pick("↓ \(count) more line\(count == 1 ? "" : "s")", "↓ \(count) ligne\(plural(count)) de plus")
  }

  /// Which reading page a key help is for.
  public enum ReadingPage: Sendable {
    /// The questionnaire's description before question 1: any key goes on.
    case description
    /// The question's help, or (review) the questionnaire's description.
    case help
    /// The highlighted option's definition: ← → read the one before or after; `level` on a
    /// scale.
    case definition(level: Bool)
  }

  /// The keys of a reading page; the scroll keys only when its text is taller than the room.
  public func pageKeys(_ page: ReadingPage, scrolls: Bool) -> String {
    var parts: [String] = []
    switch page {
    case .description: parts.append(pick("Enter start", "Entrée commencer"))
    case .help: break
    case .definition(let level):
      parts.append(
        level
          ? pick("←→ previous/next level", "←→ niveau précédent/suivant")
          : pick("←→ previous/next option", "←→ option précédente/suivante"))
    }
    if scrolls { parts.append(pick("↑↓ PgUp PgDn scroll", "↑↓ PgPréc PgSuiv faire défiler")) }
    switch page {
    case .description: break
    case .help: parts.append(pick("Esc/h close", "Échap/h fermer"))
    case .definition: parts.append(pick("Esc/d close", "Échap/d fermer"))
    }
    parts.append(pick("q quit", "q quitter"))
    return Self.keyHelp(parts)
  }
}
