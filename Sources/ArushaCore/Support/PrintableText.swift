/// Text from files made safe to print: a file from another administration must not be able
/// to drive the terminal (cli.md).
public enum PrintableText {
  /// `text` without control characters: C0 (except newline and tab, kept only when
  /// `keepLineBreaks`; else they become spaces), DEL, and C1.
  public static func sanitize(_ text: String, keepLineBreaks: Bool = true) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x09:
        result.append(keepLineBreaks ? scalar : " ")
      case 0x0D:
        if !keepLineBreaks { result.append(" ") }
      case 0x00...0x1F, 0x7F...0x9F:
        continue
      default:
        result.append(scalar)
      }
    }
    return String(result)
  }
}
