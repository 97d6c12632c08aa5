// Firms whose names join two names with "and" as often as with "&": "Marks and Spencer said sales fell" is the
// retailer, not two people called Marks and Spencer (the speaker was "Spencer"). Nothing in the words tells such a
// name from two people's ("Hale and Okafor said"), so the few well known ones are listed; tag-fixes.ts then reads
// them as it reads "Marks & Spencer".
import type { Token } from './parse'
import { startsWithCapital, tokenAt } from './token-at'

/** The two names of each firm, in lower case, as the tokens' normal forms give them. */
const FIRMS = new Set([
  'marks spencer', 'procter gamble', 'johnson johnson', 'ernst young', 'tate lyle', 'barnes noble', 'simon schuster',
  'black decker', 'dolce gabbana', 'abercrombie fitch', 'harland wolff', 'cable wireless', 'bang olufsen',
  'fortnum mason', 'lea perrins', 'crosse blackwell', 'moet chandon', 'marsh mclennan',
])

/**
 * Whether the "and" at i joins the two names of a listed firm: "Marks and Spencer", "Procter and Gamble"; not
 * after a first name ("Tom Marks and Jo Spencer" are two people, and so is "Gary Simon and Schuster …") nor in
 * lower case ("black and decker").
 */
export function firmJoinedByAnd(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1), after = tokenAt(tokens, i + 1), first = tokenAt(tokens, i - 2)
  if (tokens[i]?.normal !== 'and' || !before || !after || !startsWithCapital(before.text) || !startsWithCapital(after.text)) return false
  if (first && first.sentence === before.sentence && first.tags.has('FirstName')) return false
  const next = tokenAt(tokens, i + 2)
  // ("Marks and Spencer Group": the firm's name goes on; "Mike Black and Decker Hale" has a name after)
  if (next && next.sentence === after.sentence && next.tags.has('Person') && !next.tags.has('Organization')) return false
  return FIRMS.has(`${before.normal} ${after.normal.replace(/['’]s$/, '')}`)
}
