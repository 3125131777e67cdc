import ArushaYAML

/// What an arusha file says it is, from its top-level `format` key: so that a file given to
/// the wrong command gets one line saying what it is and which command takes it, instead of
/// a list of format errors (cli.md, "Output files and wrong inputs").
public enum DocumentKind: Sendable, Hashable {
  /// `format: arusha/questionnaire-1`.
  case questionnaire
  /// `format: arusha/response-1`.
  case response
  /// `format: arusha/map-1`.
  case map
  /// `format: arusha/plan-1`: an improvement plan (issue 27).
  case plan
  /// Anything else: another format, no `format` key, not YAML.
  case other

  /// What a file of this kind is called in a message: "a questionnaire".
  public var noun: String {
    switch self {
    case .questionnaire: return "a questionnaire"
    case .response: return "a response"
    case .map: return "an item map"
    case .plan: return "an improvement plan"
    case .other: return "an arusha file"
    }
  }

  /// The kind `bytes` declare.
  ///
  /// Reads parser events only as far as the top-level `format` key, without building a tree.
  public init(_ bytes: [UInt8]) {
    self.init(format: Self.declaredFormat(bytes))
  }

  /// The kind of the format `format` names; nil or another family is ``other``.
  init(format: String?) {
    // By family, not by exact version: `arusha/map-2` is a map whose format is not supported,
    // which its own decoder says in one line, not a questionnaire with a dozen errors.
    func family(_ format: String) -> Substring {
      format[..<(format.lastIndex(of: "-") ?? format.endIndex)]
    }
    switch format.map(family) {
    case family(Questionnaire.format)?: self = .questionnaire
    case family(Response.format)?: self = .response
    case family(ItemMap.format)?: self = .map
    case family(ImprovementPlan.format)?: self = .plan
    default: self = .other
    }
  }

  /// The top-level `format` of `bytes`, when it is a scalar.
  ///
  /// Reads parser events only as far as that key, without building a tree.
  static func declaredFormat(_ bytes: [UInt8]) -> String? {
    YAMLEventReader.read(bytes) { reader -> String? in
      guard reader.next()?.kind == .streamStart, reader.next()?.kind == .documentStart,
        reader.next()?.kind == .mappingStart
      else { return nil }
      // Top-level pairs: a scalar key, then a value skipped whole unless the key is `format`.
      while let key = reader.next(), key.kind == .scalar {
        let isFormat = key.equals("format")
        guard let value = reader.next() else { return nil }
        if isFormat { return value.kind == .scalar ? value.text : nil }
        var depth = value.kind == .mappingStart || value.kind == .sequenceStart ? 1 : 0
        while depth > 0, let event = reader.next() {
          switch event.kind {
          case .mappingStart, .sequenceStart: depth += 1
          case .mappingEnd, .sequenceEnd: depth -= 1
          default: break
          }
        }
        if depth > 0 { return nil }
      }
      return nil
    }
  }
}
