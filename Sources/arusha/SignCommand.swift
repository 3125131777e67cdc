import ArgumentParser
import ArushaApp

struct SignCommand: FileListCommand {
  static let configuration = CommandConfiguration(
    commandName: "sign",
    abstract: "Sign complete responses with your key, for sending.",
    discussion: """
      Checks that each response is valid and complete, then writes its signature beside it, \
      RESPONSE.sig (OpenSSH's SSHSIG format, namespace arusha-response). Send both files. \
      The key is one made by 'arusha keygen' or by 'ssh-keygen -t ed25519' without a \
      passphrase. When a response cannot be signed, nothing is signed. Changing a response \
      after signing it voids the signature: sign it again.

      Examples:
        arusha sign niger-2024.yaml --key niger-customs-signing
        arusha sign submissions/*.yaml --key ~/.ssh/id_ed25519
      """
  )

  @Argument(help: "The response files.")
  var responses: [String]

  @Option(help: "The private key file (OpenSSH format, Ed25519, without a passphrase).")
  var key: String

  @Option(help: "The questionnaire file the responses were made with.")
  var questionnaire: String?

  @Flag(help: "Check against a questionnaire whose contents differ from the responses' (sha256).")
  var acceptQuestionnaireMismatch = false

  @OptionGroup var display: DisplayOptions

  static let valueOptions: Set = ["--key", "--questionnaire", "--color"]
  static let flags: Set = ["--accept-questionnaire-mismatch"]

  var fileArguments: [String] {
    get { responses }
    set { responses = newValue }
  }

  func validate() throws {
    if responses.isEmpty { throw ValidationError("give at least one response file") }
  }

  func run(on console: Console) throws {
    let options = SignRun.Options(
      responses: responses, key: key, questionnaire: questionnaire,
      acceptQuestionnaireMismatch: acceptQuestionnaireMismatch)
    try Self.perform(console) { try SignRun.execute(options, settings: display.settings(console)) }
  }
}
