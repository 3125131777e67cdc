import ArushaCore

/// libFuzzer's entry point: bytes → load → validate. Any crash, hang or sanitizer report is a bug;
/// a diagnostic is the expected outcome for bad input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let result = QuestionnaireDecoder().decode(bytes)
  // Every finding must carry a real position.
  for diagnostic in result.diagnostics where diagnostic.mark.line < 1 || diagnostic.mark.column < 1 {
    fatalError("diagnostic without a position: \(diagnostic)")
  }
  if let questionnaire = result.questionnaire, questionnaire.factors.isEmpty {
    fatalError("a questionnaire decoded without factors")
  }
  return 0
}
