extension ReportDocument {
  /// The document as Markdown (GitHub's tables), a report a team pastes into its minutes.
  ///
  /// Blocks are separated by one empty line; the text ends with a newline. Text runs go
  /// through ``md(_:)``: on one line, no control character, and the characters that make
  /// tables, links, emphasis or HTML escaped.
  public func markdown() -> String {
    var lines: [String] = []
    // Bars are for the terminal: the table beside them carries the same figures.
    let written = blocks.compactMap { block -> Block? in
      switch block {
      case .scoreBars, .chart, .narrow: nil
      case .detail(let inner): inner
      default: block
      }
    }
    for (index, block) in written.enumerated() {
      if index > 0 { lines.append("") }
      switch block {
      case .heading(let inlines, let level):
        // A heading is bold already: no ** inside it.
        lines.append(
          String(repeating: "#", count: max(1, level)) + " "
            + Self.markdown(inlines, inHeading: true))
      case .paragraph(let inlines), .note(let inlines), .headline(let inlines):
        lines.append(Self.markdown(inlines))
      case .quote(let inlines):
        lines.append("> " + Self.markdown(inlines))
      case .table(let table):
        lines += Self.markdown(table.onPage)
      case .matrix(let matrix):
        lines += Self.markdown(matrix.onPage.table())
      case .list(let items, let empty):
        let shown = items.isEmpty ? [empty] : items
        lines += shown.map { "- " + Self.markdown($0) }
      case .scoreBars, .detail, .chart, .narrow: break
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func markdown(_ table: Table) -> [String] {
    [
      row(table.columns.map { markdown($0.header) }),
      "|" + table.columns.map { $0.alignment == .trailing ? "---:" : "---" }.joined(separator: "|")
        + "|",
    ] + table.rows.map { row($0.map { markdown($0) }) }
  }

  private static func row(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |"
  }

  private static func markdown(_ inlines: [Inline], inHeading: Bool = false) -> String {
    inlines.map { inline in
      switch inline {
      case .text(let text): md(text)
      case .symbol(let symbol): symbol
      case .strong(let inner), .alert(let inner):
        inHeading ? markdown(inner, inHeading: true) : "**" + markdown(inner) + "**"
      case .emphasis(let inner): "_" + markdown(inner, inHeading: inHeading) + "_"
      case .level(let inner, _), .trend(let inner, _), .explained(let inner, _),
        .aside(let inner):
        markdown(inner, inHeading: inHeading)
      case .figure(let text, _, _): md(text)
      }
    }.joined()
  }
}
