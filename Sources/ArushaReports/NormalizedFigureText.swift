import ArushaCore
import ArushaText
import Foundation

/// The words of a normalised key figure (issue 24), shared by the score and compare reports:
/// what it is per ("per 100 staff") and its value ("1.0 per 100 staff").
struct NormalizedFigureText {
  /// The questionnaire whose questions the figures are.
  let questionnaire: Questionnaire
  /// The report language.
  let language: String
  /// The tool's words in that language.
  let phrases: Phrases
  /// Where the text is read (``PrintableText``).
  let destination: PrintableText.Destination

  /// `text` in the report language, printable on ``destination``.
  private func localized(_ text: LocalizedText) -> String {
    PrintableText.sanitize(
      questionnaire.localized(text, in: language), for: destination, keepLineBreaks: false)
  }

  /// The denominator's number among the questions of the file ("Q3"), or its id when the
  /// questionnaire has no such question.
  func denominatorName(_ per: Question.Per) -> String {
    questionnaire.number(of: per.question).map(phrases.questionNumber)
      ?? PrintableText.sanitize(per.question, for: destination, keepLineBreaks: false)
  }

  /// "per 100 staff": the scale, then the denominator's `unit` in the number the scale takes
  /// (its `unit_singular` for one, ``Phrases/unit(_:count:singular:)``); "per 100 (Q3)" when
  /// the denominator has no unit.
  func label(_ per: Question.Per) -> String {
    // Searched factor by factor: `questions` would copy every question of the file first.
    var denominator: Question?
    search: for factor in questionnaire.factors {
      for question in factor.questions where question.id == per.question {
        denominator = question
        break search
      }
    }
    let scale = Tolerance.reported(per.scale)
    let unit = denominator?.unit.map {
      phrases.unit(
        localized($0), count: scale, singular: denominator?.unitSingular.map(localized))
    }
    return phrases.per(
      phrases.decimal(scale, digits: scale == scale.rounded() ? 0 : 2), unit: unit,
      denominator: denominatorName(per))
  }

  /// ``label(_:)`` with plain spaces, for JSON that tools read ("per 100 staff").
  func plainLabel(_ per: Question.Per) -> String {
    // Scalar by scalar, as Foundation's literal search replaced them, without its bridging.
    var scalars = String.UnicodeScalarView()
    for scalar in label(per).unicodeScalars { scalars.append(scalar == "\u{A0}" ? " " : scalar) }
    return String(scalars)
  }

  /// A normalised value as reports write it: one decimal, two below 1 so that a small rate
  /// does not read as 0.0 ("0.45").
  func number(_ value: Double) -> String {
    let reported = Tolerance.reported(value)
    return phrases.decimal(reported, digits: reported != 0 && abs(reported) < 1 ? 2 : 1)
  }

  /// "1.0 per 100 staff", or "per 100 staff: not available (no answer to Q3)"; nil for a
  /// figure without `per`, and for one that is itself not available.
  func text(_ figure: KeyFigure) -> String? {
    // A figure that is itself not available ("don't know") has nothing to divide: the report
    // says "not available" once, not again per its denominator with an empty reason.
    guard let per = figure.per, figure.isAvailable else { return nil }
    if let normalized = figure.normalized {
      return phrases.perValue(number(normalized), per: label(per))
    }
    let reason = figure.unavailable.map {
      phrases.unavailableReason($0, denominator: denominatorName(per))
    }
    return phrases.perUnavailable(per: label(per), reason: reason ?? "")
  }
}
