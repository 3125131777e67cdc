/// The questionnaires compiled into the executable (the files of `Questionnaires/`).
public enum BundledQuestionnaires {
  /// The bundled file named `name`, if any.
  public static func file(named name: String) -> BundledFile? {
    files.first { $0.name == name }
  }

  /// The name of the questionnaire `arusha assess` uses when none is given.
  public static let defaultName = "revised-arusha-declaration.yaml"
}
