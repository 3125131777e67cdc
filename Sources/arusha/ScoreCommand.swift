import ArgumentParser
import ArushaApp

struct ScoreCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Score one response: factors, strengths, areas for improvement, gaps.",
    discussion: """
      The questionnaire is found by the response's id and version: --questionnaire FILE if \
      given, else a bundled one, else ./Questionnaires/*.yaml. One whose contents differ from \
      the file the response was made with (sha256) is refused.

      Examples:
        arusha score niger-2024.yaml
        arusha score niger-2024.yaml --format html -o niger-2024.html
        arusha score niger-2024.yaml -o niger-2024.html --charts charts/
        arusha score niger-2024.yaml --action-plan --format csv -o plan.csv
        arusha score niger-2024.yaml --action-plan --top 10 -o plan.md
        arusha score niger-2024.yaml -o niger-2024.xlsx
        arusha score niger-2026.yaml --plan plan-2024.yaml -o follow-up.md

      With --plan, every format adds the follow-up of the plan made from an earlier round of \
      the same administration: each action's status, target level reached or not and change, \
      each factor target met, not met or not due yet, the impact (actions done whose practice \
      did not improve, done and improved, practices improved with no action) and the key \
      figures then and now. With csv, --plan writes that table instead of the factors' (one \
      row per action and question, per factor target, per practice improved with no action, \
      per key figure, and the overall score, a 'section' column saying which).
      """
  )

  @Argument(help: "The response file.")
  var response: String

  @Option(help: "The questionnaire file the response was made with.")
  var questionnaire: String?

  @Option(help: "Language of the report (en or fr; default: the response's).")
  var lang: String?

  @Option(
    help:
      "table, markdown, json, csv, html or xlsx (an Excel workbook; default: table on a terminal, else json; with -o, from the file's extension)."
  )
  var format: ScoreRun.Format?

  @Flag(
    help: "With csv: one row per question instead of one per factor (a workbook always has both).")
  var items = false

  @Flag(
    help:
      "The action plan: every critical gap, the next priority gaps and the gaps they build on, foundations first, with columns to fill in; the other gaps in an annex (markdown or csv)."
  )
  var actionPlan = false

  // Unconditional: `--top -1` is a value to refuse ("must be 0 or more"), not a missing one.
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "With --action-plan or xlsx: how many priority gaps the plan lists beyond the critical ones (default 15).",
      valueName: "n"))
  var top: Int?

  @Flag(help: "With --action-plan or xlsx: every gap in the plan, no annex.")
  var all = false

  @Flag(help: "Score against a questionnaire whose contents differ from the response's (sha256).")
  var acceptQuestionnaireMismatch = false

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(
    help: ArgumentHelp(
      "With html: also write each chart as a standalone SVG file into this existing folder (radar.svg, …; see the README).",
      valueName: "dir"))
  var charts: String?

  @Option(
    help: ArgumentHelp(
      "Follow up this plan (arusha/plan-1), made from an earlier round of the same administration.",
      valueName: "plan"))
  var plan: String?

  @Option(
    help: ArgumentHelp(
      "With --plan: an item map (arusha/map-1) from the plan's questionnaire version to the response's.",
      valueName: "map"))
  var map: String?

  @OptionGroup var display: DisplayOptions

  var options: ScoreRun.Options {
    ScoreRun.Options(
      response: response, questionnaire: questionnaire, language: lang, format: format,
      items: items, actionPlan: actionPlan, top: top, all: all,
      acceptQuestionnaireMismatch: acceptQuestionnaireMismatch, output: output, charts: charts,
      plan: plan, map: map)
  }

  func run(on console: Console) throws {
    try Self.perform(console) { try ScoreRun.execute(options, settings: display.settings(console)) }
  }
}
