import ArushaCore

extension AssessmentSession {
  /// Handles one line of line mode (pipes, `--plain`, screen readers).
  ///
  /// A line starting with `:` is always a command; on questions that are not text, the plain
  /// forms work too (`b`, `skip`, `1`, `yes`, `1,3`, `a Not relevant here`, `c A comment`).
  public mutating func handle(line rawLine: String) -> Update {
    let line = rawLine.trimmingSpaces()
    notice = nil
    // The description was printed once, with the first question; it is not printed again.
    showsDescription = false
    switch place {
    case .quit, .completed: return Update()
    case .review:
      if line.isEmpty { return complete() }
      if let number = Int(line) {
        // An answer given there comes back to the review (issue 26).
        if jump(to: number) { returnToReview = true }
        return Update()
      }
      if let command = FieldCommand(line) ?? FieldCommand(word: line) { return perform(command) }
      notice = text.unknownCommand(line)
      return Update()
    case .question: break
    }
    guard let question = currentQuestion else { return Update() }
    if let current = field {
      // A line fills the open field; an empty line leaves a justification or comment prompt.
      if current.purpose != .answer, line.isEmpty {
        cancelField()
        return Update()
      }
      // An empty line still skips an unanswered question (pipes rely on it), and says so.
      if current.purpose == .answer, line.isEmpty,
        response.answers[question.id]?.isGiven != true
      {
        goNext()
        notice = text.skippedByEmptyLine
        return Update()
      }
      field?.text = Array(line)
      field?.cursor = line.count
      return confirmField()
    }
    if let command = FieldCommand(line) { return perform(command) }
    switch question.kind {
    case .yesno:
      // The words of the session's language (y/yes or o/oui, n/no or n/non), in any case.
      let word = line.lowercased()
      if word == "1" || text.yesWords.contains(word) { return answer(.number(1)) }
      if word == "2" || text.noWords.contains(word) { return answer(.number(0)) }
    case .scale(_, let options), .choice(let options):
      if let number = Int(line) {
        guard let index = question.optionIndex(forKey: number) else {
          notice = text.notAnOption(optionKeys(question))
          return Update()
        }
        highlight = index
        return answer(.number(options[index].value))
      }
    case .multi(let options):
      if line == "0" || line == "-" || line.lowercased() == "none" || line.lowercased() == "aucune"
      {
        return answer(.selection([]))
      }
      if line.isEmpty {
        // An empty line is no answer to a `multi` (issue 26): "none" is `0`, said here.
        notice = text.nothingTicked(1...options.count, lineMode: true)
        return Update()
      }
      let parts = line.split { $0 == "," || $0 == " " || $0 == ";" }
      let numbers = parts.compactMap { Int($0) }
      if !parts.isEmpty, numbers.count == parts.count {
        guard numbers.allSatisfy({ (1...options.count).contains($0) }) else {
          notice = text.notAnOption(1...options.count)
          return Update()
        }
        let chosen = Set(numbers.map { options[$0 - 1].value })
        selection = options.map(\.value).filter(chosen.contains)
        return answer(.selection(selection))
      }
    case .number, .text:
      break
    }
    if let command = FieldCommand(word: line) { return perform(command) }
    if line.isEmpty { return Update() }
    notice = text.unknownCommand(line)
    return Update()
  }
}
