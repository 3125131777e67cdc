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
}
