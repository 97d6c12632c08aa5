// A pronoun and someone else joined by "and" speak together: "It is not about money, he and Mr Allen said",
// "She and her sister wrote that …", "Ms Lee and I said". The pair is one joint speaker, as "Ms Lee and Mr Hale
// said" is; the pronoun alone would leave the named partner out, and the named partner alone the pronoun.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, type TokenRange } from '../phrases'
import { canPartner } from '../speakers/pronoun-pairs'

/** Subject pronouns for a person or people who can share a verb with someone named ("it" cannot: "it and Ms Lee"). */
const PERSONAL = new Set(['he', 'she', 'i', 'we', 'they'])

const personalPronoun = (tokens: Token[], r: TokenRange) => r.to - r.from === 1 && PERSONAL.has(tokens[r.from].normal)

/**
 * The joint subject when a pronoun and a partner stand on either side of "and" before a verb: `before` and `after`
 * are the phrases on each side ("he" | "Mr Allen"), or null when they are no such pair ("Ms Lee and Mr Hale" is
 * two names, which `coordinated` joins; "he and the plan" names no partner).
 */
export function pronounPair(tokens: Token[], before: TokenRange, after: TokenRange): TokenRange | null {
  if (tokenAt(tokens, before.to)?.normal !== 'and' || before.to + 1 !== after.from || breaksAfter(tokens[before.to - 1])) return null
  const left = personalPronoun(tokens, before), right = personalPronoun(tokens, after)
  if (left === right) return null
  const pair = { from: before.from, to: after.to }
  return canPartner(tokens, left ? after : before) ? pair : null
}
