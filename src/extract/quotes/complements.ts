// Where the words a verb reports begin when no clause follows it, by the verb's frames (lexicon/verb-frames.ts):
//
//   The mayor urged residents to stay indoors.          → "residents to stay indoors"
//   Ms Lee vowed to cut taxes.                          → "to cut taxes"
//   The union called for a national strike.             → "a national strike"
//   He accused the council of wasting money.            → "the council of wasting money"
//   She asked whether the bridge was safe.              → "whether the bridge was safe"
//   Mr Hale called the plan “a disgrace”.               → "the plan “a disgrace”"
//   The report described the road as dangerous.         → "the road as dangerous"
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { cueLemma } from '../lexicon/cue-verbs'
import { FRAMES, QUESTION_WORDS, type Frames } from '../lexicon/verb-frames'
import { afterNumberHedge, breaksAfter, isCapitalized, isNounish, namesSomeone, phraseEndingAt, phraseStartingAt, PREPOSITIONS, singular, startsClause, tagged, type TokenRange } from '../phrases'
import { isRelative } from './speaker-phrase'
import { PERSON_ROLES } from '../lexicon/roles'
import { afterPhraseAside } from './phrase-aside'

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves'])
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those'])

/** An opening quote mark written before the word: `called him “weak”`. */
const opensQuote = (t: Token | undefined) => !!t && /["“«]|''/.test(t.pre)

/**
 * The object of a verb, never reaching into quoted words or over a comma: "the political system" in
 * "called the tax system “broken beyond repair”"; "both Hale and Albury" (a list with "and").
 */
function objectAt(tokens: Token[], k: number, end: number): TokenRange | null {
  if (k >= end) return null
  // ("the grants refused under the old scheme would have been paid": a preposition opens no object, the verb before it
  // describes a noun; a hedge before a number does, "reported over 100 cases", "reported around 200 deaths")
  const hedge = afterNumberHedge(tokens, k, end) > k || tagged(tokenAt(tokens, k + 1), 'Value')
  // (a headline's capitals leave it be: "Mayor Accused Of Lying" has its frame's preposition in capitals)
  const preposition = (tagged(tokens[k], 'Preposition') || PREPOSITIONS.has(tokens[k].normal)) && !isCapitalized(tokens[k])
  if (preposition && !OBJECT_PRONOUNS.has(tokens[k].normal) && !hedge) return null
  // ("asked her assistant to print the files": "her" before a noun is whose, the phrase goes on)
  const possessiveHer = tokens[k].normal === 'her' && !breaksAfter(tokens[k]) && k + 1 < end && tagged(tokens[k + 1], 'Noun') && !tagged(tokens[k + 1], 'Pronoun')
  if (OBJECT_PRONOUNS.has(tokens[k].normal) && !possessiveHer) return { from: k, to: k + 1 }
  const from = k
  // ("calls this a false narrative": the demonstrative alone is the object, what it is called follows)
  if (DEMONSTRATIVES.has(tokens[k].normal) && !breaksAfter(tokens[k]) && tagged(tokenAt(tokens, k + 1), 'Determiner')) return { from: k, to: k + 1 }
  if (DEMONSTRATIVES.has(tokens[k].normal) && k + 1 < end && isNounish(tokenAt(tokens, k + 1))) k++
  // ("reported no arrests", "promised no new taxes": "no" before the phrase, which the tagger leaves out of it)
  const none = tokens[k].normal === 'no' && !breaksAfter(tokens[k]) && k + 1 < end && tokens[k + 1].normal !== 'one' ? 1 : 0
  let np = phraseStartingAt(tokens, k + none, end)
  if (!np) return null
  let to = np.to
  // the phrase stops before a word that opens a quote: that word is what the object is called ("called the
  // tax system “broken”"); unless nothing but an article stands before it: "blamed the “perfect storm” for …"
  for (let i = from + 1; i < to; i++) {
    if (!opensQuote(tokens[i])) continue
    if (tokens.slice(from, i).some((t) => !tagged(t, 'Determiner') && !tagged(t, 'Possessive'))) to = i
    break
  }
  while (to > from + 1 && /^(of|for|on|at|in|with|from)$/.test(tokenAt(tokens, to - 1)?.normal ?? '')) to--
  // "both Mr Hale and Labour front-runner Jane Albury"
  while (to < end && tokens[to].normal === 'and' && !breaksAfter(tokenAt(tokens, to - 1)) && !opensQuote(tokenAt(tokens, to + 1))) {
    np = phraseStartingAt(tokens, to + 1, end)
    if (!np) break
    to = np.to
  }
  return { from, to }
}

/** A verb at token i, over adverbs of a split infinitive: "to act", "to at least do something", "to quickly act". */
function verbAt(tokens: Token[], i: number, afterObject = false): boolean {
  let k = i
  while (k < i + 3 && tokenAt(tokens, k) && tagged(tokens[k], 'Adverb') && !tagged(tokens[k], 'Verb')) k++
  if (!tokenAt(tokens, k)) return false
  return tagged(tokens[k], 'Verb') || nounReadVerb(tokens, k, afterObject)
}

/**
 * A word after "to" that the tagger read as a noun but that words of its own follow: "vowed to soldier on",
 * "pledged to champion the bill" (not "pledged to charity.", "urged them to Hadley", "to the voters").
 */
function nounReadVerb(tokens: Token[], k: number, afterObject: boolean): boolean {
  const t = tokens[k], next = tokenAt(tokens, k + 1)
  if (!tagged(t, 'Noun') || tagged(t, 'Plural') || tagged(t, 'Pronoun') || tagged(t, 'Possessive') || tagged(t, 'Value') || isCapitalized(t) || breaksAfter(t)) return false
  // ("warned them to refrain from further tests": after an object, "to" and a preposition after the word, as after a
  // verb; not "pledged to charity from her savings")
  // ("asked Republican leaders to disavow Mr. Trump": after an object, a name after the word is its object too)
  return !!next && next.sentence === t.sentence && (tagged(next, 'Determiner') || tagged(next, 'Possessive') ||
    /^(on|up|out|off|down|back|through|ahead)$/.test(next.normal) || (afterObject && /^(from|with|against)$/.test(next.normal)) ||
    (afterObject && (tagged(next, 'Person') || tagged(next, 'Honorific'))))
}

/**
 * The "to" after a negation at token k that opens an infinitive: "not to" in "vowed not to raise taxes", "never to"
 * in "urged them never to return"; else -1 (not "promised not Hale but Lee", nor "vowed, not to anyone, …").
 */
function negatedTo(tokens: Token[], k: number, end: number): number {
  const t = tokenAt(tokens, k)
  if (!t || k + 2 >= end || !/^(not|never)$/.test(t.normal) || breaksAfter(t)) return -1
  // (not "a manager who asked not to be named": a passive infinitive asks a favour for oneself, reporting nothing)
  if (tokens[k + 2].normal === 'be' && /(ed|en)$/.test(tokenAt(tokens, k + 3)?.normal ?? '')) return -1
  return tokens[k + 1].normal === 'to' && !breaksAfter(tokens[k + 1]) ? k + 1 : -1
}

/** What follows an object that makes it a frame's: "to act", "of lying", "as a mistake", "“a disgrace”". */
function objectFrame(tokens: Token[], f: Frames, obj: TokenRange, end: number): string | null {
  // "asked Ms Albury, a former judge who led the review, to look into …", "asked Lee, Hale and
  // Okafor to search …": over an appositive or a list
  // the same for "accused Hale, the senator from Ohio, of being …" and "refers to the candidate, who is his
  // friend, as “Mr. Hale”"
  if (/,/.test(tokens[obj.to - 1].post) && (f.objectTo || f.objectPrep || f.toAs)) {
    // (the verbs of a relative clause in the appositive are its own, up to the comma that closes it)
    let relative = false
    for (let k = obj.to; k < end && k < obj.to + 25; k++) {
      const afterComma = /,/.test(tokenAt(tokens, k - 1)?.post ?? '')
      if (afterComma) relative = false
      if (f.objectTo && tokens[k].normal === 'to' && verbAt(tokens, k + 1, true)) return 'object-to'
      if (afterComma && f.objectPrep?.includes(tokens[k].normal)) return 'object-prep'
      if (afterComma && f.toAs && tokens[k].normal === 'as') return 'to-as'
      if (isRelative(tokens[k])) relative = true
      if (/[;:.!?]/.test(tokens[k].post) || (tagged(tokens[k], 'Verb') && !tagged(tokens[k], 'Noun') && !tagged(tokens[k], 'Copula') &&
        !/^(who|is|was)$/.test(tokens[k].normal) && !afterComma && !relative)) break
    }
  }
  // the preposition may sit inside what the tagger took for one phrase: "blamed the collapse of the deal on the weather"
  for (let i = obj.from + 1; i < obj.to; i++) if (f.objectPrep?.includes(tokens[i].normal)) return 'object-prep'
  // ("called the actions lawful": what it is called, inside the object's phrase)
  if (f.objectAs === 'bare' && endsInAdjective(tokens, obj) && (obj.to >= end || breaksAfter(tokens[obj.to - 1]) || !isNounish(tokenAt(tokens, obj.to)))) return 'object-as'
  const next = tokenAt(tokens, obj.to)
  if (!next || obj.to >= end) return null
  // a comma or a stop ends the object's frame; a closing quote mark does not ("the “perfect storm” for …")
  const open = breaksAfter(tokens[obj.to - 1]) && !/^["”’»]+$|^''$/.test(tokens[obj.to - 1].post) && !opensQuote(next)
  if (open) return null
  if (f.objectTo && next.normal === 'to' && verbAt(tokens, obj.to + 1, true)) return 'object-to'
  // ("urged him not to back down", "told them never to return")
  const to = negatedTo(tokens, obj.to, end)
  if (f.objectTo && to > obj.to && verbAt(tokens, to + 1, true)) return 'object-to'
  if (f.objectPrep?.includes(next.normal)) return 'object-prep'
  if (!f.objectAs) return null
  if (next.normal === 'as' || opensQuote(next)) return 'object-as'
  // "described the ground under the city as Swiss cheese": phrases of place or kind after the object, then "as"
  // (the tagger may join the preposition to the object's phrase: "the ground under | the city")
  const preposition = (t: Token) => tagged(t, 'Preposition') || PREPOSITIONS.has(t.normal)
  if (f.objectAs === 'as' && (preposition(next) || preposition(tokens[obj.to - 1])) && asAfterPhrases(tokens, obj.to, end)) return 'object-as'
  if (f.objectAs !== 'bare') return null
  // "called Clinton a liar", "called her weak": a second phrase, not a time ("called police Sunday", "called a
  // meeting this week")
  // (what brackets hold after the object is the object's own, and the second phrase comes after them: "a group called
  // the Hadley Relief Committee (HRC) has been set up" has none; "called the senator (a Democrat) a liar" has)
  const at = afterBrackets(tokens, obj.to, end)
  const then = tokenAt(tokens, at)
  if (then && at < end && !tagged(then, 'Date') && !tagged(then, 'Preposition') && (isNounish(then) || tagged(then, 'Adjective'))) {
    const second = tagged(then, 'Determiner') ? phraseStartingAt(tokens, at, end) : null
    if (!tagged(then, 'Determiner') || (second && !tokens.slice(second.from, second.to).every((t) => tagged(t, 'Date') || tagged(t, 'Determiner')))) return 'object-as'
  }
  // "called Mr Hale unqualified", "labelled the bill rushed": a participle read as a verb, with nothing after it
  if (tagged(next, 'Verb') && (tagged(next, 'PastTense') || tagged(next, 'Participle')) && /^un|ed$/.test(next.normal) &&
    (breaksAfter(next) || obj.to + 1 >= end || /^(and|or|but)$/.test(tokenAt(tokens, obj.to + 1)?.normal ?? ''))) return 'object-as'
  return null
}

/**
 * Whether "as" follows the phrases that start at `from` with a preposition, before any verb or comma: "under the city
 * | as", "of the review panel | as" (not "described the plan in detail, as she had promised": the comma comes first).
 */
function asAfterPhrases(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 10; k++) {
    const t = tokens[k]
    // (not "described the mood in the hall as soon as she left", "… as she had promised": "as" of time or manner)
    if (k > from && t.normal === 'as') return k + 1 < end && !!phraseStartingAt(tokens, k + 1, end) && !startsClause(tokens, k + 1, end) && !/^(soon|well|long|much|far|if|though)$/.test(tokens[k + 1].normal)
    if (breaksAfter(t) || (tagged(t, 'Verb') && !tagged(t, 'Noun') && !tagged(t, 'Adjective'))) return false
  }
  return false
}

/**
 * What an object phrase says it is, at its end: "called the actions lawful", "called the plan dangerous and reckless":
 * the tagger joins an adjective after the noun into its phrase.
 */
function endsInAdjective(tokens: Token[], obj: TokenRange): boolean {
  const last = tokens[obj.to - 1]
  if (obj.to - obj.from < 2 || !tagged(last, 'Adjective') || tagged(last, 'Noun') || isCapitalized(last)) return false
  let k = obj.to - 1
  while (k > obj.from && (tagged(tokens[k], 'Adjective') || /^(and|or)$/.test(tokens[k].normal)) && !tagged(tokens[k], 'Noun')) k--
  return k > obj.from || (tagged(tokens[k], 'Noun') && !tagged(tokens[k], 'Adjective'))
}

/** Adverbs and a day between a verb and its frame: "urged residents quickly to …", "called Wednesday for …" (not "Friday’s"). */
const beforeFrame = (t: Token) => (tagged(t, 'Adverb') && !tagged(t, 'Verb') && !QUESTION_WORDS.has(t.normal)) ||
  (tagged(t, 'Date') && !tagged(t, 'Pronoun') && !tagged(t, 'Value') && !tagged(t, 'Possessive') && !/['’]s$/.test(t.normal))

/**
 * A preposition or a word of time that opens a phrase of its date between a verb and its frame: "promised on Tuesday
 * to …", "vowed last week to …" (not "called on Friday’s winners to …", whose day is a possessive).
 */
const dayPhraseOpens = (tokens: Token[], k: number) => /^(on|in|during|last|this|earlier|late)$/.test(tokens[k].normal) &&
  beforeFrame(tokenAt(tokens, k + 1) ?? tokens[k]) && tagged(tokenAt(tokens, k + 1), 'Date')

/** Token i, or the token after a bracketed note that opens there: "called on Gov. Tom Hale (R) | to resign". */
function afterBrackets(tokens: Token[], i: number, end: number): number {
  if (!/\(/.test(tokenAt(tokens, i)?.pre ?? '')) return i
  for (let k = i; k < end && k < i + 6; k++) if (/\)/.test(tokens[k].post)) return k + 1
  return i
}

const TIME_NOUNS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'while', 'time', 'ages'])

/** A phrase of how long after "for": "argued for hours", "called for two days", "pushed for a long time" (not "for a day of action"). */
function howLong(tokens: Token[], from: number, end: number): boolean {
  const phrase = phraseStartingAt(tokens, from, end)
  const to = phrase ? phrase.to : from + 1
  return to - from <= 4 && TIME_NOUNS.has(tokens[to - 1].normal)
}

/**
 * A verb of saying in the passive, whose subject is the one spoken to: "he was called to testify", "members, called to
 * service by the governor, …" (an agent after the infinitive's verb).
 */
function passive(tokens: Token[], cue: TokenRange, verb: number): boolean {
  // (not "is pledging to win")
  if (/ing$/.test(tokens[cue.from].normal)) return false
  return /^(was|were|is|are|be|been|being|get|got|gets)$/.test(tokenAt(tokens, cue.from - 1)?.normal ?? '') || tokenAt(tokens, verb + 1)?.normal === 'by'
}

/**
 * A participle between a number and its plural noun describes the noun and reports nothing: "has 1,700 pledged
 * delegates" (not "32% call themselves conservative", "in 2008, accused him of …"). The tag fixes retag most of
 * these as adjectives first (tag-fixes.ts); this catches the ones whose tags they leave as a verb.
 */
function describesNoun(tokens: Token[], cue: TokenRange): boolean {
  const before = tokenAt(tokens, cue.from - 1), after = tokenAt(tokens, cue.to)
  return !!before && !!after && tagged(before, 'Value') && !/%$/.test(before.text) && !breaksAfter(before) && /ed$/.test(tokens[cue.from].normal) &&
    tagged(after, 'Plural') && !tagged(after, 'Pronoun')
}

/** The frames' name of a cue: its lemma, or "point to" for the cue of two words "pointed to". */
function frameLemma(tokens: Token[], cue: TokenRange): string {
  if (cue.to - cue.from === 2 && tokens[cue.from + 1].normal === 'to' && /^point/.test(tokens[cue.from].normal)) return 'point to'
  return cueLemma(tokens[cue.from].normal) ?? ''
}

/**
 * What a preposition of a frame asks for when it is no noun phrase: someone and what they should do ("called for him
 * to resign", "pressed for them to act") or a gerund ("called for getting rid of the tax"); not "called for him" alone.
 */
function actionAfterPrep(tokens: Token[], k: number, end: number): boolean {
  // ("called for immediately deducting the costs": an adverb in -ly before the gerund)
  // (after the adverb a word in -ing is the gerund, whatever the tagger made of it)
  if (/ly$/.test(tokenAt(tokens, k)?.normal ?? '') && tagged(tokens[k], 'Adverb') && !breaksAfter(tokens[k])) {
    return k + 2 < end && /ing$/.test(tokens[k + 1].normal) && !breaksAfter(tokens[k + 1])
  }
  const t = tokenAt(tokens, k)
  if (!t || k + 1 >= end || breaksAfter(t)) return false
  if (OBJECT_PRONOUNS.has(t.normal)) return tokenAt(tokens, k + 1)?.normal === 'to' && !breaksAfter(tokens[k + 1]) && verbAt(tokens, k + 2, true)
  // ("getting rid of": the tagger may read the gerund as an auxiliary)
  return (tagged(t, 'Gerund') || (tagged(t, 'Verb') && /ing$/.test(t.normal))) && !tagged(t, 'Noun')
}

/** The first token of what a frame verb reports and the frame's name, or null. */
export function complementStart(tokens: Token[], cue: TokenRange, end: number): { start: number; frame: string } | null {
  const f = FRAMES[frameLemma(tokens, cue)]
  if (!f || describesNoun(tokens, cue)) return null
  let k = cue.to
  // ("described, in blunt terms, a set of rules …": an aside of manner before what was made known; phrase-aside.ts)
  if (breaksAfter(tokens[cue.to - 1])) {
    k = f.statement || f.objectAs ? afterPhraseAside(tokens, cue.to, end) : -1
    if (k < 0) return null
  }
  let dayPhrase = false
  while (k < end && (beforeFrame(tokens[k]) || dayPhraseOpens(tokens, k)) && !breaksAfter(tokens[k])) {
    if (dayPhraseOpens(tokens, k)) dayPhrase = true
    k++
  }
  const t = tokens[k]
  if (!t || k >= end) return null
  // (after "on Friday", only a frame that its own word opens: "announced on Friday the parade, which …, has been
  // cancelled" is a clause the phrase of the day stands before, no object)
  if (dayPhrase && !(t.normal === 'to' || QUESTION_WORDS.has(t.normal) || f.prep?.includes(t.normal) || (f.onTo && /^(on|upon)$/.test(t.normal)))) return null
  if (f.to && t.normal === 'to' && verbAt(tokens, k + 1) && !passive(tokens, cue, k + 1)) return { start: k, frame: 'to' }
  // ("vowed not to raise taxes", "pledged never to return": the negation is part of what was promised)
  const to = negatedTo(tokens, k, end)
  if (f.to && to > k && verbAt(tokens, to + 1) && !passive(tokens, cue, to + 1)) return { start: k, frame: 'to' }
  if (f.prep?.includes(t.normal) && (phraseStartingAt(tokens, k + 1, end) || actionAfterPrep(tokens, k + 1, end)) && !howLong(tokens, k + 1, end)) return { start: k + 1, frame: 'prep' }
  // "called out Mr Hale for lying", "called out the mayor"
  if (f.out && t.normal === 'out' && !breaksAfter(t) && tokenAt(tokens, k + 1)?.normal !== 'by' && objectAt(tokens, k + 1, end)) return { start: k + 1, frame: 'out' }
  if (f.onTo && (t.normal === 'on' || t.normal === 'upon')) {
    const obj = objectAt(tokens, k + 1, end)
    const after = obj ? afterBrackets(tokens, obj.to, end) : -1
    if (obj && tokenAt(tokens, after)?.normal === 'to' && verbAt(tokens, after + 1)) return { start: k + 1, frame: 'on-to' }
  }
  if (f.toAs && t.normal === 'to') {
    const obj = objectAt(tokens, k + 1, end)
    if (obj && (tokenAt(tokens, obj.to)?.normal === 'as' || objectFrame(tokens, f, obj, end) === 'to-as')) return { start: k + 1, frame: 'to-as' }
  }
  if (f.question) {
    // (not "noted, when asked, that …" nor "revealed if elected she would …": a question word before a participle
    // opens a clause of time or condition, no question)
    const afterVerb = f.question === 'after-verb'
    if (QUESTION_WORDS.has(t.normal) && k + 1 < end && !elidedClause(tokens, k, end, afterVerb)) return { start: k, frame: 'question' }
    // ("told the minister why …", "explained to reporters why …": the listener, or "to" and the listener, first)
    const listener = afterVerb ? null : objectAt(tokens, t.normal === 'to' && !breaksAfter(t) ? k + 1 : k, end)
    // ("told the host on Thursday how …": a day after the listener)
    let q = listener ? listener.to : -1
    while (q > 0 && q < end && !breaksAfter(tokens[q - 1]) && (tagged(tokens[q], 'Date') || (/^(on|last|this)$/.test(tokens[q].normal) && tagged(tokenAt(tokens, q + 1), 'Date')))) q++
    // (not "told the story when he visited the school": after a thing, not a listener, "when" or "where" is time or place)
    const asked = listener && (OBJECT_PRONOUNS.has(tokens[listener.from].normal) || namesSomeone(tokens, listener) || !/^(when|where)$/.test(tokens[q]?.normal ?? ''))
    if (listener && asked && QUESTION_WORDS.has(tokenAt(tokens, q)?.normal ?? '') && q + 1 < end && !breaksAfter(tokens[q - 1])) return { start: q, frame: 'question' }
  }
  const obj = objectAt(tokens, k, end)
  const frame = obj && objectFrame(tokens, f, obj, end)
  if (frame) return { start: k, frame }
  // ("suggested raising taxes": a gerund and what it takes)
  if (f.gerund && tagged(t, 'Gerund') && k + 1 < end && !breaksAfter(t)) return { start: k, frame: 'gerund' }
  // (not "was denied bail": the one denied, in the passive)
  if (!obj || passive(tokens, cue, -1) || !promisedThing(tokens, obj, end)) return null
  if (f.object) return { start: k, frame: 'object' }
  // ("reported at least six cases": the number's hedge is part of what was reported)
  const start = k > cue.to && afterNumberHedge(tokens, cue.to, end) === k ? cue.to : k
  return f.statement && statedThing(tokens, obj) ? { start, frame: 'statement' } : null
}

/**
 * Whether a question word opens a clause of time or condition, not a question: cut short before a participle ("when
 * asked", "if elected"), or, after a verb that asks nothing, followed by "that" and what was said ("noted when she
 * spoke that …").
 */
function elidedClause(tokens: Token[], k: number, end: number, afterVerb: boolean): boolean {
  if (!/^(when|if|where|whether)$/.test(tokens[k].normal)) return false
  if (/ed$/.test(tokenAt(tokens, k + 1)?.normal ?? '') && tagged(tokenAt(tokens, k + 1), 'Verb')) return true
  // (a verb that asks keeps its "that": "asked if he thought that the email went too far")
  if (tokens[k].normal === 'whether' || !afterVerb) return false
  for (let i = k + 2; i < end && i < k + 15; i++) if (tokens[i].normal === 'that' && startsClause(tokens, i + 1, end)) return true
  return false
}

/** Pictures and recordings, which a verb of making known puts out without saying anything: "posted a photo". */
const MEDIA_NOUNS = new Set(['photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'video', 'videos',
  'clip', 'clips', 'selfie', 'selfies', 'footage', 'link', 'links', 'bail'])

/**
 * Whether the object of a verb of making known is something said: "announced new border controls", "reported a
 * loss"; not a picture ("posted a photo of the team"), people ("the Senate confirmed two judges") or a word of
 * manner ("reported daily to the board").
 */
function statedThing(tokens: Token[], obj: TokenRange): boolean {
  // the head is the last word before the first preposition: "two judges for the district court", "a photo of the street"
  const prep = tokens.slice(obj.from, obj.to).findIndex((t) => tagged(t, 'Preposition'))
  const head = tokens[prep > 0 ? obj.from + prep - 1 : obj.to - 1]
  if (!tagged(head, 'Noun') || MEDIA_NOUNS.has(head.normal)) return false
  return !(tagged(head, 'Person') || PERSON_ROLES.has(head.normal) || PERSON_ROLES.has(singular(head.normal)))
}

/**
 * Whether a verb's object says what was promised: a phrase that is no pronoun alone and no time ("promised a
 * veto", "vowed revenge"), or a listener and then that phrase ("promised voters a referendum"); not "promised
 * it", "pledged Monday".
 */
function promisedThing(tokens: Token[], obj: TokenRange, end: number): boolean {
  const only = obj.to - obj.from === 1 ? tokens[obj.from] : null
  if (only && (OBJECT_PRONOUNS.has(only.normal) || DEMONSTRATIVES.has(only.normal))) {
    const thing = breaksAfter(only) ? null : phraseStartingAt(tokens, obj.to, end)
    return !!thing && !OBJECT_PRONOUNS.has(tokens[thing.from].normal)
  }
  return !tokens.slice(obj.from, obj.to).every((t) => tagged(t, 'Date') || tagged(t, 'Determiner'))
}

/**
 * What something is called when the thing is a relative word before the subject: "in what officials called a hate
 * crime", "Florida, which he describes as his second home". The words run from the relative word, as a reader quotes
 * them; not when the verb has an object of its own ("what officials called the police about").
 */
export function relativeFrame(tokens: Token[], cue: TokenRange, floor: number, end: number): { start: number; frame: string } | null {
  const f = FRAMES[frameLemma(tokens, cue)]
  if (!f?.objectAs || cue.to >= end || breaksAfter(tokens[cue.to - 1])) return null
  let v = cue.from - 1
  while (v > floor && /^(has|have|had|once|often|also|repeatedly)$/.test(tokens[v].normal)) v--
  const subject = OBJECT_PRONOUNS.has(tokens[v]?.normal ?? '') || /^(he|she|they|we|i|it)$/.test(tokens[v]?.normal ?? '') ? { from: v, to: v + 1 } : phraseEndingAt(tokens, v + 1, floor)
  const relative = subject ? tokenAt(tokens, subject.from - 1) : undefined
  // ("the marchers, whom he described as peaceful": a person as the relative word too)
  if (!subject || !relative || subject.from - 1 < floor || !/^(what|which|that|whom)$/.test(relative.normal) || breaksAfter(relative)) return null
  const next = tokens[cue.to]
  const from = f.objectAs === 'as' && next.normal === 'as' ? cue.to + 1 : cue.to
  const named = f.objectAs === 'as' ? from > cue.to && !!phraseStartingAt(tokens, from, end)
    : opensQuote(next) || ((isNounish(next) || tagged(next, 'Adjective')) && !tagged(next, 'Date') && !tagged(next, 'Preposition'))
  // ("what officials called the police about": the relative word is the object of a preposition left at the end;
  // "policies that have called more attention to the bank": a phrase with "to" after it is what the verb does)
  const phrase = phraseStartingAt(tokens, from, end)
  const stranded = !!phrase && phrase.to < end && tagged(tokens[phrase.to], 'Preposition') &&
    (breaksAfter(tokens[phrase.to]) || phrase.to + 1 >= end || tokens[phrase.to].normal === 'to')
  return named && !stranded ? { start: subject.from - 1, frame: 'relative-as' } : null
}

/** Frames whose words are a clause of their own: "of hiding the costs", "to leave", "on voters to act". */
const CLAUSE_FRAMES = new Set(['object-to', 'on-to', 'to'])

/**
 * Whether a frame verb's subject that names nobody still speaks because of what the verb reports: "it" for a body
 * or a document named before ("It accused the council of hiding the costs."), a capital or a country the tagger
 * reads as a place ("Washington has accused Moscow of meddling in the vote."), when what follows is a clause (an
 * infinitive, or a preposition and a gerund). Not "It urged caution", "Hadley Road called for repairs" (a street
 * asks for nothing: a place counts only with a clause), "It called the move a mistake" (no clause).
 */
export function clauseFrameSubject(tokens: Token[], subject: TokenRange, cue: TokenRange, end: number): boolean {
  const words = tokens.slice(subject.from, subject.to).filter((t) => t.normal !== 'the')
  const it = words.length === 1 && /^(it|they)$/.test(words[0].normal)
  const place = words.length > 0 && words.length <= 2 && words.every((t) => isCapitalized(t) && (tagged(t, 'Place') || tagged(t, 'Country')))
  if (!it && !place) return false
  const complement = complementStart(tokens, cue, end)
  if (!complement) return false
  if (CLAUSE_FRAMES.has(complement.frame)) return true
  if (complement.frame !== 'object-prep') return false
  // ("accused the council of hiding": the preposition's object is a gerund)
  for (let k = complement.start; k < end - 1; k++) {
    if (breaksAfter(tokens[k])) return false
    if (FRAMES[frameLemma(tokens, cue)]?.objectPrep?.includes(tokens[k].normal)) return tagged(tokens[k + 1], 'Gerund')
  }
  return false
}
