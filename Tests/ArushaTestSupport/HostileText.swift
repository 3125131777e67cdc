import ArushaCore
import Foundation
import Testing

/// The hostile fixture (`Tests/ArushaCoreTests/Fixtures/hostile`): a questionnaire and a
/// response whose every text carries an OSC title sequence, BEL, C1 CSI U+009B, an open U+202E,
/// backspace and DEL beside é, 漢字 and Arabic; and the checks that no output passes them on.
public enum HostileText {
  /// The fixture folder.
  public static let folder = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/hostile")

  /// The letters that must survive every output.
  public static let survivors = ["é", "漢字", "الجمارك"]

  /// The response's administration as a document shows it: a name, so its controls shown as
  /// pictures or spelled (PrintableText.name, issue 22), U+202E kept.
  public static let administrationInDocument =
    "Admin␛]0;pwned␇ <U+009B>31m\u{202E}␈␡é 漢字 الجمارك"
  /// The response's administration as a terminal shows it: U+202E out as well.
  public static let administrationOnTerminal = "Admin␛]0;pwned␇ <U+009B>31m␈␡é 漢字 الجمارك"

  /// The fixture questionnaire's bytes.
  public static func questionnaireBytes() throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
  }

  /// The fixture questionnaire, decoded.
  public static func questionnaire() throws -> Questionnaire {
    let result = QuestionnaireDecoder().decode(try questionnaireBytes())
    return try #require(result.questionnaire, "\(result.diagnostics)")
  }

  /// The fixture response's text, with `sha256` as its questionnaire's fingerprint.
  public static func responseText(sha256: String? = nil) throws -> String {
    let text = try String(
      contentsOf: folder.appendingPathComponent("response.yaml"), encoding: .utf8)
    guard let sha256 else { return text }
    return text.replacingOccurrences(of: String(repeating: "0", count: 64), with: sha256)
  }

  /// The fixture response, decoded against the fixture questionnaire.
  public static func response() throws -> Response {
    let header = ResponseDecoder.header(Array(try responseText().utf8))
    let decoded = try #require(header.header, "\(header.diagnostics)")
    let result = ResponseDecoder.decode(decoded, questionnaire: try questionnaire())
    return try #require(result.response, "\(result.diagnostics)")
  }

  /// Every code point of `output` that must not be there, as `U+XXXX` with what precedes it.
  ///
  /// That is C0 controls except those in `allowed` (a format's own line ends), DEL, C1 and,
  /// when `terminal`, the bidirectional format characters of cli.md. Empty when clean.
  public static func forbidden(
    in output: String, terminal: Bool, allowed: Set<Unicode.Scalar> = ["\n"]
  ) -> [String] {
    var found: [String] = []
    let scalars = Array(output.unicodeScalars)
    for (index, scalar) in scalars.enumerated() where !allowed.contains(scalar) {
      let value = scalar.value
      let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
      let isBidi =
        [0x061C, 0x200E, 0x200F].contains(value) || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value)
      guard isControl || (terminal && isBidi) else { continue }
      var context = String.UnicodeScalarView()
      context.append(contentsOf: scalars[max(0, index - 12)..<index])
      found.append(
        "U+\(String(value, radix: 16, uppercase: true)) after '\(String(context).debugDescription)'"
      )
    }
    return found
  }

  /// The `survivors` missing from `output`.
  public static func missingSurvivors(in output: String) -> [String] {
    survivors.filter { !output.contains($0) }
  }
}
