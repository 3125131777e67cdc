/// OpenSSH's patterns (ssh_config(5), "PATTERNS"), as `match_pattern` and
/// `match_pattern_list` read them: `*` matches any run of characters, `?` any one character,
/// everything else itself; a list is comma-separated, and a pattern after `!` denies.
public enum SSHPattern {
  /// Whether `text` matches `pattern` (`*` and `?`; case-sensitive).
  public static func matches(_ text: String, pattern: String) -> Bool {
    let text = Array(text.unicodeScalars)
    let pattern = Array(pattern.unicodeScalars)
    // Iterative glob matching with one backtrack point: linear in practice, never recursive.
    var (t, p) = (0, 0)
    var star: Int?
    var resume = 0
    while t < text.count {
      if p < pattern.count, pattern[p] == "?" || (pattern[p] != "*" && pattern[p] == text[t]) {
        t += 1
        p += 1
      } else if p < pattern.count, pattern[p] == "*" {
        star = p
        resume = t
        p += 1
      } else if let star {
        p = star + 1
        resume += 1
        t = resume
      } else {
        return false
      }
    }
    while p < pattern.count, pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }

  /// What a pattern list says of `text`: `true` when a pattern matches and no `!` pattern
  /// does, `false` when a `!` pattern matches or none does.
  public static func matches(_ text: String, list: String) -> Bool {
    var positive = false
    for item in list.split(separator: ",", omittingEmptySubsequences: false) {
      let negated = item.hasPrefix("!")
      let pattern = negated ? String(item.dropFirst()) : String(item)
      guard matches(text, pattern: pattern) else { continue }
      if negated { return false }
      positive = true
    }
    return positive
  }
}
