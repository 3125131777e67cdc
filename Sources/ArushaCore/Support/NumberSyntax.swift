/// The number syntax the formats accept.
///
/// Decimal integers and decimals with an optional exponent (`2`, `-1`, `0.5`, `.5`, `1e3`). YAML 1.1's other forms (`0x10`, `1_000`, `.inf`)
/// are refused, so that a value never means something its author did not see.
public enum NumberSyntax {
  /// The number `text` denotes, or nil.
  public static func parse(_ text: String) -> Double? {
    var scalars = Substring(text).unicodeScalars[...]
    if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
    let digits: ClosedRange<Unicode.Scalar> = "0"..."9"
    var mantissaDigits = 0
    while let next = scalars.first, digits.contains(next) {
      mantissaDigits += 1
      scalars = scalars.dropFirst()
    }
    if scalars.first == "." {
      scalars = scalars.dropFirst()
      while let next = scalars.first, digits.contains(next) {
        mantissaDigits += 1
        scalars = scalars.dropFirst()
      }
    }
    guard mantissaDigits > 0 else { return nil }
    if let e = scalars.first, e == "e" || e == "E" {
      scalars = scalars.dropFirst()
      if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
      guard let first = scalars.first, digits.contains(first) else { return nil }
      while let next = scalars.first, digits.contains(next) { scalars = scalars.dropFirst() }
    }
    guard scalars.isEmpty, let value = Double(text), value.isFinite else { return nil }
    return value
  }
}
