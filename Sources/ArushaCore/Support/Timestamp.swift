/// ISO 8601 times in UTC as responses store them: `2024-07-02T09:00:00Z`, with optional
/// fractional seconds.
public enum Timestamp {
  /// Whether `text` is such a time.
  public static func isValid(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    let pattern = Array("dddd-dd-ddTdd:dd:dd".unicodeScalars)
    guard scalars.count >= pattern.count + 1, scalars.last == "Z" else { return false }
    for (index, expected) in pattern.enumerated() {
      let scalar = scalars[index]
      if expected == "d" ? !("0"..."9").contains(scalar) : scalar != expected { return false }
    }
    let rest = scalars[pattern.count..<(scalars.count - 1)]
    if rest.isEmpty { return true }
    return rest.first == "." && rest.count > 1
      && rest.dropFirst().allSatisfy { ("0"..."9").contains($0) }
  }
}
