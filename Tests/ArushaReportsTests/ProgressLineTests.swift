import ArushaReports
import Testing

@Suite struct ProgressLineTests {
  /// A clock and a transcript that the progress line writes to.
  final class Recorder: @unchecked Sendable {
    var time = 0.0
    var written: [String] = []
  }

  @Test func waitsThenThrottlesThenClears() {
    let recorder = Recorder()
    let line = ProgressLine(
      label: "reading responses", delay: 0.5, interval: 0.1, now: { recorder.time },
      write: { recorder.written.append($0) })
    line.update(10)  // at 0 s: too early
    recorder.time = 0.6
    line.update(500)
    recorder.time = 0.65
    line.update(600)  // 0.05 s after the last line: skipped
    recorder.time = 0.75
    line.update(900)
    line.finish()
    #expect(
      recorder.written == [
        "\rreading responses: 500\u{1B}[K", "\rreading responses: 900\u{1B}[K", "\r\u{1B}[K",
      ])
    // A run too short to show anything leaves nothing to clear.
    let quiet = Recorder()
    let short = ProgressLine(
      label: "x", now: { quiet.time }, write: { quiet.written.append($0) })
    short.update(1)
    short.finish()
    #expect(quiet.written.isEmpty)
  }
}
