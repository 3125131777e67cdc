/// The orders in which `arusha compare` lists administrations and rounds (scoring.md).
public enum NaturalOrder {
  /// Whether `left` sorts before `right` in natural order: runs of ASCII digits compare as
  /// numbers ("2" < "10", "2024" < "2024-2"), everything else by Unicode code point.
  ///
  /// Equal numbers written differently ("7" and "07") are ordered by the shorter run first,
  /// so that the order is total and only equal texts compare equal.
  public static func precedes(_ left: String, _ right: String) -> Bool {
    compare(left, right) < 0
  }

  /// Whether `left` sorts before `right` by Unicode code points, scalar by scalar.
  public static func codePointPrecedes(_ left: String, _ right: String) -> Bool {
    left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars)
  }

  /// −1, 0 or 1 as `left` sorts before, with or after `right` in natural order.
  public static func compare(_ left: String, _ right: String) -> Int {
    let a = Array(left.unicodeScalars)
    let b = Array(right.unicodeScalars)
    var i = 0
    var j = 0
    var tieBreak = 0
    while i < a.count, j < b.count {
      if isDigit(a[i]), isDigit(b[j]) {
        let startA = i
        let startB = j
        while i < a.count, isDigit(a[i]) { i += 1 }
        while j < b.count, isDigit(b[j]) { j += 1 }
        // Compare the runs as numbers: without leading zeros, the longer is larger, then digit by digit.
        var zerosA = startA
        while zerosA < i - 1, a[zerosA] == "0" { zerosA += 1 }
        var zerosB = startB
        while zerosB < j - 1, b[zerosB] == "0" { zerosB += 1 }
        let lengthA = i - zerosA
        let lengthB = j - zerosB
        if lengthA != lengthB { return lengthA < lengthB ? -1 : 1 }
        for offset in 0..<lengthA where a[zerosA + offset] != b[zerosB + offset] {
          return a[zerosA + offset].value < b[zerosB + offset].value ? -1 : 1
        }
        if tieBreak == 0, i - startA != j - startB { tieBreak = i - startA < j - startB ? -1 : 1 }
      } else {
        if a[i] != b[j] { return a[i].value < b[j].value ? -1 : 1 }
        i += 1
        j += 1
      }
    }
    if i < a.count { return 1 }
    if j < b.count { return -1 }
    return tieBreak
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }
}
