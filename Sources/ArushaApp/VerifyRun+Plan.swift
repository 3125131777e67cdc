import ArushaCore
import ArushaFiles

extension VerifyRun {
  /// Who a file's signature must speak for, and for what: a response's administration under
  /// `arusha-response` (issue 22), an improvement plan's `administration` under `arusha-plan`
  /// (``SSHSignature/planNamespace``, issue 27).
  ///
  /// - Returns: The administration (nil when it cannot be read, with `problem` saying why) and
  ///   the namespace the signature must be for.
  static func signer(of bytes: [UInt8])
    -> (administration: String?, problem: String, namespace: String)
  {
    if DocumentKind(bytes) == .plan {
      let decoded = ImprovementPlanDecoder().decode(bytes)
      let problem =
        decoded.diagnostics.first.map { "\($0.mark): \($0.message)" } ?? "not a plan"
      return (decoded.partial?.administration, problem, SSHSignature.planNamespace)
    }
    let header = ResponseDecoder.header(bytes)
    let problem =
      header.diagnostics.first.map { "\($0.mark): \($0.message)" } ?? "not a response"
    return (header.header?.response.administration, problem, SSHSignature.responseNamespace)
  }
}
