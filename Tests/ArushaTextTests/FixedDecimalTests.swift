import ArushaCore
import Testing

@testable import ArushaText

/// ``fixed(_:digits:)`` and ``Phrases/decimal(_:digits:)`` write what they wrote before they
/// were made to write their digits into a buffer (issue 29).
@Suite struct FixedDecimalTests {
  /// `fixed` as it was: strings joined.
  static func fixedBefore(_ value: Double, digits: Int) -> String {
    let value = Tolerance.reported(value)
    guard value.isFinite else { return "—" }
    guard abs(value) < 1e15 else { return String(value) }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let units = Int64((abs(value) * scale).rounded())
    let whole = units / Int64(scale)
    let fraction = units % Int64(scale)
    var text = String(whole)
    if digits > 0 {
      let fractionText = String(fraction)
      text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
    return (value < 0 && units != 0 ? "-" : "") + text
  }

  /// Values around the roundings and the limits, both signs.
  static let values: [Double] = {
    var values: [Double] = [
      0, -0.0, 0.04, 0.05, 0.05000000001, 0.95, 0.999_999_999_9, 1e-10, 61.25, 61.35, 99.95,
      100, 1234.5, 9999.95, 12_345.678, 999_999.999, 1e14, 999_999_999_999_999, 1e15, 1e300,
      .infinity, .nan, 2.5e-5, 51.736111111111114,
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      values.append(Double.random(in: 0..<200, using: &generator))
      values.append(Double(Int.random(in: 0..<2_000_000, using: &generator)) / 1000)
    }
    return values + values.map { -$0 }
  }()

  @Test func fixedWritesWhatItWrote() {
    var differing: [String] = []
    for value in Self.values {
      for digits in 0...3
      where fixed(value, digits: digits) != Self.fixedBefore(value, digits: digits) {
        differing.append("\(value) \(digits)")
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
  }

  @Test func decimalWritesWhatItWrote() {
    var differing: [String] = []
    for language in ["en", "fr"] {
      let phrases = Phrases(language)
      for value in Self.values {
        // As it was: the point replaced by the language's through string slices.
        let text = Self.fixedBefore(value, digits: 1)
        let expected: String
        if let point = text.firstIndex(of: "."),
          text.distance(from: text.startIndex, to: point) - (text.hasPrefix("-") ? 1 : 0) < 5
        {
          expected =
            String(text[..<point]) + (language == "fr" ? "," : ".")
            + String(text[text.index(after: point)...])
        } else {
          expected = phrases.decimal(value)
        }
        if phrases.decimal(value) != expected { differing.append("\(language) \(value)") }
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
    #expect(Phrases("fr").decimal(61.25) == "61,3")
    #expect(Phrases("fr").decimal(12_345.6) == "12\u{202F}345,6")
    #expect(Phrases("en").decimal(-0.04) == "0.0")
  }
}
