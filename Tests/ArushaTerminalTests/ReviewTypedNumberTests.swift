import ArushaCore
import Foundation
import Testing

@testable import ArushaTerminal

/// The review's key line says what Enter does with a number being typed: it opens that
/// question, even while a row is highlighted (a fresh tester saw "Enter: open question 95"
/// while "2" was typed, and Enter opened question 2; issue 26).
@Suite struct ReviewTypedNumberTests {
  @Test func theKeyLineNamesTheTypedNumber() throws {
    var session = try SessionPositionReviewStateTests.session()
    _ = session.handle(.character("r"))
    _ = session.handle(.end)  // highlights the last row, question 6
    func keys() -> String {
      session.screen(width: 200, style: .plain).joined(separator: " ").replacingOccurrences(
        of: "\u{A0}", with: " ")
    }
    #expect(keys().contains("Enter: open question 6"))
    _ = session.handle(.character("4"))
    #expect(keys().contains("Enter: open question 4"), "\(keys())")
    _ = session.handle(.enter)
    #expect(session.currentQuestion?.id == "audit-investigation.reporting")
  }
}
