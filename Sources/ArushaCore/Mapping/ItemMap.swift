public import ArushaYAML

/// A map in format `arusha/map-1`: how a response to one questionnaire version reads as a
/// response to another (trust-and-continuity.md, "Item maps between questionnaire versions").
public struct ItemMap: Sendable, Hashable {
  /// The format tag every map file carries.
  public static let format = "arusha/map-1"

  /// A questionnaire by id and version.
  public struct Side: Sendable, Hashable {
    /// The questionnaire's id.
    public var id: String
    /// Its version label.
    public var version: String

    /// Creates a side.
    public init(id: String, version: String) {
      self.id = id
      self.version = version
    }
  }

  /// Where the map's parts are written, for the checks against the questionnaires.
  struct Marks: Sendable, Hashable {
    var root = SourceMark.start
    /// The `questions` mapping (the root when there is none): where a question that maps to
    /// itself because it is not listed is reported.
    var questions = SourceMark.start
    var from = SourceMark.start
    var to = SourceMark.start
    var sourceKeys: [String: SourceMark] = [:]
    var targets: [String: SourceMark] = [:]
    var valueKeys: [String: SourceMark] = [:]
    var values: [String: [Double: (key: SourceMark, value: SourceMark)]] = [:]

    static func == (lhs: Marks, rhs: Marks) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
  }

  /// The version mapped from.
  public var from: Side
  /// The version mapped to.
  public var to: Side
  /// Listed from-question → to-question; `nil` when the question is dropped.
  public var questions: [String: String?]
  /// Per to-question: from-value → to-value.
  public var values: [String: [Double: Double]]
  var marks = Marks()

  /// Creates a map.
  public init(
    from: Side, to: Side, questions: [String: String?] = [:],
    values: [String: [Double: Double]] = [:]
  ) {
    self.from = from
    self.to = to
    self.questions = questions
    self.values = values
  }

  /// The target of each of `source`'s questions: the listed one, else the same id when `target`
  /// has it; questions without a target are absent.
  public func targets(from source: Questionnaire, to target: Questionnaire) -> [String: String] {
    let targetIDs = Set(target.questions.map(\.id))
    var result: [String: String] = [:]
    for question in source.questions {
      if let listed = questions[question.id] {
        if let listed { result[question.id] = listed }
      } else if targetIDs.contains(question.id) {
        result[question.id] = question.id
      }
    }
    return result
  }

  /// The questions of `target` that no longer offer "not applicable" where their source did.
  ///
  /// A mapped `na` there stays `na` (trust-and-continuity.md; issue 25), which the report says.
  /// In `target`'s file order.
  ///
  /// - Parameters:
  ///   - source: The map's `from` questionnaire.
  ///   - target: Its `to` questionnaire.
  /// - Returns: The ids of those target questions.
  public func notApplicableKept(from source: Questionnaire, to target: Questionnaire) -> [String] {
    let targets = targets(from: source, to: target)
    let offered = Set(
      source.questions.filter(\.allowNotApplicable).compactMap { targets[$0.id] })
    return target.questions.filter { !$0.allowNotApplicable && offered.contains($0.id) }.map(\.id)
  }
}
