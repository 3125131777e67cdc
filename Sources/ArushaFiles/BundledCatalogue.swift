import ArushaCore
import ArushaQuestionnaires

/// The bundled questionnaires: found by file name, id or id and version without decoding any,
/// or all decoded for a listing.
public enum BundledCatalogue {
  /// One bundled questionnaire with its file.
  public struct Entry: Sendable {
    /// The bundled file.
    public var file: BundledFile
    /// Its decoded questionnaire.
    public var questionnaire: Questionnaire
  }

  /// Every bundled questionnaire that decodes (all do: a test keeps them valid under `--strict`).
  ///
  /// Decodes every bundled file on each call: for `arusha questionnaires`, which shows what
  /// only the whole questionnaire says (titles, languages, questions). Lookups use
  /// ``file(named:)`` and ``file(id:version:)``, which decode nothing.
  ///
  /// - Returns: The entries by id, and for each id the newest version first (cli.md,
  ///   `questionnaires`; versions in natural order, as ``newest(id:)`` compares them).
  public static func entries() -> [Entry] {
    let files = BundledQuestionnaires.files.sorted { first, second in
      first.id != second.id
        ? first.id < second.id : NaturalOrder.precedes(second.version, first.version)
    }
    return files.compactMap { file in
      QuestionnaireDecoder().decode(file.bytes).questionnaire.map {
        Entry(file: file, questionnaire: $0)
      }
    }
  }

  /// The bundled file `argument` names (cli.md), decoding nothing.
  ///
  /// - Parameter argument: A bundled file name (`example-1.yaml`); else `ID@VERSION`, that
  ///   version of the id; else `ID`, the newest bundled version of the id (versions compared
  ///   in natural order, as rounds are: ``NaturalOrder/precedes(_:_:)``).
  /// - Returns: The file, or nil when no bundled file has that name, id or version.
  public static func file(named argument: String) -> BundledFile? {
    if let file = BundledQuestionnaires.file(named: argument) { return file }
    let parts = argument.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
    if parts.count == 2 { return file(id: String(parts[0]), version: String(parts[1])) }
    return newest(id: argument)
  }

  /// The bundled file of questionnaire `id`, version `version`, decoding nothing.
  ///
  /// - Parameters:
  ///   - id: The questionnaire's `id`.
  ///   - version: Its `version`, compared as text.
  /// - Returns: The file, or nil when that version of that id is not bundled.
  public static func file(id: String, version: String) -> BundledFile? {
    BundledQuestionnaires.files.first { $0.id == id && $0.version == version }
  }

  /// The newest bundled version of questionnaire `id` (natural order), decoding nothing.
  ///
  /// - Parameter id: The questionnaire's `id`.
  /// - Returns: The file, or nil when no version of that id is bundled.
  public static func newest(id: String) -> BundledFile? {
    BundledQuestionnaires.files.filter { $0.id == id }.max {
      NaturalOrder.precedes($0.version, $1.version)
    }
  }
}
