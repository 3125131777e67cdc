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

extension Timestamp {
  /// Whether the time `left` is before `right`; an absent time (nil) is before every time.
  ///
  /// Both are times that ``isValid(_:)`` accepts: compared by their date and seconds, then by
  /// their fractional seconds as decimals (`…:00Z` is before `…:00.5Z`, which a comparison of
  /// the texts would not say).
  public static func precedes(_ left: String?, _ right: String?) -> Bool {
    guard let right else { return false }
    guard let left else { return true }
    let (leftSeconds, leftFraction) = parts(left)
    let (rightSeconds, rightFraction) = parts(right)
    if leftSeconds != rightSeconds { return leftSeconds < rightSeconds }
    let width = max(leftFraction.count, rightFraction.count)
    func padded(_ digits: Substring) -> String {
      digits + String(repeating: "0", count: width - digits.count)
    }
    return padded(leftFraction) < padded(rightFraction)
  }

  /// `2024-07-02T09:00:00` and the fractional digits (empty when none).
  private static func parts(_ text: String) -> (Substring, Substring) {
    let seconds = text.prefix(19)
    var fraction = text.dropFirst(19)
    if fraction.hasSuffix("Z") { fraction = fraction.dropLast() }
    if fraction.hasPrefix(".") { fraction = fraction.dropFirst() }
    return (seconds, fraction)
  }
}
