import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 9's kinds of fault, one test (or more) per kind, through the command line: files,
/// locks, untrusted names and texts, output paths, names and identities, temporary files,
/// wrong kinds and languages.
///
/// Sessions (standard input), held locks, FIFOs and devices run the built binary; the rest
/// runs in-process.
@Suite struct HostileInputTests {
  static let tiny = """
    format: arusha/questionnaire-1
    id: tiny
    version: "1"
    title: {en: Tiny}
    languages: [en]
    factors:
      - id: f
        title: {en: F}
        questions:
          - {id: t, type: text, text: {en: Say something}, help: {en: H}}
          - {id: y, type: yesno, allow_na: true, text: {en: Yes or no?}, help: {en: H}}

    """

  /// A fresh folder with `Questionnaires/tiny.yaml`.
  func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Questionnaires"), withIntermediateDirectories: true)
    try Data(Self.tiny.utf8).write(to: folder.appendingPathComponent("Questionnaires/tiny.yaml"))
    return folder
  }

  /// `arusha assess` of the tiny questionnaire in line mode, with `input` piped.
  func assess(
    _ folder: URL, _ extra: [String], input: String, administration: String? = "Test Customs",
    round: String? = "2024"
  ) throws -> CommandResult {
    var arguments = ["assess", "Questionnaires/tiny.yaml", "--lang", "en"]
    if let administration { arguments += ["--administration", administration] }
    if let round { arguments += ["--round", round] }
    return try runArusha(arguments + extra, input: input, directory: folder)
  }

  /// A complete response `name` made by a real session.
  @discardableResult
  func completeResponse(_ folder: URL, _ name: String, administration: String = "Test Customs")
    throws -> URL
  {
    let result = try assess(
      folder, ["-o", name], input: "Some text\ny\n\n", administration: administration)
    #expect(result.status == 0, "\(result.stderr)")
    return folder.appendingPathComponent(name)
  }

  func text(_ url: URL) throws -> String {
    String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  func inode(_ path: String) -> UInt64? {
    var info = stat()
    return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
  }

  /// Control characters a hostile file name or text carries: ESC (an OSC title sequence),
  /// BEL, backspace, DEL, the C1 CSI.
  static let hostile = "\u{1B}]0;pwned\u{07}\u{08}\u{7F}\u{9B}31m"

  static func hasControl(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
    }
  }

  // MARK: 1. Locks

  /// A session that keeps running (standard input left open) on `name`.
  final class RunningSession {
    let process = Process()
    let input = Pipe()

    init(_ folder: URL, _ name: String) throws {
      process.executableURL = TestPaths.arusha
      process.arguments = [
        "assess", "Questionnaires/tiny.yaml", "--lang", "en", "--administration", "Test Customs",
        "--round", "2024", "-o", name,
      ]
      process.currentDirectoryURL = folder
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
    }

    func finish() -> Int32 {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
      return process.terminationStatus
    }
  }

  @Test func aRefusedSessionNeverReleasesTheHoldersLock() throws {
    let folder = try workspace()
    let lock = folder.appendingPathComponent(".s.yaml.lock").path
    let first = try RunningSession(folder, "s.yaml")
    // The holder has the lock once the response is written (the lock comes first).
    let deadline = Date().addingTimeInterval(30)
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.yaml").path),
      Date() < deadline
    {
      usleep(20_000)
    }
    let held = try #require(inode(lock))
    let second = try assess(folder, ["-o", "s.yaml"], input: ":q\n")
    #expect(second.status == 73, "\(second.stderr)")
    #expect(second.stderr.contains("another 'arusha assess' session is using this file"))
    #expect(inode(lock) == held, "the refused session left the holder's lock file alone")
    let third = try assess(folder, ["-o", "s.yaml"], input: ":q\n")
    #expect(third.status == 73, "a third session is refused too while the first runs")
    #expect(first.finish() == 0)
    #expect(inode(lock) == nil, "the holder removes its lock file when it ends")
    let fourth = try assess(folder, ["-o", "s.yaml"], input: ":q\n")
    #expect(fourth.status == 0, "\(fourth.stderr)")
  }

  @Test func aPlantedLockLinkIsNeverFollowed() throws {
    let folder = try workspace()
    let target = folder.appendingPathComponent("elsewhere")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent(".s.yaml.lock").path, withDestinationPath: target.path)
    let result = try assess(folder, ["-o", "s.yaml"], input: ":q\n")
    #expect(result.status == 73)
    #expect(result.stderr.contains("its lock file .s.yaml.lock is a symbolic link"))
    #expect(!FileManager.default.fileExists(atPath: target.path), "nothing created through it")
  }

  @Test func aPlantedDefaultNameLinkIsNeverFollowed() throws {
    let folder = try workspace()
    let target = folder.appendingPathComponent("elsewhere.yaml")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("test-customs-2024.yaml").path,
      withDestinationPath: target.path)
    let result = try assess(folder, [], input: ":q\n")
    #expect(result.status == 73, "\(result.stderr)")
    #expect(result.stderr.contains("is a symbolic link"))
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }

  // MARK: 2. Only regular files are read

  @Test func fifosAndDevicesAreRefusedAtOnce() throws {
    let folder = try workspace()
    let response = try completeResponse(folder, "r.yaml")
    #expect(mkfifo(folder.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
    for arguments in [
      ["score", "fifo.yaml"], ["validate", "fifo.yaml"], ["compare", "fifo.yaml"],
      ["score", response.lastPathComponent, "--questionnaire", "fifo.yaml"],
      ["compare", "r.yaml", "--questionnaire", "fifo.yaml"],
      ["assess", "fifo.yaml", "--administration", "A", "--round", "1"],
      [
        "assess", "Questionnaires/tiny.yaml", "-o", "fifo.yaml", "--administration", "A", "--round",
        "1",
      ],
      ["score", "/dev/zero"], ["validate", "/dev/zero"],
    ] {
      let result = try runArusha(arguments, directory: folder, timeout: 20)
      #expect(!result.timedOut, "\(arguments) waited on a FIFO or device")
      #expect(result.status == 66, "\(arguments): \(result.stderr)")
      #expect(
        (result.stderr + result.stdout).contains("is a FIFO (named pipe), expected a file")
          || (result.stderr + result.stdout).contains("is a character device, expected a file"),
        "\(arguments): \(result.stderr)")
    }
  }

  // MARK: 3. File names are sanitised in every message

  @Test func hostileFileNamesReachNoMessageRaw() throws {
    let folder = try workspace()
    try completeResponse(folder, "r.yaml")
    let name = "bad\(Self.hostile).yaml"
    let hostileFolder = folder.appendingPathComponent("folder\(Self.hostile)")
    try FileManager.default.createDirectory(at: hostileFolder, withIntermediateDirectories: true)
    let big = folder.appendingPathComponent("big\(Self.hostile).yaml")
    #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
    try FileHandle(forWritingTo: big).truncate(atOffset: 5 << 20)
    for (arguments, status) in [
      (["score", name], Int32(66)), (["score", hostileFolder.lastPathComponent], 66),
      (["score", big.lastPathComponent], 65), (["validate", name], 66), (["compare", name], 66),
      (["score", "r.yaml", "-o", "missing\(Self.hostile)/x.json"], 73),
      (["score", "r.yaml", "--questionnaire", name], 66),
    ] {
      let result = try runArushaInProcess(arguments, directory: folder)
      #expect(result.status == status, "\(arguments): \(result.stderr)")
      #expect(!Self.hasControl(result.stderr + result.stdout), "\(arguments): \(result.stderr)")
      #expect((result.stderr + result.stdout).contains("]0;pwned"), "the name is still shown")
    }
    let saved = try assess(folder, ["-o", "s\(Self.hostile).yaml"], input: ":q\n")
    #expect(saved.status == 0, "\(saved.stderr)")
    #expect(saved.stderr.contains("Answers saved in s]0;pwned31m.yaml."), "\(saved.stderr)")
    #expect(!Self.hasControl(saved.stderr + saved.stdout))
  }

  @Test func messagesQuotingTextFromFilesAreSanitised() throws {
    let folder = try workspace()
    let fixture = TestPaths.packageRoot.appendingPathComponent(
      "Tests/ArushaCoreTests/Fixtures/hostile/response.yaml")
    try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("h.yaml"))
    // Its questionnaire version carries ESC, BEL, C1 and U+202E; the message quotes it.
    for arguments in [["score", "h.yaml"], ["compare", "h.yaml"]] {
      let result = try runArushaInProcess(arguments, directory: folder)
      #expect(result.status == 65, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("no questionnaire 'hostile' version '1"))
      #expect(!Self.hasControl(result.stderr), "\(arguments): \(result.stderr)")
      #expect(!result.stderr.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
    }
  }

  // MARK: 4. arusha never writes what it would refuse to read

  @Test func aSessionRefusesTextsLongerThanAResponseKeeps() throws {
    let folder = try workspace()
    let long = String(repeating: "x", count: ResponseLimits.textLength + 1)
    let result = try assess(
      folder, ["-o", "r.yaml"], input: "\(long)\nshort\ny\nb\nc \(long)\n:q\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.components(
        separatedBy: "This text has 10001 characters; at most 10000 are kept."
      )
      .count == 3, "both the answer and the comment are refused")
    let saved = try text(folder.appendingPathComponent("r.yaml"))
    #expect(saved.contains("value: short") && !saved.contains("xxxxxxxxxx"))
    let score = try runArushaInProcess(["score", "r.yaml"], directory: folder)
    #expect(score.status == 0, "what was saved reads back: \(score.stderr)")
  }

  @Test func theReaderRefusesOverlongFieldsWithTheirPosition() throws {
    let folder = try workspace()
    let response = try completeResponse(folder, "r.yaml")
    let original = try text(response)
    let long = String(repeating: "é", count: ResponseLimits.textLength + 1)
    try Data(
      original.replacingOccurrences(
        of: "value: Some text", with: "value: Some text\n    comment: \(long)"
      ).utf8
    ).write(to: response)
    let result = try runArushaInProcess(["score", "r.yaml"], directory: folder)
    #expect(result.status == 65)
    #expect(
      result.stderr.contains(
        "r.yaml:18:14: error: comment has 10001 characters; at most 10000 are accepted"),
      "\(result.stderr)")
    let identity = original.replacingOccurrences(
      of: "administration: Test Customs",
      with: "administration: " + String(repeating: "A", count: 201))
    try Data(identity.utf8).write(to: response)
    let compared = try runArushaInProcess(["compare", "r.yaml"], directory: folder)
    #expect(compared.status == 65, "the compare fast path refuses it as the decoder does")
    #expect(
      compared.stderr.contains(
        "r.yaml:6:17: error: administration has 201 characters; at most 200 are accepted"),
      "\(compared.stderr)")
  }

  @Test func aliasesAreBoundedInBytesNotOnlyInNodes() throws {
    let folder = try workspace()
    let response = try completeResponse(folder, "r.yaml")
    // One 300 kB anchor and four aliases of it: few nodes, but 1.2 MB of copied text (a file
    // like this would have grown past what arusha reads back once rewritten).
    let chunk = String(repeating: "z", count: 300_000)
    let aliased = try text(response).replacingOccurrences(
      of: "    value: Some text", with: "    value: Some text\n    comment: &big \(chunk)"
    ).replacingOccurrences(
      of: "    value: 1", with: "    value: 1\n    comment: [*big, *big, *big, *big]")
    try Data(aliased.utf8).write(to: response)
    for arguments in [["score", "r.yaml", "--format", "csv", "--items"], ["compare", "r.yaml"]] {
      let result = try runArushaInProcess(arguments, directory: folder)
      #expect(result.status == 65, "\(arguments)")
      #expect(result.stdout.isEmpty)
      #expect(
        result.stderr.contains(
          "r.yaml:21:33: error: alias '*big' would expand the document past 1048576 bytes of repeated text"
        ), "\(arguments): \(result.stderr.prefix(300))")
    }
  }

  @Test func aResponseThatWouldNotReadBackIsNeverWritten() throws {
    // A response just under the 4 MiB that arusha reads: one more long answer would pass it.
    let questions = (1...120).map {
      "      - {id: q\($0), type: text, text: {en: Q\($0)}, help: {en: H}}"
    }
    let many = """
      format: arusha/questionnaire-1
      id: many
      version: "1"
      title: {en: Many}
      languages: [en]
      factors:
        - id: f
          title: {en: F}
          questions:
      \(questions.joined(separator: "\n"))

      """
    let folder = try workspace()
    let bytes = Array(many.utf8)
    try Data(bytes).write(to: folder.appendingPathComponent("Questionnaires/many.yaml"))
    let questionnaire = try #require(QuestionnaireDecoder().decode(bytes).questionnaire)
    var response = Response(
      questionnaire: QuestionnaireReference(
        id: "many", version: "1", sha256: Fingerprint.sha256(bytes)),
      administration: "Test Customs", round: "2024", status: .inProgress,
      started: "2024-07-02T09:00:00Z", updated: "2024-07-02T09:00:00Z")
    let long = String(repeating: "😀", count: ResponseLimits.textLength)
    var answered = 0
    while true {
      response.answers["q\(answered + 1)"] = Answer(value: .text(long))
      if try response.yamlBytes(order: questionnaire).count > ResponseLimits.fileBytes {
        response.answers["q\(answered + 1)"] = nil
        break
      }
      answered += 1
    }
    let path = folder.appendingPathComponent("r.yaml")
    try Data(try response.yamlBytes(order: questionnaire)).write(to: path)
    let result = try runArusha(
      ["assess", "Questionnaires/many.yaml", "-o", "r.yaml"], input: "\(long)\n:q\n",
      directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("This answer would make the response file too large"))
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: path.path)[.size] as? Int)
    #expect(size <= ResponseLimits.fileBytes)
    let score = try runArushaInProcess(["score", "r.yaml"], directory: folder)
    #expect(score.status == 0, "the file still reads back: \(score.stderr.prefix(300))")
    #expect(!(try text(path)).contains("q\(answered + 1):"), "the refused answer is not saved")
  }

  // MARK: 5. Output paths

  @Test func outputPathsFollowTheRules() throws {
    let folder = try workspace()
    let response = try completeResponse(folder, "r.yaml")
    let original = try text(response)
    for arguments in [
      ["score", "r.yaml", "-o", "r.yaml", "--format", "json"],
      ["score", "r.yaml", "-o", "./r.yaml"],
      ["compare", "r.yaml", "-o", "r.yaml", "--format", "json"],
      [
        "score", "r.yaml", "--questionnaire", "Questionnaires/tiny.yaml", "-o",
        "Questionnaires/tiny.yaml", "--format", "json",
      ],
      ["compare", ".", "-o", "r.yaml", "--format", "csv"],
    ] {
      let result = try runArushaInProcess(arguments, directory: folder)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(
        result.stderr.contains("is one of the files this command reads")
          || result.stderr.contains("cannot tell the format"), "\(arguments): \(result.stderr)")
    }
    #expect(try text(response) == original, "the answers are never replaced by a report")
    for name in ["report.pdf", "report"] {
      let result = try runArushaInProcess(["score", "r.yaml", "-o", name], directory: folder)
      #expect(result.status == 64)
      #expect(
        result.stderr.contains(
          "Error: cannot tell the format of '\(name)' from its extension: name it .txt, .md, .json, .csv, .html or .xlsx, or give --format"
        ), "\(result.stderr)")
      #expect(result.stderr.contains("Usage: arusha score"))
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
    }
    let withFormat = try runArushaInProcess(
      ["score", "r.yaml", "-o", "report", "--format", "markdown"], directory: folder)
    #expect(withFormat.status == 0)
    #expect(try text(folder.appendingPathComponent("report")).hasPrefix("# Tiny"))

    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out.json"), withIntermediateDirectories: true)
    let toFolder = try runArushaInProcess(["score", "r.yaml", "-o", "out.json"], directory: folder)
    #expect(toFolder.status == 73, "\(toFolder.stderr)")
    #expect(toFolder.stderr == "arusha: out.json: is a folder; give a file name\n")
    let missing = try runArushaInProcess(
      ["score", "r.yaml", "-o", "nowhere/out.json"], directory: folder)
    #expect(missing.status == 73)
    #expect(missing.stderr.contains("/nowhere does not exist"), "\(missing.stderr)")

    // A link is replaced, never written through.
    let kept = folder.appendingPathComponent("kept.json")
    try Data("kept".utf8).write(to: kept)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("link.json").path, withDestinationPath: kept.path)
    let linked = try runArushaInProcess(["score", "r.yaml", "-o", "link.json"], directory: folder)
    #expect(linked.status == 0, "\(linked.stderr)")
    #expect(try text(kept) == "kept")
    #expect(try text(folder.appendingPathComponent("link.json")).hasPrefix("{"))
    #expect(
      (try? FileManager.default.destinationOfSymbolicLink(
        atPath: folder.appendingPathComponent("link.json").path)) == nil)
  }

  /// Through the binary: `/dev/stdout` is the process's own standard output, and a write that
  /// waited on a FIFO must end in a killed process, not a stuck test run.
  @Test func theProcessOutputAndAFIFOAreWrittenDirectly() throws {
    let folder = try workspace()
    try completeResponse(folder, "r.yaml")
    // /dev/stdout and a FIFO are written directly.
    let stdout = try runArusha(
      ["score", "r.yaml", "-o", "/dev/stdout", "--format", "csv"], directory: folder)
    #expect(stdout.status == 0, "\(stdout.stderr)")
    #expect(stdout.stdout.hasPrefix("\u{FEFF}"))
    let fifo = folder.appendingPathComponent("out.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    nonisolated(unsafe) var read = Data()
    let reader = Thread {
      read = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
    }
    reader.start()
    let piped = try runArusha(
      ["score", "r.yaml", "-o", fifo, "--format", "json"], directory: folder, timeout: 30)
    #expect(piped.status == 0, "\(piped.stderr)")
    while !reader.isFinished { usleep(10_000) }
    #expect(String(decoding: read, as: UTF8.self).hasPrefix("{"))
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "still the FIFO")
  }

  // MARK: 6. Names and identities

  @Test func blankNamesAreRefusedBeforeAnythingIsSaved() throws {
    let folder = try workspace()
    for (flag, value) in [
      ("--administration", "   "), ("--round", ""), ("--role", " "),
      ("--administration", String(repeating: "A", count: 201)),
    ] {
      var arguments = ["assess", "Questionnaires/tiny.yaml", "-o", "r.yaml"]
      arguments += flag == "--administration" ? [] : ["--administration", "A"]
      arguments += flag == "--round" ? [] : ["--round", "1"]
      arguments += [flag, value]
      let result = try runArusha(arguments, input: "x\n", directory: folder)
      #expect(result.status == 64, "\(flag) '\(value)'")
      #expect(result.stderr.contains("Usage: arusha assess"))
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.yaml").path))
    }
  }

  @Test func nonLatinNamesGetDistinctFilesAndAnotherAdministrationsFileIsNotResumed() throws {
    let folder = try workspace()
    let arabic = try assess(folder, [], input: "نص\ny\n\n", administration: "الجمارك")
    let chinese = try assess(folder, [], input: "文本\ny\n\n", administration: "海关")
    let chinese2 = try assess(folder, [], input: "文本\ny\n\n", administration: "海官")
    #expect(arabic.status == 0 && chinese.status == 0 && chinese2.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(names.count == 3, "\(names)")
    #expect(names.contains { $0.hasPrefix("aljmark-") && $0.hasSuffix("-2024.yaml") }, "\(names)")
    #expect(names.filter { $0.hasPrefix("hai-guan-") }.count == 2, "homophones stay apart")
    // Latin names keep the names they always had.
    try completeResponse(folder, "unused.yaml")
    let latin = try assess(folder, [], input: ":q\n", administration: "Douanes du Sénégal")
    #expect(latin.stderr.contains("douanes-du-senegal-2024.yaml"))

    let other = try assess(
      folder, ["-o", "douanes-du-senegal-2024.yaml"], input: ":q\n", administration: "Niger Customs"
    )
    #expect(other.status == 64)
    #expect(
      other.stderr.contains(
        "douanes-du-senegal-2024.yaml is the response of administration 'Douanes du Sénégal', not 'Niger Customs'"
      ), "\(other.stderr)")
    let otherRound = try assess(
      folder, ["-o", "douanes-du-senegal-2024.yaml"], input: ":q\n",
      administration: "Douanes du Sénégal", round: "2026")
    #expect(otherRound.status == 64)
    #expect(otherRound.stderr.contains("round '2024', not '2026'"))
  }

  @Test func namesThatAreProbablyOneAdministrationAreReported() throws {
    let folder = try workspace()
    for (index, name) in [
      "Niger Customs", "niger  customs", "Niger\u{200B} Customs", "Benin Customs",
    ]
    .enumerated() {
      try completeResponse(folder, "r\(index).yaml", administration: name)
    }
    let result = try runArushaInProcess(["compare", ".", "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "arusha: warning: 'Niger Customs' and 'Niger<U+200B> Customs' and 'niger  customs' are probably the same administration"
      ), "\(result.stderr)")
    #expect(!result.stderr.contains("Benin"))
    #expect(
      result.stdout.components(separatedBy: "\"administration\": ").count - 1 >= 4, "kept apart")
    let anonymous = try runArushaInProcess(
      ["compare", ".", "--anonymize", "--format", "json"], directory: folder)
    #expect(
      anonymous.stderr.contains("arusha: warning: A2 and A3 and A4 are probably the same"),
      "\(anonymous.stderr)")
    #expect(!anonymous.stderr.contains("Niger"))
    // With a filter that leaves out an administration sorted first (its response is not
    // complete), the warning still says the labels the reports print: labels number every
    // readable response, before the filters (issue 23).
    _ = try assess(
      folder, ["-o", "r9.yaml"], input: ":q\n", administration: "Algeria Customs")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r9.yaml").path))
    let filtered = try runArushaInProcess(
      ["compare", ".", "--anonymize", "--format", "json"], directory: folder)
    #expect(filtered.status == 0, "\(filtered.stderr)")
    #expect(
      filtered.stderr.contains("arusha: warning: A3 and A4 and A5 are probably the same"),
      "\(filtered.stderr)")
    #expect(filtered.stdout.contains("\"administration\": \"A3\""), "\(filtered.stdout)")
    #expect(!filtered.stdout.contains("\"administration\": \"A1\""))
  }

  // MARK: 7. Temporary files

  @Test func staleTemporaryFilesAreRemovedByTheNextSession() throws {
    let folder = try workspace()
    try completeResponse(folder, "r.yaml")
    let stale = folder.appendingPathComponent(".r.yaml.tmp-Ab12Cd")
    try Data("answers".utf8).write(to: stale)
    let unrelated = folder.appendingPathComponent(".r.yaml.tmp-longer-name")
    try Data("keep".utf8).write(to: unrelated)
    let target = folder.appendingPathComponent("target")
    try Data("target".utf8).write(to: target)
    let link = folder.appendingPathComponent(".r.yaml.tmp-Zz99Yy")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
    let result = try assess(folder, ["-o", "r.yaml"], input: "q\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    #expect(FileManager.default.fileExists(atPath: unrelated.path))
    #expect(try text(target) == "target", "a link under such a name is left alone")
  }

  // MARK: 8. Wrong kinds and languages

  @Test func aFileOfTheWrongKindGetsOneLine() throws {
    let folder = try workspace()
    try completeResponse(folder, "r.yaml")
    let validate = try runArushaInProcess(["validate", "r.yaml"], directory: folder)
    #expect(validate.status == 65)
    #expect(
      validate.stdout
        == "r.yaml: error: is a response (format: arusha/response-1), not a questionnaire; 'arusha score' scores it and 'arusha assess -o FILE' resumes it\n1 file checked: 1 error, 0 warnings\n"
    )
    for arguments in [
      ["score", "Questionnaires/tiny.yaml"], ["compare", "Questionnaires/tiny.yaml"],
      ["assess", "Questionnaires/tiny.yaml", "-o", "Questionnaires/tiny.yaml"],
      ["assess", "r.yaml", "--administration", "A", "--round", "1"],
      ["score", "r.yaml", "--questionnaire", "r.yaml"],
    ] {
      // A session reads standard input, so only the binary runs it.
      let result =
        arguments.first == "assess"
        ? try runArusha(arguments, input: ":q\n", directory: folder)
        : try runArushaInProcess(arguments, directory: folder)
      #expect(result.status == 65, "\(arguments): \(result.stderr)")
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count <= 2, "\(arguments): \(result.stderr)")
      #expect(
        result.stderr.contains(
          "is a questionnaire (format: arusha/questionnaire-1), not a response")
          || result.stderr.contains(
            "is a response (format: arusha/response-1), not a questionnaire"),
        "\(arguments): \(result.stderr)")
    }
  }

  @Test func everyCommandRefusesALanguageTheQuestionnaireLacks() throws {
    let folder = try workspace()
    try completeResponse(folder, "r.yaml")
    for (arguments, command) in [
      (["score", "r.yaml", "--lang", "de"], "score"),
      (["compare", "r.yaml", "--lang", "de"], "compare"),
      (["questionnaires", "--lang", "de"], "questionnaires"),
      (
        [
          "assess", "Questionnaires/tiny.yaml", "--lang", "de", "--administration", "A", "--round",
          "1",
        ], "assess"
      ),
    ] {
      let result =
        command == "assess"
        ? try runArusha(arguments, input: ":q\n", directory: folder)
        : try runArushaInProcess(arguments, directory: folder)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("Usage: arusha \(command) "), "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(command == "questionnaires" ? "en, fr" : "en"))
    }
  }
}
