import ArushaCore
import Foundation

/// The questionnaires of many responses, each found and decoded once per (id, version, sha256)
/// and shared by the threads that read the responses.
///
/// A response's questionnaire is the `--questionnaire` file with its id and version when one
/// was given, else what ``QuestionnaireLocator`` finds (bundled, then `./Questionnaires`).
public final class QuestionnaireCache: @unchecked Sendable {
  private let lock = NSLock()
  private var entries: [QuestionnaireReference: Result<LocatedQuestionnaire, LoadFailure>] = [:]
  private var plans: [QuestionnaireReference: ScoringPlan] = [:]
  private let explicit: [(path: UserPath, id: String, version: String)]
  private let searchFolder: UserPath
  private let acceptMismatch: Bool
  /// The locator used for every reference, when the cache was made from one.
  private let locator: QuestionnaireLocator?

  /// Reads the questionnaire files given explicitly.
  ///
  /// - Parameters:
  ///   - explicitPaths: The `--questionnaire` files, used for responses of their id and version.
  ///   - searchFolder: The folder searched after the bundled questionnaires.
  ///   - acceptMismatch: Whether a questionnaire whose bytes differ from the responses' is used.
  /// - Throws: ``LoadFailure`` when a file given cannot be read or is not a valid questionnaire.
  public init(
    explicitPaths: [UserPath] = [], searchFolder: UserPath = "Questionnaires",
    acceptMismatch: Bool = false
  ) throws(LoadFailure) {
    var explicit: [(UserPath, String, String)] = []
    for path in explicitPaths {
      let questionnaire = try QuestionnaireFile.load(path).questionnaire
      explicit.append((path, questionnaire.id, questionnaire.version))
    }
    self.explicit = explicit
    self.searchFolder = searchFolder
    self.acceptMismatch = acceptMismatch
    self.locator = nil
  }

  /// A cache of what `locator` finds: every reference is located by it, its `--questionnaire`
  /// file included whatever the reference's id and version (as `score` and `sign` find a
  /// response's questionnaire), and each is found, decoded and hashed once.
  ///
  /// - Parameter locator: Finds the questionnaire of each reference.
  public init(locator: QuestionnaireLocator) {
    self.explicit = []
    self.searchFolder = locator.searchFolder
    self.acceptMismatch = locator.acceptMismatch
    self.locator = locator
  }

  /// The questionnaire `reference` names, found and decoded on first use.
  public func questionnaire(for reference: QuestionnaireReference) -> Result<
    LocatedQuestionnaire, LoadFailure
  > {
    lock.lock()
    defer { lock.unlock() }
    return entry(reference)
  }

  /// The questionnaire with `id` and `version`, whatever its bytes (an item map's sides): the
  /// `--questionnaire` file with that id and version, else the bundled one, else
  /// `./Questionnaires`.
  public func questionnaire(id: String, version: String) -> Result<
    LocatedQuestionnaire, LoadFailure
  > {
    let path = explicit.first { $0.id == id && $0.version == version }?.path
    let locator = QuestionnaireLocator(explicitPath: path, searchFolder: searchFolder)
    do throws(LoadFailure) {
      return .success(try locator.locate(id: id, version: version))
    } catch {
      return .failure(error)
    }
  }

  /// The questionnaire `reference` names, prepared for ``ResponseSummarizer``; nil when it
  /// cannot be used.
  public func plan(for reference: QuestionnaireReference) -> ScoringPlan? {
    lock.lock()
    defer { lock.unlock() }
    if let plan = plans[reference] { return plan }
    guard case .success(let located) = entry(reference) else { return nil }
    let plan = ScoringPlan(located.questionnaire)
    plans[reference] = plan
    return plan
  }

  /// The entry of `reference`, made on first use; called with the lock held.
  private func entry(_ reference: QuestionnaireReference) -> Result<
    LocatedQuestionnaire, LoadFailure
  > {
    if let entry = entries[reference] { return entry }
    let path = explicit.first { $0.id == reference.id && $0.version == reference.version }?.path
    let locator =
      self.locator
      ?? QuestionnaireLocator(
        explicitPath: path, searchFolder: searchFolder, acceptMismatch: acceptMismatch)
    let entry: Result<LocatedQuestionnaire, LoadFailure>
    do throws(LoadFailure) {
      entry = .success(try locator.locate(reference))
    } catch {
      entry = .failure(error)
    }
    entries[reference] = entry
    return entry
  }
}
