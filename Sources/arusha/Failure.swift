import ArgumentParser
import ArushaFiles
import ArushaReports

/// Prints a ``LoadFailure`` on standard error and maps it to its exit code.
enum Failure {
  static func report<T>(_ body: () throws(LoadFailure) -> T) throws -> T {
    do {
      return try body()
    } catch {
      switch error {
      case .file(let fileError):
        Console.message("arusha: \(fileError.description)")
        throw ExitStatus.code(for: fileError)
      case .invalid(let path, let source, let diagnostics):
        let report = QuestionnaireValidation.FileReport(
          path: path, source: source, diagnostics: diagnostics, readError: nil)
        Console.error(DiagnosticRenderer(style: Console.style(for: 2)).text([report]))
        throw ExitStatus.dataError
      case .questionnaire(let message):
        Console.message("arusha: \(message)")
        throw ExitStatus.dataError
      }
    }
  }
}
