import ArushaCore
import ArushaQuestionnaires

/// The questionnaire `arusha assess` administers: a file, or a bundled one by file name or id.
public struct QuestionnaireChoice: Sendable {
  /// The decoded questionnaire.
  public var questionnaire: Questionnaire
  /// SHA-256 of its bytes, recorded in the response.
  public var sha256: String
  /// What the user passed (nil: the default bundled questionnaire), for the resume hint.
  public var argument: String?

  /// Resolves `argument`: nil → the bundled Revised Arusha Declaration questionnaire; a
  /// bundled file name → that one; `ID` → the newest bundled version of that id (versions in
  /// natural order, as rounds); `ID@VERSION` → that version (cli.md); otherwise a path.
  ///
  /// - Throws: ``LoadFailure`` when the file cannot be read or is not a valid questionnaire.
  public static func resolve(_ argument: String?) throws(LoadFailure) -> QuestionnaireChoice {
    let file: QuestionnaireFile
    if let argument, !argument.contains("/"), let bundled = bundled(argument) {
      // Already decoded by the catalogue: no second decode.
      return QuestionnaireChoice(
        questionnaire: bundled.questionnaire, sha256: Fingerprint.sha256(bundled.file.bytes),
        argument: argument)
    } else if let argument {
      file = try QuestionnaireFile.load(argument)
    } else {
      guard let bundled = BundledQuestionnaires.file(named: BundledQuestionnaires.defaultName)
      else {
        throw .questionnaire("the default questionnaire is not bundled in this build")
      }
      file = try QuestionnaireFile.decode(bundled.bytes, path: bundled.name)
    }
    return QuestionnaireChoice(
      questionnaire: file.questionnaire, sha256: Fingerprint.sha256(file.bytes), argument: argument)
  }

  /// The bundled questionnaire `argument` names: a file name, `ID` (the newest version) or
  /// `ID@VERSION`.
  static func bundled(_ argument: String) -> BundledCatalogue.Entry? {
    let entries = BundledCatalogue.entries()
    if let entry = entries.first(where: { $0.file.name == argument }) { return entry }
    let parts = argument.split(separator: "@", maxSplits: 1).map(String.init)
    let matching = entries.filter { $0.questionnaire.id == parts[0] }
    if parts.count == 2 { return matching.first { $0.questionnaire.version == parts[1] } }
    return matching.max {
      NaturalOrder.precedes($0.questionnaire.version, $1.questionnaire.version)
    }
  }

  /// The reference a response to this questionnaire carries.
  public var reference: QuestionnaireReference {
    QuestionnaireReference(id: questionnaire.id, version: questionnaire.version, sha256: sha256)
  }
}
