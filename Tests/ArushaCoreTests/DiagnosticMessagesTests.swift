import ArushaTestSupport
import Foundation
import Testing

/// Findings are worded in one place per module (issue 11): Core's in DiagnosticMessages.swift,
/// ArushaYAML's in YAMLMessages.swift, each message a documented member that some source uses.
@Suite struct DiagnosticMessagesTests {
  /// The files where messages are written, from the package root.
  static let catalogues = [
    "Sources/ArushaCore/Diagnostics/DiagnosticMessages.swift",
    "Sources/ArushaYAML/YAMLMessages.swift",
  ]

  /// Calls that would word a finding in place: a string literal as a diagnostic's, a loader
  /// error's, a note's or a condition problem's message, or a message made outside its file.
  static let inlinePatterns = [
    #"\b(error|warning)\(\s*""#,
    #"\bDiagnostic\(\s*\.(error|warning)\s*,\s*""#,
    #"\bYAMLError\(\s*""#,
    #"\bNote\(\s*""#,
    #"\bnotes:\s*\[\s*\.init\(\s*""#,
    #"\b(SyntaxError|Problem)\(\s*message:\s*""#,
    #"\bMessage(\.init)?\(\s*""#,
  ]

  /// Each inline wording in `text`: its line and what it starts with.
  static func inlineFindings(in text: String) throws -> [String] {
    var found: [String] = []
    for pattern in inlinePatterns {
      // Simple word boundaries: by Unicode's rules, `reader.error` is a single word.
      let regex = try Regex(pattern).wordBoundaryKind(.simple)
      for match in text.matches(of: regex) {
        let line = text[..<match.range.lowerBound].count { $0 == "\n" } + 1
        found.append("line \(line): \(text[match.range].prefix(40))")
      }
    }
    return found
  }

  /// Every Swift file under Sources, as a path from the package root.
  static func sourceFiles() -> [String] {
    let sources = TestPaths.packageRoot.appendingPathComponent("Sources")
    let names = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }
    return (names ?? []).filter { $0.hasSuffix(".swift") }.map { "Sources/\($0)" }.sorted()
  }

  static func read(_ path: String) throws -> String {
    try String(
      contentsOf: TestPaths.packageRoot.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func theScanSeesAnInlineMessage() throws {
    // The patterns must catch the way these calls are formatted, over several lines too.
    #expect(try Self.inlineFindings(in: "reader.error(\n  \"x is wrong\", at: mark)").count == 1)
    #expect(try Self.inlineFindings(in: "throw YAMLError(\"x\", at: .start)").count == 1)
    #expect(try Self.inlineFindings(in: "notes: [.init(\"first here\", at: first)]").count == 1)
    #expect(try Self.inlineFindings(in: "reader.error(.emptyLanguages, at: mark)").isEmpty)
  }

  @Test func findingsAreWordedOnlyInTheMessageFiles() throws {
    let files = Self.sourceFiles()
    #expect(files.count > 50)
    for catalogue in Self.catalogues {
      #expect(files.contains(catalogue), "\(catalogue) exists")
    }
    for file in files where !Self.catalogues.contains(file) {
      for finding in try Self.inlineFindings(in: Self.read(file)) {
        Issue.record("\(file), \(finding): word it in \(Self.catalogues.joined(separator: " or "))")
      }
    }
  }

  @Test func onlyTheMessageFilesCanMakeAMessage() throws {
    // A fileprivate initializer is what makes a message written elsewhere fail to compile.
    for catalogue in Self.catalogues {
      let text = try Self.read(catalogue)
      #expect(text.contains("public struct Message: Sendable, Hashable"), "\(catalogue)")
      #expect(text.contains("fileprivate init(_ text: String)"), "\(catalogue)")
    }
  }

  @Test func everyMessageIsDocumentedAndUsed() throws {
    let others = try Self.sourceFiles().filter { !Self.catalogues.contains($0) }.map(Self.read)
    let member = try Regex(#"^\s*static (func|let) (\w+)"#)
    for catalogue in Self.catalogues {
      let lines = try Self.read(catalogue).split(separator: "\n", omittingEmptySubsequences: false)
      var names: [String] = []
      for (index, line) in lines.enumerated() {
        guard let match = line.firstMatch(of: member), let name = match.output[2].substring
        else { continue }
        names.append(String(name))
        let previous = index > 0 ? lines[index - 1].trimmingCharacters(in: .whitespaces) : ""
        #expect(previous.hasPrefix("///"), "\(catalogue): '\(name)' has a doc comment")
        #expect(
          others.contains { $0.contains(".\(name)") }, "\(catalogue): '\(name)' is used")
      }
      #expect(names.count > 10, "\(catalogue) has its messages")
    }
  }
}
