/// The JSON Schema (draft-07) of the improvement plan format (issue 27, docs/plan-format.md),
/// for editors through yaml-language-server, made from ``FormatSchema``'s plan objects: the
/// list the plan decoder's key checks read too.
public enum PlanSchema {
  /// The schema as a JSON value.
  public static func json() -> JSONValue {
    let top = FormatSchema.plan
    var members: [JSONValue.Member] = [
      .init("$schema", .string("http://json-schema.org/draft-07/schema#")),
      .init("title", .string("arusha improvement plan (\(ImprovementPlan.format))")),
      .init(
        "description",
        .string(
          "An improvement plan made by 'arusha plan' from one round and followed up by 'arusha score --plan' on the next."
        )),
    ]
    members += QuestionnaireSchema.objectMembers(top)
    let definitions: [JSONValue.Member] =
      [.init("slug", QuestionnaireSchema.slug)]
      + FormatSchema.planObjects.filter { $0.name != top.name }.map { object in
        var objectMembers = QuestionnaireSchema.objectMembers(object)
        if object.name == FormatSchema.planTarget.name {
          // Exactly one of `level` and `score`: what the decoder reports otherwise.
          objectMembers.append(
            .init(
              "oneOf",
              .array([
                .object([.init("required", .array([.string("level")]))]),
                .object([.init("required", .array([.string("score")]))]),
              ])))
        }
        return .init(object.name, .object(objectMembers))
      }
    members.append(.init("definitions", .object(definitions)))
    return .object(members)
  }

  /// The schema as the text `arusha schema --plan` prints and `docs/plan.schema.json` holds.
  public static func text() -> String {
    json().serialized() + "\n"
  }

  /// The schema members of the value types only plans use.
  static func members(for type: FormatSchema.ValueType, named name: String) -> [JSONValue.Member] {
    func string(_ pattern: String) -> [JSONValue.Member] {
      [.init("type", .string("string")), .init("pattern", .string(pattern))]
    }
    let number = JSONValue.object([.init("type", .string("number"))])
    switch type {
    case .sha256: return string("^[0-9a-f]{64}$")
    case .date: return string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    case .timestamp:
      return string("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$")
    case .optionValues:
      return [
        .init(
          "oneOf",
          .array([
            number,
            .object([
              .init("type", .string("array")), .init("items", number),
              .init("uniqueItems", .bool(true)),
            ]),
          ]))
      ]
    case .answerValue:
      return [
        .init(
          "oneOf",
          .array([
            number,
            .object([
              .init("type", .string("array")), .init("items", number),
              .init("uniqueItems", .bool(true)),
            ]),
            .object([.init("type", .string("string"))]),
          ]))
      ]
    case .nullable(let inner):
      let schema: JSONValue
      if case .list(let item) = inner {
        // A plan's lists may be empty (a plan with no action yet).
        schema = .object([
          .init("type", .string("array")),
          .init("items", QuestionnaireSchema.schema(for: item, named: name, description: nil)),
        ])
      } else {
        schema = QuestionnaireSchema.schema(for: inner, named: name, description: nil)
      }
      return [.init("anyOf", .array([schema, .object([.init("type", .string("null"))])]))]
    default:
      return []  // the questionnaire's types are QuestionnaireSchema's
    }
  }
}
