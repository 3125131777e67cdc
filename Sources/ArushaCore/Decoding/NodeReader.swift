import ArushaYAML
import Foundation

/// Reads typed values out of YAML nodes, recording a diagnostic for each misfit.
///
/// It records and goes on, so one run reports every problem. Shared by the questionnaire and
/// response decoders.
struct NodeReader {
  /// The keys of a mapping that passed the key checks, with their pairs.
  struct Fields {
    let node: YAMLNode
    /// The known keys in source order, each once (a duplicate key was dropped by the loader).
    ///
    /// An object has at most a few dozen keys, so a scan costs less than hashing.
    let pairs: [(key: String, pair: YAMLNode.Pair)]

    private func pair(_ key: String) -> YAMLNode.Pair? {
      pairs.first { $0.key == key }?.pair
    }

    subscript(key: String) -> YAMLNode? { pair(key)?.value }

    /// The value of `key` unless it is absent or null.
    func present(_ key: String) -> YAMLNode? {
      guard let value = pair(key)?.value else { return nil }
      if value.scalar?.isNull == true { return nil }
      return value
    }

    func keyMark(_ key: String) -> SourceMark { pair(key)?.key.reportMark ?? node.reportMark }
  }

  var diagnostics: [Diagnostic] = []

  /// Loads `bytes` within `limits` and reads its root with `read`, recording every finding.
  ///
  /// The loader's refusal alone when the bytes cannot be loaded, else its problems and
  /// `read`'s, sorted by position. Shared by the decoders of the small formats (maps, plans).
  static func decode<Value>(
    _ bytes: [UInt8], limits: YAMLLoader.Limits,
    read: (YAMLNode, inout NodeReader) -> Value?
  ) -> (value: Value?, diagnostics: [Diagnostic]) {
    let document: YAMLDocument
    do {
      document = try YAMLLoader(limits: limits).load(bytes)
    } catch {
      return (nil, [Diagnostic(error)])
    }
    var reader = NodeReader()
    reader.diagnostics = document.problems.map(Diagnostic.init)
    let value = read(document.root, &reader)
    return (value, reader.diagnostics.sortedByPosition())
  }
  /// How many more "did you mean" searches this file may make (issue 22: a hostile file has
  /// tens of thousands of near misses, and the text report shows the first 100 findings).
  private var suggestionsLeft = ConditionChecker.suggestionsPerFile

  /// What `search` suggests ("did you mean", a slug spelled right), while this file's
  /// searches last; nil after ``ConditionChecker/suggestionsPerFile`` of them.
  mutating func suggestion(_ search: () -> String?) -> String? {
    guard suggestionsLeft > 0 else { return nil }
    suggestionsLeft -= 1
    return search()
  }

  /// Records an error; its message is a member of DiagnosticMessages.swift.
  mutating func error(
    _ message: Diagnostic.Message, at mark: SourceMark, notes: [Diagnostic.Note] = [],
    suggestion: String? = nil
  ) {
    diagnostics.append(.error(message, at: mark, notes: notes, suggestion: suggestion))
  }

  /// Records a warning; its message is a member of DiagnosticMessages.swift.
  mutating func warning(_ message: Diagnostic.Message, at mark: SourceMark) {
    diagnostics.append(.warning(message, at: mark))
  }

  /// Checks `node` is a mapping of `object`: unknown keys (with a suggestion), missing
  /// required keys, keys that are not plain text.
  mutating func fields(of node: YAMLNode, as object: FormatSchema.Object, required: [String]? = nil)
    -> Fields?
  {
    guard let pairs = node.mapping else {
      error(.notAMapping(object.noun, found: node), at: node.reportMark)
      return nil
    }
    var known: [(key: String, pair: YAMLNode.Pair)] = []
    known.reserveCapacity(pairs.count)
    for pair in pairs {
      guard let key = pair.key.scalar?.text else {
        error(.keyNotText(found: pair.key), at: pair.key.reportMark)
        continue
      }
      if object.properties.contains(where: { $0.name == key }) {
        known.append((key, pair))
      } else {
        unknownKey(key, at: pair.key.reportMark, in: object.noun, candidates: object.keys)
      }
    }
    if let required {
      for key in required where !known.contains(where: { $0.key == key }) {
        error(.missingKey(key, in: object.noun), at: node.reportMark)
      }
    } else {
      for property in object.properties
      where property.required && !known.contains(where: { $0.key == property.name }) {
        error(.missingKey(property.name, in: object.noun), at: node.reportMark)
      }
    }
    return Fields(node: node, pairs: known)
  }

  mutating func unknownKey(
    _ key: String, at mark: SourceMark, in noun: String, candidates: [String]
  ) {
    if key == "<<" {
      error(.mergeKey(in: noun), at: mark, notes: [.init(.mergeKeyAdvice, at: mark)])
    } else {
      let match = suggestion { closestMatch(to: key, in: candidates) }
      error(.unknownKey(key, in: noun, suggestion: match), at: mark, suggestion: match)
    }
  }

  /// A scalar's text; null, lists and mappings are errors.
  ///
  /// `what` is built only for an error.
  mutating func string(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
    guard let scalar = node.scalar, !scalar.isNull else {
      error(.notAString(what(), found: node), at: node.reportMark)
      return nil
    }
    return scalar.text
  }

  /// A non-empty string.
  ///
  /// `what` is built only for an error.
  mutating func nonEmptyString(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
    guard let text = string(node, what()) else { return nil }
    if text.allSatisfy(\.isWhitespace) {
      error(.empty(what()), at: node.reportMark)
      return nil
    }
    return text
  }

  /// An id: `[a-z0-9][a-z0-9._-]*`.
  mutating func slug(_ node: YAMLNode, _ what: String) -> String? {
    guard let text = string(node, what) else { return nil }
    guard Slug.isValid(text) else {
      let fixed = suggestion { Slug.suggestion(for: text) }
      error(.invalidSlug(text, what, suggestion: fixed), at: node.reportMark, suggestion: fixed)
      return nil
    }
    return text
  }

  /// A number written plainly: `2`, `-0.5`, `1e3`.
  mutating func number(_ node: YAMLNode, _ what: String) -> Double? {
    guard let scalar = node.scalar, !scalar.isNull else {
      error(.notANumber(what, found: node), at: node.reportMark)
      return nil
    }
    guard let value = NumberSyntax.parse(scalar.text) else {
      error(.notANumber(what, found: node), at: node.reportMark)
      return nil
    }
    guard scalar.isPlain else {
      error(.quotedNumber(what, scalar.text), at: node.reportMark)
      return nil
    }
    return value
  }

  /// A number > 0.
  mutating func positiveNumber(_ node: YAMLNode, _ what: String) -> Double? {
    guard let value = number(node, what) else { return nil }
    guard value > 0 else {
      error(.notPositive(what, value), at: node.reportMark)
      return nil
    }
    return value
  }

  /// A number within ±1,000,000,000 (option values and number bounds, questionnaire-format.md),
  /// so that no computation on it can overflow.
  mutating func boundedNumber(_ node: YAMLNode, _ what: String) -> Double? {
    guard let value = number(node, what) else { return nil }
    guard abs(value) <= 1e9 else {
      error(.outOfNumberRange(what, value), at: node.reportMark)
      return nil
    }
    return value
  }

  /// A weight: 0 < w ≤ 1000 (questionnaire-format.md), so that no sum of weights overflows.
  mutating func weight(_ node: YAMLNode, _ what: String) -> Double? {
    guard let value = positiveNumber(node, what) else { return nil }
    guard value <= 1000 else {
      error(.weightTooLarge(what, value), at: node.reportMark)
      return nil
    }
    return value
  }

  /// A whole number.
  mutating func integer(_ node: YAMLNode, _ what: String) -> Int? {
    guard let value = number(node, what) else { return nil }
    guard value == value.rounded(), abs(value) < 1e9 else {
      error(.notAWholeNumber(what, value), at: node.reportMark)
      return nil
    }
    return Int(value)
  }

  private static let trueWords: Set<String> = [
    "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y",
  ]
  private static let falseWords: Set<String> = [
    "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N",
  ]

  /// `true` or `false` (YAML 1.1's `yes`/`no`/`on`/`off` too), written plainly.
  mutating func bool(_ node: YAMLNode, _ what: String) -> Bool? {
    if let scalar = node.scalar {
      let known = Self.trueWords.contains(scalar.text) || Self.falseWords.contains(scalar.text)
      if known, !scalar.isPlain {
        error(.quotedBoolean(what, scalar.text), at: node.reportMark)
        return nil
      }
      if Self.trueWords.contains(scalar.text) { return true }
      if Self.falseWords.contains(scalar.text) { return false }
    }
    error(.notABoolean(what, found: node), at: node.reportMark)
    return nil
  }

  /// One of `choices`, with a suggestion for a near miss.
  mutating func oneOf(_ node: YAMLNode, _ choices: [String], _ what: String) -> String? {
    guard let text = string(node, what) else { return nil }
    guard choices.contains(text) else {
      let match = suggestion { closestMatch(to: text, in: choices) }
      error(
        .notOneOf(what, text, choices: choices, suggestion: match), at: node.reportMark,
        suggestion: match)
      return nil
    }
    return text
  }

  /// A list's items; anything else is an error.
  mutating func list(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
    guard let items = node.sequence else {
      error(.notAList(what, found: node), at: node.reportMark)
      return nil
    }
    return items
  }
}

extension Slug {
  /// The slug an author most likely meant: lowercased, spaces as '-', other characters dropped.
  static func suggestion(for text: String) -> String? {
    var result = ""
    let folded = text.folding(options: [.diacriticInsensitive], locale: Locale(identifier: "en"))
    for scalar in folded.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        || ".-_".unicodeScalars.contains(scalar)
      {
        result.unicodeScalars.append(scalar)
      } else if scalar == " " {
        result += "-"
      }
    }
    while let first = result.unicodeScalars.first, !Slug.isValid(String(first)) {
      result.removeFirst()
    }
    return Slug.isValid(result) && result != text ? result : nil
  }
}
