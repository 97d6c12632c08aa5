// A participle of saying that opens its sentence reports what the main clause's subject said:
//
//   Noting that the plan had failed, Ms Lee called for a vote.        → "that the plan had failed", Ms Lee
//   Declaring that she alone could win, Ms Lee offered herself …      → "that she alone could win", Ms Lee
//
// Not a participle of another verb ("Leaving the hall, Ms Lee said …" reports after "said" only), nor one whose
// phrase no comma closes before the main clause, nor "According to police, …".
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { isParticiple } from '../lexicon/cue-verbs'
import { breaksAfter, isCapitalized, phraseStartingAt, startsClause, tagged } from '../phrases'
import { cueAt } from './speaker-phrase'

/** The first token of the main clause after a participle of saying that opens the sentence, or null. */
export function openingParticipleEnd(tokens: Token[], first: number, end: number): number | null {
  const joined = /^(and|but|yet|so)$/.test(tokenAt(tokens, first)?.normal ?? '')
  if (joined) first++
  const t = tokenAt(tokens, first)
  // (not "According to police, …": that source has rules of its own, and what it says is the main clause)
  if (!t || first >= end || !isParticiple(t.normal) || !/ing$/.test(t.normal) || t.normal === 'according' || !(joined || isCapitalized(t)) || !cueAt(tokens, first)) return null
  for (let i = first + 2; i < end - 1 && i < first + 40; i++) {
    if (/[;:.!?]/.test(tokens[i].post)) return null
    if (/^,$/.test(tokens[i].post) && startsClause(tokens, i + 1, end, true)) return i + 1
  }
  return null
}

/** Verbs whose object is what the words are about, not the words: "describing the scene", "explaining the delay". */
const ABOUT_VERBS = new Set(['describing', 'explaining', 'discussing', 'recounting', 'recalling', 'outlining', 'detailing'])

/**
 * Whether an opening participle at `cue` only names what the main clause's words are about: a participle of
 * describing, with a main clause that has a verb of saying right after its subject. "Describing the first rehearsal,
 * she said: “…”" reports after "said", and "the first rehearsal" is no one's words; "When announcing the closure, the
 * mayor called on parents to …" keeps what was announced.
 */
export function topicOfMainReport(tokens: Token[], cue: number, main: number, end: number): boolean {
  if (!ABOUT_VERBS.has(tokenAt(tokens, cue)?.normal ?? '')) return false
  const subject = phraseStartingAt(tokens, main, end)
  if (!subject) return false
  let v = subject.to
  while (v < end && tagged(tokens[v], 'Adverb') && !breaksAfter(tokens[v])) v++
  return v < end && cueAt(tokens, v) !== null
}
