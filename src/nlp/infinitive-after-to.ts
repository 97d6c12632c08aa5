// A verb after "to" that compromise does not know and guessed a noun: "The union asked the court to intervene."
// read "intervene" as a noun, so "to intervene" was no clause and the request was no report.
import type { Token } from './parse'
import { lexiconTags } from './compromise'
import { hasTag as has, tokenAt } from './token-at'

/** Endings of nouns, not of bare verbs: "to stagnation", "to normalcy", "to statehood". */
const NOUN_ENDINGS = /(tion|sion|ness|ity|ism|ist|ment|cy|ance|ence|ship|hood|dom|ure|age|ery|ary|ogy|er|or|al|ia|s)$/

/** What may stand between a verb and the "to" of its infinitive: its object ("asked the new court to"). */
const inObject = (t: Token) => t.post === '' && !has(t, 'Verb') && !has(t, 'Preposition') &&
  (has(t, 'Noun') || has(t, 'Adjective') || has(t, 'Determiner') || has(t, 'Possessive'))

/** A verb right before "to" or before its object and "to" (not an auxiliary or "be": "is to blame"). */
function verbBeforeTo(tokens: Token[], to: number): boolean {
  const sentence = tokens[to].sentence
  for (let k = to - 1; k >= Math.max(0, to - 6); k--) {
    const x = tokens[k]
    if (x.sentence !== sentence) return false
    if (has(x, 'Verb') && !has(x, 'Copula') && !has(x, 'Auxiliary') && !has(x, 'Modal') && x.post === '') return true
    if (!inObject(x)) return false
  }
  return false
}

/**
 * Whether token i is such a verb: a lower-case word read as a singular noun that compromise's lexicon does not
 * hold (the noun was a guess from its ending), without a noun's ending, right after "to" that follows a verb or
 * a verb and its object, and before the sentence's end, a preposition, a conjunction, a determiner or a pronoun:
 * "asked the court to intervene.", "urged members to abstain in the vote" (not "returned the country to
 * normalcy", "went to school", "the road to Hadley").
 */
export function infinitiveReadAsNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i], to = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!to || to.normal !== 'to' || to.post !== '' || to.sentence !== t.sentence) return false
  if (!has(t, 'Noun') || has(t, 'Verb') || has(t, 'ProperNoun') || has(t, 'Plural') || has(t, 'Pronoun') || has(t, 'Value') || has(t, 'Date')) return false
  if (!/^\p{Ll}+$/u.test(t.text) || lexiconTags(t.normal) !== undefined || NOUN_ENDINGS.test(t.normal)) return false
  const ends = !next || next.sentence !== t.sentence || t.post !== ''
  const takes = ends || has(next, 'Preposition') || has(next, 'Conjunction') || has(next, 'Determiner') || has(next, 'Pronoun') || has(next, 'Possessive')
  return takes && verbBeforeTo(tokens, i - 1)
}
