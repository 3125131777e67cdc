import ArushaCore
import ArushaYAML
import Foundation

/// Reads and scores many response files on every core, keeping only what a comparison needs.
///
/// Each file is read, parsed, checked, scored and dropped; what remains of it is its group's
/// sums. Files are handed out in fixed-size chunks, and the chunks' results are merged in file
/// order, so that every run gives the same figures and lists problems in the order of the files.
public struct ComparisonLoader: Sendable {
  /// Where the responses' questionnaires come from.
  public var questionnaires: QuestionnaireCache
  /// Which responses count.
  public var filter: ResponseFilter
  /// How many threads read files.
  public var workers: Int
  /// How many files a thread takes at a time.
  public var chunkSize: Int
  /// The maps that carry responses to older versions to the compared one (`--map`).
  public var maps = MapRoutes() {
    didSet { mappedPlans = MappedPlans() }
  }
  /// The routes of ``maps`` prepared for the fast path, by the reference a route starts from.
  private var mappedPlans = MappedPlans()
  /// Checks the signature beside a response (its path, bytes and administration); nil when
  /// signatures are not checked (no `--allowed-signers`).
  public var signatures:
    (@Sendable (_ path: UserPath, _ bytes: [UInt8], _ administration: String) -> SignatureStatus)?
  /// Whether the responses of an administration keep their measured item scores
  /// (``ResponseSummary/items``, `compare --plans`, issue 27); nil: none does, and nothing is
  /// scored twice.
  public var keepsItems: (@Sendable (_ administration: String) -> Bool)?

  /// Creates a loader.
  ///
  /// - Parameters:
  ///   - questionnaires: Where the responses' questionnaires come from.
  ///   - filter: Which responses count.
  ///   - workers: Threads that read files (default: one per active core).
  ///   - chunkSize: Files a thread takes at a time.
  public init(
    questionnaires: QuestionnaireCache, filter: ResponseFilter = ResponseFilter(),
    workers: Int = ProcessInfo.processInfo.activeProcessorCount, chunkSize: Int = 16
  ) {
    self.questionnaires = questionnaires
    self.filter = filter
    self.workers = max(1, workers)
    self.chunkSize = max(1, chunkSize)
  }

  /// Reads every file of `walk`.
  ///
  /// - Parameters:
  ///   - walk: The files, found as they are read.
  ///   - progress: Called with the number of files done so far, after each chunk, in order.
  /// - Returns: The groups' sums, the questionnaires used, and every problem.
  public func load(_ walk: ResponseWalk, progress: @Sendable (Int) -> Void = { _ in })
    -> ComparisonInput
  {
    let state = MergeState()
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let (chunk, files) = walk.next(chunkSize)
        if files.isEmpty { break }
        var input = ComparisonInput()
        for (index, file) in files.enumerated() {
          read(file, order: chunk * chunkSize + index, into: &input)
        }
        state.finish(chunk, input, files: files.count, progress)
      }
    }
    var result = state.result
    result.finish()
    return result
  }

  /// Reads, checks and scores one file into `input`; `order` is its place in the order of the
  /// files.
  func read(_ file: ResponseWalk.Candidate, order: Int, into input: inout ComparisonInput) {
    let path = file.path
    input.files += 1
    let bytes: [UInt8]
    do throws(FileError) {
      bytes = try InputFile.read(path, followingLinks: !file.inFolder)
    } catch {
      input.problems.append(Self.problem(path, fileError: error))
      return
    }
    // The route a mapped response is carried through (issue 29, item 1).
    var route: MappedScoringPlan?
    let outcome = ResponseSummarizer.summarize(bytes) { reference in
      let scoring = fastPathScoring(for: reference)
      if case .mapped(let mapped)? = scoring { route = mapped }
      return scoring
    }
    if var outcome {
      if let keepsItems, keepsItems(outcome.response.administration),
        let plan = route?.target ?? questionnaires.plan(for: outcome.response.questionnaire)
      {
        outcome.summary.items = plan.measuredItems(outcome.answers)
      }
      count(outcome.response, summary: outcome.summary, file: (path, bytes, order), into: &input)
      return
    }
    // Anything the fast path does not take, valid or not, is read by the full decoder.
    let document: YAMLDocument
    do throws(YAMLError) {
      document = try YAMLLoader().load(bytes)
    } catch {
      // A workbook or a PDF named on the command line: one line naming it (issue 27).
      if !file.inFolder, let binary = FileError.binary(path.shown, bytes, expected: .response) {
        input.problems.append(Self.problem(path, fileError: binary))
        return
      }
      // A broken YAML file in a folder is a broken response only if it says it is one; a
      // file that is not even UTF-8 text (UTF-16, binary) cannot say, so it is never left
      // out in silence: invalid, as when it is named (issue 22).
      if file.inFolder, !error.isUnreadableText, !Self.claimsResponse(bytes) {
        input.notResponses.add(path.shown)
      } else {
        input.problems.append(Self.problem(path, diagnostics: [Diagnostic(error)]))
      }
      return
    }
    if file.inFolder, !Self.isResponse(document.root) {
      input.notResponses.add(path.shown)
      return
    }
    let header = ResponseDecoder.header(document)
    guard let parsed = header.header else {
      if let wrongKind = FileError.wrongKind(path.shown, bytes, expected: .response) {
        input.problems.append(Self.problem(path, fileError: wrongKind))
        return
      }
      input.problems.append(Self.problem(path, diagnostics: header.diagnostics.errors))
      return
    }
    input.noteAdministration(parsed.response.administration)
    switch filter.exclusion(of: parsed.response) {
    case .incomplete?:
      input.incomplete += 1
      return
    case .otherRole?:
      input.otherRole += 1
      return
    case nil:
      break
    }
    let reference = parsed.response.questionnaire
    switch questionnaires.questionnaire(for: reference) {
    case .failure(let failure):
      input.uses.add(reference, path: path.shown)
      if input.questionnaireProblems[reference] == nil {
        input.questionnaireProblems[reference] = QuestionnaireProblem(
          reference: reference, failure: failure, files: FileSample())
      }
      input.questionnaireProblems[reference]?.files.add(path.shown)
    case .success(let located):
      let result = ResponseDecoder.decode(parsed, questionnaire: located.questionnaire)
      guard let answered = result.response else {
        input.problems.append(Self.problem(path, diagnostics: result.diagnostics.errors))
        return
      }
      let route = maps.route(id: reference.id, version: reference.version)
      let response = route?.apply(answered, answering: located.questionnaire) ?? answered
      let scored = route?.target ?? located.questionnaire
      let score =
        questionnaires.plan(for: response.questionnaire).map {
          ResponseScorer.score($0, answers: response.answers)
        }
        ?? ResponseScorer.score(scored, answers: response.answers)
      var summary = ResponseSummary(response, score: score)
      if route != nil { summary.mappedFrom = reference.version }
      if let keepsItems, keepsItems(response.administration) {
        summary.items = score.measuredItems
      }
      count(response, summary: summary, file: (path, bytes, order), into: &input)
    }
  }

  /// What the fast path reads responses to `reference` with: its prepared questionnaire, or,
  /// for a version a map starts from, the route prepared to carry them
  /// (``MappedScoringPlan``); nil when its questionnaire cannot be found (the full decoder
  /// then reports it).
  private func fastPathScoring(for reference: QuestionnaireReference)
    -> ResponseSummarizer.Scoring?
  {
    guard let route = maps.route(id: reference.id, version: reference.version) else {
      return questionnaires.plan(for: reference).map { .plan($0) }
    }
    return mappedPlans.plan(for: reference) {
      guard let source = questionnaires.plan(for: reference) else { return nil }
      // Scored as the full decoder's path scores a mapped response (below).
      let target = questionnaires.plan(for: route.reference) ?? ScoringPlan(route.target)
      return MappedScoringPlan(route, source: source, target: target)
    }.map { .mapped($0) }
  }

  /// Counts a response read whole, unless the filter leaves it out: it is pending until the
  /// chunks are merged in the order of the files, where copies are counted once
  /// (``ResponseCopies``).
  private func count(
    _ response: Response, summary: ResponseSummary,
    file: (path: UserPath, bytes: [UInt8], order: Int), into input: inout ComparisonInput
  ) {
    let path = file.path
    input.noteAdministration(response.administration)
    switch filter.exclusion(of: response) {
    case .incomplete?:
      input.incomplete += 1
      input.readFiles.append(
        (response.administration, response.round, Fingerprint.digest(file.bytes)))
    case .otherRole?:
      input.otherRole += 1
      input.readFiles.append(
        (response.administration, response.round, Fingerprint.digest(file.bytes)))
    case nil:
      var summary = summary
      var signatureProblem: SignatureProblem?
      if let signatures {
        let status = signatures(path, file.bytes, response.administration)
        if case .signed(let signer) = status {
          summary.signed = true
          summary.signer = signer
        } else {
          signatureProblem = SignatureProblem(path: path.shown, status: status)
        }
      }
      input.pending.append(
        CountedResponse(
          path: path.shown, order: file.order, digest: Fingerprint.digest(file.bytes),
          response: response, summary: summary, signatureProblem: signatureProblem))
      input.uses.add(response.questionnaire, path: path.shown)
      if input.questionnaires[response.questionnaire] == nil,
        case .success(let located) = questionnaires.questionnaire(for: response.questionnaire)
      {
        input.questionnaires[response.questionnaire] = located
      }
    }
  }

  /// The problem of the file at `path`: shown as typed, read again where it was opened.
  private static func problem(
    _ path: UserPath, fileError: FileError? = nil, diagnostics: [Diagnostic] = []
  ) -> ResponseProblem {
    ResponseProblem(
      path: path.shown, openedPath: path.opened, fileError: fileError, diagnostics: diagnostics)
  }

  /// Whether a file that is not valid YAML has a line `format: arusha/response-1` (quoted or
  /// not, with a comment or not).
  static func claimsResponse(_ bytes: [UInt8]) -> Bool {
    let text = String(decoding: bytes, as: UTF8.self)
    let key = ResponseRules.formatKey + ":"
    return text.split(separator: "\n", omittingEmptySubsequences: true).contains { line in
      guard line.hasPrefix(key) else { return false }
      let value = line.dropFirst(key.count).prefix { $0 != "#" }
        .trimmingCharacters(in: .whitespaces)
      return [Response.format, "'\(Response.format)'", "\"\(Response.format)\""].contains(value)
    }
  }

  /// Whether a document found in a folder says it is a response (`format: arusha/response-1`).
  static func isResponse(_ root: YAMLNode) -> Bool {
    let format = root.mapping?.first { $0.key.scalar?.text == ResponseRules.formatKey }?.value
      .scalar?.text
    return format == Response.format
  }
}

/// The map routes prepared for the fast path, made on first use, shared by the threads.
private final class MappedPlans: @unchecked Sendable {
  private let lock = NSLock()
  private var plans: [QuestionnaireReference: MappedScoringPlan?] = [:]

  /// The plan of `reference`, made by `make` on first use (nil kept as nil).
  func plan(
    for reference: QuestionnaireReference, _ make: () -> MappedScoringPlan?
  ) -> MappedScoringPlan? {
    lock.lock()
    defer { lock.unlock() }
    if let plan = plans[reference] { return plan }
    let plan = make()
    plans[reference] = .some(plan)
    return plan
  }
}

/// The chunks' results, merged in chunk order, shared by the threads.
private final class MergeState: @unchecked Sendable {
  private let lock = NSLock()
  private var waiting: [Int: ComparisonInput] = [:]
  private var merged = 0
  private var done = 0
  private(set) var result = ComparisonInput()

  /// Merges `input` once every earlier chunk is merged; reports progress.
  func finish(_ chunk: Int, _ input: ComparisonInput, files: Int, _ progress: (Int) -> Void) {
    lock.lock()
    defer { lock.unlock() }
    waiting[chunk] = input
    while let ready = waiting.removeValue(forKey: merged) {
      result.merge(ready)
      merged += 1
    }
    done += files
    progress(done)
  }
}

extension Array where Element == Diagnostic {
  /// The errors only.
  fileprivate var errors: [Diagnostic] { filter { $0.severity == .error } }
}
