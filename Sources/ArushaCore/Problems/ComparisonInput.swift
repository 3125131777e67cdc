/// What the response files of a comparison hold, summed up: never the answers themselves.
public struct ComparisonInput: Sendable {
  /// The responses that count, per group.
  public var tally = ComparisonTally()
  /// Which questionnaires the responses that count answer (including those whose
  /// questionnaire could not be used), for the refusals.
  public var uses = QuestionnaireUses()
  /// The questionnaires found, by reference.
  public var questionnaires: [QuestionnaireReference: LocatedQuestionnaire] = [:]
  /// The questionnaires that could not be used, with the responses that answer them.
  public var questionnaireProblems: [QuestionnaireReference: QuestionnaireProblem] = [:]
  /// The files that cannot be read or break the format, in the order of the files.
  public var problems: [ResponseProblem] = []
  /// The counted responses that are not signed by an allowed key, in the order of the files
  /// (only when signatures are checked).
  public var signatureProblems: [SignatureProblem] = []
  /// YAML files found in folders that are not responses (their `format` is another).
  public var notResponses = FileSample()
  /// Responses left out because they are not complete.
  public var incomplete = 0
  /// Responses left out because they have another role than the one asked for.
  public var otherRole = 0
  /// The responses scored and counted (each copy once: ``ResponseCopies``).
  public var counted = 0
  /// The responses read whole, not yet counted: a chunk's, until it is merged in the order
  /// of the files, where ``copies`` decides which count.
  public var pending: [CountedResponse] = []
  /// The copies found so far.
  public var copies = ResponseCopies()
  /// The files read, whatever came of them.
  public var files = 0
  /// The administration of every response whose header could be read.
  ///
  /// Taken before the role, status and size filters: `--anonymize` numbers these, so a label names the same
  /// administration whatever `--role` leaves out (issue 23). Keyed by UTF-8, as groups are
  /// told apart (two spellings of one name that Swift calls equal are two administrations).
  public var administrations: [[UInt8]: String] = [:]

  /// Notes the administration of a response whose header was read.
  public mutating func noteAdministration(_ name: String) {
    administrations[Array(name.utf8)] = name
  }

  /// Nothing read yet.
  public init() {}

  /// Adds what `other` read, after what this one read.
  public mutating func merge(_ other: ComparisonInput) {
    tally.merge(other.tally)
    uses.merge(other.uses)
    questionnaires.merge(other.questionnaires) { first, _ in first }
    for (reference, problem) in other.questionnaireProblems {
      if var known = questionnaireProblems[reference] {
        known.files.merge(problem.files)
        questionnaireProblems[reference] = known
      } else {
        questionnaireProblems[reference] = problem
      }
    }
    problems += other.problems
    for response in other.pending {
      if let counting = copies.admit(response) {
        count(counting)
      } else {
        readFiles.append(
          (response.summary.administration, response.summary.round, response.digest))
      }
    }
    readFiles += other.readFiles
    notResponses.merge(other.notResponses)
    incomplete += other.incomplete
    otherRole += other.otherRole
    counted += other.counted
    files += other.files
    administrations.merge(other.administrations) { first, _ in first }
  }

  /// Counts the named respondents' responses held by ``copies`` and the copies of each group;
  /// call once, after the last ``merge(_:)``.
  public mutating func finish() {
    let held = copies.finish()
    for response in held { count(response) }
    if held.contains(where: { $0.signatureProblem != nil }) {
      // Held responses came last: their signature problems go back to the order of the files.
      let sorted = zip(signatureOrder, signatureProblems).sorted { $0.0 < $1.0 }
      signatureOrder = sorted.map(\.0)
      signatureProblems = sorted.map(\.1)
    }
    for key in tally.groups.keys {
      let left = copies.copiesLeftOut(key)
      if left > 0 { tally.noteCopies(left, in: key) }
    }
  }

  /// Every counted response's administration, round, path (as shown) and SHA-256 of its
  /// file's bytes, in the order they were counted: what `compare --plans` checks a plan's
  /// `baseline.sha256` against (issue 27, review finding 2).
  public var countedFiles:
    [(administration: String, round: String, path: String, digest: [UInt8])] = []

  /// The other responses read: left out by the filter (incomplete, another role) or as
  /// copies, with their administration, round and SHA-256; a plan made from one of them is
  /// still made from a file of the comparison's input (``countedFiles``).
  public var readFiles: [(administration: String, round: String, digest: [UInt8])] = []

  /// Where each of ``signatureProblems`` is in the order of the files.
  private var signatureOrder: [Int] = []

  private mutating func count(_ response: CountedResponse) {
    tally.add(response.summary)
    counted += 1
    countedFiles.append(
      (response.summary.administration, response.summary.round, response.path, response.digest))
    if let problem = response.signatureProblem {
      signatureProblems.append(problem)
      signatureOrder.append(response.order)
    }
  }

  /// The questionnaire problems, in code-point order of their id, version and sha256.
  public var orderedQuestionnaireProblems: [QuestionnaireProblem] {
    questionnaireProblems.values.sorted { left, right in
      let (a, b) = (left.reference, right.reference)
      return [a.id, a.version, a.sha256].lexicographicallyPrecedes([b.id, b.version, b.sha256]) {
        NaturalOrder.codePointPrecedes($0, $1)
      }
    }
  }
}
