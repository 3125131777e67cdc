public import ArushaYAML

/// An improvement plan in format `arusha/plan-1` (issue 27, docs/plan-format.md): what a team
/// decided after one round (targets per factor, actions per question) and the measurement it
/// was made from (the baseline), so that a later round of the same administration can say which
/// actions were carried out, whether their practice moved, and whether each factor reached its
/// target.
///
/// The file carries values, never translated labels: a target level is a number of the
/// questionnaire, a status is one of four words. Text the team writes (descriptions, owners,
/// evidence) is untrusted like every answer.
public struct ImprovementPlan: Sendable, Hashable {
  /// The format tag every plan file carries.
  public static let format = "arusha/plan-1"

  /// Where an action stands (issue 27).
  public enum Status: String, Sendable, Hashable, CaseIterable {
    /// Decided, not begun.
    case planned
    /// Begun, not finished.
    case started
    /// Carried out.
    case done
    /// Given up: counted apart, never as done.
    case dropped
  }

  /// What a factor is to reach by a round.
  public struct Target: Sendable, Hashable {
    /// What to reach.
    public enum Goal: Sendable, Hashable {
      /// A maturity band of the questionnaire's `scoring.levels`, by its `min` (0…100): the
      /// factor score must be at least that.
      case level(Double)
      /// A factor score, 0…100.
      case score(Double)

      /// The factor score that meets the goal, 0…100.
      public var threshold: Double {
        switch self {
        case .level(let min): return min
        case .score(let score): return score
        }
      }
    }

    /// The factor's id.
    public var factor: String
    /// What to reach.
    public var goal: Goal
    /// The round by which to reach it (a round name, as responses name rounds); nil: the next.
    public var by: String?

    /// Creates a target.
    public init(factor: String, goal: Goal, by: String?) {
      self.factor = factor
      self.goal = goal
      self.by = by
    }
  }

  /// One action the team decided.
  public struct Action: Sendable, Hashable {
    /// The action's id, unique in the plan: `[a-z0-9][a-z0-9._-]*`.
    public var id: String
    /// The questions whose practice it addresses (one or more), by id.
    public var questions: [String]
    /// What is to be done, in the team's words; nil while not written.
    public var description: String?
    /// Who answers for it (a unit or a post); nil while not written.
    public var owner: String?
    /// When it is due: a calendar date `YYYY-MM-DD`; nil while not set.
    public var due: String?
    /// The answer value its question is to reach: an option value (`scale`, `choice`), 1
    /// (`yesno`), or the options to have in place (`multi`); nil for no level (a `number` or
    /// `text` question, or none written).
    public var target: AnswerValue?
    /// Where it stands.
    public var status: Status
    /// A reference to what shows it done (a document, a decision number); nil when none.
    public var evidence: String?

    /// Creates an action.
    public init(
      id: String, questions: [String], description: String? = nil, owner: String? = nil,
      due: String? = nil, target: AnswerValue? = nil, status: Status = .planned,
      evidence: String? = nil
    ) {
      self.id = id
      self.questions = questions
      self.description = description
      self.owner = owner
      self.due = due
      self.target = target
      self.status = status
      self.evidence = evidence
    }
  }

  /// The measurement the plan was made from, so that a follow-up needs only the plan and the
  /// new round (issue 27, "Decisions").
  public struct Baseline: Sendable, Hashable {
    /// One question as the plan's round answered and scored it.
    public struct Item: Sendable, Hashable {
      /// The question's id.
      public var question: String
      /// Its answer's value, when answered with one.
      public var value: AnswerValue?
      /// Its special answer (`na`, `unknown`), when answered so.
      public var state: Answer.State?
      /// Its item score, 0…1; nil when it has none (not applicable, unscored, hidden).
      public var score: Double?

      /// Creates an item.
      public init(question: String, value: AnswerValue?, state: Answer.State?, score: Double?) {
        self.question = question
        self.value = value
        self.state = state
        self.score = score
      }
    }

    /// One key figure of the plan's round.
    public struct Figure: Sendable, Hashable {
      /// The `number` question's id.
      public var question: String
      /// Its value; nil for "don't know".
      public var value: Double?
      /// The value normalised by its `per` figure (scoring.md); nil when the question has no
      /// `per` or it could not be computed.
      public var normalized: Double?

      /// Creates a figure.
      public init(question: String, value: Double?, normalized: Double?) {
        self.question = question
        self.value = value
        self.normalized = normalized
      }
    }

    /// SHA-256 of the response file the plan was made from, lowercase hex.
    public var sha256: String
    /// Its overall score, 0…100; nil when none.
    public var overall: Double?
    /// Its factor scores, 0…100 (nil: no score), in questionnaire order.
    public var factors: [(factor: String, score: Double?)]
    /// Its answered questions, in questionnaire order.
    public var items: [Item]
    /// Its key figures, in questionnaire order.
    public var figures: [Figure]

    /// Creates a baseline.
    public init(
      sha256: String, overall: Double?, factors: [(factor: String, score: Double?)],
      items: [Item], figures: [Figure]
    ) {
      self.sha256 = sha256
      self.overall = overall
      self.factors = factors
      self.items = items
      self.figures = figures
    }

    /// The score of `factor` in the baseline (nil when absent or without a score).
    public func score(of factor: String) -> Double? {
      factors.first { $0.factor == factor }?.score ?? nil
    }

    /// The baseline's items as answers to the plan's questionnaire, by question id.
    ///
    /// What the one scoring kernel scores again (the baseline check, the follow-up's "then", the
    /// projected scores). A not-applicable item gets an empty justification, which scoring
    /// does not read.
    public var answers: [String: Answer] {
      var answers: [String: Answer] = [:]
      for item in items {
        var answer = Answer(value: item.value, state: item.state)
        if item.state == .notApplicable { answer.justification = "" }
        answers[item.question] = answer
      }
      return answers
    }

    /// The baseline's item for `question`, when it was answered.
    public func item(_ question: String) -> Item? {
      items.first { $0.question == question }
    }

    public static func == (lhs: Baseline, rhs: Baseline) -> Bool {
      lhs.sha256 == rhs.sha256 && lhs.overall == rhs.overall && lhs.items == rhs.items
        && lhs.figures == rhs.figures && lhs.factors.count == rhs.factors.count
        && zip(lhs.factors, rhs.factors).allSatisfy {
          $0.factor == $1.factor && $0.score == $1.score
        }
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(sha256)
      hasher.combine(items)
      for entry in factors {
        hasher.combine(entry.factor)
        hasher.combine(entry.score)
      }
    }
  }

  /// Where the plan's parts are written, for the checks against a questionnaire.
  ///
  /// Filled by the decoder; empty for a plan made in memory. Never part of equality.
  struct Marks: Sendable, Hashable {
    var root = SourceMark.start
    var questionnaire = SourceMark.start
    var round = SourceMark.start
    /// Per factor id of `targets`: its key.
    var targetKeys: [String: SourceMark] = [:]
    /// Per factor id of `targets`: its goal's value (`level` or `score`).
    var targetGoals: [String: SourceMark] = [:]
    /// Per factor id of `targets`: its `by`.
    var targetRounds: [String: SourceMark] = [:]
    /// Per action (in file order): the action's mapping.
    var actions: [SourceMark] = []
    /// Per action: each of its question ids.
    var actionQuestions: [[SourceMark]] = []
    /// Per action: its `target` (the action's mark when absent).
    var actionTargets: [SourceMark] = []
    /// Per action: its `due`.
    var actionDue: [SourceMark] = []
    /// Per action: its `status` (the action's mark when absent).
    var actionStatuses: [SourceMark] = []
    /// Whether the baseline was read without an error (true for a plan made in memory): its
    /// figures are checked against its items only then.
    var baselineComplete = true
    /// The baseline's mapping (the plan's root when absent).
    var baseline = SourceMark.start
    /// The baseline's `overall` key (the baseline's mark when absent).
    var baselineOverall = SourceMark.start
    /// Per baseline item (question id): its key.
    var baselineItems: [String: SourceMark] = [:]
    /// Per baseline factor score (factor id): its key.
    var baselineFactors: [String: SourceMark] = [:]
    /// Per baseline key figure (question id): its key.
    var baselineFigures: [String: SourceMark] = [:]

    static func == (lhs: Marks, rhs: Marks) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
  }

  /// The questionnaire the plan's round answered (id, version and the file's SHA-256).
  public var questionnaire: QuestionnaireReference
  /// The administration, as its responses name it.
  public var administration: String
  /// The round the plan was made from (its baseline).
  public var round: String
  /// When the plan was made, an ISO 8601 time in UTC (``Timestamp``); nil when not written.
  public var made: String?
  /// Guidance for the team, in its language (the YAML layer writes no comments, issue 27).
  public var note: String?
  /// The plan's round as measured.
  public var baseline: Baseline
  /// The factor targets, in questionnaire order.
  public var targets: [Target]
  /// The actions, in the plan's order.
  public var actions: [Action]
  var marks = Marks()

  /// Creates a plan.
  public init(
    questionnaire: QuestionnaireReference, administration: String, round: String, made: String?,
    note: String?, baseline: Baseline, targets: [Target], actions: [Action]
  ) {
    self.questionnaire = questionnaire
    self.administration = administration
    self.round = round
    self.made = made
    self.note = note
    self.baseline = baseline
    self.targets = targets
    self.actions = actions
  }
}
