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
  public static func resolve(_ argument: UserPath?) throws(LoadFailure) -> QuestionnaireChoice {
    let file: QuestionnaireFile
    if let name = argument?.shown, !name.contains("/"),
      let bundled = BundledCatalogue.file(named: name)
    {
      // Found by name, id and version alone: this is the one questionnaire decoded.
      file = try QuestionnaireFile.decode(bundled.bytes, path: bundled.name)
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
      questionnaire: file.questionnaire, sha256: Fingerprint.sha256(file.bytes),
      argument: argument?.shown)
  }

  /// Whether the questionnaire was named without a version: no argument (the default) or a
  /// bare `ID`, which mean the newest bundled version (cli.md).
  public var isNewestOfItsID: Bool {
    guard let argument else { return true }
    return !argument.contains("/") && !argument.contains("@")
      && BundledQuestionnaires.file(named: argument) == nil
      && BundledCatalogue.newest(id: argument) != nil
  }

  /// The bundled version an existing response answers, when this choice named no version
  /// and the response answers another bundled version of the same id, byte for byte (its
  /// `sha256`): `assess -o FILE` resumes a response on its own version (cli.md).
  ///
  /// - Parameter reference: The questionnaire the response records.
  /// - Returns: That version's choice, or nil when the rule does not apply (the caller then
  ///   compares `reference` with this choice as before).
  /// - Throws: ``LoadFailure`` when the bundled file does not decode (a test keeps them valid).
  public func ownVersion(of reference: QuestionnaireReference) throws(LoadFailure)
    -> QuestionnaireChoice?
  {
    guard isNewestOfItsID, reference != self.reference, reference.id == questionnaire.id,
      let bundled = BundledCatalogue.file(id: reference.id, version: reference.version)
    else { return nil }
    let sha256 = bundled.sha256
    guard sha256 == reference.sha256 else { return nil }
    let file = try QuestionnaireFile.decode(bundled.bytes, path: bundled.name)
    return QuestionnaireChoice(
      questionnaire: file.questionnaire, sha256: sha256, argument: argument)
  }

  /// The reference a response to this questionnaire carries.
  public var reference: QuestionnaireReference {
    QuestionnaireReference(id: questionnaire.id, version: questionnaire.version, sha256: sha256)
  }
}
