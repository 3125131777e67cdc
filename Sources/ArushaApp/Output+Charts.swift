import ArushaCore
import ArushaFiles
import ArushaReports
import Foundation

extension Output {
  /// Checks `--charts DIR` before anything is read: it goes with the HTML report only, and
  /// the folder must exist (issue 23).
  ///
  /// - Parameters:
  ///   - folder: The folder given with `--charts`; nil when the option is not given.
  ///   - html: Whether the report is written as HTML (`--format html`, or `-o` a `.html`
  ///     file).
  ///   - console: Where the message goes.
  /// - Throws: ``UsageError`` (64) when the report is not HTML; ``ExitStatus/cannotCreate``
  ///   (73), after naming the folder, when it does not exist or is not a folder.
  public static func checkCharts(_ folder: UserPath?, html: Bool, console: Console) throws {
    guard let folder else { return }
    guard html else {
      throw UsageError(
        "--charts writes the charts of the HTML report as SVG files: add --format html, or write the report to a .html file with -o"
      )
    }
    let shown = PrintableText.sanitize(folder.shown, for: .terminal, keepLineBreaks: false)
    var info = stat()
    guard stat(folder.opened, &info) == 0 else {
      console.message(
        "arusha: --charts '\(shown)': the folder does not exist; create it first or choose another folder"
      )
      throw ExitStatus.cannotCreate
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      console.message(
        "arusha: --charts '\(shown)': is not a folder; give the folder for the charts")
      throw ExitStatus.cannotCreate
    }
  }

  /// The path of each chart's file in `folder`, checked against the command's other files.
  ///
  /// - Parameters:
  ///   - charts: The files, named after their charts.
  ///   - folder: The folder given with `--charts`.
  ///   - others: The command's inputs and its `-o` file: no chart may replace one of them.
  /// - Returns: One path per chart, in order.
  /// - Throws: ``UsageError`` (64) when a chart's file is one of `others`.
  static func chartPaths(_ charts: [ChartFile], in folder: UserPath, others: [UserPath]) throws
    -> [UserPath]
  {
    let paths = charts.map { folder.child($0.name) }
    for path in paths where others.contains(where: { FileIdentity.same(path, $0) }) {
      let shown = PrintableText.sanitize(path.shown, for: .terminal, keepLineBreaks: false)
      throw UsageError(
        "--charts would replace '\(shown)', which this command reads or writes; choose another folder"
      )
    }
    return paths
  }

  /// Writes each chart to its path, each replaced atomically through ``OutputFile`` (a
  /// temporary file in the folder, then a rename), with the mode of reports.
  ///
  /// Files of the folder that are not among `charts` are left as they are.
  ///
  /// - Parameters:
  ///   - charts: The files, named after their charts.
  ///   - paths: Their paths, from ``chartPaths(_:in:others:)``.
  ///   - console: Where a failure is said.
  /// - Throws: The exit code of a failed write, after saying what failed.
  static func write(_ charts: [ChartFile], to paths: [UserPath], console: Console) throws {
    for (chart, path) in zip(charts, paths) {
      try write(chart.svg, to: path, console: console)
    }
  }
}
