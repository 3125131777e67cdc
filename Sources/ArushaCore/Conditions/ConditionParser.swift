/// Parses the `when` language into a ``Condition``.
///
/// Grammar (questionnaire-format.md):
/// ```
/// expr    := or
/// or      := and ( "or" and )*
/// and     := unary ( "and" unary )*
/// unary   := "not" unary | primary
/// primary := "(" expr ")" | "answered(" ID ")" | ID OP literal | ID "includes" literal
/// OP      := "==" | "!=" | "<" | "<=" | ">" | ">="
/// literal := number | "yes" | "no" | double-quoted string
/// ```
/// Names are resolved afterwards (``ConditionChecker``); the parser checks syntax only.
public struct ConditionParser: Sendable {
  /// A syntax error, at an offset into the expression (in Unicode scalars, 0-based).
  public struct SyntaxError: Error, Sendable, Hashable {
    /// What is wrong: a member of DiagnosticMessages.swift.
    public var message: Diagnostic.Message
    /// Where, 0-based, in Unicode scalars from the start of the expression.
    public var offset: Int
  }

  /// Where each question id of the parsed condition was written, and the literal compared
  /// with it if any (0-based scalar offsets), in source order.
  public typealias ReferenceOffsets = [(id: String, offset: Int, literalOffset: Int?)]

  /// A token of the `when` language (what syntax errors say they found).
  enum Token: Equatable {
    case word(String)
    case string(String)
    case symbol(String)
    case end
  }

  private static let keywords: Set<String> = [
    "and", "or", "not", "includes", "answered", "yes", "no",
  ]

  private var tokens: [(token: Token, offset: Int)] = []
  private var position = 0
  private var references: ReferenceOffsets = []

  /// Creates a parser.
  public init() {}

  /// Parses `source`.
  ///
  /// - Returns: The condition, and where each referenced id stands in `source`.
  /// - Throws: ``SyntaxError`` at the first token that does not fit the grammar.
  public static func parse(_ source: String) throws(SyntaxError) -> (Condition, ReferenceOffsets) {
    var parser = ConditionParser()
    parser.tokens = try tokenize(source)
    let condition = try parser.parseOr()
    if parser.current.token != .end {
      throw parser.unexpected(Diagnostic.Message.expectedAndOrEnd)
    }
    return (condition, parser.references)
  }

  private var current: (token: Token, offset: Int) { tokens[position] }

  private mutating func advance() { position = Swift.min(position + 1, tokens.count - 1) }

  private mutating func parseOr() throws(SyntaxError) -> Condition {
    var left = try parseAnd()
    while current.token == .word("or") {
      advance()
      // Parse the operand before building the node: a typed throw out of a half-built
      // indirect enum leaked its box (LeakSanitizer, fuzzing).
      let right = try parseAnd()
      left = .or(left, right)
    }
    return left
  }

  private mutating func parseAnd() throws(SyntaxError) -> Condition {
    var left = try parseUnary()
    while current.token == .word("and") {
      advance()
      let right = try parseUnary()
      left = .and(left, right)
    }
    return left
  }

  private mutating func parseUnary() throws(SyntaxError) -> Condition {
    if current.token == .word("not") {
      advance()
      let operand = try parseUnary()
      return .not(operand)
    }
    return try parsePrimary()
  }

  private mutating func parsePrimary() throws(SyntaxError) -> Condition {
    if current.token == .symbol("(") {
      advance()
      let inner = try parseOr()
      try expect(")")
      return inner
    }
    if current.token == .word("answered"), tokens[position + 1].token == .symbol("(") {
      advance()
      advance()
      let id = try parseID()
      try expect(")")
      return .answered(id)
    }
    let id = try parseID()
    if current.token == .word("includes") {
      advance()
      references[references.count - 1].literalOffset = current.offset
      guard case .number(let value) = try parseLiteral() else {
        throw SyntaxError(message: .includesNeedsNumber, offset: tokens[position - 1].offset)
      }
      return .includes(id, value)
    }
    guard case .symbol(let symbol) = current.token, let op = Condition.Operator(rawValue: symbol)
    else {
      throw unexpected { .expectedOperator(after: id, found: $0) }
    }
    advance()
    references[references.count - 1].literalOffset = current.offset
    let literal = try parseLiteral()
    return .compare(id, op, literal)
  }

  private mutating func parseID() throws(SyntaxError) -> String {
    guard case .word(let word) = current.token, !Self.keywords.contains(word), Self.isID(word)
    else {
      throw unexpected(Diagnostic.Message.expectedQuestionID)
    }
    references.append((word, current.offset, nil))
    advance()
    return word
  }

  private mutating func parseLiteral() throws(SyntaxError) -> Condition.Literal {
    switch current.token {
    case .string(let text):
      advance()
      return .string(text)
    case .word("yes"):
      advance()
      return .yes
    case .word("no"):
      advance()
      return .no
    case .word(let word):
      guard let number = NumberSyntax.parse(word) else {
        throw unexpected(Diagnostic.Message.expectedLiteral)
      }
      advance()
      return .number(number)
    default:
      throw unexpected(Diagnostic.Message.expectedLiteral)
    }
  }

  private mutating func expect(_ symbol: String) throws(SyntaxError) {
    guard current.token == .symbol(symbol) else {
      throw unexpected { .expectedSymbol(symbol, found: $0) }
    }
    advance()
  }

  /// The error at the current token, which `message` describes.
  private func unexpected(_ message: (Token) -> Diagnostic.Message) -> SyntaxError {
    SyntaxError(message: message(current.token), offset: current.offset)
  }

  private static func isID(_ word: String) -> Bool {
    Slug.isValid(word)
  }

  private static func tokenize(_ source: String) throws(SyntaxError) -> [(
    token: Token, offset: Int
  )] {
    let scalars = Array(source.unicodeScalars)
    var tokens: [(token: Token, offset: Int)] = []
    var index = 0
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-", "+": return true
      default: return false
      }
    }
    while index < scalars.count {
      let scalar = scalars[index]
      let start = index
      switch scalar {
      case " ", "\t", "\n", "\r":
        index += 1
      case "(", ")":
        tokens.append((.symbol(String(scalar)), start))
        index += 1
      case "=", "!", "<", ">":
        index += 1
        if index < scalars.count, scalars[index] == "=" {
          index += 1
          tokens.append((.symbol(String(scalar) + "="), start))
        } else if scalar == "=" || scalar == "!" {
          throw SyntaxError(message: .notAnOperator(scalar), offset: start)
        } else {
          tokens.append((.symbol(String(scalar)), start))
        }
      case "\"":
        index += 1
        var text = ""
        var closed = false
        while index < scalars.count {
          let next = scalars[index]
          index += 1
          if next == "\"" {
            closed = true
            break
          }
          if next == "\\", index < scalars.count {
            text.unicodeScalars.append(scalars[index])
            index += 1
          } else {
            text.unicodeScalars.append(next)
          }
        }
        if !closed { throw SyntaxError(message: .unterminatedString, offset: start) }
        tokens.append((.string(text), start))
      default:
        guard isWordScalar(scalar) else {
          if scalar == "'" {
            throw SyntaxError(message: .singleQuotedString, offset: start)
          }
          throw SyntaxError(message: .unexpectedCharacter(scalar), offset: start)
        }
        while index < scalars.count, isWordScalar(scalars[index]) { index += 1 }
        tokens.append((.word(String(String.UnicodeScalarView(scalars[start..<index]))), start))
      }
    }
    tokens.append((.end, scalars.count))
    return tokens
  }
}
