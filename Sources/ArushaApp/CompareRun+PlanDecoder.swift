import ArushaCore

extension CompareRun {
  /// Whether bytes declare they are a plan (`format: arusha/plan-1`).
  static func isPlan(_ bytes: [UInt8]) -> Bool {
    // TEMPORARY until the plan decoder (branch plan-file) is merged.
    false
  }

  /// The plan in bytes, or its errors.
  static func decodePlan(_ bytes: [UInt8]) -> (plan: ImprovementPlan?, diagnostics: [Diagnostic]) {
    (nil, [])
  }
}
