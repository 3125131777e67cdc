import ArushaFiles
import ArushaReports
import ArushaText
import Testing

@testable import ArushaCore
@testable import ArushaYAML

@Suite struct DiagnosticRendererTests {
  let report = FileReport(
    path: "q.yaml",
    source: Array("a: 1\n\tb: \u{1B}[31mx\nc: 3\n".utf8),
    diagnostics: [
      Diagnostic(
        YAMLError(
          .duplicateKey("c"), at: SourceMark(line: 3, column: 1),
          notes: [.init(.keyFirstDefined("c"), at: SourceMark(line: 1, column: 1))])),
      .warning(
        .missingTranslation("text \u{1B}]0;pwned\u{7}", language: "fr"),
        at: SourceMark(line: 2, column: 5)),
    ],
    readError: nil)

  @Test func textHasPositionsSnippetsCaretsAndNotes() {
    #expect(
      DiagnosticRenderer().text([report]) == """
        q.yaml:3:1: error: duplicate key 'c'
          c: 3
          ^
        q.yaml:1:1: note: 'c' is first defined here
        q.yaml:2:5: warning: text ]0;pwned has no 'fr' translation
          \tb: \u{FFFD}[31mx
          \t   ^
        1 file checked: 1 error, 1 warning

        """)
  }

  @Test func colourOnlyWhenAsked() {
    let coloured = DiagnosticRenderer(style: TextStyle(colour: true)).text([report])
    #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
    #expect(!coloured.contains("\u{1B}]0;"), "control characters from the file are stripped")
    #expect(!DiagnosticRenderer().text([report]).contains("\u{1B}"))
  }

  @Test func colourRule() {
    #expect(TextStyle.resolve(isTerminal: true, environment: [:]).colour)
    #expect(!TextStyle.resolve(isTerminal: false, environment: [:]).colour)
    #expect(!TextStyle.resolve(isTerminal: true, environment: ["NO_COLOR": "1"]).colour)
    #expect(TextStyle.resolve(isTerminal: true, environment: ["NO_COLOR": ""]).colour)
    #expect(!TextStyle.resolve(isTerminal: true, environment: ["TERM": "dumb"]).colour)
  }

  @Test func json() {
    let unreadable = FileReport(
      path: "missing.yaml", source: [], diagnostics: [],
      readError: FileError(.cannotOpen, path: "missing.yaml", reason: "no such file"))
    #expect(
      DiagnosticRenderer().json([report, unreadable]) == """
        {
          "files": [
            {
              "file": "q.yaml",
              "valid": false,
              "errors": 1,
              "warnings": 1,
              "diagnostics": [
                {
                  "severity": "error",
                  "line": 3,
                  "column": 1,
                  "message": "duplicate key 'c'",
                  "notes": [
                    {
                      "line": 1,
                      "column": 1,
                      "message": "'c' is first defined here"
                    }
                  ],
                  "suggestion": null
                },
                {
                  "severity": "warning",
                  "line": 2,
                  "column": 5,
                  "message": "text ]0;pwned has no 'fr' translation",
                  "notes": [],
                  "suggestion": null
                }
              ]
            },
            {
              "file": "missing.yaml",
              "valid": false,
              "errors": 1,
              "warnings": 0,
              "diagnostics": [
                {
                  "severity": "error",
                  "line": null,
                  "column": null,
                  "message": "no such file",
                  "notes": [],
                  "suggestion": null
                }
              ]
            }
          ]
        }

        """)
  }

  @Test func windowsLineEndsKeepTheirSnippets() {
    let report = FileReport(
      path: "q.yaml", source: Array("a: 1\r\nbb: 2\r\n".utf8),
      diagnostics: [.error(.empty("x"), at: SourceMark(line: 2, column: 2))], readError: nil)
    #expect(
      DiagnosticRenderer().text([report]).hasPrefix(
        "q.yaml:2:2: error: x is empty\n  bb: 2\n   ^\n"))
  }

  /// The caret stands under the cells the characters before it take: two for each of `漢字`
  /// (so `x` at column 5 is at cell 7), none for a combining mark, two for an emoji sequence.
  @Test func caretGoesUnderDisplayCellsNotCharacters() {
    func caret(_ line: String, column: Int) -> String {
      let report = FileReport(
        path: "q.yaml", source: Array("\(line)\n".utf8),
        diagnostics: [.error(.empty("x"), at: SourceMark(line: 1, column: column))],
        readError: nil)
      let lines = DiagnosticRenderer().text([report]).split(separator: "\n")
      return String(lines[2])
    }
    #expect(caret("漢字: x", column: 5) == "        ^")
    #expect(caret("e\u{301}e\u{301}: x", column: 7) == "      ^")
    #expect(caret("👩‍💻: x", column: 6) == "      ^")
    #expect(caret("\t漢: x", column: 5) == "  \t    ^")
  }
}
