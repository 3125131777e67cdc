import ArushaCore
import ArushaText

extension ScoreReport {
  /// One self-contained page (``scoreDocument()`` by the HTML writer): the header, the overall
  /// score, a radar chart with the threshold rings (bars below three factors), the factor
  /// table, and the findings as every other format lists them.
  ///
  /// An indicative score (scoring.md) follows a sentence on how much is answered, and is
  /// labelled "Indicative overall score". Text from the questionnaire or the response is
  /// escaped and, in element content, isolated in `<bdi>`; in attribute values, the page
  /// title and the chart it is escaped only (cli.md).
  public func html() -> String {
    let document = PrintableText.Destination.document
    return scoreDocument().html(
      title: "\(title(for: document)) — \(subject(for: document))", language: language)
  }
}
