import ArushaCore
import ArushaFiles
import ArushaReports
import ArushaText

/// `compare --plans DIR` (issue 27): the plans read before the responses, and each group's
/// progress with its plan after the comparison.
extension CompareRun {
  /// The plans of a run, read and checked before any response.
  struct Plans {
    /// The plans that count, each with its path as shown.
    var plans: [(path: String, plan: ImprovementPlan)]

    /// Whether the responses of `administration` need their item scores: it has a plan.
    var administrations: Set<[UInt8]> {
      Set(plans.map { Array($0.plan.administration.utf8) })
    }
  }

  /// Reads `--plans DIR`: every YAML file there must be a plan without errors (else the run is
  /// refused, or the file left out under `--skip-invalid`, as compare does with responses),
  /// and no two plans may be of the same administration and round.
  ///
  /// - Returns: The plans, or the outcome that ends the run (its reasons said on `messages`).
  static func readPlans(
    _ folder: UserPath, request: Request, questionnaires: QuestionnaireCache,
    diagnostics: CompareDiagnostics, messages: (String) -> Void
  ) -> Result<Plans, Stop> {
    let loaded = PlanFolder.load(folder, questionnaires: questionnaires)
    messages(diagnostics.skippedLinks(loaded.skippedLinks))
    if loaded.files == 0 && loaded.problems.isEmpty {
      messages(
        "arusha: note: no plan files (*.yaml, *.yml) in '\(diagnostics.printedPath(folder.shown))'\n"
      )
    }
    if !loaded.problems.isEmpty {
      if request.skipInvalid {
        messages(diagnostics.leftOut(loaded.problems))
      } else {
        let opened = Dictionary(
          loaded.problems.map { ($0.path, UserPath($0.openedPath)) },
          uniquingKeysWith: { first, _ in first })
        messages(
          diagnostics.files(loaded.problems) { shown in
            opened[shown].flatMap { try? InputFile.read($0) } ?? []
          })
        let count = loaded.problems.count
        messages(
          "arusha: \(count) of \(loaded.files) plan file\(loaded.files == 1 ? "" : "s") in --plans cannot be used; nothing was compared: fix \(count == 1 ? "it" : "them"), or pass --skip-invalid to compare without \(count == 1 ? "it" : "them")\n"
        )
        return .failure(loaded.problems.allSatisfy(\.cannotOpen) ? .noInput : .invalidData)
      }
    }
    let plans = loaded.plans.map(\.plan)
    let duplicates = PlanProgress.duplicates(plans)
    for (first, second) in duplicates {
      let plan = plans[first]
      // Under --anonymize the administration is not named (its files are).
      let whose =
        request.options.anonymize
        ? "the same administration" : "'\(diagnostics.clean(plan.administration))'"
      messages(
        "\(diagnostics.printedPath(loaded.plans[second].path)): error: a second plan of \(whose) for round '\(diagnostics.clean(plan.round))', after \(diagnostics.printedPath(loaded.plans[first].path)); keep one plan per administration and round in --plans\n"
      )
    }
    if !duplicates.isEmpty { return .failure(.invalidData) }
    return .success(Plans(plans: loaded.plans))
  }

  /// Why a run stops at its plans.
  enum Stop: Error {
    /// Exit 65.
    case invalidData
    /// Exit 66.
    case noInput
  }

  /// Each group's progress with the latest plan of its administration before its round
  /// (``PlanProgress``), in group order.
  ///
  /// - Parameters:
  ///   - plans: The plans read.
  ///   - comparison: The comparison (its groups, in the order of ``Comparator``).
  ///   - tally: What it was computed from (the groups' raw names and item scores).
  ///   - located: The compared questionnaire, with its file's SHA-256.
  ///   - maps: The chain of `--map` files.
  ///   - diagnostics: How paths and names print in messages.
  /// - Returns: The rows, and how many plans no group uses; or the messages that refuse the
  ///   run (a plan on another version without a map to the compared one).
  static func planProgress(
    _ plans: Plans, comparison: Comparison, tally: ComparisonTally,
    located: LocatedQuestionnaire, maps: MapRoutes, diagnostics: CompareDiagnostics
  ) -> Result<(rows: [PlanProgress], unused: Int), Refused> {
    let questionnaire = located.questionnaire
    // The groups' keys in the order of the comparison's groups (``Comparator``).
    let keys = tally.groups.keys.sorted { left, right in
      !left.administration.utf8.elementsEqual(right.administration.utf8)
        ? NaturalOrder.codePointPrecedes(left.administration, right.administration)
        : NaturalOrder.precedes(left.round, right.round)
    }
    let list = plans.plans.map(\.plan)
    var used: Set<Int> = []
    var carriers: [Int: PlanProgress.Carrier] = [:]
    var refusals: [String] = []
    var rows: [PlanProgress] = []
    for (key, group) in zip(keys, comparison.groups) {
      guard
        let index = PlanProgress.choose(
          list, administration: key.administration, round: key.round)
      else { continue }
      let plan = list[index]
      if used.insert(index).inserted {
        let path = diagnostics.printedPath(plans.plans[index].path)
        let reference = plan.questionnaire
        // The plan's questionnaire was found (its SHA-256 as the cache takes it) and the
        // plan checked against it when it was read.
        if reference.id == questionnaire.id && reference.version == questionnaire.version {
          carriers[index] = PlanProgress.Carrier()
        } else if let route = maps.route(id: reference.id, version: reference.version),
          route.target.id == questionnaire.id, route.target.version == questionnaire.version
        {
          carriers[index] = PlanProgress.Carrier(route)
        } else {
          refusals.append(
            "\(path): error: the plan is on '\(diagnostics.clean(reference.id))' version '\(diagnostics.clean(reference.version))', the comparison on '\(diagnostics.clean(questionnaire.id))' version '\(diagnostics.clean(questionnaire.version))'; give --map files from its version to the compared one, as for responses\n"
          )
        }
      }
      guard let carrier = carriers[index] else { continue }
      let items = (tally.groups[key]?.items ?? [:]).compactMapValues(\.mean)
      rows.append(
        PlanProgress.make(
          plan, group: group, round: key.round, items: items, questionnaire: questionnaire,
          carrier: carrier, anonymize: comparison.options.anonymize))
    }
    if !refusals.isEmpty { return .failure(Refused(messages: refusals)) }
    return .success((rows, list.count - used.count))
  }

  /// The messages that refuse a run.
  struct Refused: Error {
    var messages: [String]
  }
}
