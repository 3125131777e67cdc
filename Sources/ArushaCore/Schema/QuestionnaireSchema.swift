/// The JSON Schema (draft-07) of the questionnaire format, for editors through
/// yaml-language-server, made from ``FormatSchema``.
public enum QuestionnaireSchema {
  /// The schema as a JSON value.
  public static func json() -> JSONValue {
    let top = FormatSchema.questionnaire
    var members: [JSONValue.Member] = [
      .init("$schema", .string("http://json-schema.org/draft-07/schema#")),
      .init("title", .string("arusha questionnaire (\(Questionnaire.format))")),
      .init(
        "description",
        .string("A self-assessment questionnaire read by the arusha command-line tool.")),
    ]
    members += objectMembers(top)
    let definitions: [JSONValue.Member] =
      [
        .init("text", textDefinition), .init("slug", slug), .init("languageCode", languageCode),
      ]
      + FormatSchema.objects.filter { $0.name != top.name }.map {
        .init($0.name, .object(objectMembers($0)))
      }
    members.append(.init("definitions", .object(definitions)))
    return .object(members)
  }

  /// The schema as the text `arusha schema` prints and `Questionnaires/questionnaire.schema.json` holds.
  public static func text() -> String {
    json().serialized() + "\n"
  }

  private static let languagePattern = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"

  static let slug = JSONValue.object([
    .init("type", .string("string")), .init("pattern", .string("^[a-z0-9][a-z0-9._-]*$")),
    .init(
      "description",
      .string("Lowercase letters, digits, '.', '_' and '-', starting with a letter or digit.")),
  ])

  private static let languageCode = JSONValue.object([
    .init("type", .string("string")), .init("pattern", .string(languagePattern)),
  ])

  private static let textDefinition = JSONValue.object([
    .init(
      "description", .string("A text in the first language, or a map from language code to text.")),
    .init(
      "oneOf",
      .array([
        .object([.init("type", .string("string")), .init("minLength", .integer(1))]),
        .object([
          .init("type", .string("object")),
          .init("propertyNames", .object([.init("pattern", .string(languagePattern))])),
          .init(
            "additionalProperties",
            .object([.init("type", .string("string")), .init("minLength", .integer(1))])),
          .init("minProperties", .integer(1)),
        ]),
      ])),
  ])

  static func objectMembers(_ object: FormatSchema.Object) -> [JSONValue.Member] {
    var members: [JSONValue.Member] = [
      .init("type", .string("object")),
      .init("additionalProperties", .bool(false)),
    ]
    if !object.requiredKeys.isEmpty {
      members.append(.init("required", .array(object.requiredKeys.map { .string($0) })))
    }
    members.append(
      .init(
        "properties",
        .object(
          object.properties.map { property in
            .init(
              property.name,
              schema(for: property.type, named: property.name, description: property.summary))
          })))
    if object.name == FormatSchema.question.name {
      // Which keys a type needs: what the decoder reports as "a 'scale' question needs 'scale: NAME'".
      let needs: [(type: [String], key: String)] = [
        (["scale"], "scale"), (["choice", "multi"], "options"),
      ]
      members.append(
        .init(
          "allOf",
          .array(
            needs.map { need in
              .object([
                .init(
                  "if",
                  .object([
                    .init(
                      "properties",
                      .object([
                        .init(
                          "type", .object([.init("enum", .array(need.type.map { .string($0) }))]))
                      ])),
                    .init("required", .array([.string("type")])),
                  ])),
                .init("then", .object([.init("required", .array([.string(need.key)]))])),
              ])
            })))
    }
    return members
  }

  static func schema(
    for type: FormatSchema.ValueType, named name: String, description: String?
  ) -> JSONValue {
    var members: [JSONValue.Member] = description.map { [.init("description", .string($0))] } ?? []
    switch type {
    case .string: members.append(.init("type", .string("string")))
    case .slug: members.append(.init("$ref", .string("#/definitions/slug")))
    case .text: members.append(.init("$ref", .string("#/definitions/text")))
    case .number: members.append(.init("type", .string("number")))
    case .boundedNumber:
      members += [
        .init("type", .string("number")), .init("minimum", .integer(-1_000_000_000)),
        .init("maximum", .integer(1_000_000_000)),
      ]
    case .positiveNumber:
      members += [.init("type", .string("number")), .init("exclusiveMinimum", .integer(0))]
    case .weight:
      members += [
        .init("type", .string("number")), .init("exclusiveMinimum", .integer(0)),
        .init("maximum", .integer(1000)),
      ]
    case .percentage:
      members += [
        .init("type", .string("number")), .init("minimum", .integer(0)),
        .init("maximum", .integer(100)),
      ]
    case .fraction:
      members += [
        .init("type", .string("number")), .init("minimum", .integer(0)),
        .init("maximum", .integer(1)),
      ]
    case .integer: members.append(.init("type", .string("integer")))
    case .boolean: members.append(.init("type", .string("boolean")))
    case .booleanOr(let word):
      members.append(
        .init(
          "oneOf",
          .array([
            .object([.init("type", .string("boolean"))]), .object([.init("const", .string(word))]),
          ])))
    case .condition: members.append(.init("type", .string("string")))
    case .constant(let value): members.append(.init("const", .string(value)))
    case .oneOf(let values): members.append(.init("enum", .array(values.map { .string($0) })))
    case .languageCodes:
      members += [
        .init("type", .string("array")),
        .init("items", .object([.init("$ref", .string("#/definitions/languageCode"))])),
        .init("minItems", .integer(1)), .init("uniqueItems", .bool(true)),
      ]
    case .questionIDs:
      members += [
        .init("type", .string("array")),
        .init("items", .object([.init("$ref", .string("#/definitions/slug"))])),
        .init("minItems", .integer(1)), .init("uniqueItems", .bool(true)),
      ]
    case .list(let item):
      members += [
        .init("type", .string("array")),
        .init("items", schema(for: item, named: name, description: nil)),
        .init("minItems", .integer(name == "options" || name == "scales" ? 2 : 1)),
      ]
    case .map(let value):
      members += [
        .init("type", .string("object")),
        .init("propertyNames", .object([.init("$ref", .string("#/definitions/slug"))])),
        .init("additionalProperties", schema(for: value, named: name, description: nil)),
      ]
    case .numberMap(let value):
      members += [
        .init("type", .string("object")),
        .init(
          "propertyNames", .object([.init("pattern", .string("^-?[0-9]+(\\.[0-9]+)?$"))])),
        .init("additionalProperties", schema(for: value, named: name, description: nil)),
      ]
    case .object(let objectName):
      members.append(.init("$ref", .string("#/definitions/\(objectName)")))
    case .sha256, .date, .timestamp, .nullable, .optionValues, .answerValue:
      members += PlanSchema.members(for: type, named: name)
    }
    return .object(members)
  }
}
