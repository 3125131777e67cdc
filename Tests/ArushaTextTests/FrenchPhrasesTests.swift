import Foundation
import Testing

@testable import ArushaText

/// French typography in the tool's own words (cli.md, "The session in a real terminal"):
/// every French phrase uses ’, and a no-break space where French puts a space before `:` `;`
/// `?` `!` `»` and after `«`; counts read as French, with 0 and 1 singular.
@Suite struct FrenchPhrasesTests {
  /// The folder of ArushaText's sources.
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "Sources/ArushaText")

  /// The French of every `pick(english, french)` in ArushaText's sources, interpolations as
  /// `X`, with the line it starts on.
  static func frenchPhrases() throws -> [(file: String, line: Int, text: String)] {
    var phrases: [(String, Int, String)] = []
    let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter {
      $0.hasSuffix(".swift")
    }
    for file in files.sorted() {
      let source = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for phrase in SwiftLiterals.secondArguments(of: "pick", in: source) {
        phrases.append((file, phrase.line, phrase.text))
      }
    }
    return phrases
  }

  @Test func thereAreFrenchPhrasesToScan() throws {
    let phrases = try Self.frenchPhrases()
    #expect(phrases.count > 150)
    #expect(phrases.contains { $0.text == "Axes d’amélioration" })
  }

  @Test func noFrenchPhraseHasAStraightApostropheOrABreakableSpaceBeforeASign() throws {
    for (file, line, text) in try Self.frenchPhrases() {
      #expect(!text.contains("'"), "\(file):\(line): straight apostrophe in \(text)")
      let characters = Array(text)
      for (index, character) in characters.enumerated() {
        let previous = index > 0 ? characters[index - 1] : nil
        let next = index + 1 < characters.count ? characters[index + 1] : nil
        // `:a` is a command and `1:3` no punctuation: a sign counts before a space or the end.
        let isSign =
          ";:?!".contains(character) && (next == nil || next == " " || next == "\u{A0}")
          || character == "»"
        if isSign, previous == " " {
          #expect(Bool(false), "\(file):\(line): breakable space before \(character) in \(text)")
        }
        if character == "«", next == " " {
          #expect(Bool(false), "\(file):\(line): breakable space after « in \(text)")
        }
      }
    }
  }

  @Test func countsReadAsFrench() {
    let french = Phrases("fr")
    #expect(french.answeredCount(0, 70) == "0 réponse sur 70")
    #expect(french.answeredCount(1, 70) == "1 réponse sur 70")
    #expect(french.answeredCount(12, 70) == "12 réponses sur 70")
    #expect(
      french.reviewFactor("Audit", answered: 3, missing: 4)
        == "Audit\u{A0}: 3 réponses, 4 manquantes")
    #expect(
      french.reviewFactor("Audit", answered: 1, missing: 0) == "Audit\u{A0}: 1 réponse, 0 manquante"
    )
    #expect(french.cannotComplete(0).hasPrefix("0 question obligatoire sans réponse"))
    #expect(french.cannotComplete(2).hasPrefix("2 questions obligatoires sans réponse"))
    #expect(french.groupsCount(0, administrations: 1) == "0 groupe · 1 administration")
    #expect(french.colon("Aide") == "Aide\u{A0}:")
    #expect(french.roundPrompt == "Cycle d’évaluation (par ex. 2024)")
    #expect(french.improvements == "Axes d’amélioration")
  }

  /// Issue 23: a label over one factor is singular, over several or none the category; a list
  /// is separated as French writes it.
  @Test func labelsOfOneFactorAreSingular() {
    let french = Phrases("fr")
    let english = Phrases("en")
    #expect(
      [0, 1, 2].map { french.improvements(count: $0) }
        == ["Axes d’amélioration", "Axe d’amélioration", "Axes d’amélioration"])
    #expect([1, 3].map { french.strengths(count: $0) } == ["Point fort", "Points forts"])
    #expect(english.improvements(count: 1) == "Area for improvement")
    #expect(english.strengths(count: 2) == "Strengths")
    #expect(french.selectMore(["Un", "Deux"]) == "À mettre en place\u{A0}: Un\u{202F}; Deux")
  }

  /// Issue 23: « 12 345 signalements », not "12345": from five digits the whole part is
  /// grouped (a narrow no-break space in French, a comma in English); four digits stay whole.
  @Test func largeNumbersAreGroupedByThousands() {
    let french = Phrases("fr")
    let english = Phrases("en")
    #expect(french.decimal(12345, digits: 0) == "12\u{202F}345")
    #expect(english.decimal(12345, digits: 0) == "12,345")
    #expect(french.decimal(1_234_567.25, digits: 2) == "1\u{202F}234\u{202F}567,25")
    #expect(french.decimal(-123_456.5) == "-123\u{202F}456,5")
    #expect(english.decimal(2024, digits: 0) == "2024")
    #expect(french.decimal(61.25) == "61,3")
    #expect(french.decimal(nil) == "—")
  }

  @Test func countsReadAsEnglish() {
    let english = Phrases("en")
    #expect(english.answeredCount(1, 70) == "1 of 70 answered")
    #expect(english.cannotComplete(1).hasPrefix("1 required question has no answer yet"))
    #expect(english.cannotComplete(2).hasPrefix("2 required questions have no answer yet"))
    #expect(english.incomplete(1) == "Incomplete response: 1 question has no answer")
    #expect(english.unscoredFollowUps(1).hasPrefix("1 follow-up question has no score"))
    #expect(english.groupsCount(1, administrations: 2) == "1 group · 2 administrations")
    #expect(english.groupsCount(0, administrations: 0) == "0 groups · 0 administrations")
  }

  @Test func theKeyHelpNeverBreaksBetweenAKeyAndItsLabel() {
    for language in ["en", "fr"] {
      let text = Phrases(language)
      let helps = [
        text.keys(for: .choice(keys: 1...3, na: true, unknown: true)),
        text.keys(for: .yesno(na: true, unknown: true)),
        text.keys(for: .multi(keys: 1...3, na: true, unknown: true)),
        text.keys(for: .field(na: true, unknown: true)),
        text.lineKeys(for: .field(na: true, unknown: true)),
        text.reviewKeys(lineMode: false, description: true),
      ]
      for help in helps {
        for width in 30...120 {
          for line in wrapText(help, width: width) {
            #expect(!line.hasPrefix("·"), "\(width): \(line)")
            // A line ends after an entry's `·`, or is the last: never after a lone key.
            let last = line.split(separator: " ").last.map(String.init) ?? ""
            #expect(
              !["r", "q", "h", "c", "b", "s", "a", "u", ":h", ":r"].contains(last), "\(line)")
          }
        }
      }
      #expect(
        wrapText(text.keys(for: .choice(keys: 1...3, na: false, unknown: false)), width: 60)
          .allSatisfy { displayWidth($0) <= 60 })
    }
  }

  @Test func textAndNumberFieldsOfferOnlyWhatTheQuestionAllows() {
    let english = Phrases("en")
    let plain = english.keys(for: .field(na: false, unknown: false)).plainSpaces
    #expect(!plain.contains(":a n/a") && !plain.contains(":u don't know"))
    #expect(english.keys(for: .field(na: true, unknown: true)).plainSpaces.contains(":a n/a"))
    #expect(!english.lineKeys(for: .field(na: false, unknown: true)).plainSpaces.contains(":a n/a"))
    #expect(
      english.lineKeys(for: .field(na: false, unknown: true)).plainSpaces.contains(":u don't know"))
  }

  @Test func theMultiFooterSaysTheRealRange() {
    #expect(
      Phrases("en").keys(for: .multi(keys: 1...3, na: false, unknown: false)).plainSpaces.hasPrefix(
        "1–3/Space toggle"))
  }
}

extension String {
  /// No-break spaces as plain spaces.
  fileprivate var plainSpaces: String {
    String(map { $0 == "\u{A0}" || $0 == "\u{202F}" ? " " : $0 })
  }
}

/// Just enough of Swift's lexical grammar to read string literals with interpolations.
enum SwiftLiterals {
  /// The literal text of the second argument of every call to `function` in `source`
  /// (when it is a string literal), interpolations as `X`, with its line.
  static func secondArguments(of function: String, in source: String) -> [(line: Int, text: String)]
  {
    let characters = Array(source)
    var results: [(Int, String)] = []
    var index = 0
    var line = 1
    let name = Array(function + "(")
    while index < characters.count {
      if characters[index] == "\n" { line += 1 }
      if characters[index] == "/", index + 1 < characters.count, characters[index + 1] == "/" {
        while index < characters.count, characters[index] != "\n" { index += 1 }
        continue
      }
      if characters[index] == "\"" {
        index = skipLiteral(characters, from: index, line: &line).end
        continue
      }
      if index + name.count <= characters.count,
        Array(characters[index..<index + name.count]) == name,
        index == 0
          || !(characters[index - 1].isLetter || characters[index - 1].isNumber
            || characters[index - 1] == "_")
      {
        index += name.count
        // Skip the first argument to the comma at depth 0.
        var depth = 0
        while index < characters.count {
          let character = characters[index]
          if character == "\n" { line += 1 }
          if character == "\"" {
            index = skipLiteral(characters, from: index, line: &line).end
            continue
          }
          if character == "(" { depth += 1 }
          if character == ")" {
            if depth == 0 { break }
            depth -= 1
          }
          if character == ",", depth == 0 { break }
          index += 1
        }
        guard index < characters.count, characters[index] == "," else { continue }
        index += 1
        while index < characters.count, characters[index].isWhitespace {
          if characters[index] == "\n" { line += 1 }
          index += 1
        }
        if index < characters.count, characters[index] == "\"" {
          let start = line
          let literal = skipLiteral(characters, from: index, line: &line)
          results.append((start, literal.text))
          index = literal.end
        }
        continue
      }
      index += 1
    }
    return results
  }

  /// The literal starting at `start` (a `"`): its text (escapes resolved for `\u{…}`,
  /// interpolations as `X`) and the index after its closing quote.
  static func skipLiteral(_ characters: [Character], from start: Int, line: inout Int) -> (
    text: String, end: Int
  ) {
    var index = start + 1
    var text = ""
    while index < characters.count {
      let character = characters[index]
      if character == "\n" { line += 1 }
      if character == "\"" { return (text, index + 1) }
      if character == "\\", index + 1 < characters.count {
        let next = characters[index + 1]
        if next == "(" {
          // An interpolation: skip to its closing parenthesis, literals inside included.
          index += 2
          var depth = 0
          while index < characters.count {
            let inner = characters[index]
            if inner == "\"" {
              index = skipLiteral(characters, from: index, line: &line).end
              continue
            }
            if inner == "(" { depth += 1 }
            if inner == ")" {
              if depth == 0 { break }
              depth -= 1
            }
            index += 1
          }
          text += "X"
          index += 1
          continue
        }
        if next == "u", index + 2 < characters.count, characters[index + 2] == "{",
          let close = characters[(index + 3)...].firstIndex(of: "}"),
          let value = UInt32(String(characters[(index + 3)..<close]), radix: 16),
          let scalar = Unicode.Scalar(value)
        {
          text.append(Character(scalar))
          index = close + 1
          continue
        }
        text.append(next)
        index += 2
        continue
      }
      text.append(character)
      index += 1
    }
    return (text, index)
  }
}

@Suite struct MappedPhrasesTests {
  @Test func theMappedLegendAndTheCoverageReadInBothLanguages() {
    let french = Phrases("fr")
    #expect(french.percent(0.5) == "50\u{A0}%")
    #expect(french.percent(nil) == "—")
    #expect(
      french.mappedNote(["2026.1"], to: "2027.1").hasPrefix(
        "† réponses à la version 2026.1, lues comme la version 2027.1 au moyen d’une table de correspondance\u{A0}:"
      ))
    let english = Phrases("en")
    #expect(english.percent(0.833) == "83%")
    #expect(
      english.mappedNote(["2025", "2026.1"], to: "2027.1").hasPrefix(
        "† answered on versions 2025, 2026.1 and read as version 2027.1 through an item map:"))
  }
}
