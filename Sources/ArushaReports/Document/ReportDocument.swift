import ArushaCore

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
public struct ReportDocument: Sendable, Hashable {
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

    /// Creates a column.
    public init(_ header: [Inline], alignment: Alignment = .leading, overflow: Overflow = .wrap) {
      self.header = header
      self.alignment = alignment
      self.overflow = overflow
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

  /// A chart as the HTML page draws it (an SVG with its legend and notes, built once by the
  /// report for the page and `--charts DIR`); formats without charts leave it out, the
  /// figures being in a table or bars beside it.
  public struct Chart: Sendable, Hashable {
    let figure: ChartFigure
  }

  /// One block of the document, in reading order.
  public enum Block: Sendable, Hashable {
    /// A section heading; level 1 is the report's title.
    case heading([Inline], level: Int)
    /// A paragraph.
    case paragraph([Inline])
    /// A remark set apart from the text (a caveat about the figures).
    case quote([Inline])
    /// A table.
    case table(Table)
    /// A bulleted list; when it has no item, `empty` is shown as its one item ("none").
    case list([[Inline]], empty: [Inline])
    /// Scores as bars, one line each, for a narrow page (the terminal) that cannot show the
    /// table of the same figures; formats with room write that table (``detail(_:)``) and
    /// leave the bars out.
    case scoreBars([ScoreBar])
    /// Detail that a narrow page (the terminal) leaves out because the blocks around it carry
    /// the essentials (the factor table beside ``scoreBars(_:)``); other formats write it.
    indirect case detail(Block)
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

extension ReportDocument.Inline: ExpressibleByStringLiteral {
  /// Punctuation written in the code (" · ", " — ", " ("): the tool's own, so a ``symbol(_:)``
  /// (HTML escapes it, without isolating it as it isolates text).
  public init(stringLiteral value: String) {
    self = .symbol(value)
  }
}
