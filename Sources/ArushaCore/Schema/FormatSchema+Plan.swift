extension FormatSchema {
  private static func planKey(
    _ name: String, _ type: ValueType, required: Bool = false, _ summary: String
  ) -> Property {
    Property(name: name, type: type, required: required, summary: summary)
  }

  /// The top level of an improvement plan file (issue 27, docs/plan-format.md).
  public static let plan = Object(
    name: "plan", noun: "the plan",
    properties: [
      planKey(
        "format", .constant(ImprovementPlan.format), required: true,
        "The format tag: arusha/plan-1."),
      planKey(
        "note", .nullable(.string),
        "Guidance for the team, in its language; arusha does not read it."),
      planKey(
        "questionnaire", .object("planQuestionnaire"), required: true,
        "The questionnaire the plan's round answered: {id, version, sha256}."),
      planKey(
        "administration", .string, required: true,
        "The administration, as its responses name it (at most 200 characters)."),
      planKey(
        "round", .string, required: true,
        "The round the plan was made from (at most 200 characters)."),
      planKey(
        "made", .nullable(.timestamp),
        "When the plan was made: an ISO 8601 time in UTC (2024-11-14T10:00:00Z)."),
      planKey(
        "baseline", .object("baseline"), required: true,
        "The plan's round as measured: what a follow-up compares the next round with."),
      planKey(
        "targets", .nullable(.map(.object("target"))),
        "Per factor id: the level or score to reach, and by which round."),
      planKey(
        "actions", .nullable(.list(.object("action"))),
        "The actions, in the plan's order."),
    ])

  /// A plan's `questionnaire`.
  public static let planQuestionnaire = Object(
    name: "planQuestionnaire", noun: "the plan's questionnaire",
    properties: [
      planKey("id", .slug, required: true, "The questionnaire's id."),
      planKey("version", .string, required: true, "Its version label (quote it: \"2027.1\")."),
      planKey(
        "sha256", .sha256, required: true,
        "SHA-256 of the questionnaire file's bytes, 64 lowercase hexadecimal digits."),
    ])

  /// A plan's `baseline`.
  public static let baseline = Object(
    name: "baseline", noun: "the baseline",
    properties: [
      planKey(
        "sha256", .sha256, required: true,
        "SHA-256 of the response file the plan was made from, 64 lowercase hexadecimal digits."),
      planKey("overall", .nullable(.percentage), "Its overall score, 0..100, or null."),
      planKey(
        "factors", .nullable(.map(.nullable(.percentage))),
        "Per factor id: its score, 0..100, or null for no score."),
      planKey(
        "items", .nullable(.map(.object("baselineItem"))),
        "Per answered question id: its value or state, and its item score."),
      planKey(
        "figures", .nullable(.map(.object("baselineFigure"))),
        "Per key figure (a number question's id): its value and normalised value."),
    ])

  /// One answered question of a plan's baseline.
  public static let baselineItem = Object(
    name: "baselineItem", noun: "a baseline item",
    properties: [
      planKey(
        "value", .answerValue,
        "The answer's value: an option value, 1 or 0, a list of option values (multi), a number or a text."
      ),
      planKey("state", .oneOf(["na", "unknown"]), "Instead of a value: na or unknown."),
      planKey(
        "score", .nullable(.fraction), "Its item score, 0..1; absent or null when it has none."),
    ])

  /// One key figure of a plan's baseline.
  public static let baselineFigure = Object(
    name: "baselineFigure", noun: "a key figure",
    properties: [
      planKey("value", .nullable(.number), "The figure; null for \"don't know\"."),
      planKey(
        "normalized", .nullable(.number),
        "The figure per its 'per' question, scaled; null when there is none."),
    ])

  /// A factor's target in a plan.
  public static let planTarget = Object(
    name: "target", noun: "a target",
    properties: [
      planKey(
        "level", .percentage,
        "A maturity band to reach, by its 'min' in the questionnaire's scoring.levels (0..100). Give level or score, not both."
      ),
      planKey(
        "score", .percentage,
        "A factor score to reach, 0..100. Give level or score, not both."),
      planKey(
        "by", .nullable(.string), "The round by which to reach it; null for the next round."),
    ])

  /// One action of a plan.
  public static let planAction = Object(
    name: "action", noun: "an action",
    properties: [
      planKey("id", .slug, required: true, "Unique in the plan: a1, a2, …"),
      planKey(
        "questions", .questionIDs, required: true,
        "The questions whose practice the action addresses, at least one."),
      planKey(
        "description", .nullable(.string), "What is to be done; empty or null while not written."),
      planKey("owner", .nullable(.string), "Who answers for it; empty or null while not written."),
      planKey("due", .nullable(.date), "When it is due: a calendar date, YYYY-MM-DD."),
      planKey(
        "target", .nullable(.optionValues),
        "The answer value its questions are to reach: an option value (scale, choice), 1 (yesno), or the list of options to have (multi); null for none."
      ),
      planKey(
        "status", .oneOf(ImprovementPlan.Status.allCases.map(\.rawValue)), required: true,
        "planned, started, done or dropped."),
      planKey(
        "evidence", .nullable(.string),
        "A reference to what shows it done (a document, a decision number)."),
    ])

  /// Every object of the plan format, the top level first.
  public static let planObjects = [
    plan, planQuestionnaire, baseline, baselineItem, baselineFigure, planTarget, planAction,
  ]
}
