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
import { isCapitalized, startsClause } from '../phrases'
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
