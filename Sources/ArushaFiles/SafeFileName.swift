import Foundation

/// File names made from what people type: `Niger Customs` and `2024` → `niger-customs-2024.yaml`.
public enum SafeFileName {
  /// A response file name for an administration and round: accents folded, lowercase,
  /// anything but letters and digits turned into single dashes.
  public static func response(administration: String, round: String) -> String {
    let folded = "\(administration)-\(round)".folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en")
    )
    .lowercased()
    var name = ""
    for scalar in folded.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        name.unicodeScalars.append(scalar)
      } else if !name.hasSuffix("-"), !name.isEmpty {
        name += "-"
      }
    }
    while name.hasSuffix("-") { name.removeLast() }
    return (name.isEmpty ? "assessment" : String(name.prefix(100))) + ".yaml"
  }
}
