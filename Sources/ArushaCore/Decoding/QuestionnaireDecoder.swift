public import ArushaYAML

/// Decodes and validates a questionnaire file, collecting every error and warning in one run.
public struct QuestionnaireDecoder: Sendable {
  /// The outcome of decoding one file.
  public struct Result: Sendable {
    /// The questionnaire, when the file has no error (warnings allowed).
    public var questionnaire: Questionnaire?
    /// Every error and warning, sorted by position.
    public var diagnostics: [Diagnostic]
    /// Where each question's `id` is written (its first, for a duplicate), for findings made
    /// on the decoded questionnaire (``EffectiveWeight/warning(_:marks:)``).
    public var questionMarks: [String: SourceMark] = [:]
  }

  /// The loader's bounds.
  public var limits: YAMLLoader.Limits

  /// Creates a decoder.
  public init(limits: YAMLLoader.Limits = YAMLLoader.Limits()) {
    self.limits = limits
  }

  /// Decodes the bytes of a questionnaire file.
  public func decode(_ bytes: [UInt8]) -> Result {
    let document: YAMLDocument
    do {
      document = try YAMLLoader(limits: limits).load(bytes)
    } catch {
      return Result(questionnaire: nil, diagnostics: [Diagnostic(error)])
    }
    return decode(document)
  }

  /// Decodes a loaded document (its duplicate-key problems become errors too).
  public func decode(_ document: YAMLDocument) -> Result {
    var context = QuestionnaireDecoding()
    context.reader.diagnostics = document.problems.map(Diagnostic.init)
    let questionnaire = context.questionnaire(document.root)
    let diagnostics = context.reader.diagnostics.sortedByPosition()
    var result = Result(
      questionnaire: diagnostics.hasErrors ? nil : questionnaire, diagnostics: diagnostics)
    result.questionMarks = context.questionMarks
    return result
  }
}

/// The state of one decoding run.
private struct QuestionnaireDecoding {
  var reader = NodeReader()
  var languages = ["en"]
  var scales: [String: (scale: Scale, mark: SourceMark)] = [:]
  var usedScales: Set<String> = []
  /// Scales defined with errors: questions using them get no second, misleading error.
  var brokenScales: Set<String> = []
  var questionMarks: [String: SourceMark] = [:]
  var factorMarks: [String: SourceMark] = [:]
  /// Questions in file order with their `when` node, checked once every question is known.
  ///
  /// `position` is the number of decoded questions before it; `decoded` whether the question
  /// itself decoded (its condition is checked either way, so every error shows in one run).
  var conditionNodes: [(position: Int, node: YAMLNode, decoded: Bool)] = []
  var decodedQuestions: [Question] = []
  /// The indices in ``decodedQuestions`` of questions whose id an earlier question has: a
  /// condition reads the first (and says nothing when that one did not decode).
  var duplicateQuestions: Set<Int> = []
  /// The ids more than one question has, decoded or not.
  var duplicatedIDs: Set<String> = []
  /// The highest level's `min` and where it is written, checked once every option is known.
  var highestLevel: (min: Double, mark: SourceMark)?
  /// Each `requires` in file order: the id of the question that lists it (nil when broken),
  /// and its entries with their places, checked once every question is known.
  var requirements: [(owner: String?, entries: [(id: String, mark: SourceMark)])] = []
  /// Each `per` with its question's id and where its `question` is written, checked once
  /// every question is known (``checkPer()``).
  var perNodes: [(owner: String, per: Question.Per, node: YAMLNode)] = []

  mutating func questionnaire(_ root: YAMLNode) -> Questionnaire? {
    guard let fields = reader.fields(of: root, as: FormatSchema.questionnaire) else { return nil }
    if let node = fields["format"], let format = reader.string(node, "format"),
      format != Questionnaire.format
    {
      reader.error(
        .unsupportedFormat(format, expected: Questionnaire.format), at: node.reportMark)
    }
    if let node = fields["languages"] { languages = languageList(node) ?? languages }
    let id = fields["id"].flatMap { reader.slug($0, "questionnaire id") }
    let version = fields["version"].flatMap { reader.nonEmptyString($0, "version") }
    let title = fields["title"].flatMap { text($0, "title") }
    let description = fields.present("description").flatMap { text($0, "description") }
    if let node = fields.present("scales") { readScales(node) }
    var scoring = ScoringSettings()
    if let node = fields.present("scoring"), let settings = scoringSettings(node) {
      scoring = settings
    }
    var factors: [Factor] = []
    if let node = fields["factors"], let items = reader.list(node, "factors") {
      if items.isEmpty {
        reader.error(.noFactors, at: node.reportMark)
      }
      for item in items {
        if let factor = factor(item) { factors.append(factor) }
      }
    }
    checkConditions()
    checkRequirements()
    checkLevels()
    checkPer()
    for (name, entry) in scales where !usedScales.contains(name) {
      reader.warning(.unusedScale(name), at: entry.mark)
    }
    guard let id, let version, let title else { return nil }
    var questionnaire = Questionnaire(
      id: id, version: version, title: title, languages: languages,
      scales: scales.values.sorted { $0.mark < $1.mark }.map(\.scale), scoring: scoring,
      factors: factors)
    questionnaire.description = description
    // Conditions were checked after every question was read: put them on the model now.
    let withConditions = Dictionary(
      decodedQuestions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    questionnaire.factors = factors.map { factor in
      var factor = factor
      factor.questions = factor.questions.map { withConditions[$0.id] ?? $0 }
      return factor
    }
    return questionnaire
  }

  // MARK: Languages and texts

  mutating func languageList(_ node: YAMLNode) -> [String]? {
    guard let items = reader.list(node, "languages") else { return nil }
    var codes: [String] = []
    var seen: [String: SourceMark] = [:]
    for item in items {
      guard let code = reader.string(item, "language code") else { continue }
      if !LanguageCode.isValid(code) {
        reader.error(.invalidLanguage(code), at: item.reportMark)
      } else if let first = seen[code] {
        reader.error(
          .duplicateLanguage(code), at: item.reportMark, notes: [.init(.firstListed, at: first)])
      } else {
        seen[code] = item.reportMark
        codes.append(code)
      }
    }
    if items.isEmpty {
      reader.error(.emptyLanguages, at: node.reportMark)
    }
    return codes.isEmpty ? nil : codes
  }

  mutating func text(_ node: YAMLNode, _ what: String) -> LocalizedText? {
    if let scalar = node.scalar, !scalar.isNull {
      guard let value = reader.nonEmptyString(node, what) else { return nil }
      let language = languages[0]
      missingTranslations(node, what) { $0 == language }
      return LocalizedText([language: value])
    }
    guard let pairs = node.mapping else {
      reader.error(.notAText(what, found: node), at: node.reportMark)
      return nil
    }
    var translations: [String: String] = [:]
    for pair in pairs {
      guard let code = pair.key.scalar?.text else {
        reader.error(.keyNotText(found: pair.key), at: pair.key.reportMark)
        continue
      }
      guard languages.contains(code) else {
        reader.error(
          .unlistedLanguage(code, languages: languages), at: pair.key.reportMark)
        continue
      }
      if let value = reader.nonEmptyString(pair.value, "\(what) in '\(code)'") {
        translations[code] = value
      }
    }
    if pairs.isEmpty {
      reader.error(.noText(what), at: node.reportMark)
      return nil
    }
    missingTranslations(node, what) { code in pairs.contains { $0.key.scalar?.text == code } }
    return translations.isEmpty ? nil : LocalizedText(translations)
  }

  mutating func missingTranslations(
    _ node: YAMLNode, _ what: String, present: (String) -> Bool
  ) {
    for code in languages where !present(code) {
      reader.warning(.missingTranslation(what, language: code), at: node.reportMark)
    }
  }

  // MARK: Scales, options, scoring

  mutating func readScales(_ node: YAMLNode) {
    guard let pairs = node.mapping else {
      reader.error(.scalesNotAMapping(found: node), at: node.reportMark)
      return
    }
    for pair in pairs {
      guard let name = reader.slug(pair.key, "scale name") else { continue }
      if let options = options(pair.value, owner: "scale '\(name)'") {
        scales[name] = (Scale(name: name, options: options), pair.key.reportMark)
      } else {
        brokenScales.insert(name)
      }
    }
  }

  mutating func options(_ node: YAMLNode, owner: String, multi: Bool = false) -> [AnswerOption]? {
    guard let items = reader.list(node, "the options of \(owner)") else { return nil }
    var options: [AnswerOption] = []
    var valueMarks: [Double: SourceMark] = [:]
    var valid = true
    for item in items {
      guard let fields = reader.fields(of: item, as: FormatSchema.option) else {
        valid = false
        continue
      }
      let valueNode = fields["value"]
      let value = valueNode.flatMap { reader.boundedNumber($0, "option value") }
      let label = fields["label"].flatMap { text($0, "option label") }
      let description = fields.present("description").flatMap { text($0, "option description") }
      var evidenceExpected = false
      if let node = fields.present("evidence"), optionEvidence(node) {
        if multi {
          reader.error(.expectedEvidenceOnMultiOption, at: fields.keyMark("evidence"))
          valid = false
        }
        evidenceExpected = true
      }
      if let value, let valueNode {
        if let first = valueMarks[value] {
          reader.error(
            .duplicateOptionValue(value, in: owner), at: valueNode.reportMark,
            notes: [.init(.valueFirstUsed(value), at: first)])
          valid = false
        } else {
          valueMarks[value] = valueNode.reportMark
        }
      }
      guard let value, let label else {
        valid = false
        continue
      }
      options.append(
        AnswerOption(
          value: value, label: label, description: description, evidenceExpected: evidenceExpected)
      )
    }
    if items.count < 2 {
      reader.error(.tooFewOptions(owner, count: items.count), at: node.reportMark)
      valid = false
    }
    return valid ? options : nil
  }

  mutating func scoringSettings(_ node: YAMLNode) -> ScoringSettings? {
    guard let fields = reader.fields(of: node, as: FormatSchema.scoring) else { return nil }
    var settings = ScoringSettings()
    if let node = fields["method"],
      let method = reader.oneOf(node, ScoringMethod.allCases.map(\.rawValue), "scoring method")
    {
      settings.method = ScoringMethod(rawValue: method) ?? .mean
    }
    if let node = fields["strength"], let value = percentage(node, "'strength'") {
      settings.strength = value
    }
    if let node = fields["improvement"], let value = percentage(node, "'improvement'") {
      settings.improvement = value
    }
    if let node = fields["change"], let value = reader.number(node, "'change'") {
      if value < 0.1 {
        reader.error(.changeTooSmall(value), at: node.reportMark)
      }
      settings.change = value
    }
    if let node = fields.present("critical_cap"), let value = percentage(node, "'critical_cap'") {
      settings.criticalCap = value
    }
    if let node = fields.present("critical_below"), let value = fraction(node, "'critical_below'") {
      settings.criticalBelow = value
    }
    if let node = fields.present("unsupported_indicative"),
      let value = number(
        node, "'unsupported_indicative'", within: 0...1,
        else: Diagnostic.Message.notAShareOfAnswers)
    {
      settings.unsupportedIndicative = value
    }
    if settings.improvement > settings.strength {
      reader.error(
        .improvementAboveStrength(
          settings.improvement, isDefault: fields["improvement"] == nil,
          strength: settings.strength, isDefault: fields["strength"] == nil),
        at: fields.keyMark(fields["improvement"] != nil ? "improvement" : "strength"))
    }
    if let node = fields.present("levels"), let items = reader.list(node, "'levels'") {
      var previous: (min: Double, mark: SourceMark)?
      for (index, item) in items.enumerated() {
        guard let level = reader.fields(of: item, as: FormatSchema.level) else { continue }
        let minNode = level["min"]
        let min = minNode.flatMap { percentage($0, "level 'min'") }
        let label = level["label"].flatMap { text($0, "level label") }
        if let min, let minNode {
          if index == 0, min != 0 {
            reader.error(.firstLevelNotAtZero(min), at: minNode.reportMark)
          }
          if let previous, min <= previous.min {
            reader.error(
              .levelsNotAscending(min, after: previous.min), at: minNode.reportMark,
              notes: [.init(.previousLevelMin, at: previous.mark)])
          }
          previous = (min, minNode.reportMark)
        }
        if let min, let label { settings.levels.append(ScoreLevel(min: min, label: label)) }
      }
      if items.isEmpty {
        reader.error(.emptyLevels, at: node.reportMark)
      }
      highestLevel = previous
    }
    return settings
  }

  /// An item score threshold: a number within 0..1.
  mutating func fraction(_ node: YAMLNode, _ what: String) -> Double? {
    number(node, what, within: 0...1, else: Diagnostic.Message.notAFraction)
  }

  mutating func percentage(_ node: YAMLNode, _ what: String) -> Double? {
    number(node, what, within: 0...100, else: Diagnostic.Message.notAPercentage)
  }

  /// A number within `range`; outside it, the error `outside` gives, and nil.
  private mutating func number(
    _ node: YAMLNode, _ what: String, within range: ClosedRange<Double>,
    else outside: (String, Double) -> Diagnostic.Message
  ) -> Double? {
    guard let value = reader.number(node, what) else { return nil }
    guard range.contains(value) else {
      reader.error(outside(what, value), at: node.reportMark)
      return nil
    }
    return value
  }

  // MARK: Factors and questions

  mutating func factor(_ node: YAMLNode) -> Factor? {
    guard let fields = reader.fields(of: node, as: FormatSchema.factor) else { return nil }
    let idNode = fields["id"]
    let id = idNode.flatMap { reader.slug($0, "factor id") }
    if let id, let idNode {
      if let first = factorMarks[id] {
        reader.error(
          .duplicateFactorID(id), at: idNode.reportMark,
          notes: [.init(.idFirstUsed(id), at: first)])
      } else {
        factorMarks[id] = idNode.reportMark
      }
    }
    let title = fields["title"].flatMap { text($0, "factor title") }
    var questions: [Question] = []
    if let node = fields["questions"], let items = reader.list(node, "questions") {
      if items.isEmpty {
        reader.error(.noQuestions, at: node.reportMark)
      }
      for item in items {
        if let question = question(item) { questions.append(question) }
      }
    }
    var number: Int?
    if let node = fields.present("number"), let value = reader.integer(node, "factor number") {
      if value < 1 {
        reader.error(.factorNumberBelowOne(value), at: node.reportMark)
      }
      number = value
    }
    let summary = fields.present("summary").flatMap { text($0, "factor summary") }
    let reference = fields.present("reference").flatMap { reader.string($0, "reference") }
    let weight = fields["weight"].flatMap { reader.weight($0, "factor weight") }
    let method = fields["method"].flatMap {
      reader.oneOf($0, ScoringMethod.allCases.map(\.rawValue), "scoring method")
    }
    guard let id, let title else { return nil }
    var factor = Factor(id: id, title: title, questions: questions)
    factor.number = number
    factor.summary = summary
    factor.reference = reference
    factor.weight = weight ?? 1
    factor.method = method.flatMap(ScoringMethod.init(rawValue:))
    return factor
  }

  mutating func question(_ node: YAMLNode) -> Question? {
    guard let fields = reader.fields(of: node, as: FormatSchema.question) else { return nil }
    let idNode = fields["id"]
    let id = idNode.flatMap { reader.slug($0, "question id") }
    var isDuplicate = false
    if let id, let idNode {
      if let first = questionMarks[id] {
        isDuplicate = true
        duplicatedIDs.insert(id)
        reader.error(
          .duplicateQuestionID(id), at: idNode.reportMark,
          notes: [.init(.idFirstUsed(id), at: first)])
      } else {
        questionMarks[id] = idNode.reportMark
      }
    }
    let typeName = fields["type"].flatMap {
      reader.oneOf($0, FormatSchema.questionTypes, "question type")
    }
    let questionText = fields["text"].flatMap { text($0, "question text") }
    let questionKind = typeName.flatMap { kind($0, fields) }
    if typeName != nil, fields.present("help") == nil {
      reader.warning(.noHelp(id), at: node.reportMark)
    }
    let help = fields.present("help").flatMap { text($0, "help") }
    let topic = fields.present("topic").flatMap { text($0, "topic") }
    let source = fields.present("source").flatMap { reader.string($0, "source") }
    let weight = fields["weight"].flatMap { reader.weight($0, "question weight") }
    let required = fields["required"].flatMap { reader.bool($0, "'required'") }
    let allowNotApplicable = fields["allow_na"].flatMap { reader.bool($0, "'allow_na'") }
    let allowUnknown = fields["allow_unknown"].flatMap { reader.bool($0, "'allow_unknown'") }
    let critical = fields["critical"].flatMap { reader.bool($0, "'critical'") }
    if critical == true, let kind = questionKind, !kind.isScored {
      reader.error(.criticalOnUnscored(kind.typeName), at: fields.keyMark("critical"))
    }
    let criticalBelow = fields.present("critical_below").flatMap {
      fraction($0, "'critical_below'")
    }
    if fields["critical_below"] != nil, critical != true {
      reader.error(.criticalBelowWithoutCritical, at: fields.keyMark("critical_below"))
    }
    let evidence = fields["evidence"].flatMap { evidenceRequest($0, questionKind) }
    let whenNode = fields.present("when")
    let whenHidden = fields["when_hidden"].flatMap { node -> Question.WhenHidden? in
      let word = reader.oneOf(
        node, Question.WhenHidden.allCases.map(\.rawValue), "'when_hidden' value")
      if whenNode == nil {
        reader.error(.whenHiddenWithoutWhen, at: fields.keyMark("when_hidden"))
      } else if let kind = questionKind, !kind.isScored {
        reader.error(.whenHiddenOnUnscored(kind.typeName), at: fields.keyMark("when_hidden"))
      }
      return word.flatMap(Question.WhenHidden.init(rawValue:))
    }
    if whenNode != nil, fields["when_hidden"] == nil, questionKind?.isScored == true {
      reader.warning(.noWhenHidden(id), at: fields.keyMark("when"))
    }
    let descriptions = fields.present("descriptions").flatMap {
      levelDescriptions($0, questionKind)
    }
    let unit = fields.present("unit").flatMap { text($0, "unit") }
    let unitSingular = fields.present("unit_singular").flatMap { text($0, "unit_singular") }
    if fields["unit_singular"] != nil, fields["unit"] == nil, questionKind?.typeName == "number" {
      reader.error(.singularWithoutUnit, at: fields.keyMark("unit_singular"))
    }
    let requires = fields.present("requires").flatMap { requiredQuestions($0, of: id) }
    if fields["requires"] != nil, let kind = questionKind, !kind.isScored {
      reader.error(.requiresOnUnscored(kind.typeName), at: fields.keyMark("requires"))
    }
    let per = fields.present("per").flatMap { perSetting($0, owner: id, kind: questionKind) }
    if let node = whenNode {
      conditionNodes.append((decodedQuestions.count, node, false))
    }
    guard let id, let kind = questionKind, let questionText else { return nil }
    var question = Question(id: id, kind: kind, text: questionText)
    question.help = help
    question.topic = topic
    question.source = source
    question.weight = weight ?? 1
    question.required = required ?? true
    question.allowNotApplicable = allowNotApplicable ?? false
    question.allowUnknown = allowUnknown ?? kind.isScored
    question.critical = critical ?? false
    question.criticalBelow = critical == true ? criticalBelow : nil
    question.evidence = evidence ?? .none
    question.whenHidden = whenHidden ?? .excluded
    question.declaresWhenHidden = whenHidden != nil
    question.descriptions = descriptions ?? [:]
    question.unit = unit
    question.unitSingular = unitSingular
    question.requires = requires ?? []
    question.per = per
    if fields.present("when") != nil { conditionNodes[conditionNodes.count - 1].decoded = true }
    if isDuplicate { duplicateQuestions.insert(decodedQuestions.count) }
    decodedQuestions.append(question)
    return question
  }

  /// A question's `requires`: a list of question ids, recorded to be checked once every
  /// question is known (``checkRequirements()``).
  mutating func requiredQuestions(_ node: YAMLNode, of owner: String?) -> [String]? {
    guard let items = reader.list(node, "'requires'") else { return nil }
    if items.isEmpty {
      reader.error(.emptyRequires, at: node.reportMark)
    }
    var entries: [(id: String, mark: SourceMark)] = []
    for item in items {
      if let id = reader.string(item, "a question id in 'requires'") {
        entries.append((id, item.reportMark))
      }
    }
    requirements.append((owner, entries))
    return entries.map(\.id)
  }

  /// An option's `evidence`: only `expected` (an option cannot make evidence optional).
  mutating func optionEvidence(_ node: YAMLNode) -> Bool {
    guard let scalar = node.scalar, scalar.isPlain, scalar.text == "expected" else {
      reader.error(.invalidOptionEvidence(found: node), at: node.reportMark)
      return false
    }
    return true
  }

  /// The question's `evidence`: `true`, `false` or `expected` (not on `number` or `text`).
  mutating func evidenceRequest(_ node: YAMLNode, _ kind: Question.Kind?) -> Question.Evidence? {
    if let scalar = node.scalar, scalar.isPlain, scalar.text == "expected" {
      if let kind, !kind.isScored {
        reader.error(.expectedEvidenceOnUnscored(kind.typeName), at: node.reportMark)
        return nil
      }
      return .expected
    }
    guard let scalar = node.scalar,
      ["true", "false", "True", "False", "TRUE", "FALSE", "yes", "no", "Yes", "No", "on", "off"]
        .contains(scalar.text)
    else {
      reader.error(.invalidEvidence(found: node), at: node.reportMark)
      return nil
    }
    return reader.bool(node, "'evidence'").map { $0 ? .asked : Question.Evidence.none }
  }

  /// A `scale` question's `descriptions`: scale value → text, each key a value of its scale.
  mutating func levelDescriptions(_ node: YAMLNode, _ kind: Question.Kind?)
    -> [Double: LocalizedText]?
  {
    guard let pairs = node.mapping else {
      reader.error(.descriptionsNotAMapping(found: node), at: node.reportMark)
      return nil
    }
    guard case .scale(let name, let options)? = kind else { return nil }
    var result: [Double: LocalizedText] = [:]
    for pair in pairs {
      guard let value = reader.number(pair.key, "a 'descriptions' key") else {
        continue
      }
      guard options.contains(where: { $0.value == value }) else {
        reader.error(
          .notAScaleValue(value, scale: name, values: options.map(\.value)),
          at: pair.key.reportMark)
        continue
      }
      if let text = text(pair.value, "level description") { result[value] = text }
    }
    return result
  }

  mutating func kind(_ typeName: String, _ fields: NodeReader.Fields) -> Question.Kind? {
    let own = FormatSchema.typeSpecificKeys[typeName] ?? []
    for key in ["scale", "options", "min", "max", "descriptions", "unit", "unit_singular", "per"]
    where fields[key] != nil && !own.contains(key) {
      reader.error(.keyDoesNotApply(key, type: typeName), at: fields.keyMark(key))
    }
    switch typeName {
    case "scale":
      guard let node = fields["scale"] else {
        reader.error(.scaleMissing, at: fields.node.reportMark)
        return nil
      }
      guard let name = reader.string(node, "scale name") else { return nil }
      usedScales.insert(name)
      guard let scale = scales[name]?.scale else {
        let suggestion = reader.suggestion { closestMatch(to: name, in: scales.keys.sorted()) }
        // The author meant that scale: do not also call it unused.
        if let suggestion { usedScales.insert(suggestion) }
        if brokenScales.contains(name) { return nil }
        reader.error(
          .unknownScale(name, suggestion: suggestion, defined: scales.keys.sorted()),
          at: node.reportMark, suggestion: suggestion)
        return nil
      }
      return .scale(name: name, options: scale.options)
    case "choice", "multi":
      guard let node = fields["options"] else {
        reader.error(.optionsMissing(typeName), at: fields.node.reportMark)
        return nil
      }
      guard let options = options(node, owner: "this question", multi: typeName == "multi") else {
        return nil
      }
      if typeName == "choice" { return .choice(options) }
      if options.filter({ $0.value > 0 }).reduce(0, { $0 + $1.value }) <= 0 {
        reader.error(.multiWithoutPositiveValues, at: node.reportMark)
        return nil
      }
      return .multi(options)
    case "number":
      var lower: Double?
      var upper: Double?
      if let node = fields.present("min") { lower = reader.boundedNumber(node, "'min'") }
      if let node = fields.present("max") { upper = reader.boundedNumber(node, "'max'") }
      if let lower, let upper, lower > upper {
        reader.error(.minAboveMax(lower, upper), at: fields.keyMark("min"))
        return nil
      }
      return .number(min: lower, max: upper)
    case "yesno": return .yesno
    default: return .text
    }
  }

  // MARK: Normalised key figures (issue 24)

  /// A `number` question's `per`: `{question: ID, scale: N}`, N > 0.
  ///
  /// Its `question` is checked once every question is known (``checkPer()``). On another
  /// type `per` is already an error (``kind(_:_:)``) and is not read further.
  mutating func perSetting(_ node: YAMLNode, owner id: String?, kind: Question.Kind?)
    -> Question.Per?
  {
    if let kind, kind.typeName != "number" { return nil }
    guard let fields = reader.fields(of: node, as: FormatSchema.per) else { return nil }
    let questionNode = fields["question"]
    let denominator = questionNode.flatMap { reader.slug($0, "'per' question") }
    let scale = fields["scale"].flatMap { reader.positiveNumber($0, "'per' scale") }
    guard let denominator, let scale, let questionNode else { return nil }
    let per = Question.Per(question: denominator, scale: scale)
    if let id { perNodes.append((id, per, questionNode)) }
    return per
  }

  /// Checks each `per`'s `question` once every question is known.
  ///
  /// It must be a `number` question of the questionnaire other than the one that declares
  /// it. A denominator without `unit` is a warning: reports cannot name what the figure is
  /// per.
  mutating func checkPer() {
    guard !perNodes.isEmpty else { return }
    var byID: [String: Question] = [:]
    for question in decodedQuestions where byID[question.id] == nil {
      byID[question.id] = question
    }
    for (owner, per, node) in perNodes {
      let mark = node.reportMark
      if per.question == owner {
        reader.error(.perOnItself(owner), at: mark)
        continue
      }
      guard let denominator = byID[per.question] else {
        // A question that did not decode has its own errors: nothing more to say here.
        guard questionMarks[per.question] == nil else { continue }
        let match = reader.suggestion { closestMatch(to: per.question, in: questionMarks.keys) }
        reader.error(
          .unknownPerQuestion(per.question, suggestion: match), at: mark, suggestion: match)
        continue
      }
      guard case .number = denominator.kind else {
        reader.error(.perNotANumber(per.question, type: denominator.kind.typeName), at: mark)
        continue
      }
      if denominator.unit == nil {
        let number = decodedQuestions.firstIndex { $0.id == per.question }.map { $0 + 1 }
        reader.warning(.perWithoutUnit(per.question, scale: per.scale, number: number), at: mark)
      }
    }
  }

  // MARK: Conditions

  mutating func checkConditions() {
    var satisfiabilityBudget = ConditionSatisfiability.fileBudget
    var positions: [String: Int] = [:]
    // Only the first question of an id: when it did not decode, a later one with its id
    // (itself an error) is no "later question" to blame the condition for.
    for (position, question) in decodedQuestions.enumerated()
    where !duplicateQuestions.contains(position) {
      positions[question.id] = position
    }
    // One checker for every condition (its sets are as large as the file), and "did you
    // mean" searched only for the first problems: a file with thousands of conditions on
    // unknown questions costs linear work, not thousands × thousands (issue 22). The checker
    // owns the questions while their conditions are set (later conditions read them), so
    // that setting one does not copy every question.
    var checker = ConditionChecker(
      questions: decodedQuestions, positions: positions, allIDs: Set(questionMarks.keys))
    checker.duplicated = duplicatedIDs
    decodedQuestions = []
    defer { decodedQuestions = checker.questions }
    var problemsFound = 0
    for (position, node, decoded) in conditionNodes {
      guard let source = reader.string(node, "condition") else { continue }
      let (condition, problems) = checker.check(
        source, at: position, suggesting: problemsFound < ConditionChecker.suggestionsPerFile,
        budget: &satisfiabilityBudget)
      problemsFound += problems.count
      if decoded { checker.questions[position].condition = condition }
      for problem in problems {
        reader.error(
          problem.message, at: Self.mark(in: node, offset: problem.offset),
          suggestion: problem.suggestion)
      }
    }
  }

  // MARK: Requirements

  /// Checks every `requires` once every question is known (issue 24): each id names another
  /// question of the file, once per list, and a scored one; then that no chain of them leads
  /// back to where it started, reported at the entry that closes the cycle.
  ///
  /// Linear in the entries: the cycle search is one depth-first walk, in file order, without
  /// recursion (a chain of thousands of questions must not exhaust the stack).
  mutating func checkRequirements() {
    guard !requirements.isEmpty else { return }
    // The first decoded question of each id: a later one with its id is an error already.
    var positions: [String: Int] = [:]
    for (position, question) in decodedQuestions.enumerated()
    where !duplicateQuestions.contains(position) {
      positions[question.id] = position
    }
    var candidates: [String]?
    var edges = [[(target: Int, mark: SourceMark)]](repeating: [], count: decodedQuestions.count)
    for (owner, entries) in requirements {
      // Only a question that decoded, under an id no other question has, orders the plan.
      let from = owner.flatMap { duplicatedIDs.contains($0) ? nil : positions[$0] }
      var seen: [String: SourceMark] = [:]
      for (id, mark) in entries {
        if id == owner {
          reader.error(.requiresItself(id), at: mark)
        } else if questionMarks[id] == nil {
          let suggestion = reader.suggestion {
            let ids = candidates ?? questionMarks.sorted { $0.value < $1.value }.map(\.key)
            candidates = ids
            return closestMatch(to: id, in: ids)
          }
          reader.error(
            .unknownRequiredQuestion(id, suggestion: suggestion), at: mark, suggestion: suggestion)
        } else if let first = seen[id] {
          reader.error(.requiredTwice(id), at: mark, notes: [.init(.firstListed, at: first)])
        } else {
          seen[id] = mark
          guard let target = positions[id] else { continue }
          let kind = decodedQuestions[target].kind
          if !kind.isScored {
            reader.error(.requiresUnscored(id, type: kind.typeName), at: mark)
          } else if let from, decodedQuestions[from].kind.isScored {
            edges[from].append((target, mark))
          }
        }
      }
    }
    findRequirementCycles(edges)
  }

  /// Reports each `requires` entry that closes a cycle (a back edge of a depth-first walk
  /// from each question in file order), naming the cycle from the question that lists it.
  mutating func findRequirementCycles(_ edges: [[(target: Int, mark: SourceMark)]]) {
    // 0: not reached yet; 1: on the current path; 2: done.
    var state = [UInt8](repeating: 0, count: edges.count)
    var depth = [Int](repeating: 0, count: edges.count)
    for root in edges.indices where state[root] == 0 && !edges[root].isEmpty {
      var path = [root]
      var next = [0]
      state[root] = 1
      while let node = path.last {
        let index = next[next.count - 1]
        guard index < edges[node].count else {
          state[node] = 2
          path.removeLast()
          next.removeLast()
          continue
        }
        next[next.count - 1] += 1
        let (target, mark) = edges[node][index]
        switch state[target] {
        case 0:
          state[target] = 1
          depth[target] = path.count
          path.append(target)
          next.append(0)
        case 1:
          // node requires target, which requires … node: node → target → … → node.
          let cycle = [node] + path[depth[target]...]
          reader.error(.requiresCycle(cycle.map { decodedQuestions[$0].id }), at: mark)
        default:
          break
        }
      }
    }
  }

  /// Warns when the levels stop at or below the largest option value: scores run 0–100, so
  /// levels written on the answers' scale (0–3) give every score the highest one.
  mutating func checkLevels() {
    guard let highestLevel else { return }
    let values = decodedQuestions.flatMap { question -> [Double] in
      if case .yesno = question.kind { return [1] }
      return question.kind.options.map(\.value)
    }
    guard let largest = values.max(), highestLevel.min <= largest else { return }
    reader.warning(
      .levelsOnAnswerScale(highestLevel.min, largestValue: largest), at: highestLevel.mark)
  }

  /// The place of a character of a scalar's text, when the scalar is on one line and its
  /// text is written as is; else the scalar's start.
  static func mark(in node: YAMLNode, offset: Int) -> SourceMark {
    guard node.aliasMark == nil, let scalar = node.scalar, !scalar.text.contains("\n") else {
      return node.reportMark
    }
    switch scalar.style {
    case .plain: return node.start.advanced(by: offset)
    case .singleQuoted where !scalar.text.contains("'"): return node.start.advanced(by: offset + 1)
    case .doubleQuoted where !scalar.text.contains("\\") && !scalar.text.contains("\""):
      return node.start.advanced(by: offset + 1)
    default: return node.start
    }
  }
}
