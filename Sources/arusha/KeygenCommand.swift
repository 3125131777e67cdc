import ArgumentParser
import ArushaApp

struct KeygenCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "keygen",
    abstract: "Make an Ed25519 key pair for signing assessments.",
    discussion: """
      Writes NAME, the private key (OpenSSH's format, unencrypted, readable by you only), and \
      NAME.pub, the public key on one line. Keep NAME; send NAME.pub once to the experts who \
      receive your assessments, who add it to their allowed signers file. Neither file is \
      ever overwritten. ssh-keygen reads both files.

      Examples:
        arusha keygen -f niger-customs-signing
        arusha keygen -f niger-customs-signing --comment "Niger Customs, integrity unit"
      """
  )

  @Option(name: .customShort("f"), help: "The private key's file; the public key goes to NAME.pub.")
  var file: String

  @Option(help: "A comment stored with the key, e.g. who it belongs to (default: none).")
  var comment = ""

  @OptionGroup var display: DisplayOptions

  func validate() throws {
    try Self.checked { try KeygenRun.check(path: file, comment: comment) }
  }

  func run(on console: Console) throws {
    try Self.perform(console) {
      try KeygenRun.execute(path: file, comment: comment, settings: display.settings(console))
    }
  }
}
