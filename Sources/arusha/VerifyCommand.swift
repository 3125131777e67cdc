import ArgumentParser
import ArushaApp

struct VerifyCommand: FileListCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check that responses are signed, unchanged, by an allowed key.",
    discussion: """
      For each response, reads RESPONSE.sig beside it and checks that it is a valid signature \
      of the file as it is, for the namespace arusha-response, by a key that the allowed \
      signers file allows; prints who signed it. FILE is OpenSSH's allowed signers format, \
      one line per key: principals [namespaces="arusha-response"] ssh-ed25519 BASE64-KEY. \
      Exits 65 naming each response that is not signed, changed, or signed by a key FILE \
      does not allow; 66 when a file cannot be opened.

      Examples:
        arusha verify niger-2024.yaml --allowed-signers allowed_signers
        arusha verify submissions/*.yaml --allowed-signers ~/arusha/allowed_signers
      """
  )

  @Argument(help: "The response files.")
  var responses: [String]

  @Option(help: "The allowed signers file: who may sign, with which key.")
  var allowedSigners: String

  @OptionGroup var display: DisplayOptions

  static let valueOptions: Set = ["--allowed-signers", "--color"]
  static let flags: Set<String> = []

  var fileArguments: [String] {
    get { responses }
    set { responses = newValue }
  }

  func validate() throws {
    if responses.isEmpty { throw ValidationError("give at least one response file") }
  }

  func run(on console: Console) throws {
    try Self.perform(console) {
      try VerifyRun.execute(
        responses, allowedSigners: allowedSigners, settings: display.settings(console))
    }
  }
}
