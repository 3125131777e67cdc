/// The identifier syntax of ids: `[a-z0-9][a-z0-9._-]*`.
public enum Slug {
  /// Whether `text` is a valid slug.
  public static func isValid(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, isAlphanumeric(first) else { return false }
    return text.unicodeScalars.allSatisfy {
      isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-"
    }
  }

  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
  }
}
