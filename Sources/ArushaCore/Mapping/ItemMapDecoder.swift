public import ArushaYAML

/// Reads a map file (`arusha/map-1`) and checks it against both questionnaires, reporting every
/// mistake at once at its FILE:LINE:COL.
public struct ItemMapDecoder: Sendable {
  /// A decoding's outcome.
  public struct Result: Sendable {
    /// The map, when the file has no error.
    public var map: ItemMap?
    /// Every finding, sorted by position.
    public var diagnostics: [Diagnostic]
    /// The map as far as it could be read, without its entries in error, when its `from` and
    /// `to` could: so that its checks against the questionnaires report their mistakes in the
    /// same run as the syntax ones.
    public var partial: ItemMap?
  }

  /// The loader's limits.
  public var limits: YAMLLoader.Limits

  /// Creates a decoder.
  public init(limits: YAMLLoader.Limits = YAMLLoader.Limits()) {
    self.limits = limits
  }

  /// Decodes the bytes of a map file (its own syntax, not yet the questionnaires).
  public func decode(_ bytes: [UInt8]) -> Result {
    let (map, diagnostics) = NodeReader.decode(bytes, limits: limits, read: Self.map)
    return Result(
      map: diagnostics.hasErrors ? nil : map, diagnostics: diagnostics, partial: map)
  }

  /// Decodes a map file and checks it against `source` (its `from`) and `target` (its `to`).
  public func decode(_ bytes: [UInt8], from source: Questionnaire, to target: Questionnaire)
    -> Result
  {
    let read = decode(bytes)
    guard let map = read.partial else { return read }
    let diagnostics = (read.diagnostics + map.check(from: source, to: target)).sortedByPosition()
    return Result(map: diagnostics.hasErrors ? nil : map, diagnostics: diagnostics, partial: map)
  }

  private static func side(_ node: YAMLNode?, _ reader: inout NodeReader) -> ItemMap.Side? {
    guard let node, let fields = reader.fields(of: node, as: FormatSchema.mapSide) else {
      return nil
    }
    let id = fields["id"].flatMap { reader.slug($0, "questionnaire id") }
    let version = fields["version"].flatMap { reader.nonEmptyString($0, "version") }
    guard let id, let version else { return nil }
    return ItemMap.Side(id: id, version: version)
  }

  private static func map(_ root: YAMLNode, _ reader: inout NodeReader) -> ItemMap? {
    guard let fields = reader.fields(of: root, as: FormatSchema.itemMap) else { return nil }
    if let node = fields["format"], let format = reader.string(node, "format"),
      format != ItemMap.format
    {
      reader.error(.unsupportedFormat(format, expected: ItemMap.format), at: node.reportMark)
    }
    var marks = ItemMap.Marks()
    marks.root = root.reportMark
    marks.questions = fields.present("questions")?.reportMark ?? root.reportMark
    marks.from = fields["from"]?.reportMark ?? root.reportMark
    marks.to = fields["to"]?.reportMark ?? root.reportMark
    let from = side(fields["from"], &reader)
    let to = side(fields["to"], &reader)
    var questions: [String: String?] = [:]
    if let node = fields.present("questions") {
      if let pairs = node.mapping {
        for pair in pairs {
          guard let source = reader.slug(pair.key, "question id") else { continue }
          marks.sourceKeys[source] = pair.key.reportMark
          marks.targets[source] = pair.value.reportMark
          if pair.value.sequence != nil {
            reader.error(.mapSeveralTargets(source), at: pair.value.reportMark)
          } else if pair.value.scalar?.isNull == true {
            questions[source] = .some(nil)
          } else if let target = reader.slug(pair.value, "question id") {
            questions[source] = target
          }
        }
      } else {
        reader.error(.notAMapping("'questions'", found: node), at: node.reportMark)
      }
    }
    var values: [String: [Double: Double]] = [:]
    if let node = fields.present("values") {
      if let pairs = node.mapping {
        for pair in pairs {
          guard let target = reader.slug(pair.key, "question id") else { continue }
          marks.valueKeys[target] = pair.key.reportMark
          guard let entries = pair.value.mapping else {
            reader.error(
              .notAMapping("the values for '\(target)'", found: pair.value),
              at: pair.value.reportMark)
            continue
          }
          var table: [Double: Double] = [:]
          var places: [Double: (key: SourceMark, value: SourceMark)] = [:]
          for entry in entries {
            guard let key = reader.number(entry.key, "a value of '\(target)'"),
              let value = reader.number(entry.value, "a value of '\(target)'")
            else { continue }
            if table[key] != nil {
              reader.error(.mapDuplicateValue(key), at: entry.key.reportMark)
              continue
            }
            table[key] = value
            places[key] = (entry.key.reportMark, entry.value.reportMark)
          }
          values[target] = table
          marks.values[target] = places
        }
      } else {
        reader.error(.notAMapping("'values'", found: node), at: node.reportMark)
      }
    }
    guard let from, let to else { return nil }
    var map = ItemMap(from: from, to: to, questions: questions, values: values)
    map.marks = marks
    return map
  }
}
