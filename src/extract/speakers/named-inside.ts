// A description the resolver could only match to the person the story named last is never a person its own words
// name in the third person: in "But the chancellor said Mr Baume could not judge", "the chancellor" is not Mr Baume,
// whom the sentence before named. Such a quote keeps the description as its speaker, someone the article leaves
// unnamed.
import type { Token } from '../../nlp/parse'
import { tokenAt, tokenIndexIn } from '../../nlp/parse'
import { HONORIFICS, PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { isCapitalized, tagged, type TokenRange } from '../phrases'
import type { Entity } from './entities'
import { nameKey } from './entities'

/**
 * Whether the words between `start` and `end` name this person: an honorific and the surname ("Mr Baume"), or the
 * given name and the surname ("Tom Baume"). A surname alone ("Baume") is not enough: it may be a relative's or a
 * firm's.
 */
export function namedInside(tokens: Token[], person: Entity, start: number, end: number): boolean {
  if (person.kind !== 'person' || person.words.length === 0) return false
  const surname = person.words[person.words.length - 1]
  const given = person.words.length > 1 ? person.words[0] : null
  // (from the quote's first word, found by halving: a long article asks this for many quotes)
  for (let i = Math.max(1, tokenIndexIn(tokens, start)); i < tokens.length; i++) {
    const t = tokens[i]
    if (t.start < start) continue
    if (t.end > end) break
    if (nameKey(t.text) !== surname) continue
    const before = tokenAt(tokens, i - 1)!
    if (before.start < start) continue
    if (HONORIFICS.has(before.normal) || (given !== null && nameKey(before.text) === given)) return true
  }
  return false
}

/**
 * Whether a speaker phrase ends in a word for a person's role or kind, which a description of someone unnamed can be:
 * "the chancellor", "The employee", "the Texan" (not a phrase that ends in a place or a thing the finder took for a
 * subject, "control of the Senate", which names no one to keep).
 */
export function endsInRole(tokens: Token[], r: TokenRange): boolean {
  // (a capitalised role after an honorific is a name: "Mr. King")
  const head = tokens[r.to - 1]
  if (tagged(head, 'Demonym')) return true
  return !isCapitalized(head) && (PERSON_ROLES.has(head.normal) || TITLE_WORDS.has(head.normal) || tagged(head, 'Actor'))
}
