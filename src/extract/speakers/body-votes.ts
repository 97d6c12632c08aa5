// Names the tagger did not know for a body, which their context says are one: "Shares in Brindlecorp rose 5%.
// Brindlecorp said it would cut 300 jobs." Each mention of a name votes: for a body ("shares in X", "X's board", "the
// drinks firm X", "X, the German insurer,", "X said it would …") or for a person ("Mr X", "Tom X", "X, 45,", "X said
// he …"). A name with a vote for a body and none for a person anywhere in the article is a body at every mention.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { HONORIFICS, PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { AMBIGUOUS_TRADES, BODY_BELONGINGS, BODY_ROLES_AFTER, HOLDINGS, tradeOf } from '../lexicon/body-kinds'
import { breaksAfter, isCapitalized, tagged, writtenPossessive } from '../phrases'
import { isCommonWord } from '../../nlp/compromise'
import { nameKey, wordsOf, type BodyDescriptors } from './entities'
import type { NameMention } from './names'
import type { SpeakerResolver } from './resolve'
import { bodyName, written } from './speaker-phrases'

/** What an article's names are, by key ("brindlecorp"): the bodies, and the trades the article gives each. */
export interface BodyVotes {
  bodies: Set<string>
  /** "the drinks firm Brindlecorp", "Brindlecorp, the brewer,": the trades and words written next to a body's name. */
  descriptors: Map<string, BodyDescriptors>
}

/** Tags of a name that is a place or a time, never a firm the story follows: "Shares in Asia", "in January". */
const NOT_FIRMS = ['Country', 'City', 'Region', 'Month', 'Date', 'WeekDay', 'Pronoun']

/** Pronouns a few words after "said" that it may report, past a time between: "said on Thursday it", "warned last week it". */
const REPORTED_PRONOUNS = new Set(['he', 'she', 'it', 'its', 'his', 'her', 'they'])

/** Verbs that say nothing done by "it": "it was", "it would be", "it seemed" (the weather, a plan, anything). */
const EMPTY_VERBS = /^(is|was|be|been|being|are|were|seems?|seemed|appears?|appeared|remains?|remained|looks?|looked|makes?|made|means?|meant|takes?|took|gets?|got)$/
const AUXILIARIES = /^(would|will|could|can|may|might|should|must|had|has|have|did|does|do|also|now|still|not|was|is)$/

export function bodyVotes(tokens: Token[], names: NameMention[]): BodyVotes {
  const forBody = new Map<string, number>()
  // names a person's cue came with, by key and by last word: "Mr Porter" (a person), "Ann Quillmore" (a first name only)
  const person = new Set<string>()
  const firstNamed = new Set<string>()
  // "paints group Ann Quillmore": a trade with its own modifier before the name, which outweighs a first name in it
  const tradeNamed = new Set<string>()
  const descriptors = new Map<string, BodyDescriptors>()
  const vote = (key: string, weight: number) => forBody.set(key, (forBody.get(key) ?? 0) + weight)
  for (const n of names) {
    const words = wordsOf(tokens, n)
    if (words.length === 0) continue
    const key = words.join(' ')
    const cue = personCue(tokens, n)
    if (cue) {
      const cued = cue === 'person' ? person : firstNamed
      cued.add(key).add(words[words.length - 1])
    }
    const described = tradeBefore(tokens, n.from) ?? tradeAfter(tokens, n.to)
    // ("Channel ferry operator Brindlecorp": a trade that names people as often counts for less, and no first name goes)
    const personTrade = !!described && PERSON_ROLES.has(described.words[described.words.length - 1])
    if (described && !personTrade && modifiedTrade(tokens, n.from)) tradeNamed.add(key)
    if (cue === 'person') continue
    if (described) {
      const known = descriptors.get(key) ?? { trades: new Set<string>(), words: new Set<string>() }
      known.trades.add(described.trade)
      for (const w of described.words) known.words.add(w)
      descriptors.set(key, known)
      vote(key, personTrade ? 1 : 2)
    }
    if (n.kind === 'organization' || !mayBeFirm(tokens, n)) continue
    if (heldIn(tokens, n.from) || belongings(tokens, n.to)) vote(key, 2)
    const pronoun = reportedPronoun(tokens, n.to)
    if (pronoun === 'person') person.add(key)
    // (a word the tagger reads as a person's counts for less: "Hale said it would …" may be about anything; and so
    // does a word of the lexicon, or "its": "Kestrel said its …" is no firm by that alone)
    else if (pronoun) {
      const weak = pronoun === 'its' || (n.to - n.from === 1 && isCommonWord(words[0])) ||
        tokens.slice(n.from, n.to).some((t) => tagged(t, 'LastName') || tagged(t, 'Person'))
      vote(key, weak ? 1 : 2)
    }
  }
  const bodies = new Set<string>()
  for (const [key, votes] of forBody) {
    const last = key.slice(key.lastIndexOf(' ') + 1)
    const firstName = (firstNamed.has(key) || firstNamed.has(last)) && !tradeNamed.has(key)
    if (votes >= 2 && !person.has(key) && !person.has(last) && !firstName) bodies.add(key)
  }
  return { bodies, descriptors }
}

/**
 * Whether a name may be a firm's by its context: not a place or a time ("Shares in Asia", "in January"), a plural
 * ("Analysts expect its …"), a common word opening a sentence, or an acronym, which the acronym rules place ("BA" is the British Airways written out).
 */
function mayBeFirm(tokens: Token[], n: NameMention): boolean {
  // ("Shares in Athletic Hadley": a club named after its town is no place)
  const words = tokens.slice(n.from, n.to)
  if (words.every((t) => NOT_FIRMS.some((tag) => tagged(t, tag)))) return false
  if (words.length > 1) return true
  // ("Its chief, Ann Lee, said": a word of the lexicon capitalised only as the sentence's first is no name)
  const opens = tokenAt(tokens, n.from - 1)?.sentence !== words[0].sentence
  return !tagged(words[0], 'Plural') && !/^\p{Lu}+(['’]s)?$/u.test(words[0].text) && !(opens && isCommonWord(nameKey(words[0].text)))
}

/**
 * Register every mention of a name the votes made a body, as that body; a shorter form of a body's name the article
 * writes too is the same body: "Brindlecorp" after or before "Brindlecorp & Hale", "Brindlecorp Holdings".
 */
export function registerVotedBodies(resolver: SpeakerResolver, tokens: Token[], names: NameMention[], votes: BodyVotes): void {
  resolver.registry.bodyDescriptors = votes.descriptors
  const fuller = fullerNames(tokens, names, votes.bodies, resolver.c.text)
  for (const n of names) {
    const key = wordsOf(tokens, n).join(' ')
    if (n.kind === 'organization' || !votes.bodies.has(key)) continue
    const full = fuller.get(key)
    if (full) resolver.registry.alsoKnownAs(resolver.organization(full.key, full.written), key)
    // ("Quillmore shares up on merger hopes", a headline; "Hadley executives have not said", a name before a noun: each
    // votes, but is no mention of the firm "it" or "they" may mean next)
    if (inHeadline(resolver.c.text, tokens[n.from].start) || beforeNoun(tokens, n.to)) continue
    const body = resolver.addBody(n)
    if (body) body.votedBody = true
  }
}

/** The endings of a company's name: "Quillmore Holdings", "Quillmore plc". */
const CORPORATE_ENDINGS = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'gmbh', 'holdings', 'group', 'industries', 'energy', 'motors', 'airlines', 'airways'])

/** For each voted body's key, a body's name in the article one word longer that opens with its words (the longest kept). */
function fullerNames(tokens: Token[], names: NameMention[], bodies: Set<string>, text: string): Map<string, { key: string; written: string }> {
  const fuller = new Map<string, { key: string; written: string; length: number }>()
  for (const n of names) {
    const words = wordsOf(tokens, n)
    if (n.kind !== 'organization' && !bodies.has(words.join(' '))) continue
    // (one more word at most: "Hadley Energy" is Hadley, "Hadley Energy Pipes & Valves" a part of it)
    if (words.length < 2) continue
    const short = words.slice(0, -1).join(' ')
    // ("Brindlecorp Nordic" is a part of Brindlecorp: only a partner's name or a company's ending joins, "Quillmore & Dent")
    const joined = /\s(&|and)\s/.test(written(tokens, n, text)) || CORPORATE_ENDINGS.has(words[words.length - 1])
    if (!joined || !bodies.has(short) || (fuller.get(short)?.length ?? 0) >= words.length) continue
    fuller.set(short, { key: words.join(' '), written: bodyName(written(tokens, n, text)).replace(/[’']s$/, ''), length: words.length })
  }
  return fuller
}

/** Whether the name modifies the noun after it: "Hadley executives", "the Hadley pipeline" (not "Hadley's shares"). */
function beforeNoun(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1]
  const next = tokenAt(tokens, to)
  // ("helped Hadley boost its profits": a "noun" with an object after it is a verb)
  const after = tokenAt(tokens, to + 1)
  const object = !!after && after.sentence === next?.sentence && (tagged(after, 'Determiner') || tagged(after, 'Pronoun') || /^(its|his|her|their|our|my|your)$/.test(after.normal))
  return !!next && next.sentence === last.sentence && !breaksAfter(last) && !writtenPossessive(last) && !isCapitalized(next) &&
    tagged(next, 'Noun') && !tagged(next, 'Verb') && !tagged(next, 'Pronoun') && !object
}

/** Whether an offset lies in a headline: a first line with no stop at its end, a blank line after it. */
function inHeadline(text: string, offset: number): boolean {
  const end = text.indexOf('\n')
  return end > offset && /^\s*\n/.test(text.slice(end + 1)) && !/[.!?"”]\s*$/.test(text.slice(0, end))
}

/**
 * What says the name is a person's: an honorific, an age, a role written before it ("Mr Porter", "Porter, 45,",
 * "analyst Porter"); or only a first name in it, which a firm may have too ("Ann Porter", "Ann Quillmore").
 */
function personCue(tokens: Token[], n: NameMention): 'person' | 'first-name' | null {
  if (n.honorific || n.age !== undefined || tokens.slice(n.from, n.to).some((t) => tagged(t, 'Honorific'))) return 'person'
  const before = tokenAt(tokens, n.from - 1)
  if (before && before.sentence === tokens[n.from].sentence && (HONORIFICS.has(before.normal) ||
    (!isCapitalized(before) && (PERSON_ROLES.has(before.normal) || TITLE_WORDS.has(before.normal)) && !tradeOf(before.normal)))) return 'person'
  return n.gender || tokens.slice(n.from, n.to).some((t) => tagged(t, 'FirstName')) ? 'first-name' : null
}

/** A trade written next to a name, with the words that describe the firm: "Danish boat maker" → goods, [danish, boat, maker]. */
interface Descriptor {
  trade: string
  words: string[]
}

/**
 * A trade or a firm's word right before the name, with the words before it that describe the firm: "drinks firm
 * Brindlecorp", "struggling Danish boat maker Hadley Motors" (back to a determiner, a verb or a comma).
 */
function tradeBefore(tokens: Token[], from: number): Descriptor | undefined {
  const before = tokenAt(tokens, from - 1)
  if (!before || before.sentence !== tokens[from].sentence || isCapitalized(before) || breaksAfter(before) || writtenPossessive(before)) return undefined
  const trade = tradeOf(before.normal)
  if (!trade) return undefined
  const words = [before.normal]
  for (let k = from - 2; k >= 0 && k > from - 7; k--) {
    const t = tokens[k]
    if (t.sentence !== before.sentence || breaksAfter(t) || tagged(t, 'Determiner') || writtenPossessive(t)) break
    if (!(tagged(t, 'Adjective') || tagged(t, 'Noun') || tagged(t, 'Demonym')) || (tagged(t, 'Verb') && !tagged(t, 'Adjective'))) break
    words.unshift(nameKey(t.text))
  }
  return { trade, words }
}

/** "drinks firm Brindlecorp": a word that is no determiner before the trade word right before the name. */
function modifiedTrade(tokens: Token[], from: number): boolean {
  const before = tokenAt(tokens, from - 2)
  // (capitalised only as the sentence's first word: "Paints group Ann Quillmore is …")
  const opens = !!before && tokenAt(tokens, from - 3)?.sentence !== before.sentence
  return !!before && !!tradeOf(tokens[from - 1].normal) && before.sentence === tokens[from].sentence && (!isCapitalized(before) || opens) &&
    !tagged(before, 'Determiner') && !breaksAfter(before) && (tagged(before, 'Noun') || tagged(before, 'Adjective'))
}

/** "Brindlecorp, the German brewer," and "Brindlecorp, Europe's biggest insurer,": a trade after a comma. */
function tradeAfter(tokens: Token[], to: number): Descriptor | undefined {
  const last = tokens[to - 1]
  if (!/^,$/.test(last.post.trim())) return undefined
  const words: string[] = []
  for (let k = to; k < to + 6 && k < tokens.length && tokens[k].sentence === last.sentence; k++) {
    const t = tokens[k]
    const trade = tradeOf(t.normal)
    // ("Brindlecorp, the brewer's chief executive, …": a person of the firm's)
    if (trade && !isCapitalized(t) && !AMBIGUOUS_TRADES.has(t.normal) && !writtenPossessive(t)) {
      return /[,.;]|^$/.test(t.post) ? { trade, words: [...words, t.normal] } : undefined
    }
    if (tagged(t, 'Verb') && !tagged(t, 'Adjective') || PERSON_ROLES.has(t.normal) || breaksAfter(t)) return undefined
    if (!tagged(t, 'Determiner') && !writtenPossessive(t)) words.push(nameKey(t.text))
  }
  return undefined
}

/** "shares in Brindlecorp", "a 20% stake in Brindlecorp", "the takeover of Brindlecorp". */
function heldIn(tokens: Token[], from: number): boolean {
  const prep = tokenAt(tokens, from - 1)
  const noun = tokenAt(tokens, from - 2)
  return !!prep && !!noun && /^(in|of)$/.test(prep.normal) && HOLDINGS.has(noun.normal) && noun.sentence === tokens[from].sentence
}

/** "Brindlecorp's shares", "Brindlecorp chief executive Ann Hale", "Brindlecorp chief economist", "Brindlecorp shareholders". */
function belongings(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1]
  const next = tokenAt(tokens, to)
  if (!next || next.sentence !== last.sentence || breaksAfter(last) || isCapitalized(next)) return false
  // ("Brindlecorp's new chief executive")
  const after = tagged(next, 'Adjective') && !BODY_BELONGINGS.has(next.normal) ? tokenAt(tokens, to + 1) : next
  if (!after || after.sentence !== last.sentence) return false
  if (writtenPossessive(last)) return BODY_BELONGINGS.has(after.normal)
  // ("Brindlecorp chief economist Ann Hale"; not "Hale chief of staff")
  const chiefOf = tokenAt(tokens, to + 1)
  return BODY_ROLES_AFTER.has(next.normal) && (next.normal !== 'chief' || (!!chiefOf && !isCapitalized(chiefOf) && tagged(chiefOf, 'Noun') && chiefOf.normal !== 'of'))
}

/**
 * The first pronoun of what the name's verb reports: "Brindlecorp said on Monday it would cut jobs" (a body, when
 * "it" does something: not "said it was too early", where "it" is anything), "Porter said he …" (a person).
 */
function reportedPronoun(tokens: Token[], to: number): 'it' | 'its' | 'person' | null {
  const verb = tokenAt(tokens, to)
  const last = tokens[to - 1]
  if (!verb || verb.sentence !== last.sentence || breaksAfter(last) || !tagged(verb, 'Verb') || tagged(verb, 'Noun')) return null
  for (let k = to + 1; k < to + 6 && k < tokens.length && tokens[k].sentence === last.sentence; k++) {
    const t = tokens[k]
    if (REPORTED_PRONOUNS.has(t.normal)) {
      if (/^(he|she|his|her)$/.test(t.normal)) return 'person'
      if (t.normal === 'its') return 'its'
      if (t.normal !== 'it') return null
      let v = k + 1
      while (v < tokens.length && AUXILIARIES.test(tokens[v].normal) && v < k + 3) v++
      const done = tokenAt(tokens, v)
      return done && tagged(done, 'Verb') && !EMPTY_VERBS.test(done.normal) ? 'it' : null
    }
    // (a day or a month is no other name: "Brindlecorp said on Thursday it would …")
    if (['Date', 'WeekDay', 'Month'].some((tag) => tagged(t, tag))) continue
    if (isCapitalized(t) || tagged(t, 'Verb')) return null
  }
  return null
}
