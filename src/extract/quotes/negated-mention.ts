// What a speaker left out, reported by a negated "mention": the speech took place, and a reader of political news
// is told what it passed over as pointedly as what it said.
//
//   Ms Lee did not mention the fire chief by name.      → "the fire chief by name"
//   Mr Hale never once mentioned the tax in his speech.  → "the tax in his speech"
//   The mayor made no mention of the budget.             → "the budget"
//
// Every other negated verb still reports nothing ("did not say the bridge was safe", "did not announce a tax": the
// speaker withheld those words), nor a passive ("the tax was never mentioned": whoever kept quiet goes unnamed).
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, namesSomeone, phraseStartingAt, startsClause, tagged, type TokenRange } from '../phrases'
import { subjectBefore } from './speaker-phrase'

const MENTION_VERB = /^mention(s|ed|ing)?$/
/** "not" and its contractions between an auxiliary and a verb: "did not mention", "didn't say", "would never say". */
export const NEGATIONS = /^(not|never|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t|couldn['’]t)$/
/** Words between the negation and the verb: "did not specifically mention", "never once mentioned". */
const BETWEEN = new Set(['once', 'even', 'specifically', 'directly', 'explicitly', 'publicly', 'actually', 'really', 'immediately', 'ever', 'so', 'much', 'as'])
/** Verbs whose object "no mention of" is: "made no mention of", "makes no specific mention of". */
const MAKING = /^(make|makes|made|making)$/
/** Words that may describe "mention" after "no": "no specific mention of". */
const DESCRIBING = new Set(['specific', 'direct', 'explicit', 'public', 'overt', 'further', 'real'])

export interface OmittedMention {
  /** The noun or verb "mention". */
  cue: TokenRange
  /** Who did not mention it: the subject before the negation, or of "made". */
  subject: TokenRange
  /** The first token of what went unmentioned. */
  start: number
  /** 'statement' for a phrase, 'clause' for "that" and a clause. */
  frame: 'statement' | 'clause'
}

/** The token right before the words between a negation and the verb at i, if it is a negation; else -1. */
function negationBefore(tokens: Token[], i: number, floor: number): number {
  let k = i - 1
  while (k > floor && BETWEEN.has(tokens[k].normal) && !breaksAfter(tokens[k])) k--
  return k >= floor && NEGATIONS.test(tokens[k].normal) && !breaksAfter(tokens[k]) ? k : -1
}

/** What follows the verb: "that" and a clause, or a phrase that is no pronoun alone ("did not mention it" names nothing). */
function omittedFrom(tokens: Token[], k: number, end: number): { start: number; frame: 'statement' | 'clause' } | null {
  const t = tokenAt(tokens, k)
  if (!t || k >= end) return null
  if (t.normal === 'that' && !breaksAfter(t) && startsClause(tokens, k + 1, end)) return { start: k, frame: 'clause' }
  const phrase = phraseStartingAt(tokens, k, end)
  if (!phrase || phrase.to - phrase.from === 1 && tagged(t, 'Pronoun')) return null
  return { start: k, frame: 'statement' }
}

/** A negated report of mentioning at token i ("did not mention", "never mentioned", "made no mention of"), or null. */
export function negatedMention(tokens: Token[], i: number, floor: number, end: number): OmittedMention | null {
  const t = tokens[i]
  if (!MENTION_VERB.test(t.normal) || breaksAfter(t)) return null
  if (tagged(t, 'Verb') && !tagged(t, 'Noun')) {
    const negation = negationBefore(tokens, i, floor)
    // ("was never mentioned", "has not been mentioned": a passive)
    if (negation < 0 || /^(was|were|is|are|be|been|being)$/.test(tokenAt(tokens, i - 1)?.normal ?? '')) return null
    const what = omittedFrom(tokens, i + 1, end)
    const subject = what && subjectBefore(tokens, negation, floor)
    return what && subject && namesSomeone(tokens, subject) ? { cue: { from: i, to: i + 1 }, subject, ...what } : null
  }
  // "made no mention of the budget"
  if (t.normal !== 'mention' || tokenAt(tokens, i + 1)?.normal !== 'of') return null
  let k = i - 1
  while (k > floor && DESCRIBING.has(tokens[k].normal)) k--
  if (k <= floor || tokens[k].normal !== 'no' || !MAKING.test(tokens[k - 1].normal) || breaksAfter(tokens[k - 1])) return null
  const what = omittedFrom(tokens, i + 2, end)
  const subject = what?.frame === 'statement' ? subjectBefore(tokens, k - 1, floor) : null
  return what && subject && namesSomeone(tokens, subject) ? { cue: { from: i, to: i + 1 }, subject, ...what } : null
}
