import ArushaCore
import ArushaQuestionnaires
import Foundation

/// An item map read from a file and checked against both of its questionnaires
/// (trust-and-continuity.md, "Item maps between questionnaire versions"): what `validate MAP`
/// reports and what `compare --map` reads responses through.
public struct ItemMapFile: Sendable {
  /// The file, as given.
  public var path: UserPath
  /// The map, without error.
  public var map: ItemMap
  /// Its `from` questionnaire.
  public var source: LocatedQuestionnaire
  /// Its `to` questionnaire.
  public var target: LocatedQuestionnaire

  /// Reads the map at `path` and checks it against its questionnaires, found by id and
  /// version in `questionnaires` (a `--questionnaire` file, else bundled, else
  /// `./Questionnaires`).
  ///
  /// - Returns: Every finding at its FILE:LINE:COL (a questionnaire that cannot be found is
  ///   an error at the map's `from` or `to`), and the checked map when there is no error.
  public static func check(_ path: UserPath, questionnaires: QuestionnaireCache) -> (
    report: FileReport, file: ItemMapFile?
  ) {
    let bytes: [UInt8]
    do throws(FileError) {
      bytes = try read(path)
    } catch {
      return (FileReport(path: path.shown, source: [], diagnostics: [], readError: error), nil)
    }
    let decoded = ItemMapDecoder().decode(bytes)
    guard let map = decoded.partial else {
      if let wrongKind = FileError.wrongKind(path.shown, bytes, expected: .map) {
        return (
          FileReport(path: path.shown, source: bytes, diagnostics: [], readError: wrongKind), nil
        )
      }
      return (report(path, bytes, decoded.diagnostics), nil)
    }
    var diagnostics = decoded.diagnostics
    func side(_ isSource: Bool) -> LocatedQuestionnaire? {
      let named = isSource ? map.from : map.to
      switch questionnaires.questionnaire(id: named.id, version: named.version) {
      case .success(let located): return located
      case .failure(let failure):
        diagnostics.append(map.questionnaireNotFound(isSource: isSource, reason: reason(failure)))
        return nil
      }
    }
    let source = side(true)
    let target = side(false)
    guard let source, let target else { return (report(path, bytes, diagnostics), nil) }
    diagnostics += map.check(from: source.questionnaire, to: target.questionnaire)
    let checked =
      diagnostics.hasErrors
      ? nil : ItemMapFile(path: path, map: map, source: source, target: target)
    return (report(path, bytes, diagnostics), checked)
  }

  /// Reads and checks the map at `path`, as ``check(_:questionnaires:)``.
  ///
  /// - Throws: ``LoadFailure``: `.file` when it cannot be read or is another kind of file,
  ///   `.invalid` with every error when it is not a valid map for its questionnaires.
  public static func load(_ path: UserPath, questionnaires: QuestionnaireCache) throws(LoadFailure)
    -> ItemMapFile
  {
    let (report, file) = check(path, questionnaires: questionnaires)
    if let file { return file }
    if let readError = report.readError { throw .file(readError) }
    throw .invalid(
      path: path.shown, source: report.source,
      diagnostics: report.diagnostics.filter { $0.severity == .error })
  }

  /// The bytes of the file at `path`, or of the bundled map `path` names.
  ///
  /// A bare name (as typed) that is no file is looked up among the bundled maps
  /// (`rad-self-assessment-2026.1-to-2027.1`, with or without `.yaml`). A missing bare
  /// name's error lists the bundled maps when `namingBundled` (a `--map`, which must be one).
  static func read(_ path: UserPath, namingBundled: Bool = true) throws(FileError) -> [UInt8] {
    let bare = !path.shown.contains("/")
    if bare, !FileManager.default.fileExists(atPath: path.opened),
      let bundled = BundledQuestionnaires.map(named: path.shown)
    {
      return bundled.bytes
    }
    do throws(FileError) {
      return try InputFile.read(path)
    } catch {
      guard namingBundled, bare, error.kind == .cannotOpen,
        !FileManager.default.fileExists(atPath: path.opened)
      else {
        throw error
      }
      let names = BundledQuestionnaires.maps.map { String($0.name.dropLast(".yaml".count)) }
      throw FileError(
        .cannotOpen, path: path,
        reason:
          "no such file, nor a bundled map of that name (bundled: \(names.joined(separator: ", ")))"
      )
    }
  }

  private static func report(_ path: UserPath, _ bytes: [UInt8], _ diagnostics: [Diagnostic])
    -> FileReport
  {
    FileReport(
      path: path.shown, source: bytes, diagnostics: diagnostics.sortedByPosition(), readError: nil)
  }

  /// Why a questionnaire cannot be used, in one clause.
  private static func reason(_ failure: LoadFailure) -> String {
    switch failure {
    case .file(let error): return error.description
    case .invalid(let path, _, _):
      return "'\(path)' is not a valid questionnaire; 'arusha validate \(path)' says why"
    case .questionnaire(let message): return message
    }
  }
}
