import ArushaCore
import ArushaReports

/// Prints a ``LoadFailure`` on standard error and maps it to its exit code.
enum Failure {
  static func report<T>(_ settings: Settings, _ body: () throws(LoadFailure) -> T) throws -> T {
    do {
      return try body()
    } catch {
      switch error {
      case .file(let fileError):
        settings.console.message("arusha: \(fileError.description)")
        throw ExitStatus.code(for: fileError)
      case .invalid(let path, let source, let diagnostics):
        let report = FileReport(
          path: path, source: source, diagnostics: diagnostics, readError: nil)
        settings.console.error(
          DiagnosticRenderer(style: settings.style(toError: true)).text([report]))
        throw ExitStatus.dataError
      case .questionnaire(let message):
        settings.console.message("arusha: \(message)")
        throw ExitStatus.dataError
      }
    }
  }
}
