extension SigningMessages {
  /// `sign`: an improvement plan with errors, which is not signed (issue 27).
  public static func planNotValid(_ plan: String) -> String {
    "arusha: \(plan): the plan has errors (above); only a plan that 'arusha validate' accepts is signed"
  }
}
