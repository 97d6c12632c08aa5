// Quoted words inside a "that" clause are someone's words, however short: "The panel concluded that “secret” files
// were kept", "Lee hinted that “big changes” could come". Alone, a word or two in quote marks inside a noun phrase
// names a thing ("the “secret” files were found", "its “output” rose"); the clause a verb or a noun of saying opens
// makes them what someone claimed.
//
// Not "that" as a determiner ("that “plan” of his") or a relative word ("the plan that “saved” the town"), nor quoted
// words before a noun, which name a kind of it even there ("disclosed that it had received “risk relief” payments").
import type { Token } from '../../nlp/parse'
import { breaksAfter, startsClause, tagged } from '../phrases'
import { THAT_NOUNS } from './noun-reports'

/**
 * Whether the quoted words from token `first` to token `last` stand inside a "that" clause opened after a verb or a
 * noun of claiming, and not before a noun.
 */
export function inThatClause(tokens: Token[], first: number, last: number, floor: number, end: number): boolean {
  const after = tokens[last + 1]
  if (last + 1 < end && !/[,;:.!?()]/.test(tokens[last].post) && tagged(after, 'Noun') && !tagged(after, 'Pronoun') && !tagged(after, 'Verb')) return false
  for (let k = first - 1; k > floor; k--) {
    if (breaksAfter(tokens[k]) && k < first - 1) return false
    if (tokens[k].normal !== 'that') continue
    const before = tokens[k - 1]
    // "concluded that", "hinting that", "made it clear that", "his claim that": a verb, an adjective of knowing or a noun
    // of saying (not any noun: "resulted in the answer that the “pump” was a flashlight")
    const opener = (tagged(before, 'Verb') && !tagged(before, 'Noun')) || tagged(before, 'Adjective') || THAT_NOUNS.has(before.normal)
    return opener && !breaksAfter(before) && k + 1 < end && startsClause(tokens, k + 1, end)
  }
  return false
}
