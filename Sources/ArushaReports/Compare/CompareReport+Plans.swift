import ArushaCore
import ArushaText

extension CompareReport {
  /// The section of `compare --plans DIR` (issue 27): the plans table and how it is counted;
  /// nothing without `--plans`.
  func planBlocks() -> [ReportDocument.Block] {
    guard let plans = comparison.plans else { return [] }
    var blocks: [ReportDocument.Block] = [.heading([.text(phrases.plansHeading)], level: 2)]
    if plans.isEmpty {
      blocks.append(.paragraph([.text(phrases.noPlans)]))
      return blocks
    }
    blocks.append(.table(plansTable))
    blocks.append(.note([.text(phrases.plansNote)]))
    if plans.contains(where: \.mapped) {
      blocks.append(.note([.text(phrases.planMappedNote(phrases.mappedMark))]))
    }
    return blocks
  }

  /// One row per group with a plan: its administration and round, the plan's round (marked
  /// † when carried by a map), the actions planned, done and on target, the factor targets
  /// met of those due ("1 of 2" on a page, two numbers in a sheet), and the share met ("—"
  /// where a suppressed group would give its scores away).
  var plansTable: ReportDocument.Table {
    let none: ReportDocument.Inline = .figure(phrases.decimal(nil), value: nil, format: .general)
    func count(_ value: Int?) -> [ReportDocument.Inline] {
      [value.map { self.count($0) } ?? none]
    }
    return ReportDocument.Table(
      columns: [
        .init([.text(phrases.administration)]), .init([.text(phrases.round)]),
        .init([.text(phrases.planRoundHeader)]),
        .init([.text(phrases.actionsPlannedHeader)], alignment: .trailing),
        .init([.text(phrases.actionsDoneHeader)], alignment: .trailing),
        .init([.text(phrases.actionsOnTargetHeader)], alignment: .trailing),
        // On a page "1 of 2" in one column; a sheet has the two numbers.
        .init([.text(phrases.targetsMetHeader)], alignment: .trailing, presence: .page),
        .init([.text(phrases.targetsDueHeader)], alignment: .trailing, presence: .spreadsheet),
        .init([.text(phrases.targetsMetHeader)], alignment: .trailing, presence: .spreadsheet),
        .init([.text(phrases.targetsShareHeader)], alignment: .trailing),
      ],
      rows: (comparison.plans ?? []).map { progress in
        [
          [.text(progress.administration)], [.text(progress.round)],
          progress.mapped
            ? [
              .text(progress.planRound),
              .aside([
                "\u{A0}",
                .explained(
                  [.symbol(phrases.mappedMark)],
                  note: phrases.planMappedNote(phrases.mappedMark)),
              ]),
            ] : [.text(progress.planRound)],
          count(progress.planned), count(progress.done), count(progress.onTarget),
          [
            progress.targetsMet.flatMap { met in
              progress.targetsDue.map { .text(phrases.targetsMet(met, of: $0)) }
            } ?? none
          ],
          count(progress.targetsDue), count(progress.targetsMet),
          [progress.share.map { figure($0, .percent) } ?? none],
        ]
      })
  }

  /// The workbook's sheet of the plans' table; none without `--plans`.
  var plansSheets: [Workbook.Sheet] {
    guard let plans = comparison.plans, !plans.isEmpty else { return [] }
    return [Workbook.Sheet(name: phrases.plansSheet, table: plansTable)]
  }

  /// The `plans` member of the JSON report; nothing without `--plans`.
  ///
  /// One object per group with a plan: `administration`, `round`, `plan_round`, `mapped`,
  /// `suppressed`, the counts `planned`, `done`, `on_target`, `targets_due`, `targets_met`,
  /// `targets_met_at_baseline`
  /// and `targets_share` (0–1; null when none is due or the group is suppressed), then
  /// `actions` (each `id`, `status`, `questions`, `owner` and `description` unless
  /// anonymized, `target_score` 0–1, `scores` 0–1 per question, `reached`) and `targets` (each
  /// `factor`, `threshold`, `by`, `due`, `score`, `met`).
  func writePlans(_ json: inout JSONWriter) {
    guard let plans = comparison.plans else { return }
    let document = PrintableText.Destination.document
    let anonymize = comparison.options.anonymize
    func text(_ json: inout JSONWriter, _ value: String?) {
      json.string(value.map { clean($0, for: document) })
    }
    func integer(_ json: inout JSONWriter, _ value: Int?) {
      if let value { json.integer(value) } else { json.null() }
    }
    json.member("plans")
    json.array { json in
      for progress in plans {
        json.object { json in
          json.member("administration")
          text(&json, progress.administration)
          json.member("round")
          text(&json, progress.round)
          json.member("plan_round")
          text(&json, progress.planRound)
          json.member("mapped")
          json.bool(progress.mapped)
          json.member("suppressed")
          json.bool(progress.suppressed)
          json.member("planned")
          json.integer(progress.planned)
          json.member("done")
          json.integer(progress.done)
          json.member("on_target")
          integer(&json, progress.onTarget)
          json.member("targets_due")
          integer(&json, progress.targetsDue)
          json.member("targets_met")
          integer(&json, progress.targetsMet)
          json.member("targets_met_at_baseline")
          integer(&json, progress.targetsMetAtBaseline)
          json.member("targets_share")
          json.number(progress.share)
          json.member("actions")
          json.array { json in
            for action in progress.actions {
              json.object { json in
                json.member("id")
                text(&json, action.id)
                json.member("status")
                json.string(action.status.rawValue)
                json.member("questions")
                json.array { json in for question in action.questions { text(&json, question) } }
                if !anonymize {
                  json.member("owner")
                  text(&json, action.owner)
                  json.member("description")
                  text(&json, action.description)
                }
                json.member("target_score")
                json.number(action.targetScore)
                json.member("scores")
                json.array { json in for score in action.scores { json.number(score) } }
                json.member("reached")
                if let reached = action.reached { json.bool(reached) } else { json.null() }
              }
            }
          }
          json.member("targets")
          json.array { json in
            for target in progress.targets {
              json.object { json in
                json.member("factor")
                text(&json, target.factor)
                json.member("threshold")
                json.number(target.threshold)
                json.member("by")
                text(&json, target.by)
                json.member("due")
                json.bool(target.due)
                json.member("score")
                json.number(target.score)
                json.member("met")
                if let met = target.met { json.bool(met) } else { json.null() }
                json.member("met_at_baseline")
                json.bool(target.metAtBaseline)
              }
            }
          }
        }
      }
    }
  }

  /// The target marks of the history chart of each factor, in file order.
  ///
  /// For the administrations the charts draw (`shown`, in their order): each factor target of
  /// a plan a group uses, at its threshold and at the round it is due (its `by`, or the first round
  /// after the plan's that uses the plan when it has none), in the administration's colour;
  /// a round the comparison does not have is not marked. Empty lists without `--plans`.
  func targetMarks(shown: [Comparison.History], rounds: [String]) -> [[LineChart.Mark]] {
    var marks = Array(repeating: [LineChart.Mark](), count: factors.count)
    guard let plans = comparison.plans else { return marks }
    let factorIndex = Dictionary(
      factors.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    var seen: Set<[String]> = []
    for progress in plans {
      guard
        let series = shown.firstIndex(where: {
          $0.administration.utf8.elementsEqual(progress.administration.utf8)
        })
      else { continue }
      for target in progress.targets {
        guard let factor = factorIndex[target.factor] else { continue }
        let due = target.by ?? progress.round
        // A target without `by` is due at the first round after the plan's: the first group
        // that uses the plan, as groups come in round order.
        if target.by == nil,
          plans.contains(where: {
            $0.administration.utf8.elementsEqual(progress.administration.utf8)
              && $0.planRound.utf8.elementsEqual(progress.planRound.utf8)
              && NaturalOrder.precedes($0.round, progress.round)
          })
        {
          continue
        }
        // One mark per administration, factor, round and threshold.
        guard
          let round = rounds.firstIndex(where: { $0.utf8.elementsEqual(due.utf8) }),
          seen.insert([
            progress.administration, target.factor, due, String(target.threshold),
          ]).inserted
        else { continue }
        marks[factor].append(
          LineChart.Mark(
            round: round, value: target.threshold, colour: SeriesStyle.series(series).colour,
            title: phrases.targetMark(
              chartText(progress.administration),
              threshold: phrases.decimal(target.threshold), round: chartText(due))))
      }
    }
    return marks
  }
}
