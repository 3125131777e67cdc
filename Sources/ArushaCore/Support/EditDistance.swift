/// The closest candidate within an edit distance of 2, for "did you mean" suggestions.
///
/// Linear in the candidates, and cheap for each: a candidate whose length differs by more
/// than 2 is passed over without a comparison, and the comparison stops as soon as it passes 2
/// edits (a file with thousands of unknown names must not cost thousands × thousands of full
/// comparisons: issue 22).
///
/// - Parameters:
///   - word: What the author wrote.
///   - candidates: The names that would have been valid.
/// - Returns: The nearest candidate (the first on ties), or nil when none is within 2 edits.
func closestMatch(to word: String, in candidates: some Sequence<String>) -> String? {
  let target = Array(word.lowercased().unicodeScalars)
  // Past 2 edits no suggestion is made; a long word cannot be within 2 of a short name.
  guard target.count <= 200 else { return nil }
  var best: (name: String, distance: Int)?
  for candidate in candidates {
    let length = candidate.unicodeScalars.count
    guard abs(length - target.count) <= 2 else { continue }
    let limit = min(2, (best?.distance ?? 3) - 1)
    guard limit >= 0 else { break }
    if let distance = editDistance(
      target, Array(candidate.lowercased().unicodeScalars), atMost: limit)
    {
      best = (candidate, distance)
    }
  }
  return best?.name
}

/// The Levenshtein distance between `a` and `b` when it is at most `limit`, else nil; stops
/// as soon as every path costs more.
func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
  if a.isEmpty { return b.count <= limit ? b.count : nil }
  if b.isEmpty { return a.count <= limit ? a.count : nil }
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
    if rowMinimum > limit { return nil }
    swap(&previous, &current)
  }
  return previous[b.count] <= limit ? previous[b.count] : nil
}

/// Levenshtein distance between two strings, over Unicode scalars.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a.unicodeScalars)
  let b = Array(b.unicodeScalars)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
