/// A small questionnaire of every question type for the fill-in form's tests (issue 28).
///
/// A scale allowing "not applicable", a yes/no shown only when the scale is at least 1, a
/// `multi` of three options (one of value -1), a number from 0 to 100 allowing "don't know",
/// a text, and a choice whose values 0, 5, 10 are keyed 1, 2, 3. Its form's rows are 9 to 17.
public enum FormFixture {
  /// The questionnaire's YAML.
  public static let questionnaire = """
    format: arusha/questionnaire-1
    id: form-fixture
    version: "1"
    title: {en: Form fixture, fr: Formulaire}
    languages: [en, fr]
    scales:
      m:
        - {value: 0, label: {en: None, fr: Aucun}}
        - {value: 1, label: {en: Some, fr: Partiel}}
        - {value: 2, label: {en: Full, fr: Complet}}
    factors:
      - id: f
        title: {en: F}
        questions:
          - {id: q1, type: scale, scale: m, allow_na: true, text: {en: Q1}, help: {en: H}}
          - {id: q2, type: yesno, when: q1 >= 1, text: {en: Q2}, help: {en: H}}
          - {id: q3, type: multi, options: [{value: 1, label: {en: A}}, {value: 2, label: {en: B}}, {value: -1, label: {en: C}}], text: {en: Q3}, help: {en: H}}
          - {id: q4, type: number, min: 0, max: 100, allow_unknown: true, required: false, text: {en: Q4}, help: {en: H}}
          - {id: q5, type: text, required: false, text: {en: Q5}, help: {en: H}}
          - {id: q6, type: choice, allow_unknown: false, options: [{value: 0, label: {en: Zero}}, {value: 5, label: {en: Five}}, {value: 10, label: {en: Ten}}], text: {en: Q6}, help: {en: H}}
    """
}
