// A word the lexicon holds only as an adjective, read as a verb right after a verb in the past: "The mayor urged
// calm after the vote." tagged "calm" a bare verb, two verbs in a row, and the appeal was no report.
import type { Token } from './parse'
import { lexiconTags } from './compromise'
import { hasTag as has, tokenAt } from './token-at'

/** Verbs in the past that a bare verb may follow: "helped calm the markets", "let slip", "made clear". */
const BARE_INFINITIVE_TAKERS = new Set(['helped', 'let', 'made', 'saw', 'heard', 'watched', 'bade', 'dared', 'had', 'did'])

/**
 * Whether token i is such a word: a bare verb by compromise, an adjective only by the lexicon, right after a verb
 * in the past that takes no bare verb, with no object or noun after it: "urged calm after the vote", "demanded
 * calm and patience" (not "helped calm the markets", "will calm", "said last week").
 */
export function adjectiveReadAsVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!has(t, 'Verb') || has(t, 'PastTense') || has(t, 'Gerund')) return false
  // the lexicon's one tag for it is "Adjective" (its tags not joined into a string: asked about every verb)
  const own = lexiconTags(t.normal)
  if (own === undefined || own.length !== 1 || own[0] !== 'Adjective') return false
  if (!before || before.sentence !== t.sentence || before.post !== '' || !has(before, 'PastTense') || !has(before, 'Verb')) return false
  if (has(before, 'Auxiliary') || has(before, 'Copula') || has(before, 'Modal') || BARE_INFINITIVE_TAKERS.has(before.normal)) return false
  // (before a noun the word describes it, and a date's words are the dates' business: "said last week that …")
  const object = !!next && next.sentence === t.sentence && t.post === '' &&
    (has(next, 'Determiner') || has(next, 'Pronoun') || has(next, 'Possessive') || has(next, 'Noun') || has(next, 'Date'))
  return !object
}
