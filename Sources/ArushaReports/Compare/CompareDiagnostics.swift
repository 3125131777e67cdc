import ArushaCore
import ArushaText

/// The messages of `arusha compare` on standard error: files that cannot be used, questionnaires
/// that cannot be found, refusals, and notes about what was left out.
///
/// Every path and every text from a file in them is printable on a terminal (``PrintableText``).
public struct CompareDiagnostics: Sendable {
  /// Colour or not.
  public var style: TextStyle

  /// Creates a renderer.
  public init(style: TextStyle = .plain) {
    self.style = style
  }

  /// Every problem of every file, each with its position and source line.
  ///
  /// - Parameters:
  ///   - problems: The files that cannot be used.
  ///   - source: The bytes of a file, for the source lines (read again: they are not kept).
  /// - Returns: `FILE:LINE:COL: error: message` lines, each with its source line and a caret.
  public func files(_ problems: [ResponseProblem], source: (String) -> [UInt8]) -> String {
    // One renderer of findings, with its bounds per file (DiagnosticRenderer.findings).
    let renderer = DiagnosticRenderer(style: style)
    var output = ""
    for problem in problems {
      if let error = problem.fileError {
        output +=
          "\(printedPath(problem.path)): \(style.apply(.boldRed, "error:")) \(clean(error.reason))\n"
        continue
      }
      var report = FileReport(
        path: problem.path, source: source(problem.path), diagnostics: problem.diagnostics,
        readError: nil)
      report.omitted.errors = problem.omittedErrors
      output += renderer.findings(report)
    }
    return output
  }

  /// The closing line when files cannot be used: how many, and what to do.
  public func filesSummary(_ problems: [ResponseProblem], of total: Int) -> String {
    let unreadable = problems.filter { $0.fileError != nil }.count
    let invalid = problems.count - unreadable
    var kinds: [String] = []
    if invalid > 0 { kinds.append("\(invalid) invalid") }
    if unreadable > 0 { kinds.append("\(unreadable) unreadable") }
    return
      "arusha: \(problems.count) of \(count(total, "response file")) cannot be used (\(kinds.joined(separator: ", "))); nothing was compared: fix \(problems.count == 1 ? "it" : "them"), or pass --skip-invalid to compare without \(problems.count == 1 ? "it" : "them")\n"
  }

  /// With `--skip-invalid`: the files left out, the first few with their first problem.
  public func leftOut(_ problems: [ResponseProblem], shown: Int = 10) -> String {
    var output =
      "arusha: note: left out \(count(problems.count, "file")) that cannot be used (--skip-invalid):\n"
    for problem in problems.prefix(shown) {
      let path = printedPath(problem.path)
      if let error = problem.fileError {
        output += "  \(path): \(clean(error.reason))\n"
      } else if let first = problem.diagnostics.first {
        let more = problem.errorCount > 1 ? " (and \(problem.errorCount - 1) more)" : ""
        output += "  \(path):\(first.mark): \(clean(first.message))\(more)\n"
      }
    }
    if problems.count > shown { output += "  … and \(problems.count - shown) more\n" }
    return output
  }

  /// A questionnaire that responses answer but that cannot be used, with those responses.
  public func questionnaire(_ problem: QuestionnaireProblem) -> String {
    let files = "(answered by \(clean(problem.files.description)))"
    switch problem.failure {
    case .file(let error):
      return "arusha: \(clean(error.description)) \(files)\n"
    case .questionnaire(let message):
      return "arusha: \(clean(message)) \(files)\n"
    case .invalid(let path, let source, let diagnostics):
      let report = FileReport(
        path: path, source: source, diagnostics: diagnostics, readError: nil)
      let text = DiagnosticRenderer(style: style).text([report])
      // The renderer's closing count is about validation; say what it means here instead.
      let body = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2)
      return body.joined(separator: "\n")
        + "\narusha: questionnaire '\(printedPath(path))' is not valid \(files)\n"
    }
  }

  /// A refusal to compare.
  public func refusal(_ refusal: ComparisonRefusal) -> String {
    "arusha: \(clean(refusal.description))\n"
  }

  /// The notes about files and responses that were left out on purpose.
  public func notes(_ input: ComparisonInput, filter: ResponseFilter, shown: Int = 10) -> String {
    var output = ""
    let skipped = input.notResponses
    if skipped.count > 0 {
      output +=
        "arusha: note: skipped \(count(skipped.count, "YAML file")) in folders whose format is not '\(Response.format)'"
      output += skipped.count <= FileSample.kept ? ": " : ", e.g. "
      output += skipped.examples.map { "'\(printedPath($0))'" }.joined(separator: ", ") + "\n"
    }
    if input.incomplete > 0 {
      output +=
        "arusha: note: left out \(count(input.incomplete, "response")) not complete (status 'in-progress'); --include-incomplete counts them\n"
    }
    if input.otherRole > 0, let role = filter.role {
      output +=
        "arusha: note: left out \(count(input.otherRole, "response")) whose role is not '\(clean(role))'\n"
    }
    return output
  }

  /// One note per set of administration names that are probably one administration written
  /// two ways (``AdministrationNames``), each name as the reports print it
  /// (``PrintableText/distinctNames(_:)``); under `--anonymize`, their labels instead, from
  /// the comparison's own key (`anonymizationKey`, nil when not anonymized), so the warning
  /// and the reports say the same label.
  public func probableDuplicates(
    _ names: [String], anonymizationKey: [Comparison.AnonymousLabel]?
  ) -> String {
    let anonymize = anonymizationKey != nil
    let labels =
      anonymizationKey.map(Comparator.labelsByName) ?? PrintableText.distinctNames(names)
    var output = ""
    for set in AdministrationNames.probableDuplicates(names) {
      let shown = set.map { name in
        let label = labels[Array(name.utf8)] ?? name
        return anonymize ? label : "'" + clean(label) + "'"
      }
      output +=
        "arusha: warning: \(shown.joined(separator: " and ")) are probably the same administration (the names differ only in case, spacing, Unicode form or invisible characters); they are compared apart, so correct the name in the files if they are one\n"
    }
    return output
  }

  /// The note naming the symbolic links met inside folders, which `compare` does not follow
  /// (issue 22); empty when there were none.
  public func skippedLinks(_ links: FileSample) -> String {
    guard links.count > 0 else { return "" }
    let names = links.examples.map { "'\(printedPath($0))'" }.joined(separator: ", ")
    let more =
      links.count > links.examples.count ? ", and \(links.count - links.examples.count) more" : ""
    return
      "arusha: note: did not follow \(count(links.count, "symbolic link")) inside folders (a link is followed only when given on the command line): \(names)\(more)\n"
  }

  /// One warning per set of files counted once (``ResponseCopies``).
  ///
  /// Each names every file and the one that counts; with `anonymize`, no administration or
  /// respondent is named. At most ``copySetsShown`` sets, then how many more.
  public func copies(_ sets: [ResponseCopies.CopySet], anonymize: Bool) -> String {
    var output = ""
    for set in sets.prefix(Self.copySetsShown) {
      let files = list(set.paths.map { "'\(printedPath($0))'" })
      let counted = "'\(printedPath(set.counted))'"
      switch set.reason {
      case .identical:
        output +=
          "arusha: warning: \(files) are byte-identical copies of one response: counted once, as \(counted)\n"
      case .sameRespondent(let administration, let round, let role, let name):
        var who = ""
        if !anonymize {
          let names =
            [("administration", administration), ("round", round)]
            + (role.map { [("role", $0)] } ?? []) + [("respondent", name)]
          who =
            " ("
            + names.map { "\($0.0) '\(clean(PrintableText.name($0.1)))'" }.joined(separator: ", ")
            + ")"
        }
        let updated = set.updated.map { "updated \(clean($0))" } ?? "no 'updated' time"
        output +=
          "arusha: warning: \(files) are responses of one respondent\(who): counted once, the latest, \(counted) (\(updated))\n"
      }
    }
    if sets.count > Self.copySetsShown {
      output +=
        "arusha: warning: … and \(sets.count - Self.copySetsShown) more sets of copies, each counted once\n"
    }
    return output
  }

  /// How many sets of copies ``copies(_:anonymize:)`` names.
  public static let copySetsShown = 100

  /// `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`.
  private func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
  }

  /// A file's path as messages print it: its control characters shown (`a␉b.yaml`), so that
  /// two files never read the same (``PrintableText/name(_:)``), printable on a terminal.
  public func printedPath(_ path: String) -> String {
    clean(PrintableText.name(path))
  }

  /// A path, a name or a message on one line, printable on a terminal.
  public func clean(_ text: String) -> String {
    PrintableText.sanitize(text, for: .terminal, keepLineBreaks: false)
  }

  private func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
