import ArushaCore
import ArushaText

extension ScoreReport {
  /// The words of this report's normalised key figures (issue 24), for `destination`.
  func normalizedFigures(for destination: PrintableText.Destination) -> NormalizedFigureText {
    NormalizedFigureText(
      questionnaire: questionnaire, language: language, phrases: phrases,
      destination: destination)
  }

  /// Whether some question of the questionnaire has `per`, so that the Questions sheet and
  /// the items CSV carry its normalised value.
  var hasNormalizedFigures: Bool { questionnaire.questions.contains { $0.per != nil } }

  /// What follows a key figure's value in the list of key figures: " · 1.0 per 100 staff",
  /// or " · per 100 staff: not available (no answer to Q3)"; nothing without `per`.
  func normalizedRuns(_ figure: KeyFigure) -> [ReportDocument.Inline] {
    guard let text = normalizedFigures(for: .document).text(figure) else { return [] }
    return [" · ", .text(text)]
  }

  /// The `per` member of a key figure in JSON, when its question has `per`: the denominator's
  /// id, the scale, what the figure is per in the report language, and why there is no
  /// normalised value (`missing`, `unknown`, `na`, `hidden`, `zero`, `negative`) or null.
  func perMembers(_ figure: KeyFigure) -> [JSONValue.Member] {
    guard let per = figure.per else { return [] }
    return [
      .init(
        "per",
        .object([
          .init("question", .string(clean(per.question, for: .document))),
          .init("scale", .number(per.scale)),
          .init("label", .string(normalizedFigures(for: .document).plainLabel(per))),
          .init("unavailable", .string(figure.unavailable?.rawValue)),
        ]))
    ]
  }

  /// The Questions sheet's columns of normalised values: the value, then what it is per.
  var normalizedColumns: [ReportDocument.Column] {
    [
      .init([.text(phrases.normalizedHeader)], alignment: .trailing),
      .init([.text(phrases.perHeader)], width: 30),
    ]
  }

  /// The cells of ``normalizedColumns`` for question `id`: its normalised value (two decimals
  /// below 1) and "per 100 staff", or no value and why ("per 100 staff: not available (no
  /// answer to Q3)"); empty cells for a question without `per` or without a key figure.
  func normalizedCells(_ id: String) -> [[ReportDocument.Inline]] {
    guard let figure = keyFigure(id), let per = figure.per else { return [[], []] }
    let words = normalizedFigures(for: .document)
    guard let value = figure.normalized else { return [[], [.text(words.text(figure) ?? "")]] }
    let format: Workbook.NumberFormat = abs(value) < 1 ? .fraction : .score
    return [
      [.figure(words.number(value), value: value, format: format)], [.text(words.label(per))],
    ]
  }

  /// The items CSV's cells for question `id`: its normalised value, its denominator's id and
  /// why there is no normalised value (JSON's words); empty for a question without `per` or
  /// without a key figure.
  func normalizedCSVCells(_ id: String) -> [CSVTable.Cell] {
    guard let figure = keyFigure(id), let per = figure.per else {
      return [.text(""), .text(""), .text("")]
    }
    return [
      .number(figure.normalized), .text(per.question), .text(figure.unavailable?.rawValue ?? ""),
    ]
  }

  /// The key figure of question `id`, when it is one.
  func keyFigure(_ id: String) -> KeyFigure? {
    score.figures.first { $0.question == id }
  }
}
