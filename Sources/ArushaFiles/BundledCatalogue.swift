import ArushaCore
import ArushaQuestionnaires

/// The bundled questionnaires, decoded.
public enum BundledCatalogue {
  /// One bundled questionnaire with its file.
  public struct Entry: Sendable {
    /// The bundled file.
    public var file: BundledFile
    /// Its decoded questionnaire.
    public var questionnaire: Questionnaire
  }

  /// Every bundled questionnaire that decodes (all do: a test keeps them valid under `--strict`).
  public static func entries() -> [Entry] {
    BundledQuestionnaires.files.compactMap { file in
      QuestionnaireDecoder().decode(file.bytes).questionnaire.map {
        Entry(file: file, questionnaire: $0)
      }
    }
  }
}
