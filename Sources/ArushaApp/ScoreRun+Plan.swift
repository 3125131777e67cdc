import ArushaCore
import ArushaFiles

/// `score NEW --plan PLAN [--map MAP]` (issue 27, items 3 and 4): reads the plan made from an
/// earlier round of the same administration and follows it up with the response scored.
extension ScoreRun {
  /// Checks `--plan` and `--map` against the other options before any file is read.
  ///
  /// `--map` goes with `--plan`; `--plan` goes without `--action-plan` (the follow-up reads
  /// the last plan, `--action-plan` proposes the gaps of this round: two reports, two runs);
  /// with csv, `--plan` writes the follow-up's table, so `--items` goes without it (a
  /// workbook has both).
  ///
  /// - Throws: ``UsageError`` (64).
  static func checkPlan(_ options: Options, format: Format?) throws {
    if options.map != nil, options.plan == nil {
      throw UsageError(
        "--map carries a plan made on another questionnaire version: add --plan PLAN")
    }
    guard options.plan != nil else { return }
    if options.actionPlan {
      throw UsageError(
        "--plan follows up the last plan and --action-plan proposes the next: run score once with each"
      )
    }
    if options.items, format == .csv {
      throw UsageError(
        "with --plan, csv is the follow-up's table: --items goes without --plan (a workbook has both)"
      )
    }
  }

  /// The follow-up of the plan at `paths.plan` with the response loaded; nil without `--plan`.
  ///
  /// The plan is refused, after saying why on standard error, when it cannot be read (66, or
  /// 65 for bytes that are no text or another kind of file), when it breaks its format or
  /// its questionnaire (``ImprovementPlan/check(against:map:source:)``, as `validate PLAN`:
  /// every problem at its FILE:LINE:COL, 65), when it was made with another file of the same questionnaire version
  /// and `--accept-questionnaire-mismatch` is not given (65), when it is another
  /// administration's or its round does not come before the response's (usage errors, 64), or
  /// when it was made on another questionnaire version and no `--map` carries it to the
  /// response's (65, as `compare` refuses mixed versions), or the map given goes between other
  /// versions (65).
  ///
  /// - Throws: ``ExitStatus`` or ``UsageError``.
  static func followUp(
    _ options: Options, paths: Paths, loaded: ResponseFile, score: ResponseScore,
    settings: Settings
  ) throws -> PlanFollowUp? {
    guard let planPath = paths.plan else { return nil }
    let console = settings.console
    var planBytes: [UInt8] = []
    let plan = try Failure.report(settings) { () throws(LoadFailure) -> ImprovementPlan in
      do throws(FileError) {
        planBytes = try InputFile.read(planPath)
      } catch {
        throw .file(error)
      }
      let decoded = ImprovementPlanDecoder().decode(planBytes)
      guard let plan = decoded.plan else {
        if let wrongKind = FileError.wrongKind(planPath.shown, planBytes, expected: .plan) {
          throw .file(wrongKind)
        }
        throw .invalid(
          path: planPath.shown, source: planBytes,
          diagnostics: decoded.diagnostics.filter { $0.severity == .error })
      }
      return plan
    }
    let questionnaire = loaded.located.questionnaire
    let response = loaded.response
    let name = { (text: String) in "'\(PrintableText.name(text))'" }
    let sameVersion =
      plan.questionnaire.id == questionnaire.id
      && plan.questionnaire.version == questionnaire.version
    var map: (map: ItemMap, source: Questionnaire)?
    if sameVersion {
      if paths.map != nil {
        console.message(
          "arusha: note: --map not used: the plan and the response answer the same version \(name(questionnaire.version))"
        )
      }
      if plan.questionnaire.sha256.lowercased() != loaded.located.sha256.lowercased(),
        !options.acceptQuestionnaireMismatch
      {
        console.message(
          "arusha: the plan was made with another file of questionnaire \(name(questionnaire.id)) version \(name(questionnaire.version)) (sha256 \(PrintableText.name(String(plan.questionnaire.sha256.prefix(12))))…, not \(loaded.located.sha256.prefix(12))…); pass --accept-questionnaire-mismatch to follow it up anyway"
        )
        throw ExitStatus.dataError
      }
    } else if let mapPath = paths.map {
      map = try Failure.report(settings) {
        () throws(LoadFailure) -> (map: ItemMap, source: Questionnaire) in
        let cache = try QuestionnaireCache(
          explicitPaths: paths.questionnaire.map { [$0] } ?? [],
          searchFolder: console.path("Questionnaires"),
          acceptMismatch: options.acceptQuestionnaireMismatch)
        let file = try ItemMapFile.load(mapPath, questionnaires: cache)
        guard file.map.from.id == plan.questionnaire.id,
          file.map.from.version == plan.questionnaire.version,
          file.map.to.id == questionnaire.id, file.map.to.version == questionnaire.version
        else {
          throw .questionnaire(
            "the map \(name(mapPath.shown)) goes from \(name(file.map.from.id)) version \(name(file.map.from.version)) to version \(name(file.map.to.version)); the plan needs one from version \(name(plan.questionnaire.version)) of \(name(plan.questionnaire.id)) to version \(name(questionnaire.version)) of \(name(questionnaire.id))"
          )
        }
        // The plan's own questionnaire, found as score finds one: its bytes must be the
        // plan's unless the mismatch is accepted.
        let locator = QuestionnaireLocator(
          explicitPath: nil, searchFolder: console.path("Questionnaires"),
          acceptMismatch: options.acceptQuestionnaireMismatch)
        _ = try locator.locate(plan.questionnaire)
        return (file.map, file.source.questionnaire)
      }
    }
    let followUp: PlanFollowUp
    do throws(PlanFollowUp.Refusal) {
      followUp = try PlanFollowUp.make(
        plan, questionnaire: questionnaire, response: response, score: score, map: map)
    } catch {
      switch error {
      case .otherAdministration(let planned, let answered):
        throw UsageError(
          "the plan is for \(name(planned)) and the response for \(name(answered)): follow a plan up with a later round of the same administration"
        )
      case .roundNotBefore(let planned, let answered):
        throw UsageError(
          "the plan was made from round \(name(planned)), which does not come before the response's round \(name(answered)): follow a plan up with a later round"
        )
      case .otherQuestionnaire(let planned, let answered):
        console.message(
          "arusha: the plan was made on version \(name(planned.version)) of questionnaire \(name(planned.id)) and the response answers version \(name(answered.version)) of \(name(answered.id)): pass --map with an item map from \(name(planned.version)) to \(name(answered.version)) (as compare takes one)"
        )
        throw ExitStatus.dataError
      }
    }
    // The plan's checks against its own questionnaire, as `validate PLAN` makes them: a plan
    // with an error is refused with every one of them. A plan made on another version is
    // checked against that version (the map's `from`), not through the map: an action on a
    // question the new version dropped is a fact of the follow-up ("no longer asked"), not a
    // mistake of the plan.
    let errors = plan.check(against: map?.source ?? questionnaire).filter {
      $0.severity == .error
    }
    if !errors.isEmpty {
      _ = try Failure.report(settings) { () throws(LoadFailure) in
        throw .invalid(path: planPath.shown, source: planBytes, diagnostics: errors)
      }
    }
    return followUp
  }
}
