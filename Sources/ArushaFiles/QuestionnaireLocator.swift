import ArushaCore
import ArushaQuestionnaires
import Foundation

/// Finds the questionnaire of a response as cli.md says.
///
/// `--questionnaire FILE` if given; else a bundled questionnaire with the same id and version;
/// else `*.yaml` under `./Questionnaires`. The candidate must have the response's SHA-256 unless the user accepts a mismatch.
public struct QuestionnaireLocator: Sendable {
  /// The file given with `--questionnaire`, if any.
  public var explicitPath: UserPath?
  /// The folder searched last (`./Questionnaires`).
  public var searchFolder: UserPath
  /// Whether a different SHA-256 is accepted (the user said so explicitly).
  public var acceptMismatch: Bool
  /// What names the questionnaire, as messages say it: `response`, or `workbook` for a
  /// filled form (`arusha import`).
  public var subject = "response"

  /// Creates a locator.
  public init(
    explicitPath: UserPath? = nil, searchFolder: UserPath = "Questionnaires",
    acceptMismatch: Bool = false
  ) {
    self.explicitPath = explicitPath
    self.searchFolder = searchFolder
    self.acceptMismatch = acceptMismatch
  }

  /// The questionnaire `reference` names.
  ///
  /// - Throws: ``LoadFailure`` when the explicit file cannot be read or is invalid, when none
  ///   is found, or when the one found has other bytes.
  public func locate(_ reference: QuestionnaireReference) throws(LoadFailure)
    -> LocatedQuestionnaire
  {
    let wanted = "questionnaire '\(reference.id)' version '\(reference.version)'"
    let candidate: (bytes: [UInt8], origin: String, path: String)
    // A bundled file's hash was computed when it was embedded: hashing it again would cost
    // more than scoring the response.
    var embeddedSHA256: String?
    if let explicitPath {
      do throws(FileError) {
        candidate = (try InputFile.read(explicitPath), explicitPath.shown, explicitPath.shown)
      } catch {
        throw .file(error)
      }
    } else if let file = BundledCatalogue.file(id: reference.id, version: reference.version) {
      // Found by id and version alone; decoded below, once.
      candidate = (file.bytes, "the bundled \(file.name)", file.name)
      embeddedSHA256 = file.sha256
    } else if let found = searchFolderCandidate(reference).found {
      candidate = found
    } else {
      // The links there were not followed: say so, or the user cannot see why a questionnaire
      // linked into the folder is not found.
      let links = searchFolderCandidate(reference).links
      let listed = links.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
      let skipped =
        links.isEmpty
        ? ""
        : " (symbolic links there are not followed: \(listed)\(links.count > 3 ? " and \(links.count - 3) more" : ""))"
      throw .questionnaire(
        "no \(wanted) is bundled or in \(shownFolder)\(skipped); pass the questionnaire file the \(subject) was made with: --questionnaire FILE"
      )
    }
    let questionnaire = try QuestionnaireFile.decode(candidate.bytes, path: candidate.path)
      .questionnaire
    if questionnaire.id != reference.id || questionnaire.version != reference.version {
      throw .questionnaire(
        "\(candidate.origin) is questionnaire '\(questionnaire.id)' version '\(questionnaire.version)', but the \(subject) answers \(wanted); pass the right file with --questionnaire FILE"
      )
    }
    let sha = embeddedSHA256 ?? Fingerprint.sha256(candidate.bytes)
    if sha != reference.sha256, !acceptMismatch {
      throw .questionnaire(
        "\(candidate.origin) is \(wanted) but its contents differ from the file the \(subject) was made with (sha256 \(sha.prefix(12))… instead of \(reference.sha256.prefix(12))…): it was edited without a new version. Pass the exact file with --questionnaire FILE, or add --accept-questionnaire-mismatch to use this one anyway"
      )
    }
    return LocatedQuestionnaire(questionnaire: questionnaire, origin: candidate.origin, sha256: sha)
  }

  /// The questionnaire with `id` and `version`, whatever its bytes: for an item map, which
  /// names versions, not files (trust-and-continuity.md).
  ///
  /// - Throws: ``LoadFailure`` when the explicit file cannot be read, is invalid or is another
  ///   questionnaire, or when none is found.
  public func locate(id: String, version: String) throws(LoadFailure) -> LocatedQuestionnaire {
    var anyBytes = self
    anyBytes.acceptMismatch = true
    do throws(LoadFailure) {
      return try anyBytes.locate(QuestionnaireReference(id: id, version: version, sha256: ""))
    } catch {
      guard case .questionnaire = error else { throw error }
      throw .questionnaire(
        "no questionnaire '\(id)' version '\(version)' is bundled or in \(shownFolder); pass its file with --questionnaire FILE"
      )
    }
  }

  /// The search folder as messages name it: `./Questionnaires` for the relative default, an
  /// absolute folder as it is.
  var shownFolder: String {
    searchFolder.shown.hasPrefix("/") ? searchFolder.shown : "./" + searchFolder.shown
  }

  /// The questionnaire of `reference` among the `*.yaml` / `*.yml` files of the search folder,
  /// with the symbolic links there, which are not followed (as in every folder walk).
  func searchFolderCandidate(_ reference: QuestionnaireReference) -> (
    found: (bytes: [UInt8], origin: String, path: String)?, links: [String]
  ) {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: searchFolder.opened)) ?? [])
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    var sameIDAndVersion: (bytes: [UInt8], origin: String, path: String)?
    var links: [String] = []
    for name in names {
      let path = searchFolder.child(name)
      var info = stat()
      if lstat(path.opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
        links.append(path.shown)
        continue
      }
      // A folder walk follows no symbolic link (issue 22), as `compare`'s does.
      guard let bytes = try? InputFile.read(path, followingLinks: false),
        let questionnaire = QuestionnaireDecoder().decode(bytes).questionnaire,
        questionnaire.id == reference.id, questionnaire.version == reference.version
      else { continue }
      // Prefer the file with the exact bytes; else report the first with the same id and version.
      if Fingerprint.sha256(bytes) == reference.sha256 {
        return ((bytes, path.shown, path.shown), links)
      }
      if sameIDAndVersion == nil { sameIDAndVersion = (bytes, path.shown, path.shown) }
    }
    return (sameIDAndVersion, links)
  }
}
