// An adjective in "un-" that compromise read as a noun: "The union called the new rules unfair." tagged "unfair" a
// noun after the plural "rules", so the frame "called X unfair" had no word of judgement and was no report.
import type { Token } from './parse'
import { lexiconTags } from './compromise'

/** Endings of adjectives: "lawful", "popular", "acceptable", "constitutional", "wanted". */
const ADJECTIVE_ENDINGS = /(al|ic|able|ible|ful|ous|ive|ent|ant|ar|ed)$/

/** Whether a word is an adjective by the lexicon or by its ending: "fair", "safe", "lawful" (not "rest", "it"). */
function adjectiveBase(base: string): boolean {
  const tags = lexiconTags(base)
  if (tags !== undefined) return tags.some((tag) => tag === 'Adjective' || tag === 'Comparable')
  return base.length >= 4 && ADJECTIVE_ENDINGS.test(base)
}

/**
 * Whether token i is such an adjective: a lower-case word read as a singular noun, "un" and an adjective, that the
 * lexicon does not hold as a noun: "unfair", "unsafe", "unlawful" (not "union", "unrest", "uncle", "unity").
 */
export function negatedAdjectiveReadAsNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (!t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('ProperNoun') || !/^un\p{Ll}{3,}$/u.test(t.text)) return false
  const own = lexiconTags(t.normal)
  if (own !== undefined && !own.includes('Adjective')) return false
  return adjectiveBase(t.normal.slice(2))
}
