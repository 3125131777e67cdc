import ArushaCore

/// A small questionnaire with every type and a condition, to read fuzzed responses against.
/// Decoded per input rather than kept in a global: LeakSanitizer reports what a global holds
/// at exit (the four condition nodes of this questionnaire) as leaked.
private func fuzzQuestionnaire() -> Questionnaire? {
  QuestionnaireDecoder().decode(
  Array(
    """
    format: arusha/questionnaire-1
    id: fuzz
    version: "1"
    title: Fuzz
    scales:
      m: [{value: 0, label: A}, {value: 2, label: B}]
    factors:
      - id: f
        title: F
        method: minimum
        questions:
          - {id: s, type: scale, scale: m, text: S, help: H, critical: true}
          - {id: y, type: yesno, text: Y, help: H, allow_na: true, when: s >= 1}
          - {id: m, type: multi, text: M, help: H, options: [{value: 1, label: A}, {value: 2, label: B}]}
          - {id: n, type: number, text: N, help: H, min: 0, max: 9}
          - {id: t, type: text, text: T, help: H, when: answered(n) or m includes 2}
    """.utf8)
  ).questionnaire
}

/// libFuzzer's entry point: bytes → load → validate as a questionnaire, as an improvement
/// plan (decoded and checked), and as a response (header, answers, scoring, writing back). Any crash, hang or sanitizer report is a bug;
/// a diagnostic is the expected outcome for bad input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let result = QuestionnaireDecoder().decode(bytes)
  for diagnostic in result.diagnostics where diagnostic.mark.line < 1 || diagnostic.mark.column < 1 {
    fatalError("diagnostic without a position: \(diagnostic)")
  }
  if let decoded = result.questionnaire {
    _ = ResponseScorer.score(decoded, answers: [:])
  }
  // As an improvement plan (issue 27): its syntax, then its checks against the questionnaire.
  let plan = ImprovementPlanDecoder().decode(bytes)
  if let partial = plan.partial, let questionnaire = fuzzQuestionnaire() {
    for diagnostic in plan.diagnostics + partial.check(against: questionnaire)
    where diagnostic.mark.line < 1 || diagnostic.mark.column < 1 {
      fatalError("plan diagnostic without a position: \(diagnostic)")
    }
  }
  guard let questionnaire = fuzzQuestionnaire(), let header = ResponseDecoder.header(bytes).header else { return 0 }
  guard let response = ResponseDecoder.decode(header, questionnaire: questionnaire).response else { return 0 }
  _ = ResponseScorer.score(questionnaire, answers: response.answers)
  // What is written must read back as the same response.
  guard let written = try? response.yamlBytes(order: questionnaire),
    let again = ResponseDecoder.header(written).header,
    ResponseDecoder.decode(again, questionnaire: questionnaire).response == response
  else {
    fatalError("a response did not read back identical after writing")
  }
  return 0
}
