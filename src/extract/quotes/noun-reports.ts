// Reported speech carried by a noun of saying and its owner rather than by a verb: "Mr Hale repeated his claim that
// the fund was empty", "Despite Ms Lee's promise to cut taxes, rates rose". The owner is the speaker; what follows
// "that" or "to" is what was said.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, hasVerb, isCapitalized, namesSomeone, phraseEndingAt, phraseStartingAt, startsClause, tagged, type TokenRange } from '../phrases'
import { subjectBefore } from './speaker-phrase'

/** Nouns of saying whose content a "that" clause gives: "his claim that …", "her warning that …". */
export const THAT_NOUNS = new Set(['claim', 'claims', 'assertion', 'assertions', 'argument', 'contention', 'insistence', 'allegation',
  'allegations', 'accusation', 'accusations', 'suggestion', 'warning', 'warnings', 'prediction', 'predictions', 'denial',
  'admission', 'announcement', 'statement', 'declaration', 'boast', 'complaint', 'promise', 'promises', 'pledge', 'vow', 'vows'])

/** Nouns of saying whose content an infinitive gives: "her promise to cut taxes", "his call to ban imports". */
const TO_NOUNS = new Set(['promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'threat', 'threats', 'call', 'demand', 'demands', 'proposal'])

/** Nouns of asking whose content a phrase after "for" gives: "his call for a ceasefire", "her plea for calm"; not "demand", mostly a policy's
 * ("the dispute over Mr Hale's demand for funding of the bridge"). */
const FOR_NOUNS = new Set(['call', 'calls', 'plea', 'pleas', 'appeal', 'appeals'])

const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its'])

export interface NounReport {
  /** The noun: "claim". */
  cue: TokenRange
  /** Its owner: "his", "Mr Hale's". */
  speaker: TokenRange
  /** The first token of what was said: "that" or "to", or the phrase after "for". */
  start: number
  /** "for": what was asked for is a phrase, ending as a frame's does ("a ceasefire | but …"). */
  phrase: boolean
  /** Where what was said must end at the latest. */
  to: number
  /** How the speaker was found, for --explain: the noun's owner, or the subject of a verb of making it. */
  linked: 'owner-of-noun' | 'maker-of-noun'
}

/**
 * A noun of saying at token i with an owner before it and its content after it. Only where the noun's phrase is an
 * object or sits in an opening clause or phrase ("repeated his claim that …", "Despite his claim that …, rates rose"): as the
 * subject ("His claim that the fund was empty surprised no one") the content ends where the sentence's own verb
 * begins, which no rule here can see.
 */
export function nounReport(tokens: Token[], i: number, floor: number, end: number, inOpening: boolean): NounReport | null {
  const noun = tokens[i]
  const next = tokenAt(tokens, i + 1)
  if (!next || i + 2 >= end || breaksAfter(noun) || !tagged(noun, 'Noun') || isCapitalized(noun)) return null
  const that = next.normal === 'that' && THAT_NOUNS.has(noun.normal) && !breaksAfter(next) && startsClause(tokens, i + 2, end)
  const to = next.normal === 'to' && TO_NOUNS.has(noun.normal) && infinitiveAt(tokens, i + 2)
  // ("renewed her call for a ceasefire", "joined Mr Hale's call for an inquiry"; not "his call for help", "her
  // appeal for funds", a need rather than words, nor "calls for comment")
  const forPhrase = next.normal === 'for' && FOR_NOUNS.has(noun.normal) && !breaksAfter(next) && askedFor(tokens, i + 2, end)
  if (!that && !to && !forPhrase) return null
  const start = forPhrase ? i + 2 : i + 1
  // "Ms Lee delivered a forceful promise to cut taxes": the noun is the object of a verb of making it, whose subject owns it
  const maker = ownerBefore(tokens, i, floor) ? null : madeBy(tokens, i, floor)
  if (maker) return { cue: { from: i, to: i + 1 }, speaker: maker, start, to: end, phrase: forPhrase, linked: 'maker-of-noun' }
  const speaker = ownerBefore(tokens, i, floor)
  if (!speaker) return null
  if (inOpening || hasVerb(tokens, floor, speaker.from)) return { cue: { from: i, to: i + 1 }, speaker, start, to: end, phrase: forPhrase, linked: 'owner-of-noun' }
  // "Despite Mr Hale's claims that he was rich, the firms put him lower": a phrase opening the sentence, whose
  // content ends at the comma before the main clause
  if (!tagged(tokens[floor], 'Preposition')) return null
  for (let k = i + 2; k < end - 1; k++) if (/,/.test(tokens[k].post) && startsClause(tokens, k + 1, end, true)) return { cue: { from: i, to: i + 1 }, speaker, start, to: k + 1, phrase: forPhrase, linked: 'owner-of-noun' }
  return null
}

/** Needs, not words, after "a call for": "help", "calm" asked of no one in particular are still words; these are not. */
const NOT_ASKED_FOR = new Set(['help', 'comment', 'comments', 'assistance', 'service', 'services', 'housing', 'food', 'water', 'money', 'support', 'backup'])

/** A phrase after "for" that names what was asked for: "a ceasefire", "tighter gun control", "him to resign". */
function askedFor(tokens: Token[], k: number, end: number): boolean {
  const t = tokenAt(tokens, k)
  if (!t || k >= end || NOT_ASKED_FOR.has(t.normal) || tagged(t, 'Date') || tagged(t, 'Value')) return false
  const phrase = phraseStartingAt(tokens, k, end)
  return !!phrase && !NOT_ASKED_FOR.has(tokens[phrase.to - 1].normal) && !tokens.slice(phrase.from, phrase.to).every((x) => tagged(x, 'Pronoun'))
}

/** A verb after "to": "to cut taxes" (not "to voters", "to the council"). */
function infinitiveAt(tokens: Token[], k: number): boolean {
  const t = tokenAt(tokens, k)
  return !!t && tagged(t, 'Verb') && !tagged(t, 'Noun') && !tagged(t, 'Determiner')
}

/**
 * The owner of the noun at i, over the words that describe the noun: "his | fundamental argument", "Mr Hale's |
 * fire-breathing vows"; a possessive pronoun, or a possessive phrase that names someone ("the judges' statement").
 */
function ownerBefore(tokens: Token[], i: number, floor: number): TokenRange | null {
  let k = i - 1
  while (k > floor && k >= i - 3 && (tagged(tokens[k], 'Adjective') || tagged(tokens[k], 'Adverb')) && !tagged(tokens[k], 'Possessive') && !breaksAfter(tokens[k])) k--
  const t = tokenAt(tokens, k)
  if (!t || k < floor || breaksAfter(t)) return null
  if (OWNER_PRONOUNS.has(t.normal)) return { from: k, to: k + 1 }
  if (!/['’]s?$/.test(t.text) && !tagged(t, 'Possessive')) return null
  let owner = phraseEndingAt(tokens, k + 1, floor)
  // ("contrasted her record with Mr Hale's calls for …": the owner starts after the last preposition)
  if (owner) for (let p = k - 1; p >= owner.from; p--) if (tagged(tokens[p], 'Preposition')) { owner = { from: p + 1, to: owner.to }; break }
  return owner && owner.from < owner.to && namesSomeone(tokens, owner) ? owner : null
}

/** Verbs that make a noun of saying their subject's own: "made a promise", "delivered a warning", "issued a pledge". */
const MAKING_VERBS = new Set(['made', 'makes', 'make', 'making', 'delivered', 'delivers', 'deliver', 'issued', 'issues', 'issue',
  'offered', 'offers', 'offer', 'gave', 'gives', 'give', 'sounded', 'sounds', 'renewed', 'renews', 'repeated', 'repeats', 'reiterated'])

/**
 * The subject of a verb of making whose object is the noun at i, over an article and the words that describe the
 * noun: "Ms Lee | delivered a forceful promise", "Mr Hale has | made other public promises", "Democrats are putting
 * out a warning"; not "Ms Lee rejected a claim that …" or "ignored warnings that …" (someone else's words).
 */
function madeBy(tokens: Token[], i: number, floor: number): TokenRange | null {
  let k = i - 1
  while (k > floor && k >= i - 4 && (tagged(tokens[k], 'Adjective') || tagged(tokens[k], 'Adverb') || /^(other|public|new|firm|stern|forceful|another)$/.test(tokens[k].normal)) &&
    !tagged(tokens[k], 'Possessive') && !breaksAfter(tokens[k])) k--
  if (k > floor && /^(a|an|the|another)$/.test(tokens[k].normal) && !breaksAfter(tokens[k])) k--
  // ("putting out a warning": the verb's particle)
  if (k > floor && tokens[k].normal === 'out' && /^(put|puts|putting)$/.test(tokenAt(tokens, k - 1)?.normal ?? '')) {
    k--
  } else if (k < floor || !MAKING_VERBS.has(tokens[k].normal) || breaksAfter(tokens[k])) return null
  const subject = subjectBefore(tokens, k, floor)
  return subject && namesSomeone(tokens, subject) ? subject : null
}
