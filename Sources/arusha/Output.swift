import ArgumentParser
import ArushaFiles

/// Where a command's result goes: standard output, or a file written atomically.
enum Output {
  static func write(_ text: String, to path: String?) throws {
    guard let path else {
      Console.out(text)
      return
    }
    do {
      try OutputFile.write(Array(text.utf8), to: path, permissions: 0o644, devices: .writeDirectly)
    } catch {
      Console.error("arusha: cannot write \(error)\n")
      throw ExitStatus.code(for: error)
    }
  }
}
