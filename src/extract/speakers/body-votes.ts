// Names the tagger did not know for a body, which their context says are one: "Shares in Brindlecorp rose 5%.
// Brindlecorp said it would cut 300 jobs." Each mention of a name votes: for a body ("shares in X", "X's board", "the
// drinks firm X", "X, the German insurer,", "X said it would …") or for a person ("Mr X", "Tom X", "X, 45,", "X said
// he …"). A name with a vote for a body and none for a person anywhere in the article is a body at every mention
// (what the words beside a name say: body-context.ts; registering the bodies: voted-bodies.ts).
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { HONORIFICS, PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { tradeOf } from '../lexicon/body-kinds'
import { breaksAfter, isCapitalized, tagged } from '../phrases'
import { isCommonWord } from '../../nlp/compromise'
import { nameKey, wordsOf, type BodyDescriptors } from './entities'
import type { NameMention } from './names'
import { belongings, heldIn, modifiedTrade, tradeAfter, tradeBefore } from './body-context'

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
