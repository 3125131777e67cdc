import ArushaCore

/// `arusha validate`: reads each questionnaire or item map and decodes it, collecting every
/// problem.
public enum QuestionnaireValidation {
  /// Validates `paths` in order.
  ///
  /// A file whose `format` is `arusha/map-1` (or the name of a bundled map) is checked as an item map against both of its
  /// questionnaires (trust-and-continuity.md): found among `questionnaires`, then among the
  /// valid questionnaires of `paths`, then bundled or in `./Questionnaires`.
  ///
  /// - Parameters:
  ///   - paths: Questionnaire and map files.
  ///   - strict: Whether warnings count as errors; it also adds the warning on uneven shares
  ///     of the overall score (``EffectiveWeight``), which stays a warning.
  ///   - questionnaires: The `--questionnaire` files, for the maps.
  ///   - searchFolder: The folder searched last for a map's questionnaires
  ///     (`./Questionnaires`).
  ///   - map: The `--map` an improvement plan is checked through (``PlanValidation``).
  /// - Returns: One report per path.
  /// - Throws: ``LoadFailure`` when a `--questionnaire` file or the `--map` cannot be read or
  ///   is invalid.
  public static func run(
    _ paths: [UserPath], strict: Bool, questionnaires: [UserPath] = [],
    searchFolder: UserPath = "Questionnaires", map: UserPath? = nil
  ) throws(LoadFailure) -> [FileReport] {
    var reports: [FileReport?] = []
    var maps: [Int] = []
    var plans: [(index: Int, bytes: [UInt8])] = []
    var valid: [UserPath] = []
    for path in paths {
      let bytes: [UInt8]
      do throws(FileError) {
        // A bare name that is no file may be a bundled map.
        bytes = try ItemMapFile.read(path, namingBundled: false)
      } catch {
        reports.append(
          FileReport(path: path.shown, source: [], diagnostics: [], readError: error))
        continue
      }
      // A workbook or a PDF: one line naming it (validate takes several kinds of file).
      if let binary = FileError.binary(path.shown, bytes, expected: .other) {
        reports.append(
          FileReport(path: path.shown, source: bytes, diagnostics: [], readError: binary))
        continue
      }
      if DocumentKind(bytes) == .map {
        maps.append(reports.count)
        reports.append(nil)
        continue
      }
      if DocumentKind(bytes) == .plan {
        plans.append((reports.count, bytes))
        reports.append(nil)
        continue
      }
      let report = questionnaire(path.shown, bytes, strict: strict)
      if !report.hasErrors { valid.append(path) }
      reports.append(report)
    }
    if !maps.isEmpty {
      let cache = try QuestionnaireCache(
        explicitPaths: questionnaires + valid, searchFolder: searchFolder)
      for index in maps {
        var report = ItemMapFile.check(paths[index], questionnaires: cache).report
        if strict { report.diagnostics = report.diagnostics.strict() }
        reports[index] = report
      }
    }
    if !plans.isEmpty {
      let cache = try QuestionnaireCache(
        explicitPaths: questionnaires + valid, searchFolder: searchFolder)
      let mapFile = try map.map { path throws(LoadFailure) in
        try ItemMapFile.load(path, questionnaires: cache)
      }
      for (index, bytes) in plans {
        var report = PlanValidation.check(
          paths[index], bytes, questionnaires: cache, explicit: questionnaires,
          map: mapFile)
        if strict { report.diagnostics = report.diagnostics.strict() }
        reports[index] = report
      }
    }
    return reports.compactMap { $0 }
  }

  /// The report of the questionnaire `bytes`, read from the file shown as `path`.
  private static func questionnaire(_ path: String, _ bytes: [UInt8], strict: Bool) -> FileReport {
    let decoded = QuestionnaireDecoder().decode(bytes)
    var diagnostics = decoded.diagnostics
    if diagnostics.hasErrors,
      let wrongKind = FileError.wrongKind(path, bytes, expected: .questionnaire)
    {
      return FileReport(path: path, source: bytes, diagnostics: [], readError: wrongKind)
    }
    if strict {
      diagnostics = diagnostics.strict()
      // Uneven shares of the overall score (issue 24): a warning of --strict only, which
      // stays a warning there, so that a released questionnaire still passes.
      if let questionnaire = decoded.questionnaire,
        let uneven = EffectiveWeight.warning(questionnaire, marks: decoded.questionMarks)
      {
        diagnostics = (diagnostics + [uneven]).sortedByPosition()
      }
    }
    return FileReport(path: path, source: bytes, diagnostics: diagnostics, readError: nil)
  }
}
