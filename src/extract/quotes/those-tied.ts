// "those" and what ties them to someone, as a speaker after a verb of saying: "…, say those behind the talks",
// "…, said those close to the minister", "according to those familiar with the plan". Before the verb the subject
// finder reads these already ("Those close to the minister said …"); after it, "those" heads no noun phrase.
import type { Token } from '../../nlp/parse'
import { breaksAfter, phraseStartingAt, PREPOSITIONS, tagged, type TokenRange } from '../phrases'

/** Adjectives that tie people to someone: "those close to him", "a person familiar with the talks". */
export const RELATING_ADJECTIVES = new Set(['close', 'familiar', 'present', 'critical', 'loyal', 'opposed', 'sympathetic', 'allied', 'responsible',
  'knowledgeable', 'aware', 'connected', 'linked', 'tied', 'related', 'near', 'friendly', 'hostile', 'supportive', 'skeptical', 'sceptical'])

/** Prepositions that tie people to what they belong to: "those behind the bid", "those inside the party". */
const TIED_BY = new Set(['behind', 'inside', 'within', 'around'])

/** "those" at `from`, then an adjective that relates and its preposition, or a preposition of belonging, then a phrase. */
export function thoseTiedTo(tokens: Token[], from: number, ceil: number): TokenRange | null {
  if (tokens[from].normal !== 'those' || from + 2 >= ceil || breaksAfter(tokens[from])) return null
  const next = tokens[from + 1]
  const preposition = (t: Token) => tagged(t, 'Preposition') || PREPOSITIONS.has(t.normal)
  const objectAt = TIED_BY.has(next.normal) ? from + 2
    : RELATING_ADJECTIVES.has(next.normal) && !breaksAfter(next) && preposition(tokens[from + 2]) ? from + 3 : -1
  const object = objectAt > 0 && objectAt < ceil ? phraseStartingAt(tokens, objectAt, ceil) : null
  return object ? { from, to: object.to } : null
}
