import ArushaCore

extension CompareReport {
  /// `arusha compare --format json`: ``jsonBytes()`` as text.
  ///
  /// Exactly the shape of scoring.md, unrounded, with a final newline. Each group's `overall` and `scores` are the declared
  /// ones and `evidence_checked` holds the others (issue 24); `compared_scores` says which of
  /// the two the peers, positions, changes, history and findings use.
  public func json() -> String {
    String(decoding: jsonBytes(), as: UTF8.self)
  }

  /// `arusha compare --format json` in UTF-8 bytes, written as it goes (``JSONWriter``): a
  /// comparison of 10,000 groups builds no tree of 10,000 objects first.
  ///
  /// Every string from the questionnaire or the responses, ids used as member names included,
  /// is on one line and printable (``PrintableText`` for a document).
  public func jsonBytes() -> [UInt8] {
    let document = PrintableText.Destination.document
    let ids = factors.map { clean($0.id, for: document) }
    var json = JSONWriter(capacity: 1024 + 1400 * comparison.groups.count)
    func text(_ json: inout JSONWriter, _ value: String?) {
      json.string(value.map { clean($0, for: document) })
    }
    func byFactor<T>(
      _ json: inout JSONWriter, _ values: [T], _ write: (inout JSONWriter, T) -> Void
    ) {
      json.object { json in
        for (id, value) in zip(ids, values) {
          json.member(id)
          write(&json, value)
        }
      }
    }
    func statistics(_ json: inout JSONWriter, _ value: Comparison.Statistics) {
      json.object { json in
        json.member("n")
        json.integer(value.n)
        json.member("mean")
        json.number(value.mean)
        json.member("median")
        json.number(value.median)
        json.member("min")
        json.number(value.min)
        json.member("max")
        json.number(value.max)
      }
    }
    func delta(_ json: inout JSONWriter, _ value: Comparison.Delta) {
      json.object { json in
        json.member("delta")
        json.number(value.delta)
        json.member("direction")
        json.string(value.direction?.rawValue)
      }
    }
    json.object { json in
      json.member("questionnaire")
      json.object { json in
        json.member("id")
        text(&json, questionnaire.id)
        json.member("version")
        text(&json, questionnaire.version)
      }
      // Which scores the peers, positions, changes, history and findings compare (issue 24).
      json.member("compared_scores")
      json.string(comparison.options.evidenceChecked ? "evidence_checked" : "declared")
      json.member("factors")
      json.array { json in
        for factor in factors {
          json.object { json in
            json.member("id")
            json.string(clean(factor.id, for: document))
            json.member("title")
            json.string(localized(factor.title, for: document))
          }
        }
      }
      writeFigureQuestions(&json)
      json.member("groups")
      json.array { json in
        for group in comparison.groups {
          json.object { json in
            json.member("administration")
            text(&json, group.administration)
            json.member("round")
            text(&json, group.round)
            json.member("respondents")
            json.integer(group.respondents)
            json.member("suppressed")
            json.bool(group.suppressed)
            json.member("mapped_from")
            json.array { json in for version in group.mappedFrom { text(&json, version) } }
            json.member("duplicates")
            json.integer(group.copiesLeftOut)
            if let signed = group.signed {
              json.member("signed")
              json.integer(signed)
              json.member("signers")
              json.array { json in for signer in signers(group) { text(&json, signer) } }
            }
            guard !group.suppressed else { return }
            json.member("coverage")
            json.number(group.coverage)
            json.member("overall")
            json.number(group.declaredOverall)
            json.member("scores")
            byFactor(&json, group.declaredScores) { $0.number($1) }
            json.member("indicative")
            json.integer(group.indicative)
            json.member("evidence_checked")
            json.object { json in
              json.member("overall")
              json.number(group.evidenceCheckedOverall)
              json.member("scores")
              byFactor(&json, group.evidenceCheckedScores) { $0.number($1) }
            }
            writeFigures(&json, group)
            json.member("unsupported")
            json.integer(group.unsupported)
            json.member("na")
            json.integer(group.notApplicable)
            json.member("strengths")
            json.array { json in for item in group.strengths { text(&json, item) } }
            json.member("improvements")
            json.array { json in for item in group.improvements { text(&json, item) } }
            if let position = group.position {
              json.member("position")
              byFactor(&json, position) { $0.string($1?.rawValue) }
            }
          }
        }
      }
      json.member("changes")
      json.array { json in
        for change in comparison.changes {
          json.object { json in
            json.member("administration")
            text(&json, change.administration)
            json.member("from")
            text(&json, change.from)
            json.member("to")
            text(&json, change.to)
            json.member("mapped")
            json.bool(change.mapped)
            json.member("note")
            json.string(plainCrossVersionNote(change))
            json.member("overall")
            delta(&json, change.overall)
            json.member("scores")
            byFactor(&json, change.scores, delta)
          }
        }
      }
      let peers = comparison.peers
      json.member("peers")
      json.object { json in
        json.member("round")
        text(&json, peers.round)
        json.member("overall")
        statistics(&json, peers.overall)
        json.member("scores")
        byFactor(&json, peers.scores, statistics)
      }
      json.member("history")
      json.array { json in
        for series in comparison.history {
          json.object { json in
            json.member("administration")
            text(&json, series.administration)
            json.member("rounds")
            json.array { json in for round in series.rounds { text(&json, round) } }
            json.member("overall")
            json.array { json in for value in series.overall { json.number(value) } }
            json.member("scores")
            byFactor(&json, series.scores) { json, values in
              json.array { json in for value in values { json.number(value) } }
            }
          }
        }
      }
      writePlans(&json)
    }
    return json.bytes + [UInt8(ascii: "\n")]
  }
}
