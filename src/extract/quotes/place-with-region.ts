// A place and the state or country after its comma are one place: in "Police in Austin, Texas said the man was
// armed" the subject is the police in Austin, Texas; read from the verb back, "Texas" alone looked like the subject.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, phraseEndingAt, tagged, type TokenRange } from '../phrases'

const isPlace = (t: Token | undefined) => !!t && tagged(t, 'Place') && !tagged(t, 'Person')

/**
 * The whole subject when np is a region after a phrase that ends in a place and a comma: "Police in Austin, Texas" for
 * the phrase "Texas"; np itself otherwise: "After talks in Austin, Texas said …" (the phrase before the comma opens
 * the sentence with "after"), "Hale, Texas said" (no phrase with a preposition before the comma).
 */
export function placeWithRegion(tokens: Token[], np: TokenRange, floor: number): TokenRange {
  if (np.to - np.from !== 1 || !isPlace(tokens[np.from])) return np
  const place = tokenAt(tokens, np.from - 1)
  if (np.from - 1 <= floor || !place || place.post !== ',' || !isPlace(place)) return np
  const before = phraseEndingAt(tokens, np.from, floor)
  if (!before || before.to - before.from < 3 || !tokens.slice(before.from, before.to).some((t) => tagged(t, 'Preposition'))) return np
  const opener = tokenAt(tokens, before.from - 1)
  if (before.from > floor && opener && !breaksAfter(opener) && !tagged(opener, 'Conjunction')) return np
  return { from: before.from, to: np.to }
}
