import ArushaCore
import Foundation

/// File names made from what people type: `Niger Customs` and `2024` → `niger-customs-2024.yaml`.
public enum SafeFileName {
  /// A response file name for an administration and round: accents folded, lowercase,
  /// anything but letters and digits turned into single dashes.
  ///
  /// A name or round with no Latin letter or digit (an Arabic or Chinese name) would fold to
  /// nothing, and two administrations would share one file: such a part is transliterated
  /// to Latin and followed by a short stable hash of its exact text (`الجمارك` →
  /// `aljmark-1a2b3c4d`), so that distinct names never meet in one file. Names with Latin
  /// letters keep the names they always had, so existing files still resume.
  public static func response(administration: String, round: String) -> String {
    let name = [part(administration), part(round)].filter { !$0.isEmpty }.joined(separator: "-")
    return (name.isEmpty ? "assessment" : String(name.prefix(100))) + ".yaml"
  }

  /// One part of the name: folded, or transliterated and hashed when folding leaves nothing.
  static func part(_ text: String) -> String {
    let folded = slug(text)
    guard folded.isEmpty, !text.allSatisfy(\.isWhitespace) else { return folded }
    let latin = slug(
      text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? "")
    let hash = String(
      Fingerprint.sha256(Array(text.precomposedStringWithCanonicalMapping.utf8)).prefix(8))
    return latin.isEmpty ? hash : String(latin.prefix(60)) + "-" + hash
  }

  /// Accents folded, lowercase ASCII letters and digits, other runs as one dash.
  static func slug(_ text: String) -> String {
    let folded = text.folding(
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
    return name
  }
}
