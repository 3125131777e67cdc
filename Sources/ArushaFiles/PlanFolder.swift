import ArushaCore

/// The improvement plans of `compare --plans DIR` (issue 27): every `*.yaml` / `*.yml` file in
/// DIR, walked as compare walks a folder of responses (``ResponseWalk``: sub-folders included,
/// names starting with `.` and symbolic links inside left out), each of which must be a plan.
///
/// A YAML file there that is not a plan is a problem ("is not an improvement plan"), as is a
/// plan with errors: the command refuses the run, or leaves them out under `--skip-invalid`.
/// A file named instead of a folder is read as the one plan.
public enum PlanFolder {
  /// What was read.
  public struct Loaded: Sendable {
    /// The plans, each with its path as shown, in the order of the files.
    public var plans: [(path: String, plan: ImprovementPlan)] = []
    /// The files that cannot be used, in the order of the files.
    public var problems: [ResponseProblem] = []
    /// The files read.
    public var files = 0
    /// The symbolic links met inside the folder, which were not followed.
    public var skippedLinks = FileSample()
  }

  /// Reads `folder`.
  ///
  /// - Parameters:
  ///   - folder: `--plans DIR`, as shown and opened.
  ///   - questionnaires: Where each plan's questionnaire is found, to check it against
  ///     (``ImprovementPlan/check(against:map:source:)``, as `validate PLAN` does): a plan with
  ///     errors there is a problem too.
  ///   - isPlan: Whether bytes declare they are a plan (their `format`).
  ///   - decode: The plan in bytes, or its errors (``Diagnostic``, positions in the file).
  /// - Returns: The plans and the problems; never throws: a folder that cannot be listed is a
  ///   problem of its own.
  public static func load(
    _ folder: UserPath, questionnaires: QuestionnaireCache? = nil,
    isPlan: ([UInt8]) -> Bool = { DocumentKind($0) == .plan },
    decode: ([UInt8]) -> (plan: ImprovementPlan?, diagnostics: [Diagnostic]) = {
      let result = ImprovementPlanDecoder().decode($0)
      return (result.plan, result.diagnostics)
    }
  ) -> Loaded {
    var loaded = Loaded()
    let walk = ResponseWalk([folder])
    while true {
      let (_, files) = walk.next(64)
      if files.isEmpty { break }
      for file in files {
        loaded.files += 1
        let path = file.path
        let bytes: [UInt8]
        do throws(FileError) {
          bytes = try InputFile.read(path, followingLinks: !file.inFolder)
        } catch {
          loaded.problems.append(
            ResponseProblem(path: path.shown, openedPath: path.opened, fileError: error))
          continue
        }
        guard isPlan(bytes) else {
          loaded.problems.append(
            ResponseProblem(
              path: path.shown, openedPath: path.opened,
              fileError: FileError.wrongKind(path.shown, bytes, expected: .plan)
                ?? FileError(
                  .invalidData, path: path.shown,
                  reason: notAPlan(ImprovementPlan.declaredFormat(bytes)))))
          continue
        }
        let result = decode(bytes)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard let plan = result.plan, errors.isEmpty else {
          loaded.problems.append(
            ResponseProblem(path: path.shown, openedPath: path.opened, diagnostics: errors))
          continue
        }
        if let questionnaires {
          let checks: [Diagnostic]
          switch questionnaires.questionnaire(for: plan.questionnaire) {
          case .success(let located): checks = plan.check(against: located.questionnaire)
          case .failure(let failure):
            checks = [plan.questionnaireNotFound(reason: reason(failure))]
          }
          let found = checks.filter { $0.severity == .error }
          if !found.isEmpty {
            loaded.problems.append(
              ResponseProblem(
                path: path.shown, openedPath: path.opened, diagnostics: found.sortedByPosition()))
            continue
          }
        }
        loaded.plans.append((path.shown, plan))
      }
    }
    loaded.problems =
      walk.errors.map { ResponseProblem(path: $0.path, fileError: $0) } + loaded.problems
    loaded.skippedLinks = walk.skippedLinks
    return loaded
  }

  /// Why a questionnaire cannot be used, in one clause (as `validate PLAN` says it).
  static func reason(_ failure: LoadFailure) -> String {
    switch failure {
    case .file(let error): return error.description
    case .invalid(let path, _, _):
      return "'\(path)' is not a valid questionnaire; 'arusha validate \(path)' says why"
    case .questionnaire(let message): return message
    }
  }

  /// The one-line reason for a YAML file in `--plans DIR` that is not a plan.
  static func notAPlan(_ declared: String?) -> String {
    let what = declared.map { "its format is '\($0)'" } ?? "it has no format"
    return
      "is not an improvement plan (\(what), not '\(ImprovementPlan.format)'); every YAML file in --plans DIR must be one"
  }
}
