import ArushaCore
import ArushaText

/// A report as an ordered document of headings, paragraphs, tables and lists, independent of
/// the format it is written in (issue 23).
///
/// Each report kind builds one document from its figures; each presentation format has one
/// writer (``markdown()`` now; the terminal, HTML and workbook writers follow, one report at a
/// time). A new figure is then one change here and in the report that builds it, not one per
/// format. JSON and CSV keep their spec-fixed field names and are written from the same figures
/// without going through a document. The pattern is swift-argument-parser's `ToolInfoV0`: one
/// intermediate model feeding several outputs.
///
/// Text in a document is as the report means it (already in the report language and on one
/// line); each writer makes it safe for its format (Markdown escapes, HTML entities,
/// ``PrintableText`` for the destination).
public struct ReportDocument: Sendable {
  /// Runs of text inside a paragraph, a list item or a table cell.
  public enum Inline: Sendable, Hashable {
    /// Text, from the tool or from a file: every writer escapes it for its format.
    case text(String)
    /// A mark the tool draws (`#`, ★, ▲), never from a file: written as it is.
    case symbol(String)
    /// Runs set in bold.
    case strong([Inline])
    /// Runs set in bold that warn (a critical cap): red where the format has colour.
    case alert([Inline])
    /// Runs set in italics.
    case emphasis([Inline])
    /// Runs in the colour of a maturity level where the format has colour: `tone` is where the
    /// level stands among the questionnaire's levels, 0 (the lowest band) to 3 (the highest),
    /// nil for none (``ScoringSettings/tone(of:)``).
    case level([Inline], tone: Int?)
    /// Runs that say a figure went well (`rising`: a strength, a rise; green) or badly (an
    /// area for improvement, a fall; red) where the format has colour.
    case trend([Inline], rising: Bool)
    /// Runs with an explanation a reader gets on demand (`note`: HTML's `<abbr title>`, shown
    /// on hover); formats without it write the runs alone, the explanation standing in a note
    /// beside them (the mark † of a mapped round).
    case explained([Inline], note: String)
    /// A figure the tool computed: `text` as a page writes it ("61.3", "83 %", "—"), `value`
    /// unrounded for a spreadsheet's numeric cell shown with `format` (nil: an empty cell).
    case figure(String, value: Double?, format: Workbook.NumberFormat)
    /// Runs a page adds to a cell for what a spreadsheet has in a column of its own (the ★ of
    /// a strength, a question's number, « (critical) »): every writer but the workbook's
    /// writes them.
    case aside([Inline])
  }

  /// Where a column is shown.
  public enum Presence: Sendable, Hashable {
    /// In every format.
    case everywhere
    /// Only in a spreadsheet: identifiers to join on, yes/no flags and detail a reader of a
    /// page does not need, which a page leaves out.
    case spreadsheet
    /// Only on a page: a word that says in one column what a spreadsheet has in columns of
    /// its own (a factor's finding, for its yes/no columns).
    case page
  }

  /// How a column's cells line up.
  public enum Alignment: Sendable, Hashable {
    case leading, trailing
  }

  /// What a writer with a fixed line width (the terminal) does with a text too long for its
  /// column.
  public enum Overflow: Sendable, Hashable {
    /// Wraps it onto the next lines of its row.
    case wrap
    /// Cuts the text with "…", keeping the marks that follow it (◆, †): for a column whose
    /// full text the other formats show, where one line per row reads better.
    case cut
  }

  /// One column of a ``Table``.
  public struct Column: Sendable, Hashable {
    /// The header.
    public var header: [Inline]
    /// How its cells line up (figures: trailing).
    public var alignment: Alignment
    /// What a fixed-width writer does with a text too long for the column.
    public var overflow: Overflow
    /// Where the column is shown.
    public var presence: Presence
    /// Its width in a spreadsheet, in characters, its text wrapping within it (a question, a
    /// column to fill in); nil to fit its cells on one line.
    public var width: Double?

    /// Creates a column.
    public init(
      _ header: [Inline], alignment: Alignment = .leading, overflow: Overflow = .wrap,
      presence: Presence = .everywhere, width: Double? = nil
    ) {
      self.header = header
      self.alignment = alignment
      self.overflow = overflow
      self.presence = presence
      self.width = width
    }
  }

  /// A table: columns and rows of cells, each cell a run of inlines (empty for a cell left to
  /// fill in).
  public struct Table: Sendable, Hashable {
    /// The columns, in order.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[[Inline]]]

    /// Creates a table.
    public init(columns: [Column], rows: [[[Inline]]]) {
      self.columns = columns
      self.rows = rows
    }

    /// The table as a page shows it: without its spreadsheet-only columns.
    var onPage: Table { keeping { $0 != .spreadsheet } }

    /// The table as a sheet holds it: without its page-only columns.
    var inSheet: Table { keeping { $0 != .page } }

    /// The table with the columns whose presence `kept` accepts.
    private func keeping(_ kept: (Presence) -> Bool) -> Table {
      let indices = columns.indices.filter { kept(columns[$0].presence) }
      guard indices.count < columns.count else { return self }
      return Table(
        columns: indices.map { columns[$0] },
        rows: rows.map { row in indices.map { $0 < row.count ? row[$0] : [] } })
    }
  }

  /// One bar of a ``Block/scoreBars(_:)`` block: a factor's score from 0 to 100 with its
  /// maturity level.
  public struct ScoreBar: Sendable, Hashable {
    /// What the bar is for (a factor's number and title).
    public var label: [Inline]
    /// The score, 0–100; nil draws an empty bar.
    public var score: Double?
    /// The score as written ("61.3", "—").
    public var value: [Inline]
    /// The level's label, or "no score", in the level's colour.
    public var level: [Inline]
    /// The level's tone (``Inline/level(_:tone:)``): the colour of the bar.
    public var tone: Int?

    /// Creates a bar.
    public init(
      label: [Inline], score: Double?, value: [Inline], level: [Inline], tone: Int?
    ) {
      self.label = label
      self.score = score
      self.value = value
      self.level = level
      self.tone = tone
    }
  }

  /// The charts of a place in the report, drawn only by the formats that draw charts (HTML):
  /// built when a writer asks, so a terminal or Markdown report never draws an SVG it leaves
  /// out (each chart built once by the report for the page and for `--charts DIR`).
  public struct Chart: Sendable {
    /// One chart with its legend and notes, or several side by side.
    enum Drawing: Sendable {
      /// A chart, its legend and its notes (``ChartFigure/html()``).
      case figure(ChartFigure)
      /// Small charts side by side under an optional heading, then one legend (that of
      /// `legend`), their notes left out.
      case multiples([ChartFigure], heading: String?, legend: ChartFigure?)
    }

    /// Draws the charts, in page order; none when there is nothing to draw.
    let draw: @Sendable () -> [Drawing]
  }

  /// Figures of several entries (groups, changes) against the same measures (the respondents,
  /// the overall score, each factor), for a matrix that a wide page writes with one row per
  /// entry and a narrow page (the terminal) turns around: one row per measure, the entries as
  /// columns labelled over two lines, or `G1`, `G2`… under a legend when their names do not
  /// fit (``TextMatrix``).
  public struct Matrix: Sendable {
    /// One entry: the cells that name it, and how a narrow page names its column.
    public struct Entry: Sendable {
      /// One cell per ``Matrix/names`` column (the administration, the round).
      public var names: [[Inline]]
      /// The column's heading on a narrow page: two lines (the administration, the round).
      public var heading: (top: [Inline], bottom: [Inline])
      /// The whole name in the legend of a narrow page ("Niger Customs, round 2024").
      public var legend: [Inline]

      /// Creates an entry.
      public init(names: [[Inline]], heading: (top: [Inline], bottom: [Inline]), legend: [Inline]) {
        self.names = names
        self.heading = heading
        self.legend = legend
      }
    }

    /// One measure: a column on a wide page, a row on a narrow one.
    public struct Measure: Sendable {
      /// The column's header on a wide page ("Respondents", or a factor's number "3").
      public var header: [Inline]
      /// The row's label on a narrow page, such as a factor's number and title.
      public var label: [Inline]
      /// What the header stands for, shown on hover where the format can (a factor's number
      /// and title); nil when the header says it.
      public var tip: String?
      /// How its cells line up on a wide page.
      public var alignment: Alignment
      /// Whether it is the headline figure (the overall score): its row label is bold.
      public var strong: Bool
      /// Whether its cells may carry a ``Cell/mark``: a narrow page keeps a column for it.
      public var marked: Bool
      /// Where the measure is shown.
      public var presence: Presence
      /// Its column's width in a spreadsheet (``Column/width``).
      public var width: Double?

      /// Creates a measure.
      public init(
        header: [Inline], label: [Inline]? = nil, tip: String? = nil,
        alignment: Alignment = .trailing, strong: Bool = false, marked: Bool = false,
        presence: Presence = .everywhere, width: Double? = nil
      ) {
        self.width = width
        self.header = header
        self.label = label ?? header
        self.tip = tip
        self.alignment = alignment
        self.strong = strong
        self.marked = marked
        self.presence = presence
      }
    }

    /// The level a score cell is shaded by: the score 0–100 (a page's background, red through
    /// yellow to green) and its level's tone (``Inline/level(_:tone:)``: a terminal's colour).
    public struct Shade: Sendable {
      /// The score, 0–100; nil for none (no background).
      public var score: Double?
      /// The level's tone, 0–3; nil for none.
      public var tone: Int?

      /// Creates a shade.
      public init(score: Double?, tone: Int?) {
        self.score = score
        self.tone = tone
      }
    }

    /// One cell: an entry's figure for a measure.
    public struct Cell: Sendable {
      /// The figure as written ("61.3", "↑ +8.0", "—").
      public var value: [Inline]
      /// How a score is shaded; nil for a cell that is not a score.
      public var shade: Shade?
      /// A mark after the figure (▲, ▼: the position against the peers).
      public var mark: String?
      /// What the cell means, shown on hover where the format can (the factor, the level).
      public var tip: String?

      /// Creates a cell.
      public init(
        _ value: [Inline], shade: Shade? = nil, mark: String? = nil, tip: String? = nil
      ) {
        self.value = value
        self.shade = shade
        self.mark = mark
        self.tip = tip
      }
    }

    /// The headers of the columns that name each entry (Administration, Round).
    public var names: [[Inline]]
    /// The entries, in order: rows on a wide page.
    public var entries: [Entry]
    /// The measures, in order: columns on a wide page.
    public var measures: [Measure]
    /// Per entry, one cell per measure.
    public var cells: [[Cell]]
    /// The letter of a narrow page's column labels when names do not fit (`G`, `Δ`).
    public var mark: String

    /// Creates a matrix.
    public init(
      names: [[Inline]], entries: [Entry], measures: [Measure], cells: [[Cell]], mark: String
    ) {
      self.names = names
      self.entries = entries
      self.measures = measures
      self.cells = cells
      self.mark = mark
    }
  }

  /// One block of the document, in reading order.
  public enum Block: Sendable {
    /// A section heading; level 1 is the report's title.
    case heading([Inline], level: Int)
    /// A paragraph.
    case paragraph([Inline])
    /// The report's headline figure (the overall score), set larger where the format can.
    case headline([Inline])
    /// A remark set apart from the text (a caveat about the figures).
    case quote([Inline])
    /// A note on the figures above it (what a mark means, what is left out), set smaller
    /// where the format can; a terminal writes it right under a table, without an empty line.
    case note([Inline])
    /// A table.
    case table(Table)
    /// Entries against measures (``Matrix``).
    case matrix(Matrix)
    /// A bulleted list; when it has no item, `empty` is shown as its one item ("none").
    case list([[Inline]], empty: [Inline])
    /// Scores as bars, one line each, for a narrow page (the terminal) that cannot show the
    /// table of the same figures; formats with room write that table (``detail(_:)``) and
    /// leave the bars out.
    case scoreBars([ScoreBar])
    /// Detail that a narrow page (the terminal) leaves out because the blocks around it carry
    /// the essentials (the factor table beside ``scoreBars(_:)``); other formats write it.
    indirect case detail(Block)
    /// What a narrow page (the terminal) writes instead of the detail beside it (a list of
    /// the priority gaps that wraps at 80 columns, for their table); other formats leave it
    /// out.
    indirect case narrow(Block)
    /// A chart, for the formats that draw one (HTML).
    case chart(Chart)
  }

  /// The blocks, in reading order.
  public var blocks: [Block]

  /// Creates a document.
  public init(_ blocks: [Block] = []) {
    self.blocks = blocks
  }
}

extension ReportDocument.Inline {
  /// A phrase of the catalogue around names from files, as runs: the phrase's own words as
  /// symbols and each name as a text run, so that a writer isolates each name (HTML's `<bdi>`)
  /// and not the words around it.
  ///
  /// - Parameters:
  ///   - names: The names from files, in the order the phrase takes them.
  ///   - phrase: Builds the phrase from one placeholder per name (the catalogue's function).
  /// - Returns: The runs, in reading order; a name the phrase does not use is left out.
  public static func phrase(_ names: [String], _ phrase: ([String]) -> String) -> [Self] {
    // Private-use characters, which no catalogue phrase holds, one per name.
    let placeholders = names.indices.map {
      String(Character(Unicode.Scalar(UInt16(0xE000 + $0)) ?? "\u{E000}"))
    }
    var runs: [Self] = []
    var words = ""
    for character in phrase(placeholders) {
      if let index = placeholders.firstIndex(of: String(character)) {
        if !words.isEmpty { runs.append(.symbol(words)) }
        words = ""
        runs.append(.text(names[index]))
      } else {
        words.append(character)
      }
    }
    if !words.isEmpty { runs.append(.symbol(words)) }
    return runs
  }
}

extension ReportDocument.Inline {
  /// A computed figure as every report writes it: a score with one decimal ("61.3", "—"),
  /// a share as a percentage ("83 %"), an item score with two decimals, a weight or another
  /// number as it is; unrounded for a spreadsheet.
  ///
  /// - Parameters:
  ///   - value: The figure; nil for none.
  ///   - format: How a spreadsheet shows it, and so how a page rounds it.
  ///   - phrases: The report language's numbers.
  /// - Returns: The run, its text as a page writes it.
  public static func figure(
    _ value: Double?, _ format: Workbook.NumberFormat, _ phrases: Phrases
  ) -> Self {
    let text: String
    switch format {
    case .percent: text = value.map(phrases.percent) ?? phrases.decimal(nil)
    case .fraction: text = phrases.decimal(value, digits: 2)
    case .general:
      text = value.map { phrases.decimal($0, digits: $0 == $0.rounded() ? 0 : 2) } ?? ""
    default: text = phrases.decimal(value)
    }
    return .figure(text, value: value, format: format)
  }

  /// A count: a whole number, an integer in a spreadsheet.
  public static func count(_ value: Int) -> Self {
    .figure(String(value), value: Double(value), format: .general)
  }
}

extension ReportDocument.Inline: ExpressibleByStringLiteral {
  /// Punctuation written in the code (" · ", " — ", " ("): the tool's own, so a ``symbol(_:)``
  /// (HTML escapes it, without isolating it as it isolates text).
  public init(stringLiteral value: String) {
    self = .symbol(value)
  }
}

extension ReportDocument.Matrix {
  /// The matrix as a page shows it: without its spreadsheet-only measures.
  var onPage: Self {
    let kept = measures.indices.filter { measures[$0].presence != .spreadsheet }
    guard kept.count < measures.count else { return self }
    var matrix = self
    matrix.measures = kept.map { measures[$0] }
    matrix.cells = cells.map { row in kept.map { row[$0] } }
    return matrix
  }

  /// The matrix as a table, one row per entry, its names then one cell per measure, a mark
  /// after its figure ("61.3 ▲"): headed as a wide page heads it (a factor's number), or,
  /// for a spreadsheet, by each measure's label (a factor's title).
  ///
  /// - Parameter labelled: Whether the measures are headed by their labels.
  /// - Returns: The table, with every measure.
  func table(labelled: Bool = false) -> ReportDocument.Table {
    ReportDocument.Table(
      columns: names.map { ReportDocument.Column($0) }
        + measures.map {
          ReportDocument.Column(
            labelled ? $0.label : $0.header, alignment: $0.alignment, presence: $0.presence,
            width: $0.width)
        },
      rows: entries.indices.map { index in
        entries[index].names
          + cells[index].map { cell in
            cell.value + (cell.mark.map { [.aside([.symbol(" " + $0)])] } ?? [])
          }
      })
  }
}
