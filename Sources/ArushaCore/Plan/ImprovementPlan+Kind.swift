extension ImprovementPlan {
  /// Whether `bytes` declare a plan.
  ///
  /// A top-level `format` of the `arusha/plan` family (`arusha/plan-1`, or a later version the
  /// decoder then refuses in one line), read as far as that key only (``DocumentKind``):
  /// `arusha plan` takes a response or a plan by it.
  public static func isDeclared(in bytes: [UInt8]) -> Bool {
    guard let declared = DocumentKind.declaredFormat(bytes) else { return false }
    func family(_ format: String) -> Substring {
      format[..<(format.lastIndex(of: "-") ?? format.endIndex)]
    }
    return family(declared) == family(format)
  }
}
