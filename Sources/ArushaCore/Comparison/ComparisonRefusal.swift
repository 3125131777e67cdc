/// Why a set of responses cannot be compared (scoring.md, "Same questionnaire").
public enum ComparisonRefusal: Sendable, Hashable, CustomStringConvertible {
  /// The responses answer questionnaires with different ids: each id with its files.
  case differentQuestionnaires([Variant])
  /// They answer several versions of questionnaire `id`: each version with its files.
  case mixedVersions(id: String, [Variant])
  /// They answer one id and version made from different bytes: each sha256 with its files.
  case editedQuestionnaire(id: String, version: String, [Variant])

  /// The message, lowercase, naming the files.
  public var description: String {
    switch self {
    case .differentQuestionnaires(let ids):
      return
        "the responses answer different questionnaires: \(Self.list(ids) { "'\($0)'" }); compare the responses to one questionnaire at a time"
    case .mixedVersions(let id, let versions):
      return
        "the responses answer different versions of questionnaire '\(id)': \(Self.list(versions) { "'\($0)'" }); pass --allow-mixed-versions to compare them anyway, each scored against its own version on the factors of the newest"
    case .editedQuestionnaire(let id, let version, let hashes):
      return
        "the responses to questionnaire '\(id)' version '\(version)' were made with different files: \(Self.list(hashes) { "sha256 \($0.prefix(12))…" }); the questionnaire was edited without a new version, so their scores cannot be compared"
    }
  }

  private static func list(_ items: [Variant], _ name: (String) -> String) -> String {
    let parts = items.map { "\(name($0.value)) (\($0.files.description))" }
    guard parts.count > 1, let last = parts.last else { return parts.joined() }
    return parts.dropLast().joined(separator: ", ") + " and " + last
  }
}
