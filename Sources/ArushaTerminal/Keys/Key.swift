/// A key press, decoded from the bytes a terminal sends.
public enum Key: Sendable, Hashable {
  /// A printable character (including space).
  case character(Character)
  case enter
  case tab
  /// Shift-Tab (`ESC [ Z`).
  case backTab
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  case backspace
  case delete
  case escape
  /// Ctrl-D on an empty field: the end of input.
  case endOfInput
  /// Ctrl-U: clears the text field (or the number being typed).
  case clearLine
  /// Ctrl-Z read as a byte (0x1A), when the terminal does not turn it into SIGTSTP.
  case suspend
  /// A bracketed paste (`ESC [ 200~ … ESC [ 201~`), as one event: its text as pasted.
  ///
  /// It never answers, navigates or completes; a text field inserts it (cli.md).
  case paste(String)
}
