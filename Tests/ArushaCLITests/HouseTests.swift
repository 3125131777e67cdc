import ArushaTestSupport
import Foundation
import Testing

/// The shape of the package (issue 11) and the settings decided once at start-up.
@Suite struct HouseTests {
  /// The modules each module may import (README's layout): peers never import each other.
  static let allowed: [String: Set<String>] = [
    "ArushaYAML": ["CLibYAML"],
    "ArushaCore": ["ArushaYAML"],
    "ArushaText": ["ArushaCore"],
    "ArushaFiles": ["ArushaCore", "ArushaYAML", "ArushaQuestionnaires", "ZIPFoundation"],
    "ArushaReports": ["ArushaCore", "ArushaYAML", "ArushaText"],
    "ArushaTerminal": ["ArushaCore", "ArushaText"],
    "ArushaApp": [
      "ArushaCore", "ArushaYAML", "ArushaText", "ArushaFiles", "ArushaReports", "ArushaTerminal",
      "ArushaQuestionnaires",
    ],
    "arusha": ["ArushaApp", "ArushaCore"],
  ]

  @Test func modulesImportOnlyWhatTheLayoutAllows() throws {
    let sources = TestPaths.packageRoot.appendingPathComponent("Sources")
    for (module, allowed) in Self.allowed {
      let folder = sources.appendingPathComponent(module)
      let files =
        FileManager.default.enumerator(atPath: folder.path)?
        .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
      #expect(!files.isEmpty, "\(module) has sources")
      for file in files {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        for line in text.split(separator: "\n") {
          let words = line.split(separator: " ").map(String.init)
          guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
            words[..<index].allSatisfy({ ["public", "internal", "@testable"].contains($0) })
          else { continue }
          let imported = words[index + 1]
          // ZIPFoundation too: only ArushaFiles zips (the workbooks' parts come from Reports).
          guard imported.hasPrefix("Arusha") || ["CLibYAML", "ZIPFoundation"].contains(imported)
          else { continue }
          #expect(allowed.contains(imported), "\(module)/\(file) imports \(imported)")
        }
      }
    }
  }

  @Test func colourFollowsTheTerminalTheEnvironmentAndTheFlag() throws {
    // Piped output has no colour, with --color auto and NO_COLOR unset or set.
    let plain = try runArushaInProcess(["questionnaires"], environment: ["NO_COLOR": ""])
    #expect(!plain.stdout.contains("\u{1B}["))
    // An explicit --color always wins over NO_COLOR (cli.md); --color never over a terminal.
    let always = try runArushaInProcess(
      ["questionnaires", "--color", "always"], environment: ["NO_COLOR": "1"])
    #expect(always.stdout.hasPrefix("\u{1B}[1mID"))
    let never = try runArushaInProcess([
      "validate", "--color", "never", "Questionnaires/example.yaml",
    ])
    #expect(!never.stdout.contains("\u{1B}["))
    let wrong = try runArushaInProcess(["score", "x.yaml", "--color", "sometimes"])
    #expect(wrong.status == 64)
  }
}
