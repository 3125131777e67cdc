import ArushaCore

extension Workbook.Sheet {
  /// A table of a report document as a sheet: the workbook's writer of documents (issue 23),
  /// so that a table a page shows and its sheet are one table, every column included.
  ///
  /// Headers and text cells are their runs' plain text, without what a page adds for a column
  /// the sheet has of its own (``ReportDocument/Inline/aside(_:)``); a cell that is one
  /// figure (``ReportDocument/Inline/figure(_:value:format:)``, bold or coloured or not) is a
  /// numeric cell with its unrounded value and format (a whole number in the general format,
  /// a count, an integer); a cell all in bold is a bold text (the
  /// overall row's title); an empty cell is empty. A column with a width wraps its text
  /// within it, as does a text column whose longest cell is wider than ``widestFitted``; the
  /// others fit their cells.
  ///
  /// - Parameters:
  ///   - name: The tab's name.
  ///   - table: The table; its page-only columns are left out, its spreadsheet-only ones kept.
  public init(name: String, table: ReportDocument.Table) {
    let table = table.inSheet
    let rows = table.rows.map { row in row.map(Self.cell) }
    self.init(
      name: name,
      columns: table.columns.indices.map { index in
        let column = table.columns[index]
        // A text longer than the widest column a sheet fits wraps within it, not past it
        // (only a leading column's cells are measured for it).
        let width =
          column.width
          ?? (column.alignment == .leading
            && rows.contains {
              index < $0.count && Workbook.Sheet.shownWidth($0[index]) > Self.widestFitted
            }
            ? Double(Self.widestFitted) : nil)
        return Workbook.Column(
          Self.text(column.header), width: width,
          wraps: width != nil && column.alignment == .leading)
      },
      rows: rows)
  }

  /// The widest a column is fitted to its cells, in characters (``Workbook/Column/width``).
  static let widestFitted = 60

  /// A cell's runs as one spreadsheet cell.
  private static func cell(_ inlines: [ReportDocument.Inline]) -> Workbook.Cell {
    // Most cells have no aside: their runs are taken as they are, not copied (issue 29).
    let shown =
      inlines.contains { if case .aside = $0 { true } else { false } }
      ? inlines.filter { if case .aside = $0 { false } else { true } } : inlines
    if shown.isEmpty { return .empty }
    if shown.count == 1 {
      switch shown[0] {
      case .figure(_, let value?, .general)
      where value == value.rounded() && abs(value) < 1e15:
        return .integer(Int(value))
      case .figure(_, let value, let format): return .number(value, format)
      case .strong(let inner):
        if case .number(let value, let format) = cell(inner) {
          return .number(value, format == .score ? .overall : format)
        }
        return .heading(text(inner))
      case .level(let inner, _), .trend(let inner, _), .explained(let inner, _), .alert(let inner),
        .emphasis(let inner):
        return cell(inner)
      default: break
      }
    }
    return .text(text(shown))
  }

  /// The plain text of runs, without asides.
  private static func text(_ inlines: [ReportDocument.Inline]) -> String {
    inlines.map { inline in
      switch inline {
      case .text(let text), .symbol(let text), .figure(let text, _, _): text
      case .strong(let inner), .alert(let inner), .emphasis(let inner), .level(let inner, _),
        .trend(let inner, _), .explained(let inner, _):
        self.text(inner)
      case .aside: ""
      }
    }.joined()
  }
}
