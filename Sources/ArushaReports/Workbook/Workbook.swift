/// An Excel workbook (OOXML SpreadsheetML) as the parts of its package, before any zipping.
///
/// The report types build one (``ScoreReport/workbook()``, ``CompareReport/workbook()``) and
/// ``parts()`` writes the XML of every part; the application layer puts the parts in a ZIP
/// archive (ArushaFiles), so this module needs no ZIP library. Every text cell is written as an
/// inline string (`t="inlineStr"`), never as a formula: a cell from another administration's
/// file that reads `=HYPERLINK(…)`, `+1` or `@x` stays that text. Numbers are numeric cells
/// with a number format, the header row is bold and frozen, and each column has a width.
public struct Workbook: Sendable, Hashable {
  /// The document's title (`docProps/core.xml`), shown by Excel in the file's properties.
  public var title: String
  /// Its subject, such as "Niger Customs, round 2024".
  public var subject: String
  /// The language of its words, `en` or `fr` (`dc:language`).
  public var language: String
  /// The sheets, in tab order; the first one is selected when the file opens.
  public var sheets: [Sheet]

  /// Creates a workbook.
  ///
  /// - Parameters:
  ///   - title: The document's title.
  ///   - subject: Its subject.
  ///   - language: The language of its words.
  ///   - sheets: The sheets, in tab order.
  public init(title: String, subject: String, language: String, sheets: [Sheet]) {
    self.title = title
    self.subject = subject
    self.language = language
    self.sheets = sheets
  }
}
