/// Language codes as the formats accept them: ISO 639 (`en`, `fr`, `fil`) with optional
/// subtags (`pt-BR`).
public enum LanguageCode {
  /// Whether `code` is well formed.
  public static func isValid(_ code: String) -> Bool {
    let parts = code.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, (2...3).contains(first.count),
      first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) })
    else { return false }
    return parts.dropFirst().allSatisfy { part in
      (2...8).contains(part.count)
        && part.unicodeScalars.allSatisfy {
          ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
    }
  }
}
