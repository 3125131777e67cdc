import ArushaCore
import ArushaText

extension ScoringSettings {
  /// Where `level` stands among the levels for colouring: 0 (the lowest band) to 3 (the
  /// highest), spread evenly whatever the number of bands; nil without a level.
  func tone(of level: ScoreLevel?) -> Int? {
    guard let level, let index = levels.firstIndex(of: level) else { return nil }
    return levels.count <= 1 ? 3 : Int((Double(index) * 3 / Double(levels.count - 1)).rounded())
  }

  /// The two dashed rings of the radar charts: the strength and improvement thresholds.
  func thresholdRings(_ phrases: Phrases) -> [(value: Double, label: String, colour: String)] {
    [
      (
        strength, "\(phrases.strengthThreshold) ≥ \(phrases.decimal(strength, digits: 0))",
        "#1a7f37"
      ),
      (
        improvement, "\(phrases.improvementThreshold) < \(phrases.decimal(improvement, digits: 0))",
        "#b42318"
      ),
    ]
  }
}

extension TextStyle.Tone {
  /// The terminal colour of a level tone from ``ScoringSettings/tone(of:)``: red, yellow, cyan, green.
  static func level(_ tone: Int) -> TextStyle.Tone {
    [.red, .yellow, .cyan, .green][min(max(tone, 0), 3)]
  }
}
