// Words between a subject and its verb that are never the subject themselves:
//   a quantifier that floats after the subject  "Ms Lee and Mr Hale have both argued …", "The senators all said …"
//   a count of time before "later" or "ago"     "Mr Hale three years later said …", "When Ms Fiore a month later announced …"
// Read as the phrase before the verb, they made "both", "a month" and "Mr Hale three years" speakers.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, isNounish, tagged } from '../phrases'

const FLOATING = new Set(['both', 'all', 'each'])
const AUXILIARIES = new Set(['have', 'has', 'had', 'are', 'were', 'will', 'would', 'did', 'do', 'can', 'could', 'may', 'might', 'should', 'must', 'have', "'ve", '’ve'])
/** A spaced dash that closes an aside: "Local leaders — whose party lost — both said". */
const CLOSING_DASH = /\s(—|–|--?)\s*$|^\s*(—|–|--)\s*$/

/**
 * Whether the quantifier at j floats after the subject rather than being it: after an auxiliary ("have both"), a
 * noun or a plural pronoun ("The senators all", "they both") or the dash closing an aside; not at the clause's
 * start ("Both said …", "Each of them said …": there it is the subject).
 */
export function floatingQuantifier(tokens: Token[], j: number, floor: number): boolean {
  const t = tokens[j]
  if (!FLOATING.has(t.normal) || j <= floor || tokenAt(tokens, j + 1)?.normal === 'of') return false
  const before = tokens[j - 1]
  if (CLOSING_DASH.test(before.post)) return true
  if (breaksAfter(before) || tagged(before, 'Determiner') || tagged(before, 'Preposition')) return false
  return AUXILIARIES.has(before.normal) || /^(they|we|you)$/.test(before.normal) || (isNounish(before) && !tagged(before, 'Value'))
}

const RELATIVE_TIME = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward'])
const TIME_UNITS = /^(second|minute|hour|day|week|fortnight|month|year|decade)s?$/
const COUNTS = new Set(['a', 'an', 'few', 'several', 'many', 'some'])
const HEDGES = new Set(['only', 'just', 'about', 'nearly', 'almost', 'some', 'barely'])

/**
 * The last token before a count of time that ends at token j, with or without the "later" after it
 * ("three years | later", "a month | later", "only two days | ago"), or null when there is none.
 */
export function timeCountBefore(tokens: Token[], j: number, floor: number): number | null {
  // ("ago" is no adverb a subject's verb may take, so nothing passed it over: step over it here)
  if (j > floor && RELATIVE_TIME.has(tokens[j].normal) && !breaksAfter(tokens[j - 1])) j--
  if (!RELATIVE_TIME.has(tokenAt(tokens, j + 1)?.normal ?? '') || !TIME_UNITS.test(tokens[j]?.normal ?? '')) return null
  let p = j - 1
  if (p < floor || breaksAfter(tokens[p]) || !(tagged(tokens[p], 'Value') || COUNTS.has(tokens[p].normal))) return null
  p--
  if (p >= floor && HEDGES.has(tokens[p].normal) && !breaksAfter(tokens[p])) p--
  return p >= floor ? p : null
}
