import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 26, the kind of items 2 and 4 on a scale and a yes/no: a stray Enter on an
/// unanswered question saved the option the list starts on (level 0, a critical gap, or
/// "yes") and moved on, so the digit meant for it answered the next one. Enter now answers
/// only a highlight the team chose (moved, or the stored answer); a pty and the real binary.
extension WorkshopInputTests {
  @Test func aStrayEnterOnAnUnansweredScaleOrYesNoSavesNothing() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("\r")
    var screen = Self.waitFor(
      pty, "Nothing chosen yet: type 0–2, or move with ↑ ↓ and press Enter.")
    #expect(Self.words(screen).contains("Nothing chosen yet"), "\(screen.text)")
    #expect(Self.words(screen).contains(Self.strategy), "still on the scale")
    #expect(try answers(directory).isEmpty)
    // The message is a hint, not a refusal: the key it names acts at once.
    pty.type("\u{1B}[B")  // ↓: level 1 is now a choice
    pty.type("\r")
    #expect(pty.waitFor("Evidence reference"))
    pty.type("\u{1B}")
    Self.waitFor(pty, Self.channels)
    pty.type("1")
    pty.type("\r")
    Self.waitFor(pty, "Evidence reference")
    pty.type("\u{1B}")
    screen = Self.waitFor(pty, Self.reviewed)
    pty.type("\r")
    screen = Self.waitFor(pty, "Nothing chosen yet: type y or n")
    #expect(Self.words(screen).contains(Self.reviewed), "still on the yes/no:\n\(screen.text)")
    pty.type("q")  // dismisses the hint and quits
    #expect(pty.waitForExit() == 0)
    let saved = try answers(directory)
    #expect(saved["f.strategy"]?.value == .number(1))
    #expect(saved["f.reviewed"] == nil, "a stray Enter answered yes")
  }

  /// A question answered before: Enter confirms the stored answer and moves on, as before.
  @Test func enterOnAnAnsweredScaleKeepsItsAnswer() throws {
    let directory = try folder()
    let pty = try start(directory)
    pty.type("2")
    #expect(pty.waitFor("Evidence reference"))
    pty.type("\u{1B}")
    Self.waitFor(pty, Self.channels)
    pty.type("b")
    Self.waitFor(pty, Self.strategy)
    pty.type("\r")
    #expect(pty.waitFor("Evidence reference"))
    pty.type("\u{1B}")  // the evidence prompt closes; on to the next question
    Self.waitFor(pty, Self.channels)
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(try answers(directory)["f.strategy"]?.value == .number(2))
  }
}
