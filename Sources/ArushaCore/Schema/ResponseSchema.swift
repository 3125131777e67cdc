/// The response format's objects and keys for the decoder's key checks, made from
/// ``ResponseRules``' tables (the one statement of which keys exist and which are required).
public enum ResponseSchema {
  private static func object(_ name: String, _ noun: String, _ keys: [ResponseRules.Key])
    -> FormatSchema.Object
  {
    FormatSchema.Object(
      name: name, noun: noun,
      properties: keys.map {
        FormatSchema.Property(
          name: $0.name, type: $0.value.schemaType, required: $0.required, summary: "")
      })
  }

  /// The top level of a response file.
  public static let response = object("response", "the response", ResponseRules.response)

  /// The `questionnaire` reference.
  public static let reference = object(
    "reference", "the questionnaire reference", ResponseRules.reference)

  /// One answer.
  public static let answer = object("answer", "an answer", ResponseRules.answer)
}
