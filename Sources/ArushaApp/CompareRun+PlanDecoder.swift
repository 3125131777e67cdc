import ArushaCore

extension CompareRun {
  /// Whether bytes declare they are a plan (`format: arusha/plan-1`).
  static func isPlan(_ bytes: [UInt8]) -> Bool {
    ImprovementPlan.isDeclared(bytes)
  }

  /// The plan in bytes, or its errors (``ImprovementPlanDecoder``).
  static func decodePlan(_ bytes: [UInt8]) -> (plan: ImprovementPlan?, diagnostics: [Diagnostic]) {
    let result = ImprovementPlanDecoder().decode(bytes)
    return (result.plan, result.diagnostics)
  }
}
