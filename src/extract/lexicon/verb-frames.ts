// What a reporting verb takes when no clause follows it: the words a reader still counts as what was said.
//
//   urged ministers to act           object, then "to"       → "ministers to act"
//   vowed to cut taxes               "to"                    → "to cut taxes"
//   called for a ceasefire           a preposition          → "a ceasefire"
//   called on voters to turn out     "on", object, "to"      → "voters to turn out"
//   accused Ms Lee of lying          object, then a preposition → "Ms Lee of lying"
//   asked whether the road was safe  a question word         → "whether the road was safe"
//   called the plan “a disgrace”     object and what it is called → "the plan “a disgrace”"
//   described the plan as a mistake  the same, with "as"
//   promised voters a referendum     what was promised       → "voters a referendum"
//   called out Mr Hale for lying     "out" and an object     → "Mr Hale for lying"

export interface Frames {
  /** "urged ministers to act" */
  objectTo?: boolean
  /** "vowed to cut taxes" */
  to?: boolean
  /** A preposition and its object: "called for a ceasefire", "warned of delays", "pointed to the figures". */
  prep?: string[]
  /** "called on voters to turn out", "called upon the council to act" */
  onTo?: boolean
  /** "called out Mr Hale for lying", "called out the mayor": the one criticised, after "out" */
  out?: boolean
  /** The prepositions after an object: "accused Ms Lee of lying", "blamed the storm for the delay". */
  objectPrep?: string[]
  /**
   * "asked whether …", "wondered why …"; 'after-verb' for a verb that takes no listener before its question, so a
   * question word further on belongs to its object ("noted how …", not "announced new support from mothers who …")
   */
  question?: boolean | 'after-verb'
  /** "referred to the plan as a mistake" */
  toAs?: boolean
  /** "called the plan a disgrace" (bare), "described the plan as a mistake" ("as"). */
  objectAs?: 'bare' | 'as'
  /** What was promised, as a phrase: "promised a veto", "promised voters a referendum"; what was denied or urged. */
  object?: boolean
  /** What was proposed, as a gerund: "suggested raising taxes", "proposed scrapping the fee". */
  gerund?: boolean
  /** What was made known, as a phrase: "announced a ban on imports", "reported a loss", "confirmed the talks". */
  statement?: boolean
}

// "refused to resign", "declined to comment", "agreed to pay" report a decision, not words: no frame for them
export const FRAMES: Record<string, Frames> = {
  // ("urged calm", "urged a strong stand")
  urge: { objectTo: true, object: true },
  ask: { objectTo: true, to: true, prep: ['for', 'about'], objectPrep: ['about'], question: true },
  tell: { objectTo: true, question: true },
  warn: { objectTo: true, objectPrep: ['of', 'against', 'about'], prep: ['of', 'against', 'about'] },
  encourage: { objectTo: true },
  invite: { objectTo: true },
  challenge: { objectTo: true },
  implore: { objectTo: true },
  beg: { objectTo: true },
  press: { objectTo: true, prep: ['for'] },
  push: { prep: ['for'] },
  order: { objectTo: true },
  instruct: { objectTo: true },
  advise: { objectTo: true },
  remind: { objectTo: true },
  promise: { to: true, object: true },
  vow: { to: true, object: true },
  pledge: { to: true, object: true },
  swear: { to: true },
  demand: { to: true },
  propose: { to: true, gerund: true },
  suggest: { gerund: true },
  // ("denied the charges", "denies any wrongdoing")
  deny: { object: true },
  plead: { prep: ['for'] },
  appeal: { prep: ['for'], onTo: true },
  // ("called to ban imports": what was urged, as an infinitive)
  call: { prep: ['for'], onTo: true, objectAs: 'bare', to: true, out: true },
  // "pointed to the jobs figures as proof": a cue of two words, as "points out" is (cueAt), with what it points to
  'point to': { object: true },
  accuse: { objectPrep: ['of'] },
  // ("argued for a new name", "argued against intervention": what was argued, as a phrase; "argued that …" is a clause)
  argue: { prep: ['for', 'against'] },
  // what was made light of or boasted of, as a phrase: "joked about moving abroad", "boasted of his skill in cutting the
  // price"; not "complain", whose object is mostly a grievance, not words ("complained about the microphone")
  joke: { prep: ['about'] },
  boast: { prep: ['about', 'of'] },
  brag: { prep: ['about', 'of'] },
  blame: { objectPrep: ['for', 'on'] },
  mock: { objectPrep: ['for'] },
  ridicule: { objectPrep: ['for'] },
  refer: { toAs: true },
  criticize: { objectPrep: ['for'] },
  criticise: { objectPrep: ['for'] },
  praise: { objectPrep: ['for'], objectAs: 'as' },
  thank: { objectPrep: ['for'] },
  fault: { objectPrep: ['for'] },
  credit: { objectPrep: ['with', 'for'] },
  attack: { objectPrep: ['for'] },
  slam: { objectPrep: ['for'] },
  blast: { objectPrep: ['for'] },
  chide: { objectPrep: ['for'] },
  rebuke: { objectPrep: ['for'] },
  chastise: { objectPrep: ['for'] },
  condemn: { objectPrep: ['for'], objectAs: 'as' },
  commend: { objectPrep: ['for'] },
  applaud: { objectPrep: ['for'] },
  congratulate: { objectPrep: ['on', 'for'] },
  wonder: { question: true },
  question: { question: true },
  inquire: { question: true },
  // ("described a rigged system": what was described, as a phrase)
  describe: { objectAs: 'as', question: true, statement: true },
  // "explained how the fund would work", "explained why she left"
  explain: { question: true },
  recount: { question: true, statement: true },
  label: { objectAs: 'bare' },
  dub: { objectAs: 'bare' },
  brand: { objectAs: 'bare' },
  term: { objectAs: 'bare' },
  characterize: { objectAs: 'as' },
  characterise: { objectAs: 'as' },
  portray: { objectAs: 'as' },
  hail: { objectAs: 'as' },
  deride: { objectAs: 'as' },
  dismiss: { objectAs: 'as' },
  denounce: { objectAs: 'as' },
  // what was made known, as a phrase ("announced new border controls", "reported a loss", "tweeted her thanks"); not
  // "post", whose object is mostly a picture, a result or bail ("posted larger profits")
  // ("announced who would lead the inquiry", "revealed why the deal collapsed", "noted how glad she was to be back",
  // "recalled what it was like to grow up there": what was made known, as an indirect question)
  announce: { statement: true, question: 'after-verb' },
  // ("reported raising $9 million", "mentioned raising the minimum wage": what was made known, as a gerund)
  report: { statement: true, gerund: true },
  confirm: { statement: true },
  reveal: { statement: true, question: 'after-verb' },
  tweet: { statement: true },
  // ("noted a rally planned for Saturday", "mentioned the cost of the bridge"; not "stress", whose object is mostly
  // an emphasis, not words: "stressed his desire to be taken seriously")
  mention: { statement: true, gerund: true, question: 'after-verb' },
  note: { statement: true, question: 'after-verb' },
  // (not a phrase: "recalled 2 million cars" is a product recall)
  recall: { question: 'after-verb' },
  // what was claimed or foretold, as a phrase: "claimed victory", "predicted a narrow win", "conceded defeat"; not
  // "stress", "emphasize" or "acknowledge", whose object is mostly an emphasis or a fact granted, not words ("stressed
  // his desire to be taken seriously", "acknowledges the windfalls made by owners"), nor "recall" ("recalled 2
  // million cars" is a product recall), nor "repeat" ("repeated his offer" reports nothing; "repeated his claim that
  // …" is the noun's report)
  // ("claim to object to the plan": what they claim of themselves, as an infinitive)
  claim: { statement: true, to: true },
  predict: { statement: true },
  concede: { statement: true },
}

/** Question words that open an indirect question: "asked whether", "wondered why". */
export const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'whom', 'when', 'where', 'which'])
