extension Question {
  /// A question's type and what the type needs.
  public enum Kind: Sendable, Hashable {
    /// One value of a named scale.
    case scale(name: String, options: [AnswerOption])
    /// One value of inline options.
    case choice([AnswerOption])
    /// Yes (1) or no (0).
    case yesno
    /// A set of values of inline options.
    case multi([AnswerOption])
    /// A number within optional inclusive bounds; not scored.
    case number(min: Double?, max: Double?)
    /// Free text; not scored.
    case text

    /// The type's name as written in `type:`.
    public var typeName: String {
      switch self {
      case .scale: return "scale"
      case .choice: return "choice"
      case .yesno: return "yesno"
      case .multi: return "multi"
      case .number: return "number"
      case .text: return "text"
      }
    }

    /// Whether answers of this type have an item score.
    public var isScored: Bool {
      switch self {
      case .scale, .choice, .yesno, .multi: return true
      case .number, .text: return false
      }
    }

    /// The options offered, in order (empty for yesno, number and text).
    public var options: [AnswerOption] {
      switch self {
      case .scale(_, let options), .choice(let options), .multi(let options): return options
      case .yesno, .number, .text: return []
      }
    }
  }
}
