import ArushaCore
import ArushaFiles
import ArushaReports

extension CompareRun {
  /// The plans whose baseline is one of the compared responses (issue 27, review finding 2:
  /// "compare checks baseline.sha256").
  ///
  /// A plan records the SHA-256 of the response file it was made from. When the comparison
  /// counts responses of the plan's administration and round, one of them must be that file:
  /// else the response changed after the plan was made (or the plan was made from another
  /// file), and the comparison's history of that round and the plan's baseline measure two
  /// different things. Such a plan refuses the run (exit 65), naming the plan, the round and
  /// the files (under `--anonymize`, not the administration); a plan made from a response of
  /// that round that the comparison read but does not count (another `--role`, incomplete, a
  /// copy) passes. Under `--skip-invalid` it is
  /// left out, as a plan with errors is, and said so. A plan whose round the comparison has no
  /// response of is not checked: there is nothing to check it against.
  ///
  /// - Parameters:
  ///   - plans: The plans read.
  ///   - files: The counted responses (``ComparisonInput/countedFiles``).
  ///   - read: The other responses read (``ComparisonInput/readFiles``: left out by `--role`,
  ///     as incomplete, or as copies): a plan made from one of them is made from the input too.
  ///   - request: The command line's choices (`--skip-invalid`, `--anonymize`).
  ///   - diagnostics: How paths and names print.
  ///   - messages: Where the errors or notes go.
  /// - Returns: The plans kept, or nil when the run is refused.
  static func checkBaselines(
    _ plans: Plans,
    files: [(administration: String, round: String, path: String, digest: [UInt8])],
    read: [(administration: String, round: String, digest: [UInt8])] = [],
    request: Request, diagnostics: CompareDiagnostics, messages: (String) -> Void
  ) -> Plans? {
    var kept: [(path: String, plan: ImprovementPlan)] = []
    var refused: [String] = []
    for entry in plans.plans {
      let plan = entry.plan
      let round = files.filter {
        $0.administration.utf8.elementsEqual(plan.administration.utf8)
          && $0.round.utf8.elementsEqual(plan.round.utf8)
      }
      let others = read.filter {
        $0.administration.utf8.elementsEqual(plan.administration.utf8)
          && $0.round.utf8.elementsEqual(plan.round.utf8)
      }
      if round.isEmpty || round.contains(where: { hex($0.digest) == plan.baseline.sha256 })
        || others.contains(where: { hex($0.digest) == plan.baseline.sha256 })
      {
        kept.append(entry)
        continue
      }
      let whose =
        request.options.anonymize
        ? "its administration" : "'\(diagnostics.clean(plan.administration))'"
      let shown = round.prefix(5).map { diagnostics.printedPath($0.path) }.joined(separator: ", ")
      let more = round.count > 5 ? " and \(round.count - 5) more" : ""
      refused.append(
        "\(diagnostics.printedPath(entry.path)): error: the plan's baseline is none of the compared responses of \(whose) for round '\(diagnostics.clean(plan.round))' (\(shown)\(more)): its baseline.sha256 \(plan.baseline.sha256.prefix(12))… is the SHA-256 of none of them; the response changed after the plan was made, or the plan was made from another file — compare the file the plan was made from, or make the plan again with arusha plan"
      )
    }
    guard !refused.isEmpty else { return plans }
    if request.skipInvalid {
      messages(
        "arusha: note: left out \(refused.count) plan\(refused.count == 1 ? "" : "s") whose baseline is not the compared response (--skip-invalid):\n"
      )
      for message in refused { messages("  " + message + "\n") }
      return Plans(plans: kept)
    }
    for message in refused { messages(message + "\n") }
    messages(
      "arusha: \(refused.count) plan\(refused.count == 1 ? "" : "s") in --plans \(refused.count == 1 ? "does" : "do") not match the compared responses; nothing was compared: pass --skip-invalid to compare without \(refused.count == 1 ? "it" : "them")\n"
    )
    return nil
  }

  /// Lowercase hex of a digest.
  private static func hex(_ digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    var text = ""
    text.reserveCapacity(digest.count * 2)
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return text
  }
}
