/// The questionnaire format's objects and their keys: the one list that both the decoder
/// (known keys, required keys, "did you mean") and the JSON Schema are made from, so the
/// two cannot drift apart.
public enum FormatSchema {
  /// What a key's value must be.
  public indirect enum ValueType: Sendable, Hashable {
    case string
    case slug
    /// A ``LocalizedText``: a string or a map from language code to string.
    case text
    case number
    /// A number within ±1,000,000,000 (option values, number bounds).
    case boundedNumber
    case positiveNumber
    /// A weight: 0 < w ≤ 1000.
    case weight
    /// A number within 0…100.
    case percentage
    /// A number within 0…1: an item score.
    case fraction
    case integer
    case boolean
    /// `true`, `false` or the given word (`evidence: expected`).
    case booleanOr(String)
    /// A `when` expression.
    case condition
    case constant(String)
    case oneOf([String])
    case languageCodes
    /// A list of question ids, each once (`requires`).
    case questionIDs
    case list(ValueType)
    case map(ValueType)
    /// A map from a number (a scale value) to a value.
    case numberMap(ValueType)
    /// Another object of this schema, by ``Object/name``.
    case object(String)
    /// 64 lowercase hexadecimal digits (a plan's SHA-256s, issue 27).
    case sha256
    /// A calendar date, `YYYY-MM-DD` (an action's `due`).
    case date
    /// An ISO 8601 time in UTC (``Timestamp``).
    case timestamp
    /// The type, or null.
    case nullable(ValueType)
    /// An option value or a list of them (an action's `target`).
    case optionValues
    /// An answer's value: a number, a list of numbers or a text (a plan's baseline item).
    case answerValue
  }

  /// One key of an object.
  public struct Property: Sendable, Hashable {
    /// The key.
    public var name: String
    /// What its value must be.
    public var type: ValueType
    /// Whether the key must be present.
    public var required: Bool
    /// One line for editors' hover text.
    public var summary: String
  }

  /// A mapping of the format with its keys.
  public struct Object: Sendable, Hashable {
    /// The name used in the JSON Schema's definitions and in messages ("a question").
    public var name: String
    /// The article and noun messages use.
    public var noun: String
    /// Its keys, in the order the spec lists them.
    public var properties: [Property]

    /// The keys' names.
    public var keys: [String] { properties.map(\.name) }
    /// The required keys' names.
    public var requiredKeys: [String] { properties.filter(\.required).map(\.name) }
  }

  private static func key(
    _ name: String, _ type: ValueType, required: Bool = false, _ summary: String
  )
    -> Property
  {
    Property(name: name, type: type, required: required, summary: summary)
  }

  /// The top level of a questionnaire file.
  public static let questionnaire = Object(
    name: "questionnaire", noun: "the questionnaire",
    properties: [
      key(
        "format", .constant(Questionnaire.format), required: true,
        "The format tag: arusha/questionnaire-1."),
      key("id", .slug, required: true, "Stable identifier; never changes between versions."),
      key("version", .string, required: true, "The author's version label (quote it: \"2026.1\")."),
      key("title", .text, required: true, "The questionnaire's title."),
      key("description", .text, "Shown before the first question of a new session."),
      key("languages", .languageCodes, "Language codes; the first is the default (default [en])."),
      key(
        "scales", .map(.list(.object("option"))), "Reusable answer scales: name → list of options."),
      key("scoring", .object("scoring"), "Scoring settings; every key has a default."),
      key("factors", .list(.object("factor")), required: true, "The factors, at least one."),
    ])

  /// An option of a scale or of a question's `options`.
  public static let option = Object(
    name: "option", noun: "an option",
    properties: [
      key(
        "value", .boundedNumber, required: true,
        "The value stored and scored; unique in its list; within ±1,000,000,000."),
      key("label", .text, required: true, "What the respondent reads."),
      key("description", .text, "What the level means in full."),
      key(
        "evidence", .constant("expected"),
        "expected: choosing this option must be backed by an evidence reference (not on multi options)."
      ),
    ])

  /// The `scoring` settings.
  public static let scoring = Object(
    name: "scoring", noun: "the scoring settings",
    properties: [
      key(
        "method", .oneOf(ScoringMethod.allCases.map(\.rawValue)), "mean or minimum (default mean)."),
      key("strength", .percentage, "A factor score at or above this is a strength (default 75)."),
      key(
        "improvement", .percentage,
        "A factor score below this is an area for improvement (default 50)."),
      key(
        "change", .positiveNumber,
        "A difference of at least this between rounds is a real change (default 5)."),
      key(
        "critical_cap", .percentage, "A factor with a critical gap scores at most this (0..100)."),
      key(
        "critical_below", .fraction,
        "A critical question whose item score (0..1) is below this is a critical gap (recommended 0.5: on a 0-4 scale, levels 0 and 1); without it, only a score of 0."
      ),
      key(
        "unsupported_indicative", .fraction,
        "The overall score is indicative when more than this share (0..1) of the answers that expect evidence have none (recommended 0.1); without it, unsupported answers never make it indicative."
      ),
      key(
        "levels", .list(.object("level")), "Maturity bands over 0..100, ascending, the first at 0."),
    ])

  /// A maturity band of `scoring.levels`.
  public static let level = Object(
    name: "level", noun: "a level",
    properties: [
      key("min", .percentage, required: true, "The band's lower bound, inclusive, in 0..100."),
      key("label", .text, required: true, "The band's name."),
    ])

  /// A factor.
  public static let factor = Object(
    name: "factor", noun: "a factor",
    properties: [
      key("id", .slug, required: true, "Unique among factors."),
      key("number", .integer, "The Declaration's factor number, shown as \"Factor 3\"."),
      key("title", .text, required: true, "The factor's name."),
      key("summary", .text, "One paragraph shown when the factor starts."),
      key("reference", .string, "Where the factor comes from."),
      key("weight", .weight, "Weight in the overall score, 0 < w <= 1000 (default 1)."),
      key(
        "method", .oneOf(ScoringMethod.allCases.map(\.rawValue)),
        "Overrides scoring.method for this factor."),
      key(
        "questions", .list(.object("question")), required: true,
        "The factor's questions, at least one."),
    ])

  /// The question types.
  public static let questionTypes = ["scale", "choice", "yesno", "multi", "number", "text"]

  /// A question.
  public static let question = Object(
    name: "question", noun: "a question",
    properties: [
      key("id", .slug, required: true, "Unique in the questionnaire (convention: factor.topic)."),
      key(
        "type", .oneOf(questionTypes), required: true,
        "scale, choice, yesno, multi, number or text."),
      key("text", .text, required: true, "The question."),
      key("help", .text, "Guidance shown on demand: what evidence counts, examples."),
      key("topic", .text, "A sub-area heading inside the factor."),
      key("scale", .string, "For type scale: the name of an entry of scales."),
      key("options", .list(.object("option")), "For choice and multi: the options."),
      key("weight", .weight, "Weight in the factor score, 0 < w <= 1000 (default 1)."),
      key(
        "required", .boolean, "An unanswered required question blocks completion (default true)."),
      key("allow_na", .boolean, "Offers \"not applicable\" with a justification (default false)."),
      key(
        "allow_unknown", .boolean,
        "Offers \"don't know / no evidence\" (default true for scored types)."),
      key("critical", .boolean, "A zero score here is a critical gap (default false)."),
      key(
        "critical_below", .fraction,
        "With critical: true, an item score (0..1) below this is a critical gap, instead of scoring.critical_below."
      ),
      key(
        "evidence", .booleanOr("expected"),
        "true: ask for an evidence reference after the answer; expected: an answer that claims the practice without one is unsupported (default false)."
      ),
      key("when", .condition, "Show the question only when this condition holds."),
      key(
        "when_hidden", .oneOf(Question.WhenHidden.allCases.map(\.rawValue)),
        "With when, on a scored question: zero (hidden means the practice is absent: scores 0) or excluded (left out)."
      ),
      key(
        "descriptions", .numberMap(.text),
        "For type scale: what each level means for this question, by scale value."),
      key("min", .boundedNumber, "For type number: the smallest accepted value."),
      key("max", .boundedNumber, "For type number: the largest accepted value."),
      key("unit", .text, "For type number: what is counted (cases, days, %)."),
      key(
        "unit_singular", .text,
        "For type number with unit: what is counted when the count reads as one (case, day); the report language's rule says when (English 1, French below 2)."
      ),
      key(
        "per", .object("per"),
        "For type number: also report the value per another number question, the denominator: {question: ID, scale: 100} gives \"1.0 per 100 staff\"."
      ),
      key("source", .string, "The clause or document the item derives from."),
      key(
        "requires", .questionIDs,
        "Scored questions only: the ids of the scored questions whose practice this one builds on; in the action plan its gap comes after theirs (no cycles)."
      ),
    ])

  /// A `number` question's `per`: the denominator and the scale (issue 24).
  public static let per = Object(
    name: "per", noun: "'per'",
    properties: [
      key(
        "question", .slug, required: true,
        "The id of the denominator: another number question (e.g. the staff headcount)."),
      key("scale", .positiveNumber, required: true, "The multiplier, > 0: 100 for \"per 100\"."),
    ])

  /// Which question keys each type uses, beyond the common ones.
  public static let typeSpecificKeys: [String: Set<String>] = [
    "scale": ["scale", "descriptions"], "choice": ["options"], "multi": ["options"],
    "number": ["min", "max", "unit", "unit_singular", "per"],
    "yesno": [], "text": [],
  ]

  /// Every object, in the order the spec introduces them.
  public static let objects = [questionnaire, option, scoring, level, factor, question, per]
}

extension FormatSchema {
  /// The top level of a map file (trust-and-continuity.md).
  public static let itemMap = Object(
    name: "map", noun: "the map",
    properties: [
      key("format", .constant(ItemMap.format), required: true, "The format tag: arusha/map-1."),
      key("from", .object("mapSide"), required: true, "The version mapped from: {id, version}."),
      key("to", .object("mapSide"), required: true, "The version mapped to: {id, version}."),
      key(
        "questions", .map(.slug),
        "From-question → to-question, or null when dropped; unlisted ids map to themselves."),
      key("values", .map(.numberMap(.number)), "Per to-question: from-value → to-value."),
    ])

  /// A map's `from` or `to`.
  public static let mapSide = Object(
    name: "mapSide", noun: "a map's questionnaire",
    properties: [
      key("id", .slug, required: true, "The questionnaire's id."),
      key("version", .string, required: true, "Its version label."),
    ])
}
