import ArushaCore

/// `arusha validate PLAN`: an improvement plan read and checked against its questionnaire
/// (issue 27, docs/plan-format.md), every finding at its FILE:LINE:COL.
public enum PlanValidation {
  /// The report of the plan `bytes`, read from `path`.
  ///
  /// Its questionnaire is found as `score` finds a response's (``QuestionnaireCache``: the
  /// `--questionnaire` file with its id and version, else bundled, else `./Questionnaires`, the
  /// file's SHA-256 the plan's). With `map`, the plan is checked against the map's `to`
  /// questionnaire through the map when the plan was made on the map's `from` version. A
  /// `--questionnaire` of another id or version than the plan's, without a map, is refused in
  /// one error naming both.
  ///
  /// - Parameters:
  ///   - path: The plan file, as given.
  ///   - bytes: Its contents.
  ///   - questionnaires: Where questionnaires are found.
  ///   - explicit: The `--questionnaire` files, in order.
  ///   - map: The `--map` item map, checked against its questionnaires.
  /// - Returns: The report: a wrong kind of file as its read error, else every finding.
  public static func check(
    _ path: UserPath, _ bytes: [UInt8], questionnaires: QuestionnaireCache,
    explicit: [UserPath] = [], map: ItemMapFile? = nil
  ) -> FileReport {
    let decoded = ImprovementPlanDecoder().decode(bytes)
    guard let plan = decoded.partial else {
      if let wrongKind = FileError.wrongKind(path.shown, bytes, expected: .plan) {
        return FileReport(path: path.shown, source: bytes, diagnostics: [], readError: wrongKind)
      }
      return report(path, bytes, decoded.diagnostics)
    }
    let reference = plan.questionnaire
    var checks: [Diagnostic]
    if let map,
      reference.id != map.target.questionnaire.id
        || reference.version != map.target.questionnaire.version
    {
      checks = plan.check(
        against: map.target.questionnaire, map: map.map, source: map.source.questionnaire)
    } else if let other = otherQuestionnaire(explicit, reference) {
      // A `--questionnaire` of another id or version: refused naming both, as score does.
      checks = plan.check(against: other)
    } else {
      switch questionnaires.questionnaire(for: reference) {
      case .success(let located):
        checks = plan.check(against: located.questionnaire)
      case .failure(let failure):
        // The same id and version in other bytes: said as such, and the plan checked anyway.
        if case .success(let located) = questionnaires.questionnaire(
          id: reference.id, version: reference.version), located.sha256 != reference.sha256
        {
          checks =
            [plan.questionnaireEdited(origin: located.origin, sha256: located.sha256)]
            + plan.check(against: located.questionnaire)
        } else {
          checks = [plan.questionnaireNotFound(reason: reason(failure))]
        }
      }
    }
    return report(path, bytes, decoded.diagnostics + checks)
  }

  /// The first `--questionnaire` file, when some were given and none has the plan's id and
  /// version.
  private static func otherQuestionnaire(_ paths: [UserPath], _ reference: QuestionnaireReference)
    -> Questionnaire?
  {
    var first: Questionnaire?
    for path in paths {
      guard let questionnaire = try? QuestionnaireFile.load(path).questionnaire else { continue }
      if questionnaire.id == reference.id, questionnaire.version == reference.version {
        return nil
      }
      first = first ?? questionnaire
    }
    return first
  }

  private static func report(_ path: UserPath, _ bytes: [UInt8], _ diagnostics: [Diagnostic])
    -> FileReport
  {
    FileReport(
      path: path.shown, source: bytes, diagnostics: diagnostics.sortedByPosition(), readError: nil)
  }

  /// Why a questionnaire cannot be used, in one clause.
  private static func reason(_ failure: LoadFailure) -> String {
    switch failure {
    case .file(let error): return error.description
    case .invalid(let path, _, _):
      return "'\(path)' is not a valid questionnaire; 'arusha validate \(path)' says why"
    case .questionnaire(let message): return message
    }
  }
}
