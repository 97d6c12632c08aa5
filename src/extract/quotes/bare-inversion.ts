// "Prices will rise next year say analysts.": a verb of saying put after its clause with no comma before it, then its
// speaker and nothing more (wire and BBC copy drops the comma: "… turn to Linux said Omar Haddad, director of …").
// Only "say" and "add", only after a clause of at least three words, and only when the speaker ends the sentence or
// an aside follows it: "The plan they say helps farmers" and "what officials said surprised everyone" have a verb
// after the words that follow, and are no inversion.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, startsClause, tagged, type TokenRange } from '../phrases'
import { speakerAfter } from './speaker-phrase'

const INVERTED = new Set(['say', 'says', 'said', 'add', 'adds', 'added'])

/** The speaker after a verb of saying at i that a clause runs into with no comma, or null. */
export function bareInversion(tokens: Token[], i: number, cue: TokenRange, first: number, end: number): TokenRange | null {
  if (i < first + 3 || !INVERTED.has(tokens[i].normal) || breaksAfter(tokenAt(tokens, i - 1)) || cue.to - cue.from !== 1) return null
  // ("There are other pressures on banks said …": "there" and its verb open a clause too)
  const existential = tokens[first].normal === 'there' && tagged(tokenAt(tokens, first + 1), 'Copula')
  if (!existential && !startsClause(tokens, first, i)) return null
  const speaker = speakerAfter(tokens, cue.to, end)
  // ("…, top city lawmakers said Friday afternoon.": a day after the verb is when, the speaker stood before it)
  if (speaker && tokens.slice(speaker.from, speaker.to).every((t) => tagged(t, 'Date'))) return null
  return speaker && (speaker.to === end || breaksAfter(tokens[speaker.to - 1])) ? speaker : null
}
