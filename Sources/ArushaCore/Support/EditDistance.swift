/// The closest candidate within an edit distance of 2, for "did you mean" suggestions.
///
/// Cheap for candidates that cannot be near: those whose length differs by more than 2 are
/// skipped, and each comparison stops as soon as the distance must exceed 2.
///
/// - Parameters:
///   - word: What the author wrote.
///   - candidates: The names that would have been valid.
/// - Returns: The nearest candidate (the first on ties), or nil when none is within 2 edits.
func closestMatch(to word: String, in candidates: some Sequence<String>) -> String? {
  let target = Array(word.lowercased().unicodeScalars)
  var best: (name: String, distance: Int)?
  for candidate in candidates {
    let limit = Swift.min(2, (best?.distance ?? 3) - 1)
    guard limit >= 0 else { break }
    let other = Array(candidate.lowercased().unicodeScalars)
    guard abs(other.count - target.count) <= limit else { continue }
    let distance = boundedEditDistance(target, other, limit: limit)
    if distance <= limit { best = (candidate, distance) }
  }
  return best?.name
}

/// A bound on "did you mean" work for one file: suggestions for the first
/// ``SuggestionBudget/limit`` unknown names, none after (issue 22: each suggestion compares the
/// name with every candidate, so a file with thousands of unknown names and thousands of ids
/// would cost their product).
///
/// A reference type, so that a checker holding one counts across its calls.
final class SuggestionBudget {
  /// How many unknown names get a suggestion: as many findings as text output shows for a file.
  static let limit = 100

  private var remaining = SuggestionBudget.limit

  /// The closest candidate, or nil once the budget is spent (candidates are then not built).
  func closest(to word: String, in candidates: @autoclosure () -> [String]) -> String? {
    guard remaining > 0 else { return nil }
    remaining -= 1
    return closestMatch(to: word, in: candidates())
  }
}

/// Levenshtein distance between two strings, over Unicode scalars.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a.unicodeScalars)
  let b = Array(b.unicodeScalars)
  return boundedEditDistance(a, b, limit: Swift.max(a.count, b.count))
}

/// Levenshtein distance between `a` and `b`, or `limit + 1` as soon as it must exceed `limit`.
func boundedEditDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
  if a.isEmpty { return Swift.min(b.count, limit + 1) }
  if b.isEmpty { return Swift.min(a.count, limit + 1) }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    var rowMinimum = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      rowMinimum = Swift.min(rowMinimum, current[j])
    }
    if rowMinimum > limit { return limit + 1 }
    swap(&previous, &current)
  }
  return Swift.min(previous[b.count], limit + 1)
}
