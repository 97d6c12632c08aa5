// Reported speech: the clause a reporting verb introduces, with or without quoted words inside it.
//
//   Mr Merz said the Putin-Zelenskiy meeting could happen within two weeks.        clause after the verb
//   Mr Zelenskiy said on Monday evening that security guarantees were a “key issue”  over a phrase, "that" kept; mixed
//   Nato secretary general Mark Rutte … told Fox News that the group would …        over the listener
//   Residents were relying on bottled water, he said.                                 clause before the speaker
//   …, said Tom Okafor, a spokesman …                                                 clause before, inverted
//   Prices, Okafor says, will keep rising …                                           both sides of an aside
//   …, according to Donald Trump and European leaders, …                              "according to"
import type { Sentence, Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { BARE_CLAUSE, cueLemma, DIRECT_ONLY, FRAME_ONLY, isParticiple, LISTENER_VERBS, PARTICIPLE_ADVERBS, RESEARCH_VERBS, THAT_REQUIRED } from '../lexicon/cue-verbs'
import { clauseFrameSubject, complementStart, relativeFrame } from './complements'
import { QUESTION_WORDS } from '../lexicon/verb-frames'
import { afterNumberHedge, afterOpeningClause, breaksAfter, canSpeak, endsAttribution, hasVerb, isCapitalized, isFiniteVerb, isNounish, namesATitle, namesSomeone, opensNextVerbPhrase, phraseStartingAt, PREPOSITIONS, startsClause, tagged, type TokenRange } from '../phrases'
import { PERSON_ROLES, RECORD_NOUNS, RESEARCHERS, SPEAKING_PRONOUNS } from '../lexicon/roles'
import { isDocument, isRecord } from '../speakers/documents'
import type { QuoteCandidate, QuoteContext, SpeakerLink } from './context'
import type { QuoteMarkSpan } from './marks'
import { clauseSubject, cueAt, isRelative, isWeakCue, reducedRelative, speakerAfter, subjectBefore } from './speaker-phrase'
import { afterPlaceAside, asClauseReport, clauseJoinedAt, elliptical, finiteBeforeComma, inRelativeClause, mainClauseAfter, missingSubjectClause, openingSubordinateEnd, pluralVerbAfter, relativeClauseEnd, SHARES, subjunctiveClause, SKIPPED_BEFORE_CUE, SUBORDINATORS, thatAfterAsides, timeAfter } from './clause-shapes'
import { anonymityReason, coordinatedInfinitive, namedClauseSubject, toInfinitive } from './infinitive-report'
import { documentSpeaker } from './document-participle'
import { nounReport } from './noun-reports'
import { impersonalPassive, passiveAccusation, passiveReport } from './passive-report'
import { openingParticipleEnd, topicOfMainReport } from './opening-report'
import { answerReport } from './answer-report'
import { asByReport } from './as-by-report'
import { afterPutOut, thatAfterRelativeAside } from './phrase-aside'
import { withoutFramesInside } from './source-over-frames'
import { loneQuestionWord, questionLast } from './question-end'
import { afterEarlierReport, closesDashAside, joinerAfterComma, subjectAsideEnd } from './second-report'
import { afterComparison, groupWhoVerb, relativeAfter } from './comparison-report'
import { bareInversion } from './bare-inversion'
import { verbOnlyInHungClause } from './subclause-only'
import { negatedMention, NEGATIONS } from './negated-mention'

const SKIP_AFTER_CUE = new Set(['only', 'also', 'repeatedly', 'previously', 'again', 'later', 'then', 'simply', 'just', 'publicly', 'privately', 'recently', 'earlier', 'further', 'flatly', 'bluntly', 'firmly', 'however'])
/** Words set off by commas between a cue and its clause: "said, however, that …". */
const ASIDE_WORDS = new Set(['however', 'though', 'meanwhile', 'moreover', 'nevertheless', 'instead', 'later', 'earlier', 'again'])
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists'])
const NOT_A_CLAUSE = new Set(['to', 'of', 'about', 'so', 'yes', 'no', 'nothing', 'something', 'anything', 'goodbye', 'hello', 'sorry', 'thanks', 'thank', 'and', 'or', 'but', 'as', 'for', 'than', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'after', 'before', 'during', 'hi', 'otherwise', 'much', 'little', 'what', 'how', 'why', 'where', 'which', 'goodbye'])
/** Tokens a reported clause may reach on either side of its verb. */
const MAX_CLAUSE = 120

/**
 * Whether token v negates the verb after it in a clause that starts at k: "not", "never" after the clause's first
 * word; at its first word an auxiliary with "not" after it or with its "n't" ("…, but Ms Lee did not say when",
 * "…, but didn't say when", "won't say").
 */
function negationBeforeCue(tokens: Token[], v: number, k: number): boolean {
  const word = tokens[v].normal
  if (v > k || /n['’]t$/.test(word)) return NEGATIONS.test(word)
  return /^(did|does|do|would|could|will)$/.test(word) && NEGATIONS.test(tokenAt(tokens, v + 1)?.normal ?? '')
}

export interface ReportedResult {
  candidates: QuoteCandidate[]
  /** Quote-mark spans taken into a mixed quote. */
  absorbed: Set<QuoteMarkSpan>
}

/** Where the reported clause after a verb begins: over "only", the listener and phrases like "on Monday evening". */
function clauseStart(tokens: Token[], cue: TokenRange, end: number): number | null {
  const lemma = cueLemma(tokens[cue.from].normal) ?? ''
  // "said, however, that …", "says, win or lose on Tuesday, she’s running again"
  if (breaksAfter(tokens[cue.to - 1])) {
    // ("Costs will rise, Ms Lee said, but the council will pay": a joining word hands on to the writer; second-report.ts)
    // ("She noted, that there is a real need for …": a stray comma before "that" and its clause; not when the verb
    // stands in an aside, "It is on his watch, Mr Hale said, that the town is divided")
    if (/^,$/.test(tokens[cue.to - 1].post) && tokenAt(tokens, cue.to)?.normal === 'that' && !breaksAfter(tokens[cue.to]) && !commaBefore(tokens, cue.from) &&
      (startsClause(tokens, cue.to + 1, end) || tokenAt(tokens, cue.to + 1)?.normal === 'there')) return cue.to
    if (/^,$/.test(tokens[cue.to - 1].post)) return joinerAfterComma(tokens, cue.to) ? null : afterAside(tokens, cue.to, end, lemma)
    if (afterColon(tokens, cue, cue.to, end, lemma)) return cue.to
    return DASH.test(tokens[cue.to - 1].post) ? afterDashes(tokens, cue.to, end) : null
  }
  let k = cue.to
  // "said only that", "suggests gently that"
  while (k < end && (SKIP_AFTER_CUE.has(tokens[k].normal) || (tagged(tokens[k], 'Adverb') && tokenAt(tokens, k + 1)?.normal === 'that'))) k++
  if (LISTENER_VERBS.has(lemma) && k < end) {
    // "told The Hadley Gazette newspaper of Northwind on Saturday that …": whatever stands before "that"
    // (not "says in his area a drug bust that chokes …": a "that" with no subject of its own after it opens a relative clause)
    const that = thatAfterListener(tokens, k, end)
    if (that !== null && startsClause(tokens, that + 1, end)) return that
    if (OBJECT_PRONOUNS.has(tokens[k].normal)) k++
    else {
      const np = phraseStartingAt(tokens, k, end)
      const after = np ? tokenAt(tokens, np.to) : undefined
      // "told reporters that …", "told the Gazette cutting the budget would hurt families"
      if (np && after && (after.normal === 'that' || tagged(after, 'Preposition') || !tagged(after, 'Verb') ||
        (tagged(after, 'Gerund') && startsClause(tokens, np.to, end)))) k = np.to
    }
  }
  // ("told reporters: the plan is dead", "told me: I will not run")
  if (k > cue.to && afterColon(tokens, cue, k, end, lemma)) return k
  // "reported at least six planes filled the sky", "said about 40 people were hurt": a hedged number opens the clause
  const hedged = afterNumberHedge(tokens, k, end)
  if (hedged > k && (startsClause(tokens, k, end) || finiteBeforeComma(tokens, hedged, end)) && (!THAT_REQUIRED.has(lemma) || BARE_CLAUSE.has(lemma))) return k
  // "says despite all that, Mr Hale wasn’t swayed …": a phrase before a comma, then the clause it leads into
  const intro = introThenClause(tokens, k, end)
  if (intro !== null && !THAT_REQUIRED.has(lemma) && !FRAME_ONLY.has(lemma)) return intro
  // "said in a statement on Friday that …", "said by text message the roads had been clear"
  const hopsFrom = k
  let datesOnly = true
  for (let hops = 0; hops < 4 && k < end; hops++) {
    const t = tokens[k]
    // ("declared on Thursday, two days after …": a comma ends the verb's own phrases)
    if (hops > 0 && breaksAfter(tokenAt(tokens, k - 1))) break
    // ("said 2005 must be the year …": a year right after the verb with a verb of its own after it is the subject;
    // not "a merger announced Monday would …", a day after a participle)
    const next = tokenAt(tokens, k + 1)
    const dateSubject = k === hopsFrom && /^\d{4}s?$/.test(t.normal) && k + 1 < end && !breaksAfter(t) && (tagged(next, 'Modal') || tagged(next, 'Copula') || tagged(next, 'Auxiliary')) && !tagged(next, 'Date')
    if (tagged(t, 'Date') && !tagged(t, 'Pronoun') && !dateSubject) { k++; continue }
    // "reported last quarter that …", "said earlier this year that …": a word of time before the date's noun
    if (/^(last|this|next|earlier|later|early|late)$/.test(t.normal) && tagged(tokenAt(tokens, k + 1), 'Date') && !breaksAfter(t)) { k++; continue }
    // "said late on Friday that …": a word of when in the day before a phrase of its date (not "said early on the plan
    // was doomed", where no date follows the preposition)
    if (/^(early|late)$/.test(t.normal) && tagged(next, 'Preposition') && tagged(tokenAt(tokens, k + 2), 'Date') && !breaksAfter(t)) { k++; continue }
    // ("said down-ballot races …": a preposition joined by a hyphen opens a modifier, not a phrase of place)
    if (!(tagged(t, 'Preposition') || PREPOSITIONS.has(t.normal)) || /^-$/.test(t.post) || t.normal === 'that' || SUBORDINATORS.has(t.normal) ||
      (breaksAfter(tokenAt(tokens, k - 1)) && hops > 0)) break
    // "said on Monday taxes will rise": a day ends its phrase, the clause's subject comes after it
    // "said on “Hadley Tonight” that …": a quoted name is one phrase, whatever its words
    // ("suggested to me that …": a listener in the object case is a phrase of its own)
    const np = tagged(tokenAt(tokens, k + 1) ?? t, 'Date') && k + 1 < end ? dateRun(tokens, k + 1, end)
      : k + 1 < end && namesATitle(tokens, k + 1) && /["“«]|''/.test(tokenAt(tokens, k + 1)?.pre ?? '') ? quotedRun(tokens, k + 1, end)
        : k + 1 < end && t.normal === 'to' && OBJECT_PRONOUNS.has(tokens[k + 1].normal) ? { from: k + 1, to: k + 2 }
          : phraseStartingAt(tokens, k + 1, end)
    if (!np) break
    if (!tokens.slice(k + 1, np.to).every((x) => tagged(x, 'Date'))) datesOnly = false
    k = np.to
    while (k < end && tagged(tokens[k], 'Date') && !breaksAfter(tokens[k - 1])) k++
  }
  // ("told reporters on Monday: the plan is dead", "wrote on Facebook: I will not run": the listener or the verb's
  // phrases, then a colon and the words)
  if (k > cue.to && afterColon(tokens, cue, k, end, lemma)) return k
  // ("said at a meeting in Buffalo, New York, that …": the state after the city is part of the place)
  k = afterPlaceAside(tokens, k, end)
  // ("said in a statement released by her office that …": how the statement came out; phrase-aside.ts)
  if (k > hopsFrom) k = afterPutOut(tokens, k, end)
  // "…, Mr Hale said this week at an event in Hadley — an apparent reference to …": after the verb's phrases a dash
  // hands on to the writer, unless a clause follows it ("said on Monday — the plan had failed") or "that" follows the
  // aside it opens ("said on Monday — in a rare interview — that …")
  if (k > hopsFrom && k < end && DASH.test(tokenAt(tokens, k - 1)?.post ?? '') && !THAT_REQUIRED.has(lemma)) {
    return startsClause(tokens, k, end, true) ? k : afterDashes(tokens, k, end)
  }
  // ("said in a filing to the U.S. Securities and Exchange Commission that …": more phrases than the hops take, then "that")
  if (k > hopsFrom && k < end && tokens[k].normal !== 'that' && !/,/.test(tokenAt(tokens, k - 1)?.post ?? '')) {
    // (not "says in his area a drug bust that chokes …": a "that" with no subject of its own after it opens a relative clause)
    const that = thatAfterListener(tokens, k, end)
    if (that !== null && startsClause(tokens, that + 1, end)) return that
  }
  // "said despite all that, Mr Hale wasn’t swayed": a phrase set off by a comma opens the clause
  // (not "urged the board to scrap its plan, he …": "to" there opens what was urged)
  if (k > hopsFrom && k < end && tokens[hopsFrom].normal !== 'to' && /^,$/.test(tokenAt(tokens, k - 1)?.post ?? '') &&
    (tokens[k].normal === 'that' || startsClause(tokens, k, end, true))) {
    return datesOnly || tokens[k].normal === 'that' ? k : hopsFrom
  }
  // "saying in his statement only that …"
  while (k < end && SKIP_AFTER_CUE.has(tokens[k].normal) && !breaksAfter(tokenAt(tokens, k - 1))) k++
  // "said later, however, that …" goes on after the aside; "replied 12 seconds later, however, as the Hawks
  // tied it" has no reported clause at all
  let asides = 0
  const aside = (t: Token) => /,/.test(t.post) && (tagged(t, 'Adverb') || tagged(t, 'Comparative') || ASIDE_WORDS.has(t.normal))
  // "…, the Gazette declared on Thursday, two days after voters went to the polls": after the verb's phrases of
  // time and place and their comma, words that open no clause and no aside are the writer's; an aside with no verb
  // of its own may stand before "that" ("contended in its letter, written by Mr Hale, its counsel, that …")
  // ("said on the radio, where she is now a paid guest, that …": a relative aside of place or time; phrase-aside.ts)
  if (k > hopsFrom && k < end && /^,$/.test(tokenAt(tokens, k - 1)?.post ?? '') && !aside(tokens[k]) && tokens[k].normal !== 'that') return thatAfterAsides(tokens, k, end) ?? thatAfterRelativeAside(tokens, k, end)
  while (k < end && aside(tokens[k])) { k++; asides++ }
  if (k >= end || (asides > 0 && tokens[k].normal !== 'that')) return null
  const first = tokens[k]
  // (a verb that reports only through its frame has no clause after a phrase: "pointed to charities that fund …")
  // ("are warning about several viruses that can spread": after a phrase, "that" with a verb right after it and no
  // subject opens a relative clause on the phrase's noun)
  // (not "said in court that given the vote, he …", a participle, nor "… that trials, with …", a noun read as a verb)
  const afterThat = tokenAt(tokens, k + 1)
  const relativeThat = k > hopsFrom && !datesOnly && (tagged(afterThat, 'Modal') || tagged(afterThat, 'Auxiliary') || tagged(afterThat, 'Copula') ||
    (isFiniteVerb(afterThat) && !tagged(afterThat, 'Participle') && !breaksAfter(afterThat)))
  if (first.normal === 'that') return k + 1 < end && !(FRAME_ONLY.has(lemma) && k > hopsFrom) && !pluralVerbAfter(tokens, k + 1) && !relativeThat ? k : null
  if (FRAME_ONLY.has(lemma)) return null
  // "Ms Lee acknowledged the size of the loss" reports no words; "Ms Lee acknowledged the deal was dead" does
  // ("Mr Hale suggested the council delay the vote": what someone wants done, its verb in the bare form)
  if (THAT_REQUIRED.has(lemma)) return (BARE_CLAUSE.has(lemma) && startsClause(tokens, k, end)) || subjunctiveClause(tokens, lemma, k, end) ? k : null
  // "said when Hale and other councillors dismiss any concerns …, they …": a subordinate clause, then the main one
  // ("said if elected mayor she could work with them": no comma, the main clause's own subject and verb)
  if (SUBORDINATORS.has(first.normal)) return tokens.slice(k, end).some((t) => /,/.test(t.post)) || mainClauseAfter(tokens, k, end) ? k : null
  // "said much of her talk with the minister was about housing": a share of something as the subject
  if (SHARES.has(first.normal) && tokenAt(tokens, k + 1)?.normal === 'of' && finiteBeforeComma(tokens, k + 2, end)) return k
  // "said no decision had been made", "said praise from Mr Hale would not sway her": a subject the tagger misread as
  // an answer or a verb, since a verb of its own follows before any comma (not "said no to the plan")
  const second = tokenAt(tokens, k + 1)
  // ("said no such deal had been offered": "such" before the noun)
  const answerMisread = first.normal === 'no' && !breaksAfter(first) && (tagged(second, 'Adjective') || (tagged(second, 'Noun') && !tagged(second, 'Pronoun')) || second?.normal === 'such')
  // ("said eTranslate had led to …", "said total claims are likely …": an auxiliary, or a noun and then one, follows too)
  const opensVerbGroup = (t: Token | undefined) => tagged(t, 'Modal') || tagged(t, 'Copula') || tagged(t, 'Auxiliary')
  const nounThenVerb = tagged(second, 'Noun') && !tagged(second, 'Pronoun') && !tagged(second, 'Verb') && !breaksAfter(second) && opensVerbGroup(tokenAt(tokens, k + 2))
  const verbMisread = tagged(first, 'Verb') && (tagged(first, 'Infinitive') || tagged(first, 'PresentTense')) && !tagged(first, 'PastTense') && !tagged(first, 'Gerund') &&
    !breaksAfter(first) && (tagged(second, 'Preposition') || opensVerbGroup(second) || nounThenVerb)
  // ("said nothing had changed", "said no one had been hurt": a word that is an answer alone, "She said nothing.",
  // is the clause's subject when an auxiliary follows it)
  const indefiniteSubject = (/^(nothing|something|anything|everything)$/.test(first.normal) && !breaksAfter(first) && opensVerbGroup(second)) ||
    (first.normal === 'no' && second?.normal === 'one' && !breaksAfter(second) && opensVerbGroup(tokenAt(tokens, k + 2)))
  if ((answerMisread || verbMisread || indefiniteSubject) && finiteBeforeComma(tokens, k, end)) return k
  // ("said in-state tuition would rise": a word joined by a hyphen opens a modifier)
  if (!/^-$/.test(first.post) && (NOT_A_CLAUSE.has(first.normal) || tagged(first, 'Preposition') || tagged(first, 'Conjunction'))) return null
  if (tagged(first, 'Verb') && !tagged(first, 'Noun') && !tagged(first, 'Gerund') && !SPEAKING_PRONOUNS.has(first.normal)) return null
  // "said on Monday, adding that …": the participle reports on its own
  if (/,/.test(tokenAt(tokens, k - 1)?.post ?? '') && isParticiple(first.normal) && cueAt(tokens, k)) return null
  // ("is writing two new songs for the show, which opens in May": an object with a clause hung on it; subclause-only.ts)
  if (verbOnlyInHungClause(tokens, k, end, lemma)) return null
  return k
}

/**
 * Whether the words after a colon at token k - 1 are what was said, written with no quote marks: "In a speech last
 * July, Mr Hale said: Make no mistake, this plan will ruin the harbour." They must make a clause (or a command);
 * not "said: “…”" (a quote with marks, direct.ts), nor the colon after an object ("announced two changes: a higher fee
 * and a new road"), which the verb's own phrases never reach.
 */
function afterColon(tokens: Token[], cue: TokenRange, k: number, end: number, lemma: string): boolean {
  const colon = tokenAt(tokens, k - 1)
  if (!colon || !/^:$/.test(colon.post) || k >= end || FRAME_ONLY.has(lemma) || /["“«‘]|''/.test(tokens[k].pre)) return false
  // (not "a sentence I never thought I’d write: …", "as you might say: …": words only imagined, after a modal)
  const before = tokenAt(tokens, cue.from - 1)
  if (before && (tagged(before, 'Modal') || /['’]d$/.test(before.normal))) return false
  // (not "Mr Hale added: Mr Hale said: “…”": a second verb of saying and its colon soon after, a doubled attribution;
  // "He said: Two things matter: jobs and schools." is one)
  for (let i = k; i < end && i < k + 6; i++) if (/:/.test(tokens[i].post) && tokens.slice(k, i + 1).some((_, n) => cueAt(tokens, k + n))) return false
  // ("Let nobody doubt it": the tagger may read a capital "Let" as a name)
  const command = tagged(tokens[k], 'Imperative') || (tagged(tokens[k], 'Infinitive') && !tagged(tokens[k], 'Noun')) || tokens[k].normal === 'let'
  return startsClause(tokens, k, end, true) || (command && k + 1 < end && !breaksAfter(tokens[k]))
}

/**
 * The clause after a verb and a comma: over an aside closed by a second comma, when a clause follows it.
 * "said, however, that …" starts at "that"; in "says, win or lose on Tuesday, she’s running" the aside is part
 * of what was said; "replied 12 seconds later, however, as the Hawks tied it" reports nothing.
 */
function afterAside(tokens: Token[], from: number, end: number, lemma: string): number | null {
  let close = from
  while (close < end && close < from + 15 && !breaksAfter(tokens[close])) close++
  if (close >= end - 1 || close >= from + 15 || !/^,$/.test(tokens[close].post)) return null
  const next = close + 1
  if (tokens[next].normal === 'that') return next
  if (THAT_REQUIRED.has(lemma) || FRAME_ONLY.has(lemma) || !startsClause(tokens, next, end, true)) return null
  const adverbsOnly = tokens.slice(from, next).every((t) => tagged(t, 'Adverb') || ASIDE_WORDS.has(t.normal) || tagged(t, 'Date'))
  return adverbsOnly ? next : from
}

const DASH = /^\s*[–—]\s*$|^\s+-\s+$/

/** "said — on Twitter, as it happens — that Trump raised …": an aside between dashes, then "that" and the clause. */
function afterDashes(tokens: Token[], from: number, end: number): number | null {
  for (let close = from; close < end - 1 && close < from + 15; close++) {
    if (/[.;:!?]/.test(tokens[close].post)) return null
    if (DASH.test(tokens[close].post)) return tokens[close + 1].normal === 'that' ? close + 1 : null
  }
  return null
}

/**
 * A preposition or a subordinator opening a phrase that a comma closes, then a clause: "despite all that, Mr Hale
 * wasn’t influenced", "if elected, she would …". The clause starts at the opening word. Not when a date is all
 * the phrase holds ("on Monday, adding …" is no clause), nor when no clause follows the comma.
 */
function introThenClause(tokens: Token[], from: number, end: number): number | null {
  const t = tokens[from]
  if (!t || from >= end || t.normal === 'that' || !(tagged(t, 'Preposition') || SUBORDINATORS.has(t.normal) || t.normal === 'despite')) return null
  for (let i = from; i < end && i < from + 12; i++) {
    if (i > from && hasVerb(tokens, i, i + 1) && !tagged(tokens[i], 'Gerund') && !tagged(tokens[i], 'Participle')) return null
    if (!breaksAfter(tokens[i])) continue
    if (!/^,$/.test(tokens[i].post) || tokens.slice(from + 1, i + 1).every((x) => tagged(x, 'Date'))) return null
    return i + 1 < end && startsClause(tokens, i + 1, end, true) ? from : null
  }
  return null
}

/** "told X that …" with no verb in X: the clause starts at "that", however long the listener is. */
function thatAfterListener(tokens: Token[], from: number, end: number): number | null {
  for (let i = from; i < end && i < from + 20; i++) {
    const t = tokens[i]
    if (t.normal === 'that') return i > from && i + 1 < end ? i : null
    if (hasVerb(tokens, i, i + 1) || /[;:()"“”«»]|''/.test(t.post + t.pre) || (i > from && /[“"«]/.test(t.pre))) return null
  }
  return null
}

/** The words from an opening quote mark at `from` to its closing mark: "“Meet the Press”". */
function quotedRun(tokens: Token[], from: number, end: number): TokenRange | null {
  for (let to = from; to < end && to < from + 12; to++) if (/["”»]|''/.test(tokens[to].post)) return { from, to: to + 1 }
  return null
}

/** The words of a date from `from`: "Monday", "last week", "Friday evening". */
function dateRun(tokens: Token[], from: number, end: number): TokenRange {
  let to = from
  while (to < end && (tagged(tokens[to], 'Date') || (to > from && TIMES_OF_DAY.has(tokens[to].normal))) && (to === from || !breaksAfter(tokenAt(tokens, to - 1)))) to++
  return { from, to }
}

const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'noon', 'midnight'])

/** Where a clause running from `from` stops: a spaced dash, "according to", ", adding", a quote with its own speaker. */
function clauseEnd(ctx: QuoteContext, from: number, end: number, blocked: Set<number>): number {
  const { tokens } = ctx
  // "the relationship between tenants — especially students — and landlords …": a pair of dashes is an aside
  let dashes = 0
  for (let i = from; i < end; i++) if (/(^|\s)[–—](\s|$)/.test(tokens[i].post)) dashes++
  const subordinateEnd = openingSubordinateEnd(tokens, from, end)
  for (let i = from; i < end; i++) {
    const t = tokens[i]
    if (i > from && blocked.has(i)) return i
    const next = tokenAt(tokens, i + 1)
    if (next && i + 1 < end && /,/.test(t.post)) {
      if (next.normal === 'according' && tokenAt(tokens, i + 2)?.normal === 'to') return i + 1
      if (isParticiple(next.normal) && cueAt(tokens, i + 1)) return i + 1
    }
    if (/(^|\s)[–—](\s|$)/.test(t.post) && dashes % 2 === 1) return i + 1
    // "… had run the club for years before warning that …": a verb of saying in -ing after "before", "after" or "while"
    // is a report of its own, by the same speaker (not "… before leaving the hall", no verb of saying; not "by", whose
    // gerund may hang on a subject inside the clause: "…, while her rival soared by saying that …"; gerundReport)
    if (i > from && i + 2 < end && /^(before|after|while)$/.test(t.normal) && gerundReport(tokens, i + 1)) return i
    // another report begins: "…, while Hale said that …", "… and said that …", ", the Post reported that …"
    if (i > from && i + 1 < end && i > subordinateEnd && anotherReport(tokens, i, end, from)) return i + (REPORT_JOINERS.has(t.normal) ? 0 : 1)
    // a sentence the tagger ran on: "… is "in the midst of a crisis." Nancy Pelosi said …"; a semicolon closes
    // the clause too: "six in 10 said they were tired of it; 46 percent said …"
    if (i + 1 < end && (/[.!?](["”’»]|'')/.test(t.post) || /;/.test(t.post))) return i + 1
  }
  return end
}

/** Whether a comma stands between the start of token i's sentence and token i. */
function commaBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k].sentence === tokens[i].sentence; k--) if (/,/.test(tokens[k].post)) return true
  return false
}

/**
 * Whether token g is a verb of saying in -ing with "that" or a question word right after it: "claiming that …",
 * "explaining why …"; not a verb that reports only through its frame or a finding ("while carrying a ladder meant
 * that …", "after showing that …").
 */
function gerundReport(tokens: Token[], g: number): boolean {
  const t = tokens[g], lemma = cueLemma(t.normal)
  if (!/ing$/.test(t.normal) || !isParticiple(t.normal) || !lemma || FRAME_ONLY.has(lemma) || RESEARCH_VERBS.has(lemma) || !cueAt(tokens, g)) return false
  const after = tokenAt(tokens, g + 1)
  return !!after && !breaksAfter(t) && (after.normal === 'that' || QUESTION_WORDS.has(after.normal))
}

const REPORT_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'though', 'although'])

/** Frames whose complement is a phrase with no verb of its own: "called the plan “reckless”", "accused him of lying". */
const PHRASE_FRAMES = new Set(['object-as', 'to-as', 'prep', 'object-prep', 'object', 'statement', 'out', 'relative-as'])

/**
 * The end of a frame's complement: as a clause's, and for a phrase with no verb of its own also before "and" or
 * "but" with the subject's next verb: "called the plan “reckless” | but later praised its aims".
 */
function complementEnd(ctx: QuoteContext, complement: { start: number; frame: string }, end: number, blocked: Set<number>): number {
  const to = clauseEnd(ctx, complement.start, end, blocked)
  if (!PHRASE_FRAMES.has(complement.frame)) return to
  // ("The firm, which Mr Hale called a disgrace, closed": a relative clause ends at its comma)
  // ("As the company reported record profits, shares rose": what was made known is one phrase, up to a comma)
  // ("announced new taxes, higher fees and a hiring freeze": a list goes on over its commas)
  if (complement.frame === 'relative-as' || complement.frame === 'statement') {
    for (let i = complement.start; i < to; i++) {
      if (!breaksAfter(ctx.tokens[i])) continue
      const list = complement.frame === 'statement' && /^,$/.test(ctx.tokens[i].post) ? listEnd(ctx.tokens, i + 1, to) : -1
      return list > 0 ? list : i + 1
    }
  }
  // ("promising lower taxes and “jobs,” but he has also intensified …": a clause of its own after "but" too)
  for (let i = complement.start + 1; i < to; i++) {
    if (opensNextVerbPhrase(ctx.tokens, i) || clauseJoinedAt(ctx.tokens, i, to)) return i
  }
  return to
}

/**
 * The end of a list of phrases that goes on after a comma at `from` - 1 up to `to`: "new taxes, | higher fees and a
 * hiring freeze", "the harbour, | the roads or the schools"; -1 when the words after the comma are no such list: a
 * clause of their own ("new taxes, | and the council approved them"), no "and" or "or" before the last item, or more
 * than the clause.
 */
function listEnd(tokens: Token[], from: number, to: number): number {
  let joined = false, items = 0, start = from
  for (let k = from; k < to; k++) {
    const t = tokens[k]
    if (isFiniteVerb(t) || /[;:()"“”«»]|''/.test(t.pre + t.post)) return -1
    const joiner = /^(and|or)$/.test(t.normal)
    // ("higher fees, and a hiring freeze": "and" after the comma of the item before it, or inside an item's words)
    if (joiner) {
      if (k > start) items++
      joined = true
      start = k + 1
      continue
    }
    if (breaksAfter(t)) {
      items++
      if (!/^,$/.test(t.post)) return joined && items >= 2 ? k + 1 : -1
      start = k + 1
    }
  }
  if (start < to) items++
  return joined && items >= 2 ? to : -1
}

/**
 * Whether a second report starts at token i of a clause: a comma or a joining word, then a reporting verb, with
 * or without its own subject ("… and said that Trump …", "…, while Hale said that …"). A verb that only
 * reports with a frame ("… and called for …") counts too.
 */
function anotherReport(tokens: Token[], i: number, end: number, clauseFrom: number): boolean {
  const t = tokens[i]
  const joiner = REPORT_JOINERS.has(t.normal)
  // ("… if painted - an old idea - others say …": the dash that closes an aside parts the clauses as a comma does)
  if (!joiner && !/,/.test(t.post) && !closesDashAside(tokens, i, clauseFrom)) return false
  let k = i + 1
  if (!joiner && REPORT_JOINERS.has(tokenAt(tokens, k)?.normal ?? '')) k++
  // "… say they trust her, compared with 64 percent who say the same of him", "…, after half said so": a comparison
  // with another group's answer (comparison-report.ts)
  if (!joiner) k = afterComparison(tokens, k, end)
  const direct = () => {
    let v = k
    // ("…, but Ms Lee did not say when": a negated verb ends the clause before it too, though it reports nothing)
    // ("… but did stress that …": "did" of emphasis before the verb)
    while (v < end && (SKIPPED_BEFORE_CUE.has(tokens[v].normal) || negationBeforeCue(tokens, v, k) || (v === k && /^(did|does)$/.test(tokens[v].normal) && !!cueAt(tokens, v + 1)))) v++
    // "… and in a brief written response said that …": a phrase of manner or time before the second verb
    if (joiner && v < end && tagged(tokens[v], 'Preposition')) {
      for (let w = v + 1; w < end && w <= v + 7 && !breaksAfter(tokenAt(tokens, w - 1)); w++) {
        if (cueAt(tokens, w) && !tagged(tokenAt(tokens, w - 1), 'Determiner')) { v = w; break }
      }
    }
    // "… and said that …", "… and vowing to …" (a participle only right after "and")
    // (not "to monitor fraud and warn people …": a verb that shares the infinitive's "to")
    const cue = v < end && (joiner || !isParticiple(tokens[v].normal)) && tokens[v].normal !== 'according' && !coordinatedInfinitive(tokens, v, Math.max(0, i - 10)) ? cueAt(tokens, v) : null
    // (", Mr Erdogan reiterated his request" reports nothing: an object and no clause after the verb)
    // (", 40 percent who say the same of him" does: an answer after the verb)
    if (!joiner && cue && takesObject(tokens, cue, end) && !startsClause(tokens, cue.to, end) && !answerReport(tokens, cue, end)) return false
    return !!cue && (!FRAME_ONLY.has(cueLemma(tokens[v].normal) ?? '') || complementStart(tokens, cue, end) !== null)
  }
  if (joiner && direct()) return true
  // a subject of its own after a comma: not "when Hale and other councillors dismiss …"; "but" and "while" need
  // none ("claimed the win but Hadley officials have said …")
  // ("… on corruption - and the Gazette's Ana Ruiz says …": a spaced dash before "and" parts the clauses as a comma does)
  // ("one in three said the party does not care and one in four said …": after a clause with its verb, "and" and a
  // subject of its own open another report without a comma)
  // ("with Ms Lee calling the plan “a farce” and Mr Hale calling it “late”": a person of its own and a participle of
  // saying after "and" open the second of two reports each with its own speaker, though neither has a finite verb)
  if (joiner && t.normal === 'and' && parallelParticiple(tokens, i, end)) return true
  if (joiner && t.normal === 'and' && !/,|\s[-–—]/.test(tokenAt(tokens, i - 1)?.post ?? '') && !tokens.slice(clauseFrom, i).some((x) => isFiniteVerb(x))) return false
  // ("…, about the same number who said the party cares": a group that speaks through "who"; comparison-report.ts)
  const groupVerb = joiner ? -1 : groupWhoVerb(tokens, k, end)
  if (groupVerb >= 0) {
    k = groupVerb
    return direct()
  }
  const np = joinedSubject(tokens, phraseStartingAt(tokens, k, end), end)
  if (np && namesSomeone(tokens, np)) {
    k = relativeAfter(tokens, np.to, k > i + 1 && !REPORT_JOINERS.has(tokens[i + 1].normal))
    if (direct()) return true
    // ("…, while farm lobbies, among them two co-ops, reported …": over the new subject's aside to its verb)
    const verb = subjectAsideEnd(tokens, np, end)
    if (verb < 0) return false
    k = verb
    return direct()
  }
  // "…, and more than 4 in 10 said …": a hedged share, which the verb's own subject reading takes in
  const from = k
  for (let v = afterNumberHedge(tokens, k, end) + 1; v < end && v <= from + 8 && !breaksAfter(tokens[v - 1]); v++) {
    if (!cueAt(tokens, v)) continue
    const subject = subjectBefore(tokens, v, from)
    if (!subject || subject.from !== afterNumberHedge(tokens, from, end) || !namesSomeone(tokens, subject)) return false
    k = v
    return direct()
  }
  return false
}

/** Whether "and" at token i is followed by someone named and a participle of saying: "… and Mr Hale calling it …". */
function parallelParticiple(tokens: Token[], i: number, end: number): boolean {
  const np = phraseStartingAt(tokens, i + 1, end)
  if (!np || np.to >= end || !namesSomeone(tokens, np) || breaksAfter(tokens[np.to - 1])) return false
  return isParticiple(tokens[np.to].normal) && !!cueAt(tokens, np.to)
}

/** A subject of two people joined by "and": "Sen. Ana Ruiz and Rep. Tom Hale | suggested"; else the phrase as given. */
function joinedSubject(tokens: Token[], np: TokenRange | null, end: number): TokenRange | null {
  if (!np || tokenAt(tokens, np.to)?.normal !== 'and' || breaksAfter(tokens[np.to - 1])) return np
  const second = phraseStartingAt(tokens, np.to + 1, end)
  return second && namesSomeone(tokens, np) && namesSomeone(tokens, second) ? { from: np.from, to: second.to } : np
}

/** Characters of tokens [from, to): include quote marks that open or close inside, never the final stop. */
function charSpan(ctx: QuoteContext, from: number, to: number): { start: number; end: number } {
  const { tokens } = ctx
  const first = tokens[from], last = tokens[to - 1]
  let start = first.start
  const open = ctx.markAt(Math.max(0, first.start - 1))
  if (open && open.start < start && open.start >= start - first.pre.length) start = open.start
  let end = last.end
  const mark = ctx.markAt(last.start)
  if (mark && mark.end > end) end = mark.end
  return { start, end }
}

interface Build {
  ctx: QuoteContext
  absorbed: Set<QuoteMarkSpan>
  out: QuoteCandidate[]
}

/** Add the clause [from, to) as a quote; `needsVerb` is false for one side of an aside ("Police, Okafor says, …"). */
function add(b: Build, from: number, to: number, cue: TokenRange, speaker: SpeakerLink, found: string, linked: string, needsVerb = true): QuoteCandidate | null {
  const { ctx } = b
  if (to <= from || (needsVerb && (to - from < 2 || !hasVerb(ctx.tokens, from, to)))) return null
  // "asked about it on Monday": a pronoun and phrases of time or place report no words ("called it “a disgrace”" does)
  // ("described himself as the most cautious member" and "attacked him for not paying" do)
  if (!needsVerb && tagged(ctx.tokens[from], 'Pronoun') &&
    ctx.tokens.slice(from + 1, to).every((t) => tagged(t, 'Date') || /^(on|in|at|during|after|before|last|this|next)$/.test(t.normal))) return null
  let { start, end } = charSpan(ctx, from, to)
  const inside = ctx.marksWithin(start, end)
  for (const m of inside) {
    start = Math.min(start, m.start)
    end = Math.max(end, m.end)
    b.absorbed.add(m)
  }
  const c: QuoteCandidate = {
    type: inside.length ? 'mixed' : 'indirect', start, end, cue, speaker,
    showMention: speaker.kind === 'mention', found, linked,
  }
  b.out.push(c)
  return c
}

/** The words after "according to" up to the first noun and what it heads: "exit polls" with "exit" read as a verb. */
function sourceWords(tokens: Token[], from: number, end: number): TokenRange | null {
  for (let i = from; i < end && i < from + 4; i++) {
    if (tagged(tokens[i], 'Noun') && !tagged(tokens[i], 'Pronoun')) {
      const rest = phraseStartingAt(tokens, i, end)
      return { from, to: rest ? rest.to : i + 1 }
    }
    if (breaksAfter(tokens[i])) break
  }
  // "…, according to poll.", "…, according to figures her campaign released Friday": the word after "to" heads
  // the source even when the tagger read it as a verb
  const first = tokens[from]
  return /^\p{Ll}/u.test(first.text) && tagged(first, 'Verb') && (tagged(first, 'PresentTense') || tagged(first, 'Infinitive')) ? { from, to: from + 1 } : null
}

/** "…, according to transport experts, include …" and its other layouts. */
function accordingTo(b: Build, s: Sentence, i: number, cue: TokenRange, blocked: Set<number>): TokenRange | null {
  const { tokens } = b.ctx
  const end = s.endToken
  // a source always follows "according to", whatever the tagger made of its first word ("exit polls")
  // ("according to him, …": the one pronoun a source can be is in the object case)
  const pronoun = cue.to < end && /^(him|her|them)$/.test(tokens[cue.to].normal) && breaksAfter(tokens[cue.to])
  const phrase = pronoun ? null : phraseStartingAt(tokens, cue.to, end)
  const np = pronoun ? { from: cue.to, to: cue.to + 1 } : phrase ?? (cue.to < end ? sourceWords(tokens, cue.to, end) : null)
  if (!np || (phrase && !canSpeak(tokens, np))) return null
  const speaker: SpeakerLink = { kind: 'mention', range: np }
  // the source may go on past its first phrase: "According to early results of a survey carried out for the
  // Gazette by Northwind Research, …", "…, according to figures her office published Friday."
  let sourceEnd = np.to
  while (sourceEnd < end && sourceEnd < np.to + 25 && !breaksAfter(tokenAt(tokens, sourceEnd - 1))) sourceEnd++
  const commaBefore = i > s.firstToken && /,/.test(tokenAt(tokens, i - 1)?.post ?? '')
  const commaAfter = sourceEnd < end && /,/.test(tokenAt(tokens, sourceEnd - 1)?.post ?? '')
  const aside = commaBefore && commaAfter && i > s.firstToken
  // "It has not gone unnoticed: according to recent polls, …": after a colon the source opens a clause of its own
  const opens = i === s.firstToken || /[:;]/.test(tokenAt(tokens, i - 1)?.post ?? '')
  // "He left after, according to him, the network censured his report": words cut off before the aside are no report
  const before = tokenAt(tokens, i - 1)
  const cutOff = aside && !!before && (SUBORDINATORS.has(before.normal) || tagged(before, 'Preposition') || before.normal === 'that')
  // ("Sanders trails Clinton by 4 points, according to the average.": what a source that ends the sentence
  // stands behind is a statement even when the tagger finds no verb in it)
  // ("Since last May, according to the charity, police have …": a phrase of time before the aside is no report)
  // (a subject before it still is: "The plan, according to the mayor, will cost more" gives both sides)
  const introOnly = aside && !hasVerb(tokens, s.firstToken, i) && introPhrase(tokens, s.firstToken)
  if (!opens && !cutOff && !introOnly) {
    const before = add(b, s.firstToken, i, cue, speaker, 'according-to', 'according-to', !aside && sourceEnd < end)
    // ("… invited a banker to invest, according to a court filing": the source's words take in the frames; source-over-frames.ts)
    if (before) b.out = withoutFramesInside(b.out, before)
  }
  // "…, according to experts, include …" goes on with a verb; "…, according to the Hadley Weather, Tides and
  // Flood Agency" goes on with the name
  // "…, according to Mr Hale, although Moscow has not confirmed it": a clause of the writer's own follows
  // ("…, according to Tom Hale, who advised the campaign.": a relative clause on the source says who it is)
  const after = tokenAt(tokens, sourceEnd)
  const writerGoesOn = !!after && (SUBORDINATORS.has(after.normal) || tagged(after, 'Conjunction') || isRelative(after))
  if (commaAfter && (aside || opens) && !(aside && writerGoesOn)) {
    add(b, sourceEnd, clauseEnd(b.ctx, sourceEnd, end, blocked), cue, speaker, 'according-to', 'according-to')
  }
  return np
}

/**
 * Where what a noun asks for ends: before a clause of time or cause ("her call for a ceasefire | after the attack
 * killed 12 people").
 */
function askedForEnd(tokens: Token[], from: number, to: number): number {
  for (let i = from + 1; i < to - 1; i++) if ((SUBORDINATORS.has(tokens[i].normal) || /^(after|before|since|until|as)$/.test(tokens[i].normal)) && startsClause(tokens, i + 1, to)) return i
  return to
}

/**
 * "One" alone before a verb in the present or after a modal is anyone at all: "although one wonders how …",
 * "one might say …"; not the one of several in "Two aides spoke; one said …".
 */
function genericOne(tokens: Token[], subject: TokenRange, cue: number): boolean {
  if (subject.to - subject.from !== 1 || tokens[subject.from].normal !== 'one') return false
  return tagged(tokens[cue], 'PresentTense') || tagged(tokenAt(tokens, cue - 1), 'Modal')
}

/** A subject that research verbs report for: a study or a record ("the report", "Findings from the charity") or researchers. */
function reportsResearch(tokens: Token[], subject: TokenRange): boolean {
  // ("video seen by the Gazette showed …" shows, it reports nothing)
  return tokens.slice(subject.from, subject.to).some((t) => RECORD_NOUNS.has(t.normal) || RESEARCHERS.has(t.normal))
}


/**
 * The end of a subordinate clause that opens the sentence: the comma after which the main clause starts. In
 * "While he’s said he believes the plan works, he’s also doubted it" what he said ends at the comma. The
 * sentence's end when it opens otherwise.
 */
function openingClauseEnd(tokens: Token[], sentence: Sentence): number {
  return afterOpeningClause(tokens, sentence.firstToken, sentence.endToken) ?? openingParticipleEnd(tokens, sentence.firstToken, sentence.endToken) ?? sentence.endToken
}

/** Prepositions before a gerund that hang it on the sentence's subject: "responded by saying that …". */
const GERUND_OPENERS = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'in'])

/**
 * Whether a participle at i hangs on the sentence's subject: after a comma or a preposition that opens a gerund,
 * over adverbs ("…, falsely suggesting that …", "helped by publicly denying that …"; not "she kept saying").
 */
function opensParticiple(tokens: Token[], i: number, floor: number): boolean {
  let k = i - 1
  // ("…, even suggesting he had been wronged", "…, also noting that …")
  while (k > floor && k > i - 3 && tagged(tokens[k], 'Adverb') && (/ly$/.test(tokens[k].normal) || PARTICIPLE_ADVERBS.has(tokens[k].normal)) && !breaksAfter(tokens[k])) k--
  // ("… the war - saying such papers are kept confidential": a spaced dash hands over as a comma does)
  return k >= floor && (/,|(^|\s)[-–—](\s|$)/.test(tokens[k].post) || GERUND_OPENERS.has(tokens[k].normal))
}

const WHEN_ASKED = /^(when|whenever|after|once|until)$/
const PASSIVE_AUX = /^(was|were|been|being|is|are)$/

/** "was asked", "were also asked", "has repeatedly been asked": "asked" in the passive, after a subject. */
function passiveAsked(tokens: Token[], cue: TokenRange, floor: number): boolean {
  let k = cue.from - 1
  while (k > floor + 1 && k > cue.from - 3 && tagged(tokens[k], 'Adverb') && !breaksAfter(tokens[k])) k--
  return k > floor && PASSIVE_AUX.test(tokens[k].normal) && !breaksAfter(tokens[k]) && tokens[cue.from].normal === 'asked'
}

/** "Asked about …", "When asked whether …", "after being asked if …": the question put, not by the subject. */
function putToSomeone(tokens: Token[], cue: TokenRange, floor: number): boolean {
  if (tokens[cue.from].normal !== 'asked') return false
  const before = tokenAt(tokens, cue.from - 1)
  // "“You bet,” Ms Lee said when asked whether …": "when" right before it, whatever comes first
  if (cue.from > floor && WHEN_ASKED.test(before?.normal ?? '')) return true
  // "The actress was asked if she had been …", "Respondents were asked to pick …": a passive puts the question to
  // its subject, whoever it is (not "Ms Lee asked whether …", whose subject asks)
  if (passiveAsked(tokens, cue, floor)) return true
  return cue.from === floor || (cue.from > floor && /^(when|after|once|if|being|was|were|been|is|are)$/.test(before?.normal ?? '') &&
    (cue.from - 1 === floor || /,/.test(tokenAt(tokens, cue.from - 2)?.post ?? '') || /^(when|after|once)$/.test(tokenAt(tokens, cue.from - 2)?.normal ?? '') || tagged(tokenAt(tokens, cue.from - 2), 'Pronoun') || tagged(tokenAt(tokens, cue.from - 2), 'Person')))
}

/**
 * What a question put asked: the frame right after "asked", or after a phrase of time or place or the one who
 * asked ("Asked on Monday whether …", "asked by a reporter why …", "Asked during a January debate why …").
 */
function questionPut(tokens: Token[], cue: TokenRange, end: number): { start: number; frame: string } | null {
  const direct = complementStart(tokens, cue, end)
  if (direct) return direct
  // ("Mr Hale was asked to name one achievement": what the subject was asked to do; the frames leave "to" after a
  // passive alone, "was forced to resign" reports nothing, but a request is words put to someone)
  const to = tokenAt(tokens, cue.to)
  if (to?.normal === 'to' && !breaksAfter(tokens[cue.to - 1]) && passiveAsked(tokens, cue, 0) && tagged(tokenAt(tokens, cue.to + 1), 'Verb') && !tagged(tokenAt(tokens, cue.to + 1), 'Noun')) return { start: cue.to, frame: 'to' }
  for (let k = cue.to; k < end && k < cue.to + 10; k++) {
    if (k > cue.to && breaksAfter(tokens[k - 1])) return null
    if (QUESTION_WORDS.has(tokens[k].normal) && k > cue.to) return { start: k, frame: 'question' }
    // ("When asked at the conference about the merger, …", "Asked by a reporter to respond, …": what the question
    // was about, or what was asked of them, after the phrases)
    if (k > cue.to && tokens[k].normal === 'about' && k + 1 < end && phraseStartingAt(tokens, k + 1, end)) return { start: k + 1, frame: 'prep' }
    if (k > cue.to && tokens[k].normal === 'to' && tagged(tokenAt(tokens, k + 1), 'Verb') && !tagged(tokenAt(tokens, k + 1), 'Noun')) return { start: k, frame: 'to' }
    // ("Asked in Ohio recently whether …": an adverb of time too)
    if (!(tagged(tokens[k], 'Preposition') || PREPOSITIONS.has(tokens[k].normal) || tagged(tokens[k], 'Date') || isNounish(tokens[k]) ||
      tagged(tokens[k], 'Determiner') || tagged(tokens[k], 'Adjective') || tagged(tokens[k], 'Adverb'))) return null
  }
  return null
}

/** A phrase of time or place that opens a sentence: "In July 2017, …", "On Monday, …". */
function introPhrase(tokens: Token[], from: number): boolean {
  // ("Currently, says Dr Hale, the equipment is …": an adverb alone opens the sentence, it reports nothing)
  // (so a word the tagger left bare: "Now, according to the brewer, the market …")
  // (not "That, experts say, is the problem": a word that stands for something is the clause's subject)
  const bare = !(tagged(tokens[from], 'Noun') || tagged(tokens[from], 'Adjective') || tagged(tokens[from], 'Value') || tagged(tokens[from], 'Determiner') ||
    /^(this|that|these|those|it|one)$/.test(tokens[from].normal))
  const adverbAlone = (tagged(tokens[from], 'Adverb') || bare) &&
    !tagged(tokens[from], 'Verb') && /,/.test(tokens[from].post)
  return tagged(tokens[from], 'Preposition') || PREPOSITIONS.has(tokens[from].normal) || COMPARISONS.has(tokens[from].normal) || tagged(tokens[from], 'Date') || adverbAlone
}

const COMPARISONS = new Set(['like', 'unlike'])

/**
 * Whether a verb is followed by its object, so that it reports nothing before it: "…, NEF charged a premium of
 * 1 per cent" (not "…, the council said on Friday" or "…, she told reporters").
 */
function takesObject(tokens: Token[], cue: TokenRange, end: number): boolean {
  const next = tokenAt(tokens, cue.to)
  if (!next || cue.to >= end || breaksAfter(tokens[cue.to - 1]) || tagged(next, 'Date')) return false
  if (LISTENER_VERBS.has(cueLemma(tokens[cue.from].normal) ?? '')) return false
  // ("…, Mr Erdogan reiterated his request": a possessive opens an object too)
  return (tagged(next, 'Determiner') || (tagged(next, 'Possessive') && tagged(next, 'Pronoun'))) && !tagged(tokenAt(tokens, cue.to + 1) ?? next, 'Date')
}

/**
 * Whether a verb of saying follows token `from` in its sentence: in "…, Ana Ruiz said, but the council
 * will pay for it, Tom Hale said" the clause after "but" is another report (second-report.ts), not Ruiz's account.
 */
function reportedAgain(tokens: Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end; k++) if (cueAt(tokens, k)) return true
  return false
}

/**
 * Reported clauses in one sentence. `usedCues` are verbs that already introduce a direct quote; `blocked` are
 * first tokens of direct quotes the clause must stop before ("… were pleased that Mr Trump said: “That is …”").
 */
function inSentence(b: Build, sentence: Sentence, usedCues: Set<number>, blocked: Set<number>, sentenceSpeaker: TokenRange | null) {
  const { ctx } = b
  const { tokens } = ctx
  let speakerHere = sentenceSpeaker
  const opening = openingClauseEnd(tokens, sentence)
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    // a sentence with no stops can run for pages; no report reaches further than this either way; a report
    // inside an opening "While …," clause ends with it
    // ("Since last May, according to the charity, police have …": an opening phrase with no verb is no clause that ends it)
    const introSource = tokens[i].normal === 'according' && !hasVerb(tokens, sentence.firstToken, i) && introPhrase(tokens, sentence.firstToken)
    const endToken = Math.min(i < opening && !introSource ? opening : sentence.endToken, i + MAX_CLAUSE)
    const firstToken = Math.max(sentence.firstToken, i - MAX_CLAUSE)
    if (usedCues.has(i) || ctx.markAt(tokens[i].start)) continue
    // "Mr Hale repeated his claim that the fund was empty": a noun of saying and its owner
    const byNoun = nounReport(tokens, i, firstToken, endToken, i < opening && opening < sentence.endToken)
    const nounEnd = byNoun && (byNoun.phrase ? askedForEnd(tokens, byNoun.start, complementEnd(ctx, { start: byNoun.start, frame: 'prep' }, byNoun.to, blocked)) : clauseEnd(ctx, byNoun.start, byNoun.to, blocked))
    if (byNoun && nounEnd && add(b, byNoun.start, nounEnd, byNoun.cue, { kind: 'mention', range: byNoun.speaker }, byNoun.phrase ? 'noun-phrase' : 'noun-clause', byNoun.linked, !byNoun.phrase)) continue
    // "Ms Lee did not mention the fire chief by name", "made no mention of the budget": what a speech passed over
    const omitted = negatedMention(tokens, i, firstToken, endToken)
    if (omitted && add(b, omitted.start, omitted.frame === 'clause' ? clauseEnd(ctx, omitted.start, endToken, blocked) : complementEnd(ctx, { start: omitted.start, frame: 'statement' }, endToken, blocked),
      omitted.cue, { kind: 'mention', range: omitted.subject }, omitted.frame === 'clause' ? 'negated-cue-clause' : 'negated-frame-statement', 'subject-before-negated-cue', omitted.frame === 'clause')) continue
    const cue = cueAt(tokens, i)
    if (!cue || DIRECT_ONLY.has(cueLemma(tokens[i].normal) ?? '') || coordinatedInfinitive(tokens, i, firstToken) || anonymityReason(tokens, i)) continue
    // (the window is made for a cue only: a copy of the sentence for every word was 46 MB over a quarter of the corpus)
    const s = { ...sentence, firstToken, endToken }
    const end = s.endToken
    if (tokens[i].normal === 'according') {
      speakerHere = accordingTo(b, s, i, cue, blocked) ?? speakerHere
      continue
    }
    // "As reported by the Gazette, the bridge will close": the rest of the sentence, made known by the agent
    const asBy = asByReport(tokens, i, s)
    if (asBy && add(b, asBy.what.from, clauseEnd(ctx, asBy.what.from, asBy.what.to, blocked), cue, { kind: 'mention', range: asBy.by }, 'as-clause-passive', 'agent-after-by')) continue
    // "The meeting was first reported by the Gazette": what was made known is the subject, the agent made it known
    const passive = passiveReport(tokens, i, s.firstToken, end)
    if (passive && add(b, passive.what.from, passive.what.to, cue, { kind: 'mention', range: passive.by }, 'passive-subject', 'agent-after-by', false)) continue
    // "Tom Roof is accused of killing nine people": the accusation, subject and all, with no accuser named
    const accused = passiveAccusation(tokens, i, s.firstToken, end)
    if (accused && add(b, accused.from, clauseEnd(ctx, accused.from, end, blocked), cue, accused.by ? { kind: 'mention', range: accused.by } : { kind: 'none' }, 'passive-accusation', accused.by ? 'agent-after-by' : 'no-speaker')) continue
    // "It was widely reported that Mr Hale paid …": a clause no one named reports ("It was announced by the
    // ministry that …": the agent after "by" did)
    const impersonal = impersonalPassive(tokens, i, s.firstToken, end)
    if (impersonal !== null && add(b, impersonal.that, clauseEnd(ctx, impersonal.that, end, blocked), cue,
      impersonal.by ? { kind: 'mention', range: impersonal.by } : { kind: 'none' }, 'impersonal-passive', impersonal.by ? 'agent-after-by' : 'no-speaker')) continue
    // "…, adding that …", "… responded by saying that …": the participle's speaker is the sentence's
    // ("Noting that the plan had failed, Ms Lee called for a vote": a participle that opens the sentence, its phrase
    // closed by a comma, speaks for the main clause's subject)
    const opensSentence = i <= sentence.firstToken + 1 && i < opening && opening < sentence.endToken && openingParticipleEnd(tokens, sentence.firstToken, sentence.endToken) !== null
    const participle = isParticiple(tokens[i].normal) && (opensParticiple(tokens, i, s.firstToken) || opensSentence)
    // "Ms Lee went on to say …", "Mr Hale was quick to point out that …", "she took to Twitter to say …"
    const infinitive = !participle && toInfinitive(tokens, i, s.firstToken)
    // "The council issued a statement saying …": the document's author or issuer
    const issued = !participle && !infinitive && isParticiple(tokens[i].normal) ? documentSpeaker(tokens, i, s.firstToken) : null
    const found = participle ? null : infinitive ? namedClauseSubject(tokens, s.firstToken, i - 1) : issued ?? subjectBefore(tokens, i, s.firstToken)
    // "The mood of the meeting, said Mr Hale, would be calmer": a phrase cut from the verb by a comma alone, with
    // a speaker after the verb and another comma, is the reported words' own subject; the verb and its speaker are an
    // aside inside them (not "Tom Hale, 54, said the plan was dead", whose words after the verb go on with no comma)
    const subject = found && !participle && !infinitive && parentheticalCue(tokens, found, i, cue, end) ? null : found
    if (infinitive && !subject) continue
    // "Asked whether he would resign, Mr Hale said …": a question put by someone the article does not name
    if ((!subject || WHEN_ASKED.test(tokenAt(tokens, i - 1)?.normal ?? '')) && !participle && putToSomeone(tokens, cue, s.firstToken)) {
      // ("When asked why, Ms Lee smiled": a question word alone ends the opening clause; question-end.ts)
      const question = loneQuestionWord(tokens, cue) ?? questionPut(tokens, cue, end)
      // the question runs to the comma before the answer: "When asked about the plan, Ms Lee smiled", over the
      // commas of its own asides ("Asked whether Tom Hale, the front-runner, could win, Mr Baker said no")
      const to = question ? questionLast(tokens, question.start, sentence.endToken, i <= sentence.firstToken + 1 || (i < opening && opening < sentence.endToken)) : end
      if (question) add(b, question.start, Math.min(to + 1, clauseEnd(ctx, question.start, end, blocked)), cue, { kind: 'none' }, `frame-${question.frame}`, 'question-put', false)
      continue
    }
    // a weak cue counts with someone named beside it: "Ms Lee added that …", "…, added Ms Lee."
    const weak = isWeakCue(tokens, cue)
    const namedAfter = () => {
      const after = i > s.firstToken && /,/.test(tokenAt(tokens, i - 1)?.post ?? '') ? speakerAfter(tokens, cue.to, end) : null
      return after !== null && namesSomeone(tokens, after) && endsAttribution(tokens, after.to, end)
    }
    if (RESEARCH_VERBS.has(cueLemma(tokens[i].normal) ?? '') && !(subject && reportsResearch(tokens, subject))) continue
    const start = clauseStart(tokens, cue, end)
    // … or as "it" with "that" after it: "It added that it had worked with groups …" ("It added 300 jobs" is
    // no report, "The trend suggests that …" no speech)
    // ("Acmewire also reported that …": a name the tagger does not know, capitalised at the sentence's start, with "that")
    // ("It added it would now review its accounts": a pronoun and a modal open a clause as surely as "that")
    const opensClause = start !== null && (tokens[start].normal === 'that' ||
      (/^(it|they|he|she|we)$/.test(tokens[start].normal) && (tagged(tokenAt(tokens, start + 1), 'Modal') || tagged(tokenAt(tokens, start + 1), 'Auxiliary'))))
    const thatClause = opensClause && subject !== null &&
      ((subject.to - subject.from === 1 && /^(it|they)$/.test(tokens[subject.from].normal)) || tokens.slice(subject.from, subject.to).every((t) => isCapitalized(t) && !tagged(t, 'Plural')))
    // ("About 2,500 jobs will be created, it added.": "it" after the words it reports, nothing after the verb)
    const itAfterWords = subject !== null && subject.to - subject.from === 1 && /^(it|they)$/.test(tokens[subject.from].normal) &&
      subject.from > s.firstToken && /,/.test(tokenAt(tokens, subject.from - 1)?.post ?? '') && (cue.to >= end || breaksAfter(tokens[cue.to - 1]))
    // ("New research commissioned by the charity suggests that …": a writing that records findings, with "that",
    // speaks as a study does; not "statistics indicate that …", "the evidence suggests that …", no one's writing)
    const head = subject ? tokens[subject.to - 1].normal : ''
    const record = opensClause && isDocument(head) && isRecord(head)
    if (weak && !participle && !(subject && (namesSomeone(tokens, subject) || thatClause || itAfterWords || record || clauseFrameSubject(tokens, subject, cue, end))) && !namedAfter()) continue
    if (subject && (reducedRelative(tokens, subject, i) || genericOne(tokens, subject, i))) continue
    // "As the Gazette reported, even if …": the sentence's main clause is what was reported
    // (not "…, as she called for a ban on drilling": a verb with its own frame reports that, the clause of "as" is time)
    // (the frame is looked for only where the cue has a subject and is no participle nor infinitive: an "as" clause can be)
    const ownFrame = () => /^(prep|on-to|question)$/.test(complementStart(tokens, cue, end)?.frame ?? '')
    const asReport = subject && !participle && !infinitive && !ownFrame() ? asClauseReport(tokens, subject, cue, s) : null
    if (asReport && subject) {
      if (add(b, asReport.from, clauseEnd(ctx, asReport.from, asReport.to, blocked), cue, { kind: 'mention', range: subject }, 'as-clause', 'subject-before-cue')) {
        speakerHere = speakerHere ?? subject
        continue
      }
    }
    // ("As Mr Hale said he would, the council voted no": the clause of "as" leaves out what it reports)
    if (subject && subject.from - 1 >= s.firstToken && tokenAt(tokens, subject.from - 1)?.normal === 'as' && elliptical(tokens, cue.to, end)) continue
    // "After suggesting on Monday that the plan had failed, Ms Lee …": the main clause's subject, after the opening one
    // (only a participle right after the word that opens the sentence: in "When Mr Hale spoke, by suggesting …" the
    // opening clause has a subject of its own)
    const openingSpeaker = () => participle && (i === sentence.firstToken + 1 || opensSentence) && i < opening && opening < sentence.endToken
      ? clauseSubject(tokens, opening, sentence.endToken) : null
    const forwardSpeaker = subject ?? (participle ? speakerHere ?? openingSpeaker() ?? clauseSubject(tokens, s.firstToken, i) : null)
    if (forwardSpeaker) {
      const end = inRelativeClause(tokens, i, s.firstToken) ? relativeClauseEnd(tokens, cue.to, s.endToken) : s.endToken
      const speaker: SpeakerLink = { kind: 'mention', range: forwardSpeaker }
      const linked = participle ? 'sentence-speaker' : infinitive ? 'clause-subject' : issued ? 'document-issuer' : 'subject-before-cue'
      let c = start === null ? null
        : add(b, start, clauseEnd(ctx, start, end, blocked), cue, speaker, participle ? 'participle-clause' : 'cue-clause', linked)
      // "a shortage he says has left the clinics without staff", "which officials said will take
      // effect": the verb's clause lacks the subject the words before it give, the rest is what was said
      if (!c && !participle && !infinitive && subject && missingSubjectClause(tokens, subject, cue, end)) {
        // (", which officials said will take effect in May, will not …": the relative clause ends at its comma)
        const relative = subject.from - 2 >= s.firstToken && /^(which|who)$/.test(tokenAt(tokens, subject.from - 1)?.normal ?? '') && /,/.test(tokenAt(tokens, subject.from - 2)?.post ?? '')
        const to = relative ? relativeClauseEnd(tokens, cue.to, end) : end
        const split = afterSingularAntecedent(tokens, subject)
        c = add(b, cue.to, clauseEnd(ctx, cue.to, to, blocked), cue, split ? { kind: 'mention', range: split } : speaker, 'cue-clause',
          split ? 'relative-report-after-antecedent' : 'relative-report')
      }
      // no clause: what the verb's frame takes ("urged residents to stay indoors", "called the plan “a disgrace”")
      const complement = c ? null : complementStart(tokens, cue, end) ?? relativeFrame(tokens, cue, s.firstToken, end)
      // ("The storm claimed 12 lives", "The test confirmed the diagnosis": what is made known as a phrase needs someone to make it known)
      // ("The app tells users how much they spend": what a thing shows or asks is no one's words either)
      const unspoken = (complement?.frame === 'statement' || complement?.frame === 'question') && subject !== null && !namesSomeone(tokens, subject)
      // ("Describing the first rehearsal, she said: “…”": the opening participle's object is the topic of the main verb's words)
      const topic = complement?.frame === 'statement' && participle && i < opening && opening < sentence.endToken && topicOfMainReport(tokens, i, opening, sentence.endToken)
      if (complement && !unspoken && !topic) c = add(b, complement.start, complementEnd(ctx, complement, end, blocked), cue, speaker, `frame-${complement.frame}`, linked, false)
      // no clause and no frame: an answer, or a word for what was said ("half said so", "a third said the same of Mr Hale")
      const answer = c || complement ? null : answerReport(tokens, cue, end)
      if (answer) c = add(b, answer.from, answer.to, cue, speaker, 'answer-report', linked, false)
      if (c) {
        speakerHere = speakerHere ?? subject
        continue
      }
    }
    // frame verbs report nothing before them: in "The road flooded, residents called" the verb reports no words
    if (FRAME_ONLY.has(cueLemma(tokens[i].normal) ?? '')) continue
    // the clause before: "Residents were relying on bottled water, he said." / "…, said Tom Okafor."
    let speakerRange: TokenRange | null = null
    let clauseTo = -1
    let rule = ''
    // ", said police Chief Tom Okafor." — a comma right before the verb puts the speaker after it
    // (not the comma that closes the subject's appositive: "Okafor, a nine-time All-Star, suggested Hale …")
    // (nor the comma before a participle's aside: "Sales have tripled since launch, outstripping its rival, said
    // analysts at Northwind": no subject, the speaker comes after the verb)
    const noSubject = subject !== null && tagged(tokenAt(tokens, subject.to), 'Gerund') && !tokens.slice(subject.to, i - 1).some(breaksAfter)
    const closesAppositive = subject !== null && subject.to < i - 1 && /,/.test(tokens[subject.to - 1].post) && !noSubject
    const inverted = i > s.firstToken && /,/.test(tokenAt(tokens, i - 1)?.post ?? '') && !closesAppositive ? speakerAfter(tokens, cue.to, end)
      : bareInversion(tokens, i, cue, s.firstToken, end)
    if (inverted && endsAttribution(tokens, inverted.to, end)) {
      speakerRange = inverted
      clauseTo = i
      rule = 'cue-then-speaker-after-clause'
    } else if (subject && subject.from > s.firstToken && /,/.test(tokenAt(tokens, subject.from - 1)?.post ?? '') && endsAttribution(tokens, cue.to, end) &&
      !takesObject(tokens, cue, end)) {
      speakerRange = subject
      clauseTo = subject.from
      rule = 'speaker-then-cue-after-clause'
    }
    if (!speakerRange) continue
    const speaker: SpeakerLink = { kind: 'mention', range: speakerRange }
    // "…, she said, especially those still waiting for new homes."
    let tail = Math.max(cue.to, speakerRange.to)
    while (tail < end && !breaksAfter(tokenAt(tokens, tail - 1)) && !hasVerb(tokens, tail, tail + 1)) tail++
    // ", a police spokesman." describes the speaker; ", especially those still suffering" goes on with the words
    // ", executive director of the guild" too
    // (a relative clause inside the description has verbs of its own: ", a former analyst who teaches at Hadley.")
    let described = tail
    while (described < end && !isRelative(tokens[described])) described++
    const finiteAfter = tokens.slice(tail, described).some((t, k) => hasVerb(tokens, tail + k, tail + k + 1) && !tagged(t, 'Gerund'))
    // (", said Mr Hale, who was elected in 2012." describes him too)
    const describesSpeaker = tail < end && (isRelative(tokens[tail]) || (!finiteAfter && (tagged(tokens[tail], 'Determiner') ||
      tagged(tokens[tail], 'Possessive') || tokens.slice(tail, Math.min(end, tail + 4)).some((t) => PERSON_ROLES.has(t.normal)))))
    // "…, she said, and he was upset": after "and" or "though" the writer goes on in words of his own
    // ("and lost his job over $40" goes on with the speaker's words, "and he was upset" is a new clause; "…, she said,
    // but one guard ran to the roof" and "…, he said, so the towns split the work" go on with the speaker's account)
    // ("…, economists say, because there is little precedent": a reason given goes on with the speaker's words;
    // "…, the Gazette declared on Thursday, two days after voters went to the polls" is the writer's time)
    const writerGoesOn = tail < end && ((SUBORDINATORS.has(tokens[tail].normal) && tokens[tail].normal !== 'because') || timeAfter(tokens, tail, end) ||
      (/^(and|but|so|yet)$/.test(tokens[tail].normal) && startsClause(tokens, tail + 1, end) && (tokens[tail].normal === 'and' || reportedAgain(tokens, tail, end))))
    // ("They had two clear aims, Albury writes; to challenge …": a semicolon hands on to the words too)
    const hasTail = tail < end - 1 && /[,;]/.test(tokenAt(tokens, tail - 1)?.post ?? '') && !describesSpeaker && !writerGoesOn
    // "In July 2017, the commission asked …": a time or a place before the subject is no clause of its own, and
    // in "In the years since, Ms Lee said, too many lives have been lost" the words after the aside are the report
    // ("Like Mr Hale, she has reckoned with …": "like" read as a verb opens a comparison, no clause)
    const comparison = COMPARISONS.has(tokens[s.firstToken].normal) ? 1 : 0
    // ("According to the Post, Mr Hale told them of it": a source named before the subject is no clause either)
    const according = tokens[s.firstToken].normal === 'according' && tokenAt(tokens, s.firstToken + 1)?.normal === 'to' && !hasVerb(tokens, s.firstToken + 2, clauseTo)
    // ("But in many towns, said the survey, buses …": a conjunction before the opening phrase leaves it one)
    const conjunction = /^(but|and|yet|so)$/.test(tokens[s.firstToken].normal) && s.firstToken + 1 < clauseTo ? 1 : 0
    const introOnly = according || (!hasVerb(tokens, s.firstToken + comparison, clauseTo) && introPhrase(tokens, s.firstToken + conjunction))
    // ("…, the Gazette reported, while in Albury …, the Albury Times reported": after an earlier report; second-report.ts)
    const clauseFrom = afterEarlierReport(tokens, b.out.filter((c) => c.cue).map((c) => c.cue!), s, clauseTo)
    if (!introOnly) add(b, clauseFrom, clauseTo, cue, speaker, clauseFrom === s.firstToken ? 'clause-before-cue' : 'clause-after-report', rule, !hasTail)
    if (hasTail) add(b, tail, clauseEnd(ctx, tail, end, blocked), cue, speaker, 'clause-after-speaker', rule, introOnly)
    speakerHere = speakerHere ?? speakerRange
  }
}

/** Whether the cue at i, after the phrase `subject` and its comma, is an aside "said Mr Hale," inside the reported words. */
function parentheticalCue(tokens: Token[], subject: TokenRange, i: number, cue: TokenRange, end: number): boolean {
  // (not a name set off by commas after another phrase: "His sister, Ann, said her neighbour, Tom Hale, …")
  if (subject.to !== i || !/,/.test(tokens[i - 1].post) || /,/.test(tokenAt(tokens, subject.from - 1)?.post ?? '')) return false
  const speaker = speakerAfter(tokens, cue.to, end)
  return !!speaker && speaker.to < end - 1 && /,/.test(tokens[speaker.to - 1].post)
}

export function findReported(ctx: QuoteContext, usedCues: Set<number>, blocked: Set<number>,
  speakerOfSentence: Map<number, TokenRange>): ReportedResult {
  const b: Build = { ctx, absorbed: new Set(), out: [] }
  ctx.sentences.forEach((s, index) => inSentence(b, s, usedCues, blocked, speakerOfSentence.get(index) ?? null))
  return { candidates: b.out, absorbed: b.absorbed }
}

/**
 * The speaker after the thing a contact clause describes, when the words before the verb run two phrases together:
 * "In a move ministers say will save money" → "ministers", "a shortage health workers say has left …" → "health
 * workers" (a singular article before a plural head); null for one phrase ("the plan officials say", "a health
 * worker").
 */
function afterSingularAntecedent(tokens: Token[], r: TokenRange): TokenRange | null {
  if (!/^(a|an|this|that|each|every)$/.test(tokens[r.from].normal) || r.to - r.from < 3) return null
  const head = tokens[r.to - 1]
  if (!tagged(head, 'Plural') || tagged(head, 'Possessive')) return null
  let k = r.from + 1
  while (k < r.to - 1 && tagged(tokens[k], 'Adjective') && !tagged(tokens[k], 'Noun')) k++
  const noun = tokens[k]
  if (k >= r.to - 1 || !tagged(noun, 'Noun') || tagged(noun, 'Plural') || isCapitalized(noun)) return null
  return { from: k + 1, to: r.to }
}
