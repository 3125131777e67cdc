import ArushaCore
import ArushaText

extension ScoreReport {
  /// The score report for a terminal `width` columns wide, cut or not (``table(style:width:)``).
  ///
  /// With `cutting` false nothing is cut with "…" (a factor's title wraps above its bar):
  /// what line mode prints at the end of a session, where a screen reader hears only what is
  /// written (issue 26, item 12).
  public func table(style: TextStyle, width: Int, cutting: Bool) -> String {
    scoreDocument().terminal(style: style, width: width, cutting: cutting)
  }

  /// The end of a completed session on one screen (issue 26, item 11): the overall score
  /// (declared, and evidence-checked when they differ; "indicative" in its label when it is),
  /// the factor bars, the count of critical gaps, then `note` and `footer`, in at most
  /// `height` lines of at most `width` columns.
  ///
  /// The bar narrows from 20 to 5 cells so that the longest factor title fits beside it; a
  /// title that still does not fit wraps above its bar when its column is 20 columns or more,
  /// else is cut with "…"; under about 50 columns the level's label goes (the colour says it).
  ///
  /// When the lines do not fit, these go first, in this order: the subject line
  /// (administration and round), the empty lines, whole factor titles (cut with "…" instead
  /// of wrapped), the note on evidence-checked scores in brackets, `note`, then the last
  /// factor bars, which one line counts ("+ 3 factors in the full report"). The overall
  /// score, the count of critical gaps and `footer` always stay; a screen too short even for
  /// them keeps the first lines and the last line of `footer` (the keys). No line is cut.
  ///
  /// - Parameters:
  ///   - style: Colour or not.
  ///   - width: The columns to fill; under ``ReportDocument/narrowestTerminal`` the bars are
  ///     left out (only their count is said).
  ///   - height: The rows there are, at least 1.
  ///   - note: Lines that go before the last bars do (where the file is), wrapped at `width`.
  ///   - footer: Lines that always stay (how to see the rest, the keys), wrapped at `width`.
  /// - Returns: The lines, without line breaks.
  public func summary(
    style: TextStyle, width: Int, height: Int, note: [String] = [], footer: [String] = []
  ) -> [String] {
    let width = max(1, width)
    let height = max(1, height)
    var headline: [ReportDocument.Inline] = []
    var bars: [ReportDocument.ScoreBar] = []
    var bracketNote: [ReportDocument.Inline]?
    let blocks = scoreDocument().blocks
    for (index, block) in blocks.enumerated() {
      switch block {
      case .headline(let inlines) where headline.isEmpty: headline = inlines
      case .scoreBars(let scoreBars) where bars.isEmpty:
        bars = scoreBars
        if index + 1 < blocks.count, case .narrow(.note(let inlines)) = blocks[index + 1] {
          bracketNote = inlines
        }
      default: break
      }
    }
    let wrap = { (text: String) in wrapText(text, width: width) }
    let subject = wrap(style.apply(.bold, subject(for: .terminal)))
    let overall = wrap(ReportDocument.terminal(headline, style))
    let brackets = bracketNote.map { wrap(ReportDocument.terminal($0, style)) } ?? []
    let critical = wrap(
      style.apply(
        score.critical.isEmpty ? .green : .boldRed, phrases.criticalGapCount(score.critical.count)
      ))
    // The bar narrows (20 down to 10 cells, or 5 on a narrow screen) so that the longest title
    // fits beside it, else the title wraps; on a
    // narrow screen the level's label goes (the bar's colour still says it), then the bars.
    let plainWidth = { (inlines: [ReportDocument.Inline]) in
      displayWidth(ReportDocument.terminal(inlines, .plain))
    }
    let longest = bars.map { plainWidth($0.label) }.max() ?? 0
    let valueWidth = max(5, bars.map { plainWidth($0.value) }.max() ?? 0)
    let levelWidth = bars.map { plainWidth($0.level) }.max() ?? 0
    let narrowest = ReportDocument.narrowestTextColumn + 2 + 5 + 2 + valueWidth
    let showsLevels = narrowest + 2 + levelWidth <= width
    let drawsBars = narrowest <= width
    let figures = valueWidth + (showsLevels ? levelWidth + 2 : 0)
    // A bar keeps 10 cells while the titles keep a column of 30 to wrap in: at 5 cells 41,7
    // and 38,9 drew alike, and so did 25,0 and 20,0 (issue 26, a fresh tester at 80×24).
    let readableBar = min(10, ReportDocument.barWidth)
    let floor = width - figures - 4 - readableBar >= 30 ? readableBar : 5
    let barWidth = (width - longest - figures - 4).clamped(
      min: floor, max: ReportDocument.barWidth)
    let drawn =
      showsLevels
      ? bars
      : bars.map { bar in
        var bar = bar
        bar.level = []
        return bar
      }
    // Titles wrap in a column of 20 or more; in a narrower one they are cut rather than
    // stand a word a line.
    let labelWidth = width - barWidth - figures - 4
    func barLines(_ count: Int, wrapping: Bool) -> [String] {
      guard drawsBars, count > 0 else { return [] }
      return ReportDocument.lines(
        of: Array(drawn.prefix(count)), style: style, width: width + (showsLevels ? 0 : 2),
        barWidth: barWidth, cutsLabels: !wrapping || labelWidth < 20
      ).map(\.trimmingSpacesAtEnd)
    }

    struct Layout {
      var subject = true
      var blanks = true
      var wholeTitles = true
      var brackets = true
      var note = true
      var bars: Int
    }
    func lines(_ layout: Layout) -> [String] {
      let blank = layout.blanks ? [""] : []
      var out: [String] = []
      if layout.subject { out += subject + blank }
      out += overall
      let shown = drawsBars ? layout.bars : 0
      if !bars.isEmpty {
        out += blank + barLines(shown, wrapping: layout.wholeTitles)
        if shown < bars.count { out += wrap(phrases.moreFactors(bars.count - shown)) }
        if layout.brackets, shown > 0 { out += brackets }
      }
      out += blank + critical
      if layout.note, !note.isEmpty { out += blank + note }
      if !footer.isEmpty { out += blank + footer }
      return out
    }
    var layout = Layout(bars: bars.count)
    var steps: [(inout Layout) -> Void] = [
      { $0.subject = false }, { $0.blanks = false }, { $0.wholeTitles = false },
      { $0.brackets = false }, { $0.note = false },
    ]
    for count in stride(from: bars.count - 1, through: 0, by: -1) {
      steps.append { $0.bars = count }
    }
    var result = lines(layout)
    for step in steps where result.count > height {
      step(&layout)
      result = lines(layout)
    }
    if result.count > height {
      result = Array(result.prefix(height - 1)) + [result.last ?? ""]
    }
    return result
  }
}

extension String {
  /// The string without the spaces at its end (a bar without its level ends with two).
  fileprivate var trimmingSpacesAtEnd: String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}

extension Int {
  fileprivate func clamped(min low: Int, max high: Int = .max) -> Int {
    Swift.min(high, Swift.max(low, self))
  }
}
