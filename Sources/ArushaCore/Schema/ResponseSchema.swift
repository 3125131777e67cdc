/// The response format's objects and keys (response-format.md), for the decoder's key checks.
public enum ResponseSchema {
  private static func key(_ name: String, _ type: FormatSchema.ValueType, required: Bool = false)
    -> FormatSchema.Property
  {
    FormatSchema.Property(name: name, type: type, required: required, summary: "")
  }

  /// The top level of a response file.
  public static let response = FormatSchema.Object(
    name: "response", noun: "the response",
    properties: [
      key("format", .constant(Response.format), required: true),
      key("questionnaire", .object("reference"), required: true),
      key("administration", .string, required: true),
      key("round", .string, required: true),
      key("role", .string), key("respondent", .string), key("language", .string),
      key("status", .oneOf(Response.Status.allCases.map(\.rawValue)), required: true),
      key("started", .string), key("updated", .string), key("completed", .string),
      key("answers", .map(.object("answer")), required: true),
    ])

  /// The `questionnaire` reference.
  public static let reference = FormatSchema.Object(
    name: "reference", noun: "the questionnaire reference",
    properties: [
      key("id", .slug, required: true), key("version", .string, required: true),
      key("sha256", .string, required: true),
    ])

  /// One answer.
  public static let answer = FormatSchema.Object(
    name: "answer", noun: "an answer",
    properties: [
      key("value", .string), key("state", .oneOf(["na", "unknown"])), key("comment", .string),
      key("evidence", .string), key("justification", .string),
    ])
}
