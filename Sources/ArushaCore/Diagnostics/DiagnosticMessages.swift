import ArushaYAML

extension Diagnostic {
  /// The text of a ``Diagnostic`` or of one of its notes, made only by the members below.
  ///
  /// Every finding the questionnaire and response decoders report is one member of this file
  /// (as swift-format declares its findings' messages), so that a wording fix or a translation
  /// is one edit here. The initializer is `fileprivate`: a message written anywhere else does
  /// not compile. The loader's messages are ArushaYAML's (YAMLMessages.swift), carried over
  /// by `loader(_:)`.
  ///
  /// The subjects passed in (`what`, a field's name such as "factor weight" or "the answer
  /// to 'q1'") are the callers'; everything said about them is here.
  public struct Message: Sendable, Hashable {
    /// What the author reads: lowercase, user text in `'…'`, no final period.
    public let text: String

    fileprivate init(_ text: String) {
      self.text = text
    }
  }
}

extension Diagnostic.Message {
  // MARK: Loading

  /// A loader error, as ArushaYAML words it.
  static func loader(_ error: YAMLError) -> Self {
    Self(error.message)
  }

  /// A loader error's note, as ArushaYAML words it.
  static func loader(_ note: YAMLError.Note) -> Self {
    Self(note.message)
  }

  // MARK: Keys and values (any file)

  /// A mapping was expected (`what` is an object's noun, "the questionnaire").
  static func notAMapping(_ what: String, found node: YAMLNode) -> Self {
    Self("expected \(what) (a mapping), found \(described(node))")
  }

  /// A mapping key is a list, a mapping or null.
  static func keyNotText(found node: YAMLNode) -> Self {
    Self("a key must be plain text, found \(described(node))")
  }

  /// A required key is absent.
  static func missingKey(_ key: String, in what: String) -> Self {
    Self("missing required key '\(key)' in \(what)")
  }

  /// A key the format does not have, with the known key it is closest to.
  static func unknownKey(_ key: String, in what: String, suggestion: String?) -> Self {
    Self("unknown key '\(key)' in \(what)\(didYouMean(suggestion))")
  }

  /// A YAML merge key (`<<`), which the format does not have.
  static func mergeKey(in what: String) -> Self {
    Self("unknown key '<<' in \(what): merge keys are not part of the format")
  }

  /// A note on ``mergeKey(in:)``: what to write instead.
  static let mergeKeyAdvice = Self(
    "write the keys out, or use an alias (*name) for a whole value")

  /// A string was expected.
  static func notAString(_ what: String, found node: YAMLNode) -> Self {
    Self("expected \(what) (a string), found \(described(node))")
  }

  /// A text is empty or only spaces.
  static func empty(_ what: String) -> Self {
    Self("\(what) is empty")
  }

  /// A text is longer than its bound (response-format.md, "Lengths").
  static func tooLong(_ what: String, length: Int, limit: Int) -> Self {
    Self("\(what) has \(length) characters; at most \(limit) are accepted")
  }

  /// An id that is not a slug, with the slug the author probably meant.
  static func invalidSlug(_ text: String, _ what: String, suggestion: String?) -> Self {
    Self(
      "'\(text)' is not a valid \(what): use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit\(didYouMean(suggestion))"
    )
  }

  /// A number was expected.
  static func notANumber(_ what: String, found node: YAMLNode) -> Self {
    Self("expected \(what) (a number), found \(described(node))")
  }

  /// A number written in quotes.
  static func quotedNumber(_ what: String, _ text: String) -> Self {
    Self("expected \(what) (a number), found the quoted text '\(text)'; remove the quotes")
  }

  /// A number that must be above 0 is not.
  static func notPositive(_ what: String, _ value: Double) -> Self {
    Self("\(what) must be greater than 0, found \(number(value))")
  }

  /// A number beyond ±1,000,000,000 (option values, number bounds).
  static func outOfNumberRange(_ what: String, _ value: Double) -> Self {
    Self("\(what) must be within -1000000000..1000000000, found \(number(value))")
  }

  /// A weight above 1000.
  static func weightTooLarge(_ what: String, _ value: Double) -> Self {
    Self("\(what) must be at most 1000, found \(number(value))")
  }

  /// A whole number was expected.
  static func notAWholeNumber(_ what: String, _ value: Double) -> Self {
    Self("expected \(what) (a whole number), found \(number(value))")
  }

  /// A percentage outside 0..100.
  static func notAPercentage(_ what: String, _ value: Double) -> Self {
    Self("\(what) must be within 0..100, found \(number(value))")
  }

  /// A share of the answers (`unsupported_indicative`) outside 0..1.
  static func notAShareOfAnswers(_ what: String, _ value: Double) -> Self {
    Self("\(what) must be within 0..1 (a share of the answers), found \(number(value))")
  }

  /// An item score threshold outside 0..1.
  static func notAFraction(_ what: String, _ value: Double) -> Self {
    Self("\(what) must be within 0..1 (an item score), found \(number(value))")
  }

  /// A boolean written in quotes.
  static func quotedBoolean(_ what: String, _ text: String) -> Self {
    Self("expected \(what) (true or false), found the quoted text '\(text)'; remove the quotes")
  }

  /// A boolean was expected.
  static func notABoolean(_ what: String, found node: YAMLNode) -> Self {
    Self("expected \(what) (true or false), found \(described(node))")
  }

  /// A word that is not one of `choices`, with the choice it is closest to.
  static func notOneOf(_ what: String, _ text: String, choices: [String], suggestion: String?)
    -> Self
  {
    let list = quoted(choices)
    if let suggestion {
      return Self("unknown \(what) '\(text)'; did you mean '\(suggestion)'? (one of \(list))")
    }
    return Self("unknown \(what) '\(text)'; expected one of \(list)")
  }

  /// A list was expected.
  static func notAList(_ what: String, found node: YAMLNode) -> Self {
    Self("expected \(what) (a list), found \(described(node))")
  }

  /// A `format` that is not the one this file must have.
  static func unsupportedFormat(_ format: String, expected: String) -> Self {
    Self("unsupported format '\(format)'; expected '\(expected)'")
  }

  // MARK: Item maps (trust-and-continuity.md, "Item maps between questionnaire versions")

  /// A map's `from` or `to` names another questionnaire than the one it is checked against.
  static func mapQuestionnaireMismatch(_ side: String, named: String, given: String) -> Self {
    Self("the map's '\(side)' is '\(named)' but the questionnaire given is '\(given)'")
  }

  /// A map's `from` or `to` questionnaire that cannot be found or used.
  static func mapQuestionnaireNotFound(_ side: String, named: String, reason: String) -> Self {
    Self("the map's '\(side)' questionnaire '\(named)' cannot be used: \(reason)")
  }

  /// A map between two different questionnaires, not two versions of one.
  static func mapOtherQuestionnaire(_ from: String, _ to: String) -> Self {
    Self(
      "the map goes from questionnaire '\(from)' to another one, '\(to)'; a map reads one version of a questionnaire as a later version of the same one"
    )
  }

  /// A map whose `from` and `to` are the same version.
  static func mapToItself(_ id: String, _ version: String) -> Self {
    Self(
      "the map goes from '\(id)' version '\(version)' to the same version; 'to' must be another version"
    )
  }

  /// A question id the map names that its questionnaire does not have.
  static func mapUnknownQuestion(_ id: String, side: String, suggestion: String?) -> Self {
    Self("no question '\(id)' in the '\(side)' questionnaire\(didYouMean(suggestion))")
  }

  /// A source mapped to a list of targets (one source may not map to several targets).
  static func mapSeveralTargets(_ id: String) -> Self {
    Self(
      "'\(id)' maps to several questions; one source may not map to several targets "
        + "(map it to one question, or to null when it has no counterpart)")
  }

  /// A source and a target whose types do not fit.
  static func mapTypesDoNotFit(
    _ source: String, _ sourceType: String, _ target: String, _ targetType: String
  )
    -> Self
  {
    Self("'\(source)' (\(sourceType)) cannot map to '\(target)' (\(targetType))")
  }

  /// A question in both versions, not listed, whose type changed: it cannot map to itself.
  static func mapItselfTypesDoNotFit(_ id: String, _ sourceType: String, _ targetType: String)
    -> Self
  {
    Self(
      "'\(id)' is \(sourceType) in the 'from' questionnaire and \(targetType) in the 'to' one, so it cannot map to itself; list it under 'questions' (null when it has no counterpart)"
    )
  }

  /// Several sources merged into a target whose type cannot take a lowest value.
  static func mapMergeNotSingle(_ target: String, _ type: String) -> Self {
    Self(
      "several questions map to '\(target)' (\(type)); only scale, choice and yesno questions can be merged"
    )
  }

  /// A source value a value map does not translate.
  static func mapValueNotCovered(_ value: Double, source: String, target: String) -> Self {
    Self("the values for '\(target)' do not translate \(number(value)) of '\(source)'")
  }

  /// A value map that lands outside the target's values.
  static func mapValueNotInTarget(_ value: Double, target: String, values: [Double]) -> Self {
    Self(
      "\(number(value)) is not a value of '\(target)' (\(numbers(values)))")
  }

  /// A value map key that no source question offers.
  static func mapValueNotInSource(_ value: Double, target: String) -> Self {
    Self("\(number(value)) is not a value of any question mapped to '\(target)'")
  }

  /// A source whose values are not the target's, without a value map.
  static func mapValuesNeeded(_ source: String, target: String) -> Self {
    Self(
      "'\(source)' has values that '\(target)' does not have; add 'values: {\(target): {…}}'")
  }

  /// A yes/no mapped to a scale or choice (or the reverse) without a value map.
  static func mapYesNoNeedsValues(_ source: String, target: String) -> Self {
    Self(
      "'\(source)' and '\(target)' are not both yes/no, so a value does not mean the same in both; add 'values: {\(target): {…}}'"
    )
  }

  /// Two questions on different ranges of values mapped without a value map: the same value
  /// scores differently (3 on 0–3 is 100, on 0–10 it is 30).
  static func mapRangesDiffer(
    _ source: String, _ sourceRange: (Double, Double), target: String,
    _ targetRange: (Double, Double), example: (value: Double, from: Double, to: Double)
  ) -> Self {
    Self(
      "'\(source)' runs \(number(sourceRange.0))–\(number(sourceRange.1)) in the 'from' questionnaire and '\(target)' \(number(targetRange.0))–\(number(targetRange.1)) in the 'to' one: without a value map, an answer of \(number(example.value)) that scores \(number(example.from)) would score \(number(example.to)); add 'values: {\(target): {…}}'"
    )
  }

  /// A map from a newer version of a questionnaire to an older one.
  static func mapToOlderVersion(_ id: String, from: String, to: String) -> Self {
    Self(
      "the map goes from '\(id)' version '\(from)' to the older version '\(to)'; a map reads old responses as new ones: swap 'from' and 'to'"
    )
  }

  /// Values given for a target no source maps to, or of a type without values.
  static func mapValuesDoNotApply(_ target: String) -> Self {
    Self(
      "values for '\(target)' do not apply: no scored question of the map reaches it with values")
  }

  /// The same source value translated twice.
  static func mapDuplicateValue(_ value: Double) -> Self {
    Self("the value \(number(value)) is translated twice")
  }

  // MARK: Improvement plans (issue 27, docs/plan-format.md)

  /// A date that is not a calendar date `YYYY-MM-DD` (an action's `due`).
  static func invalidDate(_ key: String, _ text: String) -> Self {
    Self("'\(key)' must be a calendar date YYYY-MM-DD such as 2025-06-30, found '\(text)'")
  }

  /// Two actions with one id.
  static func duplicateActionID(_ id: String) -> Self {
    Self("action id '\(id)' is used twice; each action needs its own id")
  }

  /// An action whose `questions` is an empty list.
  static let actionWithoutQuestions = Self(
    "'questions' is empty; an action addresses at least one question")

  /// An action that lists a question twice.
  static func questionListedTwice(_ id: String) -> Self {
    Self("'\(id)' is listed twice in the action's questions")
  }

  /// A target with both `level` and `score`.
  static let targetLevelAndScore = Self(
    "a target has 'level' or 'score', not both; keep the one to reach")

  /// A target with neither `level` nor `score`.
  static func targetWithoutGoal(_ factor: String) -> Self {
    Self(
      "the target of '\(factor)' has neither 'level' nor 'score'; give the level (the 'min' of a band of scoring.levels) or the factor score to reach"
    )
  }

  /// An action's `target` that is neither a number nor a list of numbers.
  static func notATargetValue(found node: YAMLNode) -> Self {
    Self(
      "expected an action's target (an option value, or a list of option values for a multi question), found \(described(node))"
    )
  }

  /// A plan with more actions than the reader takes.
  static func tooManyActions(_ count: Int, limit: Int) -> Self {
    Self("the plan has \(count) actions; at most \(limit) are read")
  }

  /// A baseline item that has both a value and a state, or neither.
  static func baselineItemValueAndState(_ id: String, both: Bool) -> Self {
    both
      ? Self("the baseline item '\(id)' has both 'value' and 'state'; keep one")
      : Self("the baseline item '\(id)' has neither 'value' nor 'state'")
  }

  /// A plan for another questionnaire than the one it is checked against, without a map.
  static func planOtherQuestionnaire(
    _ id: String, _ version: String, given givenID: String, _ givenVersion: String
  ) -> Self {
    Self(
      "the plan was made on questionnaire '\(id)' version '\(version)', not on '\(givenID)' version '\(givenVersion)'; give an item map from '\(version)' to '\(givenVersion)' with --map to check it there"
    )
  }

  /// A map given with a plan that does not start at the plan's questionnaire version.
  static func planMapDoesNotFit(
    mapFrom: String, _ mapFromVersion: String, mapTo: String, _ mapToVersion: String,
    plan: String, _ planVersion: String
  ) -> Self {
    Self(
      "the map goes from '\(mapFrom)' version '\(mapFromVersion)' to '\(mapTo)' version '\(mapToVersion)'; the plan was made on '\(plan)' version '\(planVersion)'"
    )
  }

  /// A question id the plan names that the questionnaire does not have.
  static func planUnknownQuestion(
    _ id: String, questionnaire: String, version: String, suggestion: String?
  ) -> Self {
    Self(
      "no question '\(id)' in questionnaire '\(questionnaire)' version '\(version)'\(didYouMean(suggestion))"
    )
  }

  /// A question of the plan's version that the map drops.
  static func planQuestionDropped(_ id: String, version: String) -> Self {
    Self("question '\(id)' has no counterpart in version '\(version)': the map drops it")
  }

  /// A factor id the plan names that the questionnaire does not have.
  static func planUnknownFactor(
    _ id: String, questionnaire: String, version: String, suggestion: String?
  ) -> Self {
    Self(
      "no factor '\(id)' in questionnaire '\(questionnaire)' version '\(version)'\(didYouMean(suggestion))"
    )
  }

  /// An action's target on a question that has no item score.
  static func targetOnUnscored(_ id: String, type: String) -> Self {
    Self(
      "'\(id)' is a \(type) question, which has no level to reach; write 'target: null' or address a scored question"
    )
  }

  /// An action's target that is not an option of its question.
  static func targetNotAnOption(_ value: Double, of id: String, values: [Double]) -> Self {
    Self("the target \(number(value)) is not an option value of '\(id)' (\(numbers(values)))")
  }

  /// An action's target on a yes/no question other than 1.
  static func targetNotYes(_ id: String, _ value: Double) -> Self {
    Self("the target of the yes/no question '\(id)' is 1 (yes), found \(number(value))")
  }

  /// A list as the target of a question that takes one value, or one value for a `multi`.
  static func targetShape(_ id: String, type: String, wantsList: Bool) -> Self {
    wantsList
      ? Self("'\(id)' is a multi question: its target is the list of options to have, e.g. [1, 2]")
      : Self("'\(id)' is a \(type) question: its target is one value, not a list")
  }

  /// An action's target that scores no higher than the baseline's answer.
  static func targetNotAboveBaseline(_ id: String, target: Double, current: Double) -> Self {
    Self(
      "the target of '\(id)' is below the current answer: it scores \(itemScore(target)) and the baseline's answer already scores \(itemScore(current)); a target above the current answer changes something"
    )
  }

  /// A factor target's `level` that is not the `min` of a band.
  static func notALevel(_ value: Double, levels: [Double]) -> Self {
    levels.isEmpty
      ? Self(
        "level \(number(value)) cannot be reached: the questionnaire has no scoring.levels; give a 'score' instead"
      )
      : Self(
        "level \(number(value)) is not the 'min' of a band of scoring.levels (the bands start at \(numbers(levels))); give one of those, or a 'score'"
      )
  }

  /// A baseline factor, item or figure that the questionnaire does not have.
  static func baselineUnknown(_ what: String, _ id: String, suggestion: String?) -> Self {
    Self(
      "the baseline names \(what) '\(id)', which the questionnaire does not have\(didYouMean(suggestion))"
    )
  }

  /// A baseline figure (an item score, a factor score, the overall score, a key figure) that
  /// its own items do not give when rescored under the plan's questionnaire (issue 27, review
  /// finding 2): `what` says which ("factor 'transparency'"), `says` the figure written,
  /// `gives` the one its items give (both already worded, "40", "none"); `item`: the figure is
  /// one item's score, which its own answer gives.
  static func baselineEdited(_ what: String, says: String, gives: String, item: Bool) -> Self {
    Self(
      "the baseline was edited: \(what) says \(says), \(item ? "its answer gives" : "its items give") \(gives); a plan's baseline is the round as measured — make the plan again with arusha plan"
    )
  }

  /// A plan's questionnaire found by id and version whose bytes are not the plan's.
  static func planQuestionnaireEdited(
    _ id: String, _ version: String, origin: String, found: String, named: String
  ) -> Self {
    Self(
      "\(origin) is questionnaire '\(id)' version '\(version)' but its contents differ from the file the plan was made with (sha256 \(found.prefix(12))… instead of \(named.prefix(12))…): it was edited without a new version; pass the exact file with --questionnaire FILE"
    )
  }

  /// A plan's questionnaire that cannot be found or used.
  static func planQuestionnaireNotFound(_ reason: String) -> Self {
    Self("the plan's questionnaire cannot be used: \(reason)")
  }

  /// An item score (0…1) as a percentage with at most one decimal: "62.5%".
  private static func itemScore(_ score: Double) -> String {
    number((score * 1000).rounded() / 10) + "%"
  }

  // MARK: Questionnaire: languages and texts

  /// A `languages` entry that is not a language code.
  static func invalidLanguage(_ code: String) -> Self {
    Self(
      "'\(code)' is not a language code (use ISO 639 codes such as 'en', 'fr', optionally with a region: 'pt-BR')"
    )
  }

  /// A language listed twice in `languages`.
  static func duplicateLanguage(_ code: String) -> Self {
    Self("language '\(code)' is listed twice")
  }

  /// A note on ``duplicateLanguage(_:)``: where the language is first listed.
  static let firstListed = Self("first listed here")

  /// `languages` is an empty list.
  static let emptyLanguages = Self("'languages' is empty; list at least one language code")

  /// A text that is neither a string nor a map from language code to text.
  static func notAText(_ what: String, found node: YAMLNode) -> Self {
    Self(
      "expected \(what) (a text, or a map from language code to text), found \(described(node))")
  }

  /// A translation in a language that `languages` does not list.
  static func unlistedLanguage(_ code: String, languages: [String]) -> Self {
    Self("language '\(code)' is not listed in 'languages' (\(quoted(languages)))")
  }

  /// A text given as an empty map.
  static func noText(_ what: String) -> Self {
    Self("\(what) has no text in any language")
  }

  /// A warning: a text lacks one of the questionnaire's languages.
  static func missingTranslation(_ what: String, language code: String) -> Self {
    Self("\(what) has no '\(code)' translation")
  }

  // MARK: Questionnaire: scales and options

  /// `scales` is not a mapping.
  static func scalesNotAMapping(found node: YAMLNode) -> Self {
    Self("expected 'scales' (a map from scale name to options), found \(described(node))")
  }

  /// A warning: a scale no question uses.
  static func unusedScale(_ name: String) -> Self {
    Self("scale '\(name)' is defined but no question uses it")
  }

  /// Two options of one list with the same value.
  static func duplicateOptionValue(_ value: Double, in owner: String) -> Self {
    Self("duplicate option value \(number(value)) in \(owner)")
  }

  /// A note on ``duplicateOptionValue(_:in:)``: where the value is first used.
  static func valueFirstUsed(_ value: Double) -> Self {
    Self("value \(number(value)) is first used here")
  }

  /// A list of options with fewer than two.
  static func tooFewOptions(_ owner: String, count: Int) -> Self {
    Self("\(owner) has \(count) option\(count == 1 ? "" : "s"); at least two are needed")
  }

  /// `evidence: expected` on an option of a `multi` question.
  static let expectedEvidenceOnMultiOption = Self(
    "'evidence: expected' does not apply to an option of a 'multi' question; put 'evidence: expected' on the question"
  )

  /// An option's `evidence` that is not `expected`.
  static func invalidOptionEvidence(found node: YAMLNode) -> Self {
    Self("an option's 'evidence' can only be 'expected', found \(quotedText(node))")
  }

  // MARK: Questionnaire: scoring

  /// `change` below 0.1.
  static func changeTooSmall(_ value: Double) -> Self {
    Self("'change' must be at least 0.1, found \(number(value))")
  }

  /// `improvement` above `strength`, either of them perhaps the default.
  static func improvementAboveStrength(
    _ improvement: Double, isDefault improvementIsDefault: Bool, strength: Double,
    isDefault strengthIsDefault: Bool
  ) -> Self {
    let improvementText = number(improvement) + (improvementIsDefault ? ", the default" : "")
    let strengthText = number(strength) + (strengthIsDefault ? ", the default" : "")
    return Self("'improvement' (\(improvementText)) must not be above 'strength' (\(strengthText))")
  }

  /// The first level's `min` is not 0.
  static func firstLevelNotAtZero(_ min: Double) -> Self {
    Self("the first level must start at 0, found \(number(min))")
  }

  /// Levels that stop at or below the largest option value, on scores of 0–100.
  static func levelsOnAnswerScale(_ highest: Double, largestValue: Double) -> Self {
    Self(
      "the highest level starts at \(number(highest)), but scores run 0–100 and the largest option value is \(number(largestValue)): levels look written on the answers' scale, and every score of \(number(highest)) or more gets the highest level; write each 'min' as a score (0–100)"
    )
  }

  /// A level's `min` not above the previous one's.
  static func levelsNotAscending(_ min: Double, after previous: Double) -> Self {
    Self("level mins must be strictly ascending: \(number(min)) follows \(number(previous))")
  }

  /// A note on ``levelsNotAscending(_:after:)``: where the previous level's `min` is.
  static let previousLevelMin = Self("the previous level's min")

  /// `levels` is an empty list.
  static let emptyLevels = Self("'levels' is empty; remove it or list at least one level")

  // MARK: Questionnaire: factors

  /// `factors` is an empty list.
  static let noFactors = Self("'factors' is empty; a questionnaire needs at least one factor")

  /// Two factors with the same id.
  static func duplicateFactorID(_ id: String) -> Self {
    Self("duplicate factor id '\(id)'")
  }

  /// A note on a duplicate id: where the id is first used.
  static func idFirstUsed(_ id: String) -> Self {
    Self("'\(id)' is first used here")
  }

  /// A factor's `questions` is an empty list.
  static let noQuestions = Self("'questions' is empty; a factor needs at least one question")

  /// A factor `number` below 1.
  static func factorNumberBelowOne(_ value: Int) -> Self {
    Self("factor number must be 1 or more, found \(value)")
  }

  // MARK: Questionnaire: questions

  /// Two questions with the same id.
  static func duplicateQuestionID(_ id: String) -> Self {
    Self("duplicate question id '\(id)'")
  }

  /// A warning: a question without `help` (`id` nil when the question's id is broken).
  static func noHelp(_ id: String?) -> Self {
    Self("question '\(id ?? "?")' has no help; say what evidence counts")
  }

  /// `critical` on a `number` or `text` question.
  static func criticalOnUnscored(_ type: String) -> Self {
    Self("'critical' applies to scored questions only, not to a '\(type)' question")
  }

  /// `critical_below` on a question that is not critical.
  static let criticalBelowWithoutCritical = Self(
    "'critical_below' goes with 'critical: true': this question is not critical")

  /// `when_hidden` on a question without `when`.
  static let whenHiddenWithoutWhen = Self(
    "'when_hidden' goes with 'when': this question is always shown")

  /// `when_hidden` on a `number` or `text` question.
  static func whenHiddenOnUnscored(_ type: String) -> Self {
    Self("'when_hidden' applies to scored questions only, not to a '\(type)' question")
  }

  /// A warning: a scored question with `when` and no `when_hidden`.
  static func noWhenHidden(_ id: String?) -> Self {
    Self(
      "question '\(id ?? "?")' is shown only 'when' a condition holds but does not say how it scores while hidden: add 'when_hidden: zero' (a deeper practice, absent without its prerequisite) or 'when_hidden: excluded' (it does not apply)"
    )
  }

  /// `evidence: expected` on a `number` or `text` question.
  static func expectedEvidenceOnUnscored(_ type: String) -> Self {
    Self(
      "'evidence: expected' applies to scored questions only (an answer that claims a practice), not to a '\(type)' question; use 'evidence: true' to ask for a reference"
    )
  }

  /// A question's `evidence` that is not true, false or expected.
  static func invalidEvidence(found node: YAMLNode) -> Self {
    Self("expected 'evidence' (true, false or expected), found \(quotedText(node))")
  }

  /// `descriptions` is not a mapping.
  static func descriptionsNotAMapping(found node: YAMLNode) -> Self {
    Self("expected 'descriptions' (a map from a scale value to a text), found \(described(node))")
  }

  /// A `descriptions` key that is not a value of the question's scale.
  static func notAScaleValue(_ value: Double, scale name: String, values: [Double]) -> Self {
    Self("\(number(value)) is not a value of scale '\(name)' (\(numbers(values)))")
  }

  /// A type-specific key on a question of another type.
  static func keyDoesNotApply(_ key: String, type: String) -> Self {
    Self("'\(key)' does not apply to a '\(type)' question")
  }

  /// `unit_singular` on a question without `unit`.
  static let singularWithoutUnit = Self(
    "'unit_singular' needs 'unit': give the plural first, e.g. 'unit: {en: cases, fr: dossiers}'")

  /// A `scale` question without `scale`.
  static let scaleMissing = Self(
    "a 'scale' question needs 'scale: NAME' naming an entry of 'scales'")

  /// A `scale` that names no entry of `scales`: the closest name, else the names defined.
  static func unknownScale(_ name: String, suggestion: String?, defined: [String]) -> Self {
    let hint: String
    if suggestion != nil {
      hint = didYouMean(suggestion)
    } else if defined.isEmpty {
      hint = "; define it under 'scales'"
    } else {
      hint = "; the scales defined are \(quoted(defined))"
    }
    return Self("unknown scale '\(name)'\(hint)")
  }

  /// A `choice` or `multi` question without `options`.
  static func optionsMissing(_ type: String) -> Self {
    Self("a '\(type)' question needs 'options'")
  }

  /// A `multi` question whose positive option values sum to 0 or less.
  static let multiWithoutPositiveValues = Self(
    "a 'multi' question needs options whose positive values sum to more than 0")

  /// A `number` question's `min` above its `max`.
  static func minAboveMax(_ min: Double, _ max: Double) -> Self {
    Self("'min' (\(number(min))) is greater than 'max' (\(number(max)))")
  }

  // MARK: Effective weight (issue 24, `validate --strict`)

  /// A warning of `--strict`: the largest share of the overall score is more than `limit`
  /// times the smallest (``EffectiveWeight``).
  static func unevenShares(
    _ largest: String, _ share: Double, smallest: String, _ smallestShare: Double, limit: Double
  ) -> Self {
    Self(
      "question '\(largest)' carries \(percent(share)) of the overall score, \(times(share / smallestShare)) times as much as '\(smallest)' (\(percent(smallestShare))), more than \(number(limit)) times: check the factor and question weights ('arusha explain' gives every share)"
    )
  }

  /// The note of ``unevenShares(_:_:smallest:_:limit:)`` at the question with the smallest share.
  static func smallestShare(_ id: String, _ share: Double) -> Self {
    Self("'\(id)' carries \(percent(share)) of the overall score")
  }

  /// A share 0…1 as a percentage with two decimals: `3.33%`.
  private static func percent(_ share: Double) -> String {
    let hundredths = Int((share * 10_000).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
  }

  /// A ratio with one decimal: `7.3`.
  private static func times(_ ratio: Double) -> String {
    let tenths = Int((ratio * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  // MARK: Normalised key figures (issue 24)

  /// A `per` whose `question` is the question that declares it.
  static func perOnItself(_ id: String) -> Self {
    Self(
      "'per' of '\(id)' names the question itself: name the number question that counts the denominator (e.g. the staff headcount)"
    )
  }

  /// A `per` whose `question` is no question of the questionnaire.
  static func unknownPerQuestion(_ id: String, suggestion: String?) -> Self {
    Self("unknown question '\(id)' in 'per'\(didYouMean(suggestion))")
  }

  /// A `per` whose `question` is not a `number` question.
  static func perNotANumber(_ id: String, type: String) -> Self {
    Self("'per' needs a 'number' question as its denominator; '\(id)' is a '\(type)' question")
  }

  /// A warning: the denominator of a `per` has no `unit`, so reports cannot say what the
  /// figure is per.
  static func perWithoutUnit(_ id: String, scale: Double, number: Int?) -> Self {
    let name = number.map { "Q\($0)" } ?? id
    return Self(
      "question '\(id)', the denominator of 'per', has no 'unit': reports name it by its number ('1.0 per \(Self.number(scale)) (\(name))'); give it one, e.g. 'unit: {en: staff, fr: agents}'"
    )
  }

  // MARK: Conditions: syntax

  /// A `when` that does not parse, with the parser's message.
  static func invalidCondition(_ syntax: Self) -> Self {
    Self("invalid condition: \(syntax.text)")
  }

  /// Something other than `and`, `or` or the end after a complete condition.
  static func expectedAndOrEnd(found token: ConditionParser.Token) -> Self {
    unexpected("'and', 'or' or the end of the condition", token)
  }

  /// A question id without an operator or `includes` after it.
  static func expectedOperator(after id: String, found token: ConditionParser.Token) -> Self {
    unexpected("an operator (==, !=, <, <=, >, >=) or 'includes' after '\(id)'", token)
  }

  /// Something other than a question id where one must be.
  static func expectedQuestionID(found token: ConditionParser.Token) -> Self {
    unexpected("a question id", token)
  }

  /// Something other than a value to compare with.
  static func expectedLiteral(found token: ConditionParser.Token) -> Self {
    unexpected("a number, yes, no or a double-quoted string", token)
  }

  /// Something other than a `(` or `)` the grammar needs.
  static func expectedSymbol(_ symbol: String, found token: ConditionParser.Token) -> Self {
    unexpected("'\(symbol)'", token)
  }

  /// `includes` followed by something other than a number.
  static let includesNeedsNumber = Self("'includes' takes an option value (a number)")

  /// A lone `=` or `!`.
  static func notAnOperator(_ symbol: Unicode.Scalar) -> Self {
    Self("'\(symbol)' is not an operator; write '\(symbol)='")
  }

  /// A string without its closing quote.
  static let unterminatedString = Self("unterminated string")

  /// A string in single quotes.
  static let singleQuotedString = Self(
    "strings in conditions take double quotes (\"…\"), not single quotes")

  /// A character that no token starts with.
  static func unexpectedCharacter(_ scalar: Unicode.Scalar) -> Self {
    Self("unexpected character '\(scalar)'")
  }

  // MARK: Conditions: references

  /// A condition names no question of the file, with the earlier id it is closest to.
  static func unknownConditionQuestion(_ id: String, suggestion: String?) -> Self {
    Self("unknown question '\(id)' in condition\(didYouMean(suggestion))")
  }

  /// A condition names its own question or a later one.
  static func conditionNotOnEarlierQuestion(_ id: String, itself: Bool) -> Self {
    let which = itself ? "the question itself" : "a later question"
    return Self(
      "condition refers to '\(id)', which is \(which); a condition can only use questions asked before it"
    )
  }

  /// A condition's value that is not an option value of the question.
  static func notAnOptionValue(_ value: Double, of id: String, values: [Double]) -> Self {
    Self("\(number(value)) is not an option value of '\(id)' (\(numbers(values)))")
  }

  /// A comparison that no option value of the question makes true (`a >= 5` on 0–2).
  static func comparisonNeverTrue(_ id: String, _ op: String, _ value: Double, values: [Double])
    -> Self
  {
    Self(
      "'\(id) \(op) \(number(value))' can never be true: the values of '\(id)' are \(numbers(values))"
    )
  }

  /// A comparison that no number within the question's `min` and `max` makes true.
  static func numberComparisonNeverTrue(
    _ id: String, _ op: String, _ value: Double, min: Double?, max: Double?
  ) -> Self {
    let range: String
    switch (min, max) {
    case (let min?, let max?): range = "from \(number(min)) to \(number(max))"
    case (let min?, nil): range = "of at least \(number(min))"
    case (nil, let max?): range = "of at most \(number(max))"
    case (nil, nil): range = "of any value"
    }
    return Self("'\(id) \(op) \(number(value))' can never be true: '\(id)' is a number \(range)")
  }

  /// A condition that no answers to the questions it reads make true (`readsHidden`: some of
  /// them have a condition of their own).
  static func conditionNeverTrue(_ ids: [String], readsHidden: Bool) -> Self {
    let hidden = readsHidden ? " (a question hidden by its own condition has no value)" : ""
    return Self(
      "this condition can never be true, whatever the answers to \(quoted(ids))\(hidden), so the question is never shown"
    )
  }

  /// `includes` on a question that is not `multi`.
  static func includesOnNonMulti(_ id: String, type: String) -> Self {
    Self("'includes' applies to 'multi' questions; '\(id)' is a '\(type)' question")
  }

  /// A yes/no question compared with an ordering operator.
  static func yesNoOperator(_ id: String, _ op: String) -> Self {
    Self("compare the yes/no question '\(id)' with == or !=, not '\(op)'")
  }

  /// A yes/no question compared with something other than yes or no.
  static func yesNoNeedsYesOrNo(_ id: String) -> Self {
    Self("'\(id)' is a yes/no question: compare it with yes or no")
  }

  /// `yes` or `no` compared with a question that is not `yesno`.
  static func yesOrNoOnOtherType(_ id: String, type: String) -> Self {
    Self("yes and no compare with 'yesno' questions; '\(id)' is a '\(type)' question")
  }

  /// A `multi` question compared instead of tested with `includes`.
  static func comparedMulti(_ id: String) -> Self {
    Self("'\(id)' is a 'multi' question: use '\(id) includes VALUE'")
  }

  /// A text question compared with an ordering operator.
  static func textOperator(_ id: String, _ op: String) -> Self {
    Self("compare the text question '\(id)' with == or !=, not '\(op)'")
  }

  /// A text question compared with something other than a string.
  static func textNeedsString(_ id: String) -> Self {
    Self("'\(id)' is a 'text' question: compare it with a double-quoted string")
  }

  /// A string compared with a question that is not `text`.
  static func stringOnOtherType(_ id: String, type: String) -> Self {
    Self("a string compares only with 'text' questions; '\(id)' is a '\(type)' question")
  }

  // MARK: Questionnaire: requires (issue 24, the action plan's order)

  /// `requires` on a `number` or `text` question, which is never a gap.
  static func requiresOnUnscored(_ type: String) -> Self {
    Self("'requires' applies to scored questions only, not to a '\(type)' question")
  }

  /// `requires: []`.
  static let emptyRequires = Self(
    "'requires' is empty; list the ids of the questions this one builds on, or leave the key out")

  /// A question that lists its own id in `requires`.
  static func requiresItself(_ id: String) -> Self {
    Self("question '\(id)' cannot require itself")
  }

  /// An id in `requires` that no question of the file has.
  static func unknownRequiredQuestion(_ id: String, suggestion: String?) -> Self {
    Self("unknown question '\(id)' in 'requires'\(didYouMean(suggestion))")
  }

  /// An id listed twice in one `requires`.
  static func requiredTwice(_ id: String) -> Self {
    Self("'\(id)' is listed twice in 'requires'")
  }

  /// `requires` names a `number` or `text` question: it has no score, so it is never a gap.
  static func requiresUnscored(_ id: String, type: String) -> Self {
    Self(
      "'requires' names '\(id)', a '\(type)' question, which has no score and is never a gap; list scored questions only"
    )
  }

  /// The `requires` entry that closes a cycle: `path` runs from the question that lists it
  /// back to that question (a → b → c → a: each requires the next); a long cycle keeps its
  /// first questions and its end.
  static func requiresCycle(_ path: [String]) -> Self {
    let shown =
      path.count <= 12
      ? quoted(path, separator: " → ")
      : quoted(Array(path.prefix(9)), separator: " → ") + " → … (\(path.count - 11) more) → "
        + quoted(Array(path.suffix(2)), separator: " → ")
    return Self(
      "'requires' makes a cycle: \(shown) (each requires the next); remove one of these entries"
    )
  }

  // MARK: Responses: header

  /// A `sha256` that is not 64 lowercase hexadecimal digits.
  static func invalidSHA256(_ text: String) -> Self {
    Self("'sha256' must be 64 lowercase hexadecimal digits, found '\(text)'")
  }

  /// A response `language` that is not a language code.
  static func invalidResponseLanguage(_ code: String) -> Self {
    Self("'\(code)' is not a language code (such as 'en' or 'fr')")
  }

  /// A time that is not ISO 8601 in UTC.
  static func invalidTime(_ key: String, _ text: String) -> Self {
    Self("'\(key)' must be an ISO 8601 time in UTC such as 2024-07-02T09:00:00Z, found '\(text)'")
  }

  /// `answers` is not a mapping.
  static func answersNotAMapping(found node: YAMLNode) -> Self {
    Self("expected 'answers' (a map from question id to answer), found \(described(node))")
  }

  // MARK: Responses: answers

  /// An answer to a question the questionnaire does not have, with the closest id.
  static func answerToUnknownQuestion(
    _ id: String, questionnaire: String, version: String, suggestion: String?
  ) -> Self {
    Self(
      "answer to '\(id)', which questionnaire '\(questionnaire)' version '\(version)' does not have\(didYouMean(suggestion))"
    )
  }

  /// A response `language` that the questionnaire does not have.
  static func languageNotInQuestionnaire(
    _ language: String, questionnaire: String, languages: [String]
  ) -> Self {
    Self(
      "language '\(language)' is not a language of questionnaire '\(questionnaire)' (\(languages.joined(separator: ", ")))"
    )
  }

  /// A `position` that names no question of the questionnaire (issue 26), with the closest id.
  static func positionNotAQuestion(
    _ id: String, questionnaire: String, version: String, suggestion: String?
  ) -> Self {
    Self(
      "'position' names '\(id)', a question that questionnaire '\(questionnaire)' version '\(version)' does not have\(didYouMean(suggestion))"
    )
  }

  /// A `position` in a `complete` response (issue 26: kept only while in progress).
  static let positionInComplete = Self(
    "'position' is kept only while the status is 'in-progress'; a complete response has none (remove the line)"
  )

  /// A `complete` response with required questions unanswered (the first five named).
  static func completeWithoutRequired(_ missing: [String]) -> Self {
    let count = missing.count
    let listed = quoted(Array(missing.prefix(5)))
    let more = count > 5 ? " and \(count - 5) more" : ""
    return Self(
      "status is 'complete' but \(count) required question\(count == 1 ? " has" : "s have") no answer: \(listed)\(more)"
    )
  }

  /// An answer with both `value` and `state`.
  static let valueAndState = Self("an answer has either 'value' or 'state', not both")

  /// An answer with neither `value` nor `state`.
  static func neitherValueNorState(_ id: String) -> Self {
    Self("the answer to '\(id)' has neither 'value' nor 'state'")
  }

  /// `state: na` on a question without `allow_na`.
  static func notApplicableNotAllowed(_ id: String) -> Self {
    Self("'\(id)' does not allow 'na' (not applicable)")
  }

  /// `state: na` without a `justification`.
  static let notApplicableWithoutJustification = Self(
    "'state: na' needs a 'justification' saying why the question does not apply")

  /// `state: unknown` on a question that does not allow it.
  static func unknownNotAllowed(_ id: String) -> Self {
    Self("'\(id)' does not allow 'unknown' (don't know)")
  }

  /// A `justification` on an answer that is not `state: na`.
  static let justificationWithoutNotApplicable = Self(
    "'justification' goes with 'state: na' only")

  /// An answer's value that is not an option of its question.
  static func notAnOption(_ value: Double, of id: String, values: [Double]) -> Self {
    Self("\(number(value)) is not an option of '\(id)' (\(numbers(values)))")
  }

  /// A yes/no answer that is neither 1 nor 0.
  static func invalidYesNo(_ id: String, _ value: Double) -> Self {
    Self("the answer to the yes/no question '\(id)' is 1 (yes) or 0 (no), found \(number(value))")
  }

  /// A `multi` answer that selects an option twice.
  static func optionSelectedTwice(_ value: Double) -> Self {
    Self("option \(number(value)) is selected twice")
  }

  /// A number answer below the question's `min`.
  static func belowMinimum(_ value: Double, minimum: Double, of id: String) -> Self {
    Self("\(number(value)) is below the minimum \(number(minimum)) of '\(id)'")
  }

  /// A number answer above the question's `max`.
  static func aboveMaximum(_ value: Double, maximum: Double, of id: String) -> Self {
    Self("\(number(value)) is above the maximum \(number(maximum)) of '\(id)'")
  }

  // MARK: Allowed signers (ssh-keygen(1), "ALLOWED SIGNERS"; trust-and-continuity.md)

  /// A line of an allowed signers file that is not UTF-8 text (or holds a NUL).
  static let allowedSignersNotText = Self("this line is not UTF-8 text")

  /// A line with principals but no key after them.
  static let allowedSignersMissingKey = Self(
    "missing key: a line is 'principals [options] key-type base64-key [comment]'")

  /// A line that starts with a key type: a `.pub` line without the principals in front.
  static let allowedSignersNoPrincipals = Self(
    "this line is a public key without principals: put who signs with it in front, e.g. 'niger-customs ssh-ed25519 AAAA…'"
  )

  /// A double quote that is not closed on the line.
  static let allowedSignersUnclosedQuote = Self("this quote is not closed")

  /// A double quote inside or right after an unquoted field.
  static let allowedSignersStrayQuote = Self(
    "unexpected '\"': quote the whole field, e.g. \"Niger Customs\"")

  /// An empty principal (two commas, or a comma at either end, or "").
  static let allowedSignersEmptyPrincipal = Self("empty principal in the list of principals")

  /// An option the format does not have.
  static func allowedSignersUnknownOption(_ name: String) -> Self {
    Self(
      "unknown option '\(name)'; the options are cert-authority, namespaces=\"…\", valid-after=\"…\" and valid-before=\"…\", separated by commas without spaces"
    )
  }

  /// An option value that is not in double quotes.
  static func allowedSignersUnquotedValue(_ name: String) -> Self {
    Self("the value of '\(name)' must be in double quotes, e.g. \(name)=\"…\"")
  }

  /// An option given twice on a line.
  static func allowedSignersRepeatedOption(_ name: String) -> Self {
    Self("'\(name)' is given twice on this line")
  }

  /// A comma after the options with nothing after it.
  static let allowedSignersMissingOption = Self("an option is missing after ','")

  /// A `valid-after` or `valid-before` value that is not a time.
  static func allowedSignersBadTime(_ name: String, _ value: String) -> Self {
    Self(
      "'\(value)' is not a time for '\(name)': write YYYYMMDD or YYYYMMDDHHMM[SS], with Z for UTC")
  }

  /// A `valid-before` that is not after the `valid-after` of the same line.
  static let allowedSignersTimesReversed = Self("'valid-before' is not after 'valid-after'")

  /// A key type OpenSSH does not have.
  static func allowedSignersUnknownKeyType(_ type: String) -> Self {
    Self("unknown key type '\(type)'; arusha's keys are 'ssh-ed25519'")
  }

  /// A key type with nothing after it.
  static func allowedSignersMissingKeyData(_ type: String) -> Self {
    Self("missing the base64 key after '\(type)'")
  }

  /// A key that is not base64.
  static let allowedSignersKeyNotBase64 = Self("the key is not base64")

  /// A key whose bytes are not a key of its type.
  static func allowedSignersBadKey(_ type: String, _ problem: String) -> Self {
    Self("this is not a valid '\(type)' key: \(problem)")
  }

  /// A line whose principals include `*`: its key may sign for any administration (issue 22).
  static let allowedSignersAnyAdministration = Self(
    "principal '*' lets this key sign for any administration; a signature binds a response to its administration only when the principals name it (write the administration's name, with '?' for a comma in it)"
  )

  /// A warning on a `cert-authority` line: arusha does not read certificates.
  static let allowedSignersCertificateAuthority = Self(
    "'cert-authority' lines allow nothing in arusha, which does not verify certificates; list each administration's own key instead"
  )

  // MARK: Helpers

  /// What a node is, as messages say what they found: "a mapping", "a list", "null", or
  /// its text in quotes.
  private static func described(_ node: YAMLNode) -> String {
    switch node.kind {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .scalar(let scalar):
      if scalar.isNull { return "null" }
      return "'\(scalar.text)'"
    }
  }

  /// A scalar's text in quotes (even when null), else what the node is.
  private static func quotedText(_ node: YAMLNode) -> String {
    node.scalar.map { "'\($0.text)'" } ?? described(node)
  }

  /// What the condition parser found where it expected something else.
  private static func unexpected(_ expected: String, _ token: ConditionParser.Token) -> Self {
    let found: String
    switch token {
    case .end: found = "the end of the condition"
    case .word(let word): found = "'\(word)'"
    case .string(let text): found = "the string \"\(text)\""
    case .symbol(let symbol): found = "'\(symbol)'"
    }
    return Self("expected \(expected), found \(found)")
  }

  private static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { "; did you mean '\($0)'?" } ?? ""
  }

  private static func quoted(_ words: [String], separator: String = ", ") -> String {
    words.map { "'\($0)'" }.joined(separator: separator)
  }

  private static func number(_ value: Double) -> String {
    YAMLValue.text(of: value)
  }

  private static func numbers(_ values: [Double]) -> String {
    values.map(number).joined(separator: ", ")
  }
}

extension Diagnostic.Message {
  // MARK: Plans: the team's words (issue 27, integrity review findings 6, 8, 9)

  /// An action status written in French (or an English near miss): the word to write instead,
  /// with the reader's word beside it.
  static func statusInOtherWords(_ text: String, write status: String, gloss: String?) -> Self {
    Self(
      "unknown action status '\(text)': write \(status)\(gloss.map { " (\($0))" } ?? ""); the file's statuses are planned, started, done and dropped"
    )
  }

  /// An action marked done with no evidence.
  static func doneWithoutEvidence(_ id: String) -> Self {
    Self("action '\(id)' is done without evidence: say what shows it done (a document, a decision)")
  }

  /// A target's `by` that does not come after the plan's round.
  static func byNotAfterRound(_ factor: String, by: String, round: String) -> Self {
    Self(
      "the target of '\(factor)' is due by round '\(by)', which does not come after the plan's round '\(round)': name a later round, or null for the next"
    )
  }

  /// A target's `by` whose shape differs from the plan's round (the round in digits, `by`
  /// not): how a follow-up will read it.
  static func byOtherShape(
    _ factor: String, by: String, round: String, digits: String?, after: Bool?
  ) -> Self {
    let reading: String
    if let digits, let after {
      reading =
        after
        ? "it comes after round '\(digits)', so at round '\(digits)' the target is not due yet"
        : "it comes before round '\(digits)', so at round '\(digits)' the target is already due"
    } else {
      reading = "it is compared with round names by its characters"
    }
    return Self(
      "the target of '\(factor)' is due by '\(by)', not a round name like the plan's round '\(round)': rounds are ordered as compare orders them, and \(reading); write the round as the administration names it\(digits.map { " ('\($0)')" } ?? "")"
    )
  }
}
