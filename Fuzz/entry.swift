import ArushaCore
import ArushaFiles

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

/// A filled workbook read back (issue 28): its reference, then its answers through the form
/// of the small questionnaire.
private func importWorkbook(_ workbook: FilledWorkbook) {
  guard case .success(let reference) = FormImport.reference(of: workbook),
    let questionnaire = fuzzQuestionnaire()
  else { return }
  let form = FillInForm(
    questionnaire: questionnaire,
    reference: QuestionnaireReference(
      id: questionnaire.id, version: questionnaire.version, sha256: reference.questionnaire.sha256),
    language: "en", labels: .init(yes: "Yes", no: "No", unknown: "Don't know", notApplicable: "N/A"))
  _ = FormImport.read(workbook, form: form, rowCount: reference.rows)
}

/// A workbook whose answer sheet or shared strings are `xml`, so that the strict XML reader
/// sees every input as XML too (a fuzzed ZIP rarely gets past its CRC-32).
private func packaged(_ xml: [UInt8], asSharedStrings: Bool) -> [UInt8]? {
  let sheet = asSharedStrings
    ? Array("<worksheet><sheetData><row><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>".utf8)
    : xml
  var parts: [(path: String, bytes: [UInt8])] = [
    ("_rels/.rels", Array("<Relationships><Relationship Id=\"r\" Type=\"x/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8)),
    ("xl/workbook.xml", Array("<workbook xmlns:r=\"r\"><sheets><sheet name=\"\(FillInForm.answerSheet)\" sheetId=\"1\" r:id=\"s\"/></sheets></workbook>".utf8)),
    ("xl/_rels/workbook.xml.rels", Array("<Relationships><Relationship Id=\"s\" Type=\"x/worksheet\" Target=\"s.xml\"/><Relationship Id=\"t\" Type=\"x/sharedStrings\" Target=\"t.xml\"/></Relationships>".utf8)),
    ("xl/s.xml", sheet),
  ]
  parts.append(("xl/t.xml", asSharedStrings ? xml : Array("<sst><si><t>x</t></si></sst>".utf8)))
  return try? ZipPackage.archive(parts, for: "fuzz.xlsx")
}

/// libFuzzer's entry point: bytes → load → validate as a questionnaire, as an improvement
/// plan (decoded and checked), as a response (header, answers, scoring, writing back), and as
/// a filled workbook (read by WorkbookReader, whole and as the XML of its answer sheet and of
/// its shared strings, then imported). Any crash, hang or sanitizer report is a bug; a
/// diagnostic or a refusal is the expected outcome for bad input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  // As a workbook (issue 28): the bytes as an .xlsx, and as the XML of two of its parts.
  for candidate in [bytes, packaged(bytes, asSharedStrings: false), packaged(bytes, asSharedStrings: true)] {
    guard let candidate else { continue }
    if let workbook = try? WorkbookReader.read(candidate, path: "fuzz.xlsx") {
      importWorkbook(workbook)
    }
  }
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
