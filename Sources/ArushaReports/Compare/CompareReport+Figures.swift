import ArushaCore
import ArushaText

extension CompareReport {
  /// The words of the compared questionnaire's normalised key figures (issue 24).
  var normalizedFigureText: NormalizedFigureText {
    NormalizedFigureText(
      questionnaire: questionnaire, language: language, phrases: phrases, destination: .document)
  }

  /// The blocks of the normalised key figures: a heading, the matrix of each group's means,
  /// what each figure is, and how the means are made; none when no question has `per`.
  func figureBlocks() -> [ReportDocument.Block] {
    let questions = comparison.figureQuestions
    guard !questions.isEmpty else { return [] }
    let words = normalizedFigureText
    var blocks: [ReportDocument.Block] = [
      .heading([.text(phrases.normalizedFigures)], level: 2), .matrix(figuresMatrix),
    ]
    // What each figure is: its question in full, and what it is per.
    blocks.append(
      .note(
        questions.enumerated().flatMap { index, question -> [ReportDocument.Inline] in
          [
            .symbol((index == 0 ? "" : " · ") + figureName(question) + " = "),
            .text(localized(question.text, for: .document)),
            .symbol(" ("), .text(question.per.map(words.label) ?? ""), .symbol(")"),
          ]
        }))
    blocks.append(.note([.text(phrases.normalizedFiguresNote)]))
    return blocks
  }

  /// A figure's question by its number among the questions of the file ("Q12").
  func figureName(_ question: Question) -> String {
    questionnaire.number(of: question.id).map(phrases.questionNumber)
      ?? clean(question.id, for: .document)
  }

  /// One row per group, one measure per normalised key figure: the mean of its responses'
  /// normalised values, "—" where none has one and for a suppressed group.
  var figuresMatrix: ReportDocument.Matrix {
    let words = normalizedFigureText
    let questions = comparison.figureQuestions
    let measures = questions.map { question -> ReportDocument.Matrix.Measure in
      let name = figureName(question)
      let per = question.per.map(words.label) ?? ""
      let unit = question.unit.map { " " + localized($0, for: .document) } ?? ""
      return .init(
        header: [.text(name)], label: [.text(name + unit + " " + per)],
        tip: localized(question.text, for: .document) + " (" + per + ")", width: 20)
    }
    let groups = comparison.groups
    return ReportDocument.Matrix(
      names: [[.text(phrases.administration)], [.text(phrases.round)]],
      entries: groups.map { group in
        let round = roundCell(group.round, mapped: group.isMapped)
        return .init(
          names: [[.text(group.administration)], round],
          heading: ([.text(group.administration)], round),
          legend: [.text(groupName(group, for: .document))])
      },
      measures: measures,
      cells: groups.map { group in
        questions.indices.map { index in
          let mean =
            group.suppressed || index >= group.figures.count ? nil : group.figures[index].mean
          let text = mean.map(words.number) ?? phrases.decimal(nil)
          let format: Workbook.NumberFormat = abs(mean ?? 1) < 1 ? .fraction : .score
          return ReportDocument.Matrix.Cell([.figure(text, value: mean, format: format)])
        }
      }, mark: "G")
  }

  /// The normalised key figures of `group` in JSON: by question id, the mean and how many
  /// responses give one (`n`).
  func writeFigures(_ json: inout JSONWriter, _ group: Comparison.Group) {
    let questions = comparison.figureQuestions
    guard !questions.isEmpty else { return }
    json.member("figures")
    json.object { json in
      for (question, figure) in zip(questions, group.figures) {
        json.member(clean(question.id, for: .document))
        json.object { json in
          json.member("normalized")
          json.number(figure.mean)
          json.member("n")
          json.integer(figure.responses)
        }
      }
    }
  }

  /// The compared questionnaire's normalised key figures in JSON: each question's id, its
  /// denominator's id, the scale and what it is per in the report language.
  func writeFigureQuestions(_ json: inout JSONWriter) {
    let questions = comparison.figureQuestions
    guard !questions.isEmpty else { return }
    let words = normalizedFigureText
    json.member("figures")
    json.array { json in
      for question in questions {
        guard let per = question.per else { continue }
        json.object { json in
          json.member("question")
          json.string(clean(question.id, for: .document))
          json.member("per")
          json.string(clean(per.question, for: .document))
          json.member("scale")
          json.number(per.scale)
          json.member("label")
          json.string(words.plainLabel(per))
        }
      }
    }
  }
}
