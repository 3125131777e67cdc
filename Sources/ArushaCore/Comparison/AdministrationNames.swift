import Foundation

/// Administration names that are probably one administration written two ways.
///
/// They differ only by case, spacing, Unicode normalisation or invisible characters.
/// `compare` keeps them apart (a comparison never guesses) and says so, so that the files
/// can be corrected.
public enum AdministrationNames {
  /// The groups of two or more distinct names (told apart byte by byte) that fold to the same
  /// text, each group's names in code-point order, the groups in the order of their first name.
  public static func probableDuplicates(_ names: some Sequence<String>) -> [[String]] {
    var byFold: [String: [String]] = [:]
    var seen: Set<[UInt8]> = []
    for name in names where seen.insert(Array(name.utf8)).inserted {
      byFold[folded(name), default: []].append(name)
    }
    return byFold.values.filter { $0.count > 1 }
      .map { $0.sorted(by: NaturalOrder.codePointPrecedes) }
      .sorted { NaturalOrder.codePointPrecedes($0[0], $1[0]) }
  }

  /// `name` without what does not tell two administrations apart: compatibility-normalised
  /// (NFKC), lowercased, invisible characters (format controls such as U+200B, U+00AD,
  /// U+FEFF) and control characters removed, every run of spaces one space, no space at either end.
  public static func folded(_ name: String) -> String {
    // ASCII needs no compatibility mapping (NFKC leaves it as it is): thousands of names
    // are folded at once, and most are plain ASCII.
    let ascii = name.utf8.allSatisfy { $0 < 0x80 }
    let normalized = ascii ? name : name.precomposedStringWithCompatibilityMapping
    return PrintableText.visibleWords(normalized.lowercased().unicodeScalars)
  }
}
